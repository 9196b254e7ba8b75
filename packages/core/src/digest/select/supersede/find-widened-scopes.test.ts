import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findSuperseded } from "./find-superseded.js";
import { findWidenedScopes } from "./find-widened-scopes.js";

function widenedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findWidenedScopes(evidence, times)].map((item) => item.item.sentence.text))];
}

const ORDER = "Regulators ordered checks on about 900 gas boilers made by Thermion after a fire in Leeds.";
const DONE = "Engineers inspected 140 boilers on Monday, the regulator said.";

describe("findWidenedScopes: an order's scope a later order widened", () => {
  it("outdates the first scope once the order “now covers” or was “widened to cover” more, for findSuperseded too", () => {
    const now = "The order now covers about 1,300 boilers, the regulator said.";
    const { evidence, times, facts } = twoReportStory([ORDER, DONE], [now]);
    const outdated = [...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text);
    expect(outdated).toContain(ORDER);
    expect(outdated).not.toContain(now);
    expect(widenedIn([ORDER, DONE], ["The regulator widened its order on Wednesday to cover 1,300 boilers."])).toEqual([
      ORDER,
    ]);
  });

  it("keeps work done under the order, a scope of another thing, and a scope no later order widened", () => {
    expect(widenedIn([DONE], ["The order now covers about 1,300 boilers."])).toEqual([]);
    expect(widenedIn([ORDER], ["The order now covers about 1,300 homes in the city."])).toEqual([]);
    expect(widenedIn([ORDER], ["About 1,300 boilers were sold in the region."])).toEqual([]);
  });
});
