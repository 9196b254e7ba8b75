import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findSettledPositions } from "./find-settled-positions.js";

/** The sentences findSettledPositions marks in a story of a Monday report and a Thursday report. */
function settledIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times, facts } = twoReportStory(monday, thursday);
  return [...new Set([...findSettledPositions(evidence, times, facts)].map((item) => item.item.sentence.text))];
}

const MONDAY_BACKGROUND = [
  "The strike at the port of Calder has halted container traffic for a week.",
  "Dozens of ships are waiting offshore for the port to reopen.",
];
const THURSDAY_BACKGROUND = [
  "Ships began entering the port of Calder again on Thursday morning.",
  "The strike had halted container traffic for nine days.",
];
const STANDING = "The dockworkers union demands a 5 percent raise, and the company's plan offers 3 percent.";
const DEAL =
  "Meridian Terminals and the dockworkers union reached a deal on Wednesday that gives workers a 4 percent raise.";

describe("findSettledPositions: a deal reached makes standing positions history", () => {
  it("outdates a demand and an offer told as still standing once a later report tells the deal", () => {
    expect(settledIn([STANDING, ...MONDAY_BACKGROUND], [DEAL, ...THURSDAY_BACKGROUND])).toEqual([STANDING]);
  });

  it("keeps a position told with its own day, and every position when no deal is reached", () => {
    const dated = "Meridian Terminals on Monday offered the dockworkers union a 3 percent raise.";
    expect(settledIn([dated, ...MONDAY_BACKGROUND], [DEAL, ...THURSDAY_BACKGROUND])).toEqual([]);
    const noDeal =
      "Meridian Terminals and the dockworkers union have not reached a deal on the raise, the mediator said on Wednesday.";
    expect(settledIn([STANDING, ...MONDAY_BACKGROUND], [noDeal, ...THURSDAY_BACKGROUND])).toEqual([]);
  });

  it.each([
    "Meridian Terminals and the dockworkers union signed a contract on Wednesday that gives workers a 4 percent raise.",
    "A settlement was reached on Wednesday that gives the dockworkers union a 4 percent raise.",
    "Meridian Terminals and the dockworkers union struck a compromise on Wednesday that gives workers a 4 percent raise.",
    "Meridian Terminals agreed on Wednesday to a pay budget that gives the dockworkers union a 4 percent raise.",
  ])("takes %j as a deal reached, whatever its word for the deal", (deal) => {
    expect(settledIn([STANDING, ...MONDAY_BACKGROUND], [deal, ...THURSDAY_BACKGROUND])).toEqual([STANDING]);
  });
});
