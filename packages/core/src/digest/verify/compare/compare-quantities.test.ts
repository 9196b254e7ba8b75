import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

const PAINTING =
  "The painting, valued at £2 million, belongs to Ada Reed, who has offered a £5,000 reward for its return.";
const CRASH =
  "Two passengers died and 14 were injured when a freight train hit a commuter train near Aldgate on Thursday.";

describe("compareQuantities on what a figure counts", () => {
  it("flags a figure moved onto a thing the passage gives another figure", () => {
    const check = checkSupport("Ada Reed has offered a £2 million reward for the return of her painting.", [PAINTING]);
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join(" ")).toMatch(/£5,000/);
  });

  it("passes each figure with its own thing, and a count whose noun the passage leaves to another", () => {
    expect(
      checkSupport("Ada Reed has offered a £5,000 reward for the return of the painting, valued at £2 million.", [
        PAINTING,
      ]).verdict,
    ).toBe("supported");
    expect(
      checkSupport(
        "Fourteen passengers were injured when a freight train hit a commuter train near Aldgate on Thursday.",
        [CRASH],
      ).verdict,
    ).toBe("supported");
  });
});

describe("compareQuantities on 'one of' a counted group", () => {
  const charges = "Police charged Ian Hale, 40, and two other men with burglary after a raid in Farley on Sunday.";

  it("does not take 'one' of 'one of three' for a count of its own", () => {
    expect(
      checkSupport("Ian Hale, 40, was one of three men charged with burglary after a raid in Farley.", [
        "Police charged three men, including Ian Hale, 40, with burglary after a raid in Farley on Sunday.",
      ]).reasons.join(" "),
    ).not.toMatch(/says one|number one/);
  });

  it("still checks the group's count", () => {
    const check = checkSupport("Ian Hale, 40, was one of five men charged with burglary after a raid in Farley.", [
      charges,
    ]);
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join(" ")).toMatch(/five/);
  });
});
