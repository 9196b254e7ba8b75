import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createOfflineEngine, generateDigest, prepareArticle } from "./index.js";

const seed = (name: string) => readFileSync(new URL(`../../../samples/seeds/${name}`, import.meta.url), "utf8");

describe("the README's script", () => {
  it("builds a cited, verified digest from two article texts through the public API", async () => {
    const [textA, textB] = [seed("002_2dee00ce890550d2.txt"), seed("003_2d736acade308af8.txt")];
    const articles = [textA, textB].map((text, i) =>
      prepareArticle({ input: `article-${i}`, title: null, originalText: text }),
    );
    const story = { id: "s1", label: "My story", articleIds: articles.map((a) => a.id), startAt: null, endAt: null };
    const digest = await generateDigest({ story, articles, engine: createOfflineEngine() });
    expect(digest.summary.length).toBeGreaterThanOrEqual(3);
    for (const sentence of digest.summary) {
      expect(sentence.citations.length).toBeGreaterThan(0);
      expect(sentence.verification?.status).toBe("verified");
      const citation = sentence.citations[0];
      const article = articles.find((candidate) => candidate.id === citation?.articleId);
      expect(article?.text.slice(citation?.start, citation?.end)).toBe(sentence.text);
    }
  });
});
