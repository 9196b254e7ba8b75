import { describe, expect, it } from "vitest";
import { articleSentences, citationOf } from "../../evidence/article-sentences.js";
import { loadSeedArticles } from "../../testing/load-seed-articles.js";
import { verifyStatement } from "../../verify/verify-digest.js";
import { citeHeadline } from "./cite-headline.js";

const articles = loadSeedArticles();
const byId = new Map(articles.map((article) => [article.id, article]));
const passages = articleSentences(articles).map((item) => ({ text: item.sentence.text, citation: citationOf(item) }));

describe("citeHeadline", () => {
  it("cites as few passages as hold every name and number of the headline", () => {
    const headline = "Blinken says work remains as Al Jazeera counts 1,139 killed";
    const citations = citeHeadline(headline, passages);
    expect(citations.length).toBeGreaterThanOrEqual(2);
    expect(citations.length).toBeLessThanOrEqual(3);
    expect(verifyStatement({ text: headline, citations }, byId, { kind: "headline" })).toMatchObject({
      status: "verified",
      reasons: [],
    });
  });

  it("still cites the closest passage when no passage holds a claim, so verification can say what is missing", () => {
    const headline = "Zelensky joins the Cairo talks";
    const citations = citeHeadline(headline, passages);
    expect(citations).toHaveLength(1);
    expect(verifyStatement({ text: headline, citations }, byId).reasons).toEqual([
      'name "Zelensky" is not in the cited passage',
    ]);
  });

  it("cites nothing when there are no passages", () => {
    expect(citeHeadline("Truce talks", [])).toEqual([]);
  });
});
