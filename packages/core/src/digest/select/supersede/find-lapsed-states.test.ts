import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findLapsedStates } from "./find-lapsed-states.js";

function lapsedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, facts } = twoReportStory(monday, thursday);
  return [...findLapsedStates(evidence, facts)].map((item) => item.item.sentence.text);
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

describe("findLapsedStates: a state told as holding through the weekend", () => {
  const closed = "The park, which draws about 1.2 million visitors a year, will stay closed through the weekend.";
  const heat = "The heat reached 44C in Córdoba on Monday.";
  it("lapses it once a report from after that weekend is in", () => {
    const { evidence, facts } = twoReportStory([closed, heat], THURSDAY, { secondDay: "2026-03-10" });
    expect([...findLapsedStates(evidence, facts)].map((item) => item.item.sentence.text)).toEqual([closed]);
  });
  it("keeps it while the weekend is still to come", () => {
    expect(lapsedIn([closed, heat], THURSDAY)).toEqual([]);
  });
});

describe("findLapsedStates: a plan whose day the story has passed", () => {
  it("lapses a fixture or a hearing told for Tuesday or Wednesday once Thursday's report is in", () => {
    const fixture = "Rovers play United at home on Wednesday.";
    const hearing = "The council said it would decide on the closure on Tuesday.";
    expect(lapsedIn([fixture, hearing, "The heat reached 44C in Córdoba on Monday."], THURSDAY)).toEqual([
      fixture,
      hearing,
    ]);
  });

  it("keeps a plan still to come, and a sentence with a past day of its own", () => {
    const later = "The inquest will open on Friday.";
    const both = "The strike began on Monday and will end on Wednesday.";
    expect(lapsedIn([later, both], THURSDAY)).toEqual([]);
  });
});
