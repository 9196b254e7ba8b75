import { digestSchema } from "@roundup/prompts";
import { describe, expect, it } from "vitest";
import type { Story } from "../model/index.js";
import { createOfflineEngine } from "./engines/offline-engine.js";
import { generateDigest } from "./generate-digest.js";
import { labourDisputeArticles } from "./testing/labour-dispute-articles.js";
import { loadSeedArticles } from "./testing/load-seed-articles.js";

function storyOf(id: string, articleIds: string[]): Story {
  return { id, label: id, articleIds, startAt: null, endAt: null };
}

describe("generateDigest fills the facts computed by code", () => {
  const articles = labourDisputeArticles();
  const digest = generateDigest({
    story: storyOf(
      "calder",
      articles.map((article) => article.id),
    ),
    articles,
    engine: createOfflineEngine(),
  });

  it("keeps every summary sentence cited and verified, and gives each its corroboration", async () => {
    const result = await digest;
    expect(() => digestSchema.parse(result)).not.toThrow();
    const independent = new Set(result.sources.filter((source) => source.independent).map((source) => source.source));
    for (const sentence of [...result.summary, ...result.keyPoints]) {
      expect(sentence.citations.length).toBeGreaterThan(0);
      expect(sentence.verification?.status, sentence.text).toBe("verified");
      // An extractive sentence is carried at least by the article it copies, and by no more outlets than the story has.
      expect(sentence.corroboration?.outlets).toBeGreaterThanOrEqual(1);
      expect(sentence.corroboration?.outlets).toBeLessThanOrEqual(independent.size);
      expect(sentence.corroboration?.articleIds[0]).toBe(sentence.citations[0]?.articleId);
    }
  });

  it("shows quotes verbatim with full names, the one disagreement with outlets, and a dated timeline", async () => {
    const result = await digest;
    for (const quote of result.quotes) {
      expect(quote.verification?.status, quote.text).toBe("verified");
      expect(quote.speaker).toMatch(/^(Maria Okafor|Daniel Price|Helen Strand|Tom Reyes|Meridian Terminals)$/);
    }
    expect(result.quotes.some((quote) => quote.partial === true)).toBe(true);
    expect(result.disagreements.map((item) => item.claims.map((claim) => claim.outlets?.[0]))).toEqual([
      ["Harbour Gazette", "Coastal Post"],
    ]);
    expect(result.timeline.length).toBeGreaterThan(5);
    for (const entry of result.timeline) {
      expect(entry.date).toMatch(/^2026-0[13]/);
      expect(entry.verification?.status).toBe("verified");
    }
  });

  it("gives the seeds' summary sentences a corroboration count too", async () => {
    const seeds = loadSeedArticles();
    const result = await generateDigest({
      story: storyOf(
        "truce",
        seeds.map((article) => article.id),
      ),
      articles: seeds,
      engine: createOfflineEngine(),
    });
    for (const sentence of result.summary) expect(sentence.corroboration?.outlets).toBeGreaterThanOrEqual(1);
    // 000 and its rewrite 001 are one source: no claim can be carried by all five articles.
    expect(Math.max(...result.summary.map((sentence) => sentence.corroboration?.outlets ?? 0))).toBeLessThanOrEqual(4);
  });
});
