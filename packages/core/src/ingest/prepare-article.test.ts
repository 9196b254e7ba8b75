import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prepareArticle } from "./prepare-article.js";

const seed000 = readFileSync(new URL("../../../../samples/seeds/000_8707b4ad2ec9a16f.txt", import.meta.url), "utf8");

describe("prepareArticle", () => {
  it("cleans, hashes, detects language and chunks with exact offsets", () => {
    const article = prepareArticle({
      input: "seed-000.txt",
      title: "Blinken says work remains",
      originalText: seed000,
      url: "https://www.aljazeera.com/news/x",
    });
    expect(article.id).toMatch(/^a_[0-9a-f]{16}$/);
    expect(article.contentHash.startsWith(article.id.slice(2))).toBe(true);
    expect(article.title).toBe("Blinken says work remains");
    expect(article.titleInferred).toBe(false);
    expect(article.source).toBe("aljazeera.com");
    expect(article.language).toBe("eng");
    expect(article.duplicateOf).toBeNull();
    expect(article.originalText).toBe(seed000);
    expect(article.text).not.toContain("-----");
    expect(article.chunks.length).toBeGreaterThan(5);
    for (const chunk of article.chunks) {
      expect(chunk.articleId).toBe(article.id);
      expect(article.text.slice(chunk.start, chunk.end)).toBe(chunk.text);
    }
  });

  it("is stable: the same content gives the same id and chunk ids, whatever the line endings", () => {
    const first = prepareArticle({ input: "a", title: null, originalText: seed000 });
    const second = prepareArticle({ input: "b", title: null, originalText: seed000.replace(/\n/g, "\r\n") });
    expect(second.id).toBe(first.id);
    expect(second.chunks.map((chunk) => chunk.id)).toEqual(first.chunks.map((chunk) => chunk.id));
  });

  it("infers a missing title and marks it", () => {
    const article = prepareArticle({
      input: "a",
      title: "  ",
      originalText: "The U.S. envoy arrived in Doha on Sunday. Talks begin on Monday.",
    });
    expect(article.title).toBe("The U.S. envoy arrived in Doha on Sunday");
    expect(article.titleInferred).toBe(true);
  });

  it("flags non-English text and short text instead of rejecting it", () => {
    const french = prepareArticle({
      input: "fr",
      title: "Gaza",
      originalText:
        "Les négociations pour un cessez-le-feu à Gaza ont repris jeudi au Caire, selon un responsable égyptien qui a demandé à ne pas être nommé.",
    });
    expect(french.language).toBe("fra");
    expect(prepareArticle({ input: "s", title: "t", originalText: "Short." }).language).toBe("und");
  });

  it("refuses a draft that is only boilerplate", () => {
    expect(() =>
      prepareArticle({ input: "spam.txt", title: "x", originalText: "Leave a Reply\n\nSource link\n" }),
    ).toThrowError(expect.objectContaining({ code: "INPUT_EMPTY", input: "spam.txt" }));
  });

  it("keeps evaluation metadata", () => {
    const article = prepareArticle({
      input: "c.jsonl#x",
      externalId: "x",
      goldStory: "s1",
      title: "T",
      originalText: "Some text here.",
      publishedAt: "2024-02-07T00:00:00Z",
      author: "A. Writer",
    });
    expect(article).toMatchObject({
      externalId: "x",
      goldStory: "s1",
      publishedAt: "2024-02-07T00:00:00Z",
      author: "A. Writer",
    });
  });

  it("strips control and bidi characters from everything it keeps, and keeps only http(s) links", () => {
    const article = prepareArticle({
      input: "record.jsonl#L1",
      title: "Bridge\u0000 closes \u202Efor repairs\u202C",
      originalText: `${seed000.slice(0, 2000)}\u0000 The toll rises\u2067 to $5.\u2069`,
      url: "javascript:alert(document.cookie)",
      source: "Daily\u0007 News",
      author: "A.\u200F Writer",
    });
    expect(article.title).toBe("Bridge closes for repairs");
    expect(article.url).toBeNull();
    expect(article.source).toBe("Daily News");
    expect(article.author).toBe("A. Writer");
    expect(article.originalText).toContain("The toll rises to $5.");
    const kept = `${article.originalText}${article.text}`;
    for (const unsafe of ["\u0000", "\u0007", "\u202E", "\u2067", "\u2069"]) expect(kept).not.toContain(unsafe);
    expect(prepareArticle({ input: "a", title: null, originalText: seed000, url: "HTTPS://Example.org/a" }).url).toBe(
      "https://example.org/a",
    );
  });
});
