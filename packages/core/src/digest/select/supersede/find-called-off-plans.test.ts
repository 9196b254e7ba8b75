import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findCalledOffPlans } from "./find-called-off-plans.js";

function calledOffIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...findCalledOffPlans(evidence, times)].map((item) => item.item.sentence.text);
}

const PLAN = "The union announced that its members at Northline Rail will strike from March 12 to March 14.";
const OTHER = "Transport Secretary Priya Nandra urged both sides to return to talks.";

describe("findCalledOffPlans: a plan a later report calls off", () => {
  it("outdates “will strike” once the strikes are suspended, whether told actively or passively", () => {
    expect(
      calledOffIn(
        [PLAN, OTHER],
        ["The union suspended this week's planned strikes at Northline Rail after the company improved its offer."],
      ),
    ).toEqual([PLAN]);
    expect(
      calledOffIn([PLAN, OTHER], ["The strike at Northline Rail was called off late on Wednesday, the union said."]),
    ).toEqual([PLAN]);
  });

  it("keeps a plan when what was called off is another thing, or the one who plans it", () => {
    expect(calledOffIn([PLAN, OTHER], ["Northline cancelled its Christmas timetable talks with the union."])).toEqual(
      [],
    );
    const hearing = "The officer will appear in court on March 20 to answer the assault charge.";
    expect(calledOffIn([hearing, OTHER], ["The police force suspended the officer on Wednesday."])).toEqual([]);
  });
});
