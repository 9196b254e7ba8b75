import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findDelayedReopenings } from "./find-delayed-reopenings.js";

function delayedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findDelayedReopenings(evidence, times)].map((item) => item.item.sentence.text))];
}

const BRIDGE = "Calloway said he hoped to reopen the bridge by the weekend.";
const POWER = "Power should be restored to most homes by Friday, the utility said.";
const OTHER = "Inspectors found damage to two of the piers after the collision.";

describe("findDelayedReopenings: a reopening a later report puts off", () => {
  it("outdates a hoped-for reopening once the thing is to stay shut for longer", () => {
    expect(
      delayedIn(
        [BRIDGE, OTHER],
        [
          "The Millbrook Bridge will remain closed for at least three weeks, Calloway said, after divers found a crack.",
        ],
      ),
    ).toEqual([BRIDGE]);
    expect(
      delayedIn([POWER, OTHER], ["About 12,000 homes could be without power until next week, the utility said."]),
    ).toEqual([POWER]);
  });

  it("keeps a reopening when the later closure is of another thing, or tells no longer wait", () => {
    expect(
      delayedIn([BRIDGE, OTHER], ["The riverside car park will remain closed until March, the council said."]),
    ).toEqual([]);
    expect(delayedIn([BRIDGE, OTHER], ["The bridge was closed on Tuesday after the barge struck it."])).toEqual([]);
    // The one who hoped is not what was to reopen.
    expect(
      delayedIn([BRIDGE, OTHER], ["Calloway said the ferry landing would remain closed until the river falls."]),
    ).toEqual([]);
  });
});
