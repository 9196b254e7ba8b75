import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findAnsweredOffers } from "./find-answered-offers.js";
import { findSuperseded } from "./find-superseded.js";

function answeredIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times } = twoReportStory(monday, thursday);
  return [...new Set([...findAnsweredOffers(evidence, times)].map((item) => item.item.sentence.text))];
}

const READY = "The council is ready to raise its offer to 4 percent, its leader said on Monday.";
const STANDING = "Talks are due to resume next week, and the council has offered a one-off payment of £500.";
const BACKGROUND = "Nurses at the city's two hospitals walked out on 12 January after rejecting a 2 percent rise.";

describe("findAnsweredOffers: an offer told as standing once a later report tells it answered", () => {
  it("outdates an offer once staff voted to accept it or rejected it, for findSuperseded too", () => {
    const accepted = "Staff voted on Thursday to accept a 4 percent rise, ending the dispute.";
    const { evidence, times, facts } = twoReportStory([READY, STANDING, BACKGROUND], [accepted]);
    const outdated = [...findSuperseded(evidence, times, facts).outdated].map((item) => item.item.sentence.text);
    expect(outdated).toEqual(expect.arrayContaining([READY, STANDING]));
    expect(outdated).not.toContain(accepted);
    expect(outdated).not.toContain(BACKGROUND);
    expect(answeredIn([READY], ["The union rejected the improved offer on Thursday."])).toEqual([READY]);
    const considering = "The union said it was considering the council's offer of 4 percent.";
    expect(answeredIn([considering], ["Members voted overwhelmingly to accept the deal on Thursday."])).toEqual([
      considering,
    ]);
  });

  it("keeps an offer while its answer is only to come, and one made after the answer", () => {
    expect(answeredIn([READY], ["Staff will vote on whether to accept the offer on Friday."])).toEqual([]);
    expect(answeredIn([READY], ["Staff could accept a 4 percent rise, the union said."])).toEqual([]);
    expect(answeredIn(["Staff voted to reject the 3 percent rise."], [READY])).toEqual([]);
  });
});
