import { describe, expect, it } from "vitest";
import { doneAsPlanned } from "./done-as-planned.js";

describe("doneAsPlanned", () => {
  it("finds the plan's verb in the past in the report, regular or not", () => {
    expect(
      doneAsPlanned(
        "Port health officials will board the ship on Friday to inspect its galleys.",
        "Health inspectors boarded the Northern Lantern on Friday morning.",
      ),
    ).toBe(true);
    expect(
      doneAsPlanned(
        "He said members would meet on Tuesday to plan a temporary clubhouse.",
        "The members met on Tuesday evening and voted to hire a marquee.",
      ),
    ).toBe(true);
    expect(doneAsPlanned("The council is due to vote on Monday.", "Councillors voted 30 to 12 on Monday.")).toBe(true);
  });

  it("is false for another act, and for a plan with no verb of its own", () => {
    expect(doneAsPlanned("Inspectors will board the ship on Friday.", "The ship sailed on Friday.")).toBe(false);
    expect(doneAsPlanned("The road will be closed on Friday.", "The road was closed on Friday.")).toBe(false);
  });
});
