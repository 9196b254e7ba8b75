import { describe, expect, it } from "vitest";
import { twoReportStory } from "../../testing/two-report-story.js";
import { findImprovedOffers } from "./find-improved-offers.js";

function improvedIn(monday: readonly string[], thursday: readonly string[]): string[] {
  const { evidence, times, facts } = twoReportStory(monday, thursday);
  return [...findImprovedOffers(evidence, times, facts)].map((item) => item.item.sentence.text);
}

const OFFER = "The operator, Northline Rail, has offered a 4 percent rise this year.";
const DEMAND = "The union is seeking an 8 percent rise.";
const BACKGROUND = "Rail workers voted for strikes in a long-running dispute over pay, the union said on Monday.";

describe("findImprovedOffers: an offer its maker later changed", () => {
  it("outdates “has offered a 4 percent rise” once “improved its pay offer to 6 percent”, never the demand", () => {
    expect(
      improvedIn(
        [OFFER, DEMAND, BACKGROUND],
        ["The union suspended its strikes on Thursday after the company improved its pay offer to 6 percent."],
      ),
    ).toEqual([OFFER]);
  });

  it("outdates it too when the change is to “the offer”, the one on the table, without “its”", () => {
    expect(
      improvedIn(
        [OFFER, DEMAND, BACKGROUND],
        ["The union called off Thursday's strike after the company raised the offer to 6 percent."],
      ),
    ).toEqual([OFFER]);
  });

  it("keeps an offer when the later one is no change of its own (another bidder's, or the same figure)", () => {
    expect(
      improvedIn([OFFER, DEMAND, BACKGROUND], ["A rival operator offered a 6 percent rise to win the contract."]),
    ).toEqual([]);
    expect(
      improvedIn(
        [OFFER, DEMAND, BACKGROUND],
        ["The company said it had improved its offer, which remains a 4 percent rise, by adding a bonus."],
      ),
    ).toEqual([]);
  });

  it("outdates an offer a later report sets against its own earlier one (“up from an earlier proposal of 120”)", () => {
    const stores = "Halden has offered to sell 120 stores to win approval.";
    expect(
      improvedIn(
        [stores, BACKGROUND],
        [
          "Halden had offered to sell 150 stores, people familiar with the talks said, up from an earlier proposal of 120.",
        ],
      ),
    ).toEqual([stores]);
  });
});
