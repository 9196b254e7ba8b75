import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";
import { relativeDays } from "./relative-days.js";

const written = (text: string) => {
  let out = text;
  for (const replacement of [...relativeDays(text)].sort((first, second) => second.start - first.start))
    out = out.slice(0, replacement.start) + replacement.text + out.slice(replacement.end);
  return out;
};

const FLOOD =
  "ARDWICK, Tuesday 10 March — The River Lune burst its banks yesterday, flooding 300 homes in Ardwick. " +
  "Pumps had cleared most streets by this morning, and the army will arrive on Thursday.";
const COURT =
  "Harcastle Police said on Friday 6 November that a 23-year-old man had been charged. " +
  "Kai Brennan was arrested at a flat in Harcastle on Wednesday.";

describe("relativeDays", () => {
  it("writes a dated article's relative days out as its weekdays and dates", () => {
    expect(written(FLOOD)).toBe(
      "ARDWICK, Tuesday 10 March — The River Lune burst its banks on Monday 9 March, flooding 300 homes in Ardwick. " +
        "Pumps had cleared most streets by Tuesday morning, and the army will arrive on Thursday 12 March.",
    );
    expect(written(COURT)).toContain("arrested at a flat in Harcastle on Wednesday 4 November.");
  });

  it("leaves the days of an undated passage alone", () => {
    expect(relativeDays("The river burst its banks yesterday, flooding 300 homes.")).toEqual([]);
    expect(relativeDays("Kai Brennan was arrested on Wednesday.")).toEqual([]);
  });
});

describe("checkSupport with relative days written out", () => {
  it("supports the weekday or date the passage's day is, and flags another", () => {
    expect(
      checkSupport("The River Lune burst its banks on Monday, flooding 300 homes in Ardwick.", [FLOOD]).verdict,
    ).toBe("supported");
    expect(checkSupport("Kai Brennan was arrested at a flat in Harcastle on 4 November.", [COURT]).verdict).toBe(
      "supported",
    );
    expect(checkSupport("Kai Brennan was arrested at a flat in Harcastle on 5 November.", [COURT]).verdict).toBe(
      "unsupported",
    );
    expect(
      checkSupport("The River Lune burst its banks on Sunday, flooding 300 homes in Ardwick.", [FLOOD]).verdict,
    ).toBe("unsupported");
  });
});
