import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../ingest/index.js";
import { extractFacts } from "./extract-facts.js";

/** Outlets' reports of one day: the disagreements found, each as its claims' values. */
function sides(...reports: Array<[source: string, text: string]>) {
  const articles = reports.map(([source, text]) =>
    prepareArticle({
      input: source,
      source,
      publishedAt: "2031-05-06T10:00:00Z",
      title: `${source} report`,
      originalText: text,
    }),
  );
  return extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value));
}

describe("bestMatchedFigures", () => {
  it("sets against each other two outlets' figures in one slot of sentences that otherwise differ", () => {
    // Each outlet gives two shares, in sentences sharing too little to retell one fact.
    expect(
      sides(
        [
          "Alpha News",
          "Renters make up 56 percent of Pelmont's households, census figures show.\n\nThe council approved the cap by seven votes to four, with 12 percent of landlords opposed.",
        ],
        [
          "Beta Times",
          "Nearly 61% of Pelmont households rent their homes, according to the tenants' union.\n\nLandlords warned that 30% of small owners could sell up.",
        ],
      ),
    ).toEqual([["56 percent", "nearly 61%"]]);
  });
});
