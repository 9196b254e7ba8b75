import { digestSchema } from "@roundup/prompts";
import { describe, expect, it } from "vitest";
import type { Story } from "../model/index.js";
import { createOfflineEngine } from "./engines/offline-engine.js";
import { extractFacts } from "./facts/extract-facts.js";
import { generateDigest } from "./generate-digest.js";
import { labourDisputeArticles } from "./testing/labour-dispute-articles.js";
import { loadSeedArticles } from "./testing/load-seed-articles.js";
import { stormFloodArticles } from "./testing/storm-flood-articles.js";
import { takeoverBidArticles } from "./testing/takeover-bid-articles.js";
import { wildfireArticles } from "./testing/wildfire-articles.js";

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
    // The union's demand and the operator's offer, both replaced by Friday's deal, do not stand beside it.
    const summary = result.summary.map((sentence) => sentence.text).join("\n");
    expect(summary).toMatch(/reached a tentative agreement/);
    expect(summary).not.toMatch(/is demanding a 5 percent raise|has offered a 4\.5 percent raise/);
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

describe("generateDigest keeps the summary to the latest state, in order, on stories it has never seen", () => {
  const digestOf = (articles: ReturnType<typeof stormFloodArticles>) =>
    generateDigest({
      story: storyOf(
        "story",
        articles.map((article) => article.id),
      ),
      articles,
      engine: createOfflineEngine(),
    });
  const storm = stormFloodArticles();
  const stormDigest = digestOf(storm);
  const takeover = takeoverBidArticles();
  const takeoverDigest = digestOf(takeover);
  const tollsIn = (texts: readonly string[]) =>
    texts.flatMap((text) => [...text.matchAll(/(?:death toll[^.]*? to|least) (\d+)/g)].map((match) => match[1]));
  /** The day each summary sentence's news happened, as the timeline dates it; null when it is not on the timeline. */
  const timesOf = (result: Awaited<typeof stormDigest>): Array<string | null> =>
    result.summary.map((sentence) => result.timeline.find((item) => item.text === sentence.text)?.date ?? null);
  const publishedOf = (result: Awaited<typeof stormDigest>, articles: ReturnType<typeof stormFloodArticles>) => {
    const article = articles.find((item) => item.id === result.summary[0]?.citations[0]?.articleId);
    return article?.publishedAt?.slice(0, 10) ?? "";
  };

  it("never sets an older death toll beside a newer one; the summary's toll is the latest", async () => {
    const result = await stormDigest;
    const tolls = tollsIn(result.summary.map((sentence) => sentence.text));
    expect(tolls.length).toBeLessThanOrEqual(1);
    if (tolls.length === 1) expect(tolls[0]).toBe("12");
    // Key points do not bring an outdated toll back either.
    expect(tollsIn(result.keyPoints.map((sentence) => sentence.text)).every((toll) => toll === "12")).toBe(true);
  });

  it("never sets the sides' first positions (an offer of 640 pence, a demand of 720, a rejection, 'not for sale') beside the improved offer", async () => {
    const result = await takeoverDigest;
    const texts = [...result.summary, ...result.keyPoints].map((sentence) => sentence.text);
    const newer = texts.some((text) => /raised its offer|improved offer|accepted Arden's offer/.test(text));
    const older = texts.filter((text) =>
      /offered 640 pence|at least 720 pence|rejected the proposal|not for sale/.test(text),
    );
    expect(newer).toBe(true);
    expect(older).toEqual([]);
  });

  it("puts the superseded positions and tolls on the timeline with their dates, not in the summary", async () => {
    const labour = labourDisputeArticles();
    const wildfire = wildfireArticles();
    const cases = [
      // The toll of 4 (Wednesday) and of 9 (Thursday), which the toll of 12 superseded.
      [
        await stormDigest,
        storm,
        [/^At least 4 people have died/, "2026-12-30"],
        [/rose to 9 on Thursday/, "2026-12-31"],
      ],
      // Monday's offer; the rejection and the 720-pence demand state no date: Tuesday's paper tells them after Monday's offer, so Monday.
      [
        await takeoverDigest,
        takeover,
        [/^Arden Rail offered 640 pence/, "2026-11-16"],
        [/^Kestrel's board rejected the proposal/, "2026-11-16"],
        [/at least 720 pence/, "2026-11-16"],
      ],
      // The union's demand, which Friday's deal superseded, told in Tuesday's paper right after Monday's walkout: Monday.
      [await digestOf(labour), labour, [/is demanding a 5 percent raise/, "2026-03-09"]],
      [await digestOf(wildfire), wildfire],
    ] as const;
    for (const [result, articles, ...expected] of cases) {
      const summary = result.summary.map((sentence) => sentence.text);
      for (const [pattern, date] of expected) {
        const entry = result.timeline.find((item) => pattern.test(item.text));
        expect(entry?.date, String(pattern)).toBe(date);
        expect(entry?.verification?.status).toBe("verified");
        expect(summary.some((text) => pattern.test(text))).toBe(false);
      }
      // Not every old line: a few superseded statements at most, each once, still in date order.
      expect(result.timeline.length - extractFacts(articles).timeline.length).toBeLessThanOrEqual(4);
      expect(new Set(result.timeline.map((entry) => entry.text)).size).toBe(result.timeline.length);
      const dates = result.timeline.map((entry) => entry.date ?? "");
      expect(dates).toEqual([...dates].sort());
    }
  });

  it("leads with the latest development, then tells the rest in the order it happened", async () => {
    for (const [result, articles] of [
      [await stormDigest, storm],
      [await takeoverDigest, takeover],
    ] as const) {
      const times = timesOf(result);
      // Nothing in the summary happened after what it opens with.
      const opening = times[0] ?? publishedOf(result, articles);
      expect(
        times.every((time) => time === null || time <= opening),
        result.summary[0]?.text,
      ).toBe(true);
      // Then what came before, in the order it happened (after any other news of the opening's day).
      const rest = times.slice(1).filter((time) => time !== null && time !== opening);
      expect(rest).toEqual([...rest].sort());
    }
  });

  it("counts a rewrite once and a second outlet carrying the claim twice; key points say what the summary does not", async () => {
    for (const result of [await stormDigest, await takeoverDigest]) {
      const independent = new Set(result.sources.filter((source) => source.independent).map((source) => source.source));
      for (const sentence of [...result.summary, ...result.keyPoints]) {
        expect(sentence.verification?.status, sentence.text).toBe("verified");
        expect(sentence.corroboration?.outlets).toBeGreaterThanOrEqual(1);
        expect(sentence.corroboration?.outlets).toBeLessThanOrEqual(independent.size);
      }
      const summaryNumbers = new Set(result.summary.flatMap((sentence) => sentence.text.match(/\d[\d,.]*/g) ?? []));
      for (const point of result.keyPoints) {
        expect(result.summary.map((sentence) => sentence.text)).not.toContain(point.text);
        const numbers = point.text.match(/\d[\d,.]*/g) ?? [];
        // A key point with figures gives at least one the summary does not.
        if (numbers.length > 0)
          expect(
            numbers.some((number) => !summaryNumbers.has(number)),
            point.text,
          ).toBe(true);
      }
    }
    const { corroborate } = await import("./facts/corroboration/index.js");
    const { articleSentences } = await import("./evidence/article-sentences.js");
    const sentences = articleSentences(storm);
    const [burst, rise] = corroborate(
      [
        // The Lakeland Herald's sentence, copied word for word by the Northern Wire: one outlet.
        {
          text: "At least 4 people have died since the storm made landfall on Tuesday night, police said.",
          citations: [],
        },
        // The Pennine Post's toll of 9, given again in other words by Coast Radio: two outlets.
        {
          text: "The death toll from Storm Imogen rose to 9 on Thursday after lifeboat crews recovered the bodies of two fishermen off Skelby.",
          citations: [],
        },
      ],
      storm,
      sentences,
    );
    expect(burst?.corroboration?.outlets).toBe(1);
    expect(rise?.corroboration?.outlets).toBe(2);
  });
});
