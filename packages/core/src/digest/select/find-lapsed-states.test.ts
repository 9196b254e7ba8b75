import { describe, expect, it } from "vitest";
import { twoReportStory } from "../testing/two-report-story.js";
import { findLapsedStates } from "./find-lapsed-states.js";

function lapsedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence } = twoReportStory(monday, thursday);
  return [...findLapsedStates(evidence)].map((item) => item.item.sentence.text);
}

const THURSDAY = ["Temperatures fell by up to 8C on Thursday as cooler Atlantic air arrived, forecasters said."];

describe("findLapsedStates: a state told as holding until a day the story has passed", () => {
  it("lapses “in force … until Tuesday evening” once Thursday's report is in", () => {
    const alert = "Red alerts are in force in Seville, Córdoba and Jaén until Tuesday evening.";
    expect(lapsedIn([alert, "The heat reached 44C in Córdoba on Monday."], THURSDAY)).toEqual([alert]);
  });

  it("keeps a state whose end is still to come, and one with no day of its own", () => {
    const closed = "The coastal road remains closed until Saturday, the council said.";
    const open = "The cooling centres are open until further notice.";
    expect(lapsedIn([closed, open, "The heat reached 44C in Córdoba on Monday."], THURSDAY)).toEqual([]);
  });
});
