import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findReturnedVerdicts } from "./find-returned-verdicts.js";
import { findSuperseded } from "./find-superseded.js";

/** The sentences findReturnedVerdicts marks in a story of a Monday report and a Thursday report. */
function answeredIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findReturnedVerdicts(evidence, times)].map((item) => item.item.sentence.text))];
}

const DENIAL = "Ms Hale, 44, of Fenwick Road, denies four counts of theft.";
const JURY_OUT = "The jury in the trial of Carol Hale retired to consider its verdicts at Lincoln Crown Court.";
const BACKGROUND = "Prosecutors say she took £90,000 from the charity's accounts.";

describe("findReturnedVerdicts: a denial or a jury still out, then the verdict", () => {
  it("outdates a standing denial and a jury still out once a later report tells the verdict", () => {
    const verdict = ["Carol Hale was found guilty on Wednesday of stealing £90,000 from the charity."];
    expect(answeredIn([DENIAL, JURY_OUT, BACKGROUND], verdict).sort()).toEqual([DENIAL, JURY_OUT].sort());
    const { evidence, times, facts } = twoReportStory([DENIAL, BACKGROUND], verdict);
    expect([...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text)).toContain(
      DENIAL,
    );
    const plea = "Carol Hale has pleaded not guilty to theft.";
    expect(answeredIn([plea], ["The jury cleared Carol Hale of all charges on Wednesday."])).toEqual([plea]);
    expect(answeredIn([plea], ["A jury at Lincoln Crown Court has acquitted her of theft."])).toEqual([plea]);
    expect(
      answeredIn(["Carol Hale has pleaded not guilty to theft."], ["Carol Hale was cleared of theft on Wednesday."]),
    ).toEqual(["Carol Hale has pleaded not guilty to theft."]);
  });

  it("keeps them while no verdict is told, and a denial recalled in the past perfect is none", () => {
    expect(answeredIn([DENIAL, BACKGROUND], ["The jury will resume its deliberations on Monday."])).toEqual([]);
    expect(answeredIn([DENIAL], ["The judge said Carol Hale could be found guilty of a lesser charge."])).toEqual([]);
    expect(
      answeredIn(
        ["The four counts Hale had denied were read to the court."],
        ["Carol Hale was convicted on Wednesday."],
      ),
    ).toEqual([]);
  });
});
