import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findSuperseded } from "./find-superseded.js";

function outdatedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times, facts } = twoReportStory(monday, thursday);
  return [...new Set([...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text))];
}

const BACKGROUND = "Storm Imogen brought gusts of 90mph to the south coast, the Met Office said.";

describe("partOfLaterTotal: a part told with its own days beside a later total over more days", () => {
  it("keeps a count told with its own days once a later total over the week or to a later day is told", () => {
    const part =
      "Engineers inspected 140 lifts on Monday and found cracked brackets in 11 of them, the regulator said.";
    expect(
      outdatedIn([part, BACKGROUND], ["In all, 880 lifts had been inspected by Thursday, the regulator said."]),
    ).toEqual([]);
    const days = "Airlines cancelled 3,000 flights on Monday and Tuesday as the storm passed.";
    expect(outdatedIn([days, BACKGROUND], ["In all, 9,500 flights were cancelled over the week."])).toEqual([]);
  });

  it("outdates a running total told as the whole, and a toll of the dead told with its day", () => {
    const whole = "Airlines have cancelled 3,000 flights since the storm began.";
    expect(outdatedIn([whole, BACKGROUND], ["In all, 9,500 flights were cancelled over the week."])).toEqual([whole]);
    const soFar = "By Monday evening engineers had inspected 140 lifts.";
    expect(outdatedIn([soFar, BACKGROUND], ["In all, 880 lifts had been inspected by Thursday."])).toEqual([soFar]);
    const toll = "The storm killed five people on Monday, police said.";
    expect(
      outdatedIn([toll, BACKGROUND], ["The number of people killed by the storm rose to seven by Thursday."]),
    ).toEqual([toll]);
  });

  it("lets a part with its own days stand beside the later total in a summary, not a part told as the whole", () => {
    const days = "Airlines cancelled 3,000 flights on Monday and Tuesday as the storm passed.";
    const total = "In all, 9,500 flights were cancelled over the week.";
    // The pairs a summary may not hold together: a conflict, or an older sentence left out as outdated.
    const keptApart = (older: string) => {
      const { evidence, times, facts } = twoReportStory([older, BACKGROUND], [total]);
      const { conflicts, outdated } = findSuperseded(evidence, times, facts);
      return [
        ...conflicts.map(([a, b]) => [a.item.sentence.text, b.item.sentence.text]),
        ...[...outdated].map((item) => [item.item.sentence.text, total]),
      ];
    };
    expect(keptApart(days)).not.toContainEqual([days, total]);
    const whole = "Airlines said they had cancelled 3,000 flights in all.";
    expect(keptApart(whole)).toContainEqual([whole, total]);
  });
});
