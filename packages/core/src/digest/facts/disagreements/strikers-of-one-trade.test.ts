import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { extractFacts } from "../extract-facts.js";

function disagreementsOf(...texts: Array<[string, string]>) {
  const articles = texts.map(([source, text], index) =>
    prepareArticle({
      input: source,
      source,
      publishedAt: `2026-03-0${index + 6}T09:00:00Z`,
      title: `${source} report`,
      originalText: text,
    }),
  );
  return extractFacts(articles).disagreements.map((item) => item.claims.map((claim) => claim.value));
}

describe("strikersOfOneTrade", () => {
  it("sets a workforce's count of strikers against the one trade's count of the same walkout", () => {
    expect(
      disagreementsOf(
        ["Valley Courier", "Some 420 nurses took part in a two-day strike at Ferncliff General on Monday."],
        ["Ferncliff Echo", "About 260 staff joined Monday's strike at Ferncliff General, the hospital said."],
      ),
    ).toEqual([["about 260", "some 420"]]);
    expect(
      disagreementsOf(
        ["Valley Courier", "Some 420 nurses took part in a two-day strike at Ferncliff General on Monday."],
        ["Ferncliff Echo", "About 260 union members walked out at Ferncliff General on Monday."],
      ),
    ).toEqual([["about 260", "some 420"]]);
  });

  it("never sets two trades' strikers against each other, nor a workforce against either of two trades", () => {
    expect(
      disagreementsOf(
        ["Valley Courier", "Some 420 nurses took part in a two-day strike at Ferncliff General on Monday."],
        ["Ferncliff Echo", "About 260 porters joined Monday's strike at Ferncliff General, the hospital said."],
        ["Metro Daily", "Around 300 workers joined Monday's strike at Ferncliff General."],
      ),
    ).toEqual([]);
  });
});
