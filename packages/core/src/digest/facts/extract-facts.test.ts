import { describe, expect, it } from "vitest";
import { loadSeedArticles } from "../testing/load-seed-articles.js";
import { extractFacts } from "./extract-facts.js";

describe("extractFacts on the seeds", () => {
  const articles = loadSeedArticles();
  const facts = extractFacts(articles);
  const byExternal = (id: string) => articles.find((article) => article.id === id)?.externalId?.slice(0, 3);

  it("finds the October 7 death toll disagreement between independent sources", () => {
    const october7 = facts.disagreements.find((item) => /killed/.test(item.topic));
    expect(october7).toBeDefined();
    const values = october7!.claims.map((claim) => claim.value);
    expect(values).toEqual(["at least 1,139", "about 1,200"]);
    const sources = october7!.claims.map((claim) => claim.citations.map((citation) => byExternal(citation.articleId)));
    expect(sources[0]).toEqual(expect.arrayContaining(["000", "004"]));
    expect(sources[1]).toEqual(["002"]);
  });

  it("does not set a request (40 hostages) against a first-phase plan (35): different things, not a disagreement", () => {
    expect(facts.disagreements.some((item) => /hostage/.test(item.topic))).toBe(false);
    expect(facts.disagreements).toHaveLength(1);
  });

  it("treats the rising Gaza death toll as a timeline, not a disagreement", () => {
    expect(facts.disagreements.some((item) => item.claims.some((claim) => /27,580|42,847/.test(claim.value)))).toBe(
      false,
    );
    const tolls = facts.timeline.map((entry) => /(27,580|31,923|34,000|42,847)/.exec(entry.text)?.[1]).filter(Boolean);
    expect(tolls).toEqual(["27,580", "31,923", "34,000", "42,847"]);
  });

  it("orders undated articles by the running toll they report", () => {
    expect(facts.articleOrder.map(byExternal)).toEqual(["000", "001", "003", "002", "004"]);
  });

  it("finds quotes with their speakers, curly and straight", () => {
    const amidrol = facts.quotes.find((quote) => quote.text.startsWith("We cannot stop the war"));
    expect(amidrol?.speaker).toBe("Yaakov Amidrol");
    const hyman = facts.quotes.find((quote) => quote.text.startsWith("We have received an update"));
    expect(hyman === undefined || hyman.speaker === "Avi Hyman").toBe(true);
    const naim = facts.quotes.find((quote) => quote.text.startsWith("If we hand over"));
    // The attribution gives only the surname; the article named him in full earlier.
    expect(naim?.speaker).toBe("Bassem Naim");
  });
});

describe("extractFacts on straight quotes", () => {
  it("reads speakers from straight quotation marks", async () => {
    const { prepareArticle } = await import("../../ingest/index.js");
    const article = prepareArticle({
      input: "x",
      title: "Talks",
      originalText:
        'The talks went on in Cairo on Monday. "We will keep negotiating until there is a deal," said Maria Lopez, a mediator.',
    });
    const facts = extractFacts([article]);
    expect(facts.quotes[0]?.speaker).toBe("Maria Lopez");
    expect(facts.quotes[0]?.text).toBe("We will keep negotiating until there is a deal,");
  });
});
