import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

/**
 * Outlets telling one fact in sentences of their own: the figures in one slot of two sentences that
 * share their content are set against each other, whatever words each outlet put round them.
 */
function sides(...reports: Array<[source: string, publishedAt: string, text: string]>) {
  const articles = reports.map(([source, publishedAt, text]) =>
    prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text }),
  );
  return extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value));
}

const LEDE = "A batch of faulty valves was recalled.\n\n";

describe("alignedFigures", () => {
  it("sets a share told by a finding against the same share told by a test", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2031-05-06T10:00:00Z",
          `${LEDE}Laboratory tests found the crack in 2.6 per cent of the Corvane valves sampled.`,
        ],
        [
          "Beta Times",
          "2031-05-06T16:00:00Z",
          `${LEDE}About 4 per cent of the Corvane valves tested were found to be cracked, the laboratory said.`,
        ],
      ),
    ).toEqual([["2.6 per cent", "about 4 per cent"]]);
  });

  it("sets the animals that got out against the animals that escaped from one enclosure", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2031-05-06T10:00:00Z",
          `${LEDE}Six wolves escaped from their enclosure at the Brantley Wildlife Park on Monday, park officials said.`,
        ],
        [
          "Beta Times",
          "2031-05-06T08:00:00Z",
          `${LEDE}The Brantley Wildlife Park's director says nine wolves got out of their enclosure yesterday.`,
        ],
      ),
    ).toEqual([["Six", "nine"]]);
  });

  it("never sets a forecast against what came, nor a level a change reached against a figure told plainly", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2031-05-06T10:00:00Z",
          `${LEDE}The Corvane valves could crack in 2.6 per cent of the boilers tested by the laboratory.`,
        ],
        [
          "Beta Times",
          "2031-05-06T16:00:00Z",
          `${LEDE}The laboratory found cracks in 4 per cent of the Corvane boilers tested.`,
        ],
        [
          "Gamma Post",
          "2031-05-06T18:00:00Z",
          `${LEDE}Laboratory tests found cracks in 3 per cent of the Corvane boilers.`,
        ],
        ["Delta Wire", "2031-05-06T19:00:00Z", `${LEDE}Inspectors set up a 900-yard cordon around the Corvane plant.`],
        [
          "Echo Radio",
          "2031-05-06T20:00:00Z",
          `${LEDE}Inspectors widened the cordon around the Corvane plant to 1,200 yards.`,
        ],
      ),
    ).toEqual([["3 per cent", "4 per cent"]]);
  });

  it("takes the slot of a figure both sentences give for it, so the other figure stays apart", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2031-05-06T10:00:00Z",
          `${LEDE}Marta Quell won 54 percent of the members' votes in the Corvane ballot against 46 percent for Dan Ruske.`,
        ],
        [
          "Beta Times",
          "2031-05-06T16:00:00Z",
          `${LEDE}Marta Quell beat Dan Ruske in the Corvane ballot of members by 54 percent to 46.`,
        ],
        [
          "Gamma Post",
          "2031-05-06T18:00:00Z",
          `${LEDE}Marta Quell won 51 percent of the members' votes in the Corvane ballot.`,
        ],
      ),
    ).toEqual([["51 percent", "54 percent"]]);
  });

  it("never sets one of two figures offered against a figure between them", () => {
    expect(
      sides(
        [
          "Alpha News",
          "2031-05-06T10:00:00Z",
          `${LEDE}Tests found the Corvane gauges read high by 20 or 30 bars under load.`,
        ],
        [
          "Beta Times",
          "2031-05-06T16:00:00Z",
          `${LEDE}Tests found the Corvane gauges read high by 20 bars under load.`,
        ],
        [
          "Gamma Post",
          "2031-05-06T18:00:00Z",
          `${LEDE}Tests found the Corvane gauges read high by 26 bars under load.`,
        ],
      ),
    ).toEqual([["20", "26"]]);
  });
});
