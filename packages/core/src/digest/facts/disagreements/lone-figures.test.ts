import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

/**
 * Outlets that each give one figure of a role (one height, one span in hours, one count of a noun)
 * in all they wrote tell one quantity by it, whatever words they put round it.
 */
function sides(...reports: Array<[source: string, text: string]>) {
  const articles = reports.map(([source, text], index) =>
    prepareArticle({
      input: source,
      source,
      publishedAt: "2031-05-06T10:00:00Z",
      title: `${source} report`,
      // Each outlet tells figures of other roles too, in its own words: its lone figure of a role is
      // one it chose to tell once.
      originalText: `${text}\n\n${BACKGROUND[index % BACKGROUND.length]}`,
    }),
  );
  return extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value));
}

const BACKGROUND = [
  "Pelmont has 14 fire stations and 230 schools.",
  "There are 230 schools in Pelmont, and 14 fire stations.",
  "The 14 fire stations of Pelmont serve its 230 schools.",
];

describe("loneFigurePairs", () => {
  it("sets two outlets' only heights against each other, in a clause and in a modifier", () => {
    expect(
      sides(
        [
          "Alpha News",
          "A chairlift broke down at the Pelmont resort on Tuesday.\n\nThe chairs were dangling about 60 metres above the slope, the resort said.",
        ],
        [
          "Beta Times",
          "Skiers were stuck over a 95-metre drop when the Pelmont chairlift stopped on Tuesday.\n\nMountain rescuers lowered them one by one.",
        ],
      ),
    ).toEqual([["about 60", "95"]]);
  });

  it("sets two outlets' only spans in hours against each other, told by a verb and by a modifier", () => {
    expect(
      sides(
        ["Alpha News", "The council approved its budget on Tuesday after a debate that went on for eight hours."],
        ["Beta Times", "Councillors backed the budget at the close of a 12-hour sitting on Tuesday."],
      ),
    ).toEqual([["eight", "12"]]);
  });

  it("never pairs figures of a role some outlet gives two values of, nor a bound with a figure beyond it", () => {
    // Limits, a van's speed and signs: two values of one outlet tell of two things.
    expect(
      sides(
        ["Alpha News", "The limit is 40mph on the bypass and 60mph beyond its bridge."],
        ["Beta Times", "Witnesses said the van was travelling at 55mph."],
        ["Gamma Post", "Signs were showing 45mph when the van crashed."],
      ).flat(),
    ).not.toContain("45");
    expect(
      sides(
        ["Alpha News", "Residents reported cracked walls in more than 150 houses, the council said."],
        ["Beta Times", "The tremor damaged 200 houses."],
      ),
    ).toEqual([]);
  });

  it("never takes a count joined to another part before its verb, nor a round figure describing a thing for another", () => {
    // "Three men … and a woman" are four arrested, as the other outlet says.
    expect(
      sides(
        [
          "Alpha News",
          "Three men named by police as gang members and a woman were arrested over the Pelmont shooting.",
        ],
        ["Beta Times", "Four people were arrested over the shooting in Pelmont, police said on Tuesday."],
      ),
    ).toEqual([]);
    // "The 29,000-ton ship" weighs 29,060 tons, rounded.
    expect(
      sides(
        ["Alpha News", "The freighter Pelmont Star weighs 29,060 tons, the coastguard said after Tuesday's collision."],
        ["Beta Times", "The 29,000-ton freighter was damaged in Tuesday's collision, its owner said."],
      ),
    ).toEqual([]);
    // A lone weight told unrounded on both sides still disagrees.
    expect(
      sides(
        ["Alpha News", "The freighter Pelmont Star weighs 29,060 tons, the coastguard said after Tuesday's collision."],
        ["Beta Times", "The 31,400-ton freighter was damaged in Tuesday's collision, its owner said."],
      ),
    ).toEqual([["29,060", "31,400"]]);
  });

  it("never sets counts of two acts against each other, each told once", () => {
    expect(
      sides(
        ["Alpha News", "Police arrested 40 people after the match, the force said."],
        ["Beta Times", "Some 52 people were injured after the match."],
      ),
    ).toEqual([]);
  });

  it("never takes a lone figure of an outlet that told no figures of other roles", () => {
    const [height, drop] = ["The chairs dangled 60 metres above the slope.", "Skiers hung over a 95-metre drop."];
    const articles = [
      ["Alpha News", height],
      ["Beta Times", drop],
    ].map(([source, text]) =>
      prepareArticle({ input: source!, source, publishedAt: "2031-05-06T10:00:00Z", title: "x", originalText: text! }),
    );
    expect(extractFacts(articles).disagreements).toEqual([]);
  });

  it("never pairs a figure of a year past, a compound time's part, or a figure told at a moment of a process", () => {
    expect(
      sides(
        ["Alpha News", "The last strike by the nurses, in 2029, lasted four days."],
        ["Beta Times", "The nurses began a five-day strike at 7am today."],
      ),
    ).toEqual([]);
    expect(
      sides(
        ["Alpha News", "Nadia Ross won the final in 2 minutes 11.4 seconds."],
        ["Beta Times", "Ross ran the last lap in 13.1 seconds."],
      ),
    ).toEqual([]);
    expect(
      sides(
        ["Alpha News", "Forty firefighters were sent to the warehouse at first, the brigade said."],
        ["Beta Times", "Some 55 firefighters were at the warehouse fire in Pelmont."],
      ),
    ).toEqual([]);
  });
});
