import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

/**
 * trap2: an undated report's death toll that the dated reports reach later (Monday's wire tells two
 * dead, Thursday's tells a third death) was written once the toll had grown: no rival of Monday's
 * count. A toll no dated report reaches, and an undated outlet's other figures, stay rivals.
 */
function values(...reports: Array<[source: string, publishedAt: string | null, text: string]>) {
  const articles = reports.map(([source, publishedAt, text]) =>
    prepareArticle({ input: source, source, publishedAt, title: `${source} report`, originalText: text }),
  );
  return extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value).sort());
}

const MONDAY: [string, string, string] = [
  "Alpha Wire",
  "2031-05-05T18:00:00Z",
  "Two people have died and nine have fallen ill after eating oysters from Hollis Bay, state health officials said Monday.",
];
const THURSDAY: [string, string, string] = [
  "Alpha Wire",
  "2031-05-08T18:00:00Z",
  "A third person has died in the outbreak linked to Hollis Bay oysters, which has now sickened 15 people, officials said Thursday.",
];

describe("findDisagreements on an undated report's toll", () => {
  it("never sets an undated toll the dated reports reach later against an earlier dated count", () => {
    expect(
      values(MONDAY, THURSDAY, [
        "The Daily Shout",
        null,
        "Seafood fans were warned to bin their oysters after a food poisoning outbreak killed three people.",
      ]),
    ).toEqual([]);
  });

  it("still sets an undated toll against a dated count when no dated report reaches it", () => {
    expect(
      values(MONDAY, [
        "The Daily Shout",
        null,
        "Seafood fans were warned to bin their oysters after a food poisoning outbreak killed three people.",
      ]),
    ).toEqual([["Two", "three"]]);
  });

  it("still sets an undated outlet's other figures against the dated reports'", () => {
    expect(
      values(
        [
          "Alpha Wire",
          "2031-05-05T18:00:00Z",
          "The Hollis Bay oyster farm, which employs 40 people, has been closed, state health officials said Monday.",
        ],
        THURSDAY,
        [
          "The Daily Shout",
          null,
          "The Hollis Bay oyster farm, which employs 65 people, has been closed after a food poisoning outbreak.",
        ],
      ),
    ).toEqual([["40", "65"]]);
  });
});
