import { readdirSync, readFileSync } from "node:fs";
import { getEncoding } from "js-tiktoken";
import { describe, expect, it } from "vitest";
import { chunkArticle } from "./chunk-article.js";
import { countTokens } from "./count-tokens.js";
import { realTexts } from "./tokenizer-test-texts.js";

const seedsDirectory = new URL("../../../../samples/seeds/", import.meta.url);
const seeds = readdirSync(seedsDirectory).map((name) => readFileSync(new URL(name, seedsDirectory), "utf8"));

describe("chunkArticle", () => {
  it("covers every sentence once, with exact offsets and token counts", () => {
    for (const text of seeds) {
      const chunks = chunkArticle("a_test", text);
      expect(chunks.length).toBeGreaterThan(3);
      chunks.forEach((chunk, index) => {
        expect(chunk.index).toBe(index);
        expect(chunk.articleId).toBe("a_test");
        expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
        expect(chunk.tokens).toBe(countTokens(chunk.text));
        expect(chunk.sentences[0]?.start).toBe(chunk.start);
        expect(chunk.sentences.at(-1)?.end).toBe(chunk.end);
        for (const sentence of chunk.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        // Only a single over-long sentence may exceed the target (sentences are never cut).
        if (chunk.sentences.length > 1) expect(chunk.tokens).toBeLessThanOrEqual(120);
      });
      for (let index = 1; index < chunks.length; index++) {
        expect(chunks[index]?.start).toBeGreaterThanOrEqual(chunks[index - 1]?.end ?? 0);
      }
    }
  });

  it("gives the same ids on two runs and different ids for different articles", () => {
    const text = seeds[0] ?? "";
    const first = chunkArticle("a_one", text).map((chunk) => chunk.id);
    const second = chunkArticle("a_one", text).map((chunk) => chunk.id);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first[0]).toMatch(/^a_one-c0-[0-9a-f]{8}$/);
    const other = chunkArticle("a_two", text).map((chunk) => chunk.id);
    expect(other.some((id) => first.includes(id))).toBe(false);
  });

  it("respects a smaller target", () => {
    const text = seeds[0] ?? "";
    expect(chunkArticle("a", text, { targetTokens: 40 }).length).toBeGreaterThan(chunkArticle("a", text).length);
  });

  it("counts each chunk's tokens exactly as encoding the chunk's text does, on the seeds and the look-alike events", () => {
    const encoder = getEncoding("o200k_base");
    const wrong: string[] = [];
    for (const text of realTexts()) {
      for (const targetTokens of [40, 120]) {
        for (const chunk of chunkArticle("a", text, { targetTokens })) {
          if (chunk.tokens !== encoder.encode(chunk.text, [], []).length) wrong.push(chunk.text);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("returns no chunks for empty text", () => {
    expect(chunkArticle("a", "")).toEqual([]);
  });
});
