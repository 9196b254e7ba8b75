import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findMootConditions } from "./find-moot-conditions.js";

function mootIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...findMootConditions(evidence, times)].map((item) => item.item.sentence.text);
}

const MONDAY = [
  "The state Senate rejected the House spending plan on Monday.",
  "Lawmakers have four days to agree on a budget.",
];
const THURSDAY = [
  "Governor Elena Marsh signed the budget into law at 9:40 p.m.",
  "State offices will open as usual on Friday.",
];
const IF_NO_BUDGET = "If no budget passes, about 31,000 state workers would be sent home without pay.";
const IF_TALKS_FAIL = "If the talks fail, the union will strike on Friday.";

describe("findMootConditions: a condition a later report settles", () => {
  it("outdates “If no budget passes, …” once the budget passed", () => {
    expect(
      mootIn([IF_NO_BUDGET, ...MONDAY], ["The legislature passed a $47.5 billion budget on Thursday.", ...THURSDAY]),
    ).toEqual([IF_NO_BUDGET]);
  });

  it("keeps a condition no later sentence tells of", () => {
    expect(mootIn([IF_TALKS_FAIL, ...MONDAY], ["The talks continued on Thursday.", ...THURSDAY])).toEqual([]);
  });
});
