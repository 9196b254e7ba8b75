import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { chooseSuperseded } from "./choose-superseded.js";

const TOLL = "The storm killed 9 people in Calder and flooded 250 homes along the river.";
const HOMES = "About 250 homes were flooded when the river burst its banks in Calder.";
const SEARCH = "Rescue teams from three counties searched the flooded streets of Calder through the night.";
const MONDAY = [TOLL, HOMES, SEARCH];
const THURSDAY = [
  "The storm has killed 12 people in Calder, the county coroner said on Thursday.",
  "Some 250 homes were flooded and their owners are staying with relatives in Calder.",
];

/** What chooseSuperseded puts on the timeline when the given Monday sentences are outdated and Thursday's are shown. */
function chosen(outdated: readonly string[]): string[] {
  const { evidence } = twoReportStory(MONDAY, THURSDAY);
  const pick = (texts: readonly string[]) =>
    evidence.filter((candidate) => texts.includes(candidate.item.sentence.text));
  const supersession = { outdated: new Set(pick(outdated)), corrected: new Set<never>(), pairs: [], conflicts: [] };
  return chooseSuperseded(evidence, supersession, { shown: pick(THURSDAY) }).map(
    (candidate) => candidate.item.sentence.text,
  );
}

describe("chooseSuperseded", () => {
  it("keeps an older figure the digest shows changed, and a statement without figures", () => {
    expect(chosen([TOLL, SEARCH]).sort()).toEqual([TOLL, SEARCH].sort());
  });

  it("leaves out a statement whose every figure one shown sentence already gives", () => {
    // 250 homes is what Thursday's report says too: nothing older to date on the timeline.
    expect(chosen([HOMES])).toEqual([]);
  });
});
