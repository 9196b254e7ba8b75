import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findAnsweredCalls } from "./find-answered-calls.js";
import { findSuperseded } from "./find-superseded.js";

/** The sentences findAnsweredCalls marks in a story of a Monday report and a Thursday report. */
function answeredIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findAnsweredCalls(evidence, times)].map((item) => item.item.sentence.text))];
}

const MONDAY_BACKGROUND = [
  "Harwell District Council plans to close four of its nine libraries to save £2 million a year.",
  "The libraries lent more than 400,000 books last year.",
];
const THURSDAY_BACKGROUND = [
  "The council's cabinet will meet on March 19 to decide on the closures.",
  "Library staff have been told their jobs are safe until April.",
];

describe("findAnsweredCalls: a standing call a later report tells answered", () => {
  const call = "Opposition councillors have called on the council to delay the closures until a review is held.";

  it("marks the call once a later report tells it rejected, in other words, for findSuperseded too", () => {
    const rejected =
      "Council leader Amir Khan rejected calls to delay the library closures, saying each month cost £150,000.";
    expect(answeredIn([call, ...MONDAY_BACKGROUND], [rejected, ...THURSDAY_BACKGROUND])).toEqual([call]);
    const { evidence, times, facts } = twoReportStory([call, ...MONDAY_BACKGROUND], [rejected, ...THURSDAY_BACKGROUND]);
    const outdated = [...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text);
    expect(outdated).toContain(call);
    expect(outdated).not.toContain(rejected);
  });

  it("marks a call for something once it is granted: “is calling for a public inquiry”, “accepted calls for an inquiry”", () => {
    const inquiry = "The Harwell Library Users' Group is calling for an inquiry into the council's finances.";
    expect(
      answeredIn(
        [inquiry, ...MONDAY_BACKGROUND],
        ["The council accepted calls for an inquiry into its finances on Wednesday.", ...THURSDAY_BACKGROUND],
      ),
    ).toEqual([inquiry]);
  });

  it("leaves a call nothing answers, one answered on another matter, and an answer not given", () => {
    for (const later of [
      "Council leader Amir Khan rejected calls to sell the town hall.",
      // Only a place in common: "the closures of … libraries" against "a survey of … libraries".
      "Council leader Amir Khan rejected calls for a survey of the closures' effect on pupils.",
      "Council leader Amir Khan has not rejected calls to delay the closures.",
      "Council leader Amir Khan will consider the calls to delay the closures.",
      "Council leader Amir Khan said the closures would go ahead.",
    ])
      expect(answeredIn([call, ...MONDAY_BACKGROUND], [later, ...THURSDAY_BACKGROUND]), later).toEqual([]);
  });
});
