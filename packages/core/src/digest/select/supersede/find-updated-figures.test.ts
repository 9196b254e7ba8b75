import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findSuperseded } from "./find-superseded.js";
import { findUpdatedFigures } from "./find-updated-figures.js";

function updatedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times, facts } = twoReportStory(monday, thursday);
  return [...findUpdatedFigures(evidence, times, facts)].map((item) => item.item.sentence.text);
}

const BACKGROUND = "Storm Dervla flooded the lower town of Kelbridge on Saturday night, the council said.";

describe("findUpdatedFigures: one thing's figure told again later, in other words", () => {
  const appeal = "An online appeal for the flooded families of Kelbridge had raised £8,000 by Monday morning.";
  const reached = "The appeal for Kelbridge's flooded families has now reached £19,500.";

  it("outdates a sum a later report gives again with another value, whatever verb tells it", () => {
    expect(updatedIn([appeal, BACKGROUND], [reached])).toEqual([appeal]);
  });

  it("is what findSuperseded leaves out of a summary", () => {
    const { evidence, times, facts } = twoReportStory([appeal, BACKGROUND], [reached]);
    const outdated = findSuperseded(evidence, times, facts).outdated;
    expect([...outdated].map((item) => item.item.sentence.text)).toContain(appeal);
  });

  it("outdates an offer once a later report tells the sum agreed", () => {
    const offer =
      "Kelbridge residents want the water company to pay £40,000 into a flood repair fund; the company has offered £6,000.";
    expect(
      updatedIn([offer, BACKGROUND], ["The water company has agreed to pay £15,000 into a flood repair fund."]),
    ).toEqual([offer]);
  });

  it("keeps a count a later sentence retells, answers or only leaves a part of", () => {
    // The same figure told again is no update.
    const homes = "The flooding damaged 240 homes in Kelbridge, the council said.";
    expect(
      updatedIn([homes, BACKGROUND], ["Of the 240 homes the flooding damaged in Kelbridge, 90 are still empty."]),
    ).toEqual([]);
    // What is left ("remained") is no new total of those taken to hospital.
    const hospital = "Thirty-one people were taken to hospital after the flooding in Kelbridge.";
    expect(
      updatedIn([hospital, BACKGROUND], ["Twelve people remained in hospital after the flooding in Kelbridge."]),
    ).toEqual([]);
  });

  it("keeps figures of two things measured alike, and a figure of an older year", () => {
    const sat = "The Kelbridge flood relief centre took in 1,400 people on Sunday, the council said.";
    expect(
      updatedIn(
        [sat, BACKGROUND],
        ["About 90 people are still at the Kelbridge flood relief centre, the council said."],
      ),
    ).toEqual([]);
    const older = "The last flood in Kelbridge, in 2019, damaged about 300 homes, the council said.";
    expect(
      updatedIn([older, BACKGROUND], ["The council said the flood in Kelbridge on Saturday damaged about 410 homes."]),
    ).toEqual([]);
  });
});
