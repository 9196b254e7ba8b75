import { describe, expect, it } from "vitest";
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import { derailmentArticles } from "../testing/derailment-articles.js";
import { findStoryRewrites } from "./find-story-rewrites.js";
import { independentSourceKey } from "./independent-source-key.js";

function article(source: string, publishedAt: string, paragraphs: readonly string[]): ArticleDraft {
  return { input: source, source, title: `${source} report`, publishedAt, originalText: paragraphs.join("\n\n") };
}

const WIRE = article("Harbour Wire", "2026-03-02T09:00:00Z", [
  "CALDER (Harbour Wire) — Firefighters contained a blaze at the Westmoor paper mill on Monday after it burned for nine hours and forced the closure of the ring road.",
  "The fire started in a storage hall shortly after midnight, the county fire service said.",
  "Forty firefighters and twelve engines were sent to the site at the height of the blaze.",
  '"The crews did an extraordinary job. They worked through the night in very difficult conditions and kept the fire out of the main mill. Nobody could have asked for more," said Chief Fire Officer Maria Lund.',
  "Nobody was hurt, and the 300 workers on the night shift were moved out in time, the company said.",
  "Residents of the Westmoor estate were told to keep their windows closed because of the smoke.",
  "The cause of the fire is not yet known, and an investigation has begun.",
]);

/** The wire story lightly edited, trimmed and given a line of its own, as a local paper runs it. */
const REWRITE = article("Calder Evening Post", "2026-03-02T11:30:00Z", [
  "After burning for nine hours and shutting the ring road, a blaze at the Westmoor paper mill in Calder was contained by firefighters on Monday.",
  "The county fire service said the fire began shortly after midnight in a storage hall.",
  '"The crews did an extraordinary job in very difficult conditions," Chief Fire Officer Maria Lund said.',
  "The 300 workers on the night shift were moved out in time and nobody was hurt, the company said.",
  "Because of the smoke, residents of the Westmoor estate were advised to keep their windows closed.",
  "Read more local news in Saturday's print edition.",
]);

/**
 * Its own report of the same fire: it shares the chief's remarks (three sentences in one quotation,
 * the middle one without a mark) and two lines of the company's statement, and little else.
 */
const INDEPENDENT = article("Valley Times", "2026-03-02T12:00:00Z", [
  "Smoke from a fire at the Westmoor paper mill hung over Calder for most of Monday as drivers queued on side streets.",
  '"The crews did an extraordinary job. They worked through the night in very difficult conditions and kept the fire out of the main mill. Nobody could have asked for more," said Chief Fire Officer Maria Lund.',
  "Nobody was hurt, and the 300 workers on the night shift were moved out in time, the company said.",
  "The cause of the fire is not yet known, and an investigation has begun.",
  "The mill, which opened in 1958, employs about 900 people in the town.",
  "Shopkeepers on the high street said trade had almost stopped while the ring road stayed shut into the evening.",
]);

function sourceOf(articles: readonly Article[], id: string | undefined): string | null | undefined {
  return articles.find((item) => item.id === id)?.source;
}

describe("findStoryRewrites", () => {
  it("links a lightly edited, trimmed rewrite the near-duplicate check missed to its original", () => {
    const articles = linkNearDuplicates([WIRE, REWRITE, INDEPENDENT].map((draft) => prepareArticle(draft)));
    expect(articles.every((item) => item.duplicateOf === null)).toBe(true);
    const rewrites = findStoryRewrites(articles);
    expect(
      [...rewrites].map(([rewrite, original]) => [sourceOf(articles, rewrite), sourceOf(articles, original)]),
    ).toEqual([["Calder Evening Post", "Harbour Wire"]]);
    // The original is the earlier article, whatever order the story lists them in.
    expect(findStoryRewrites([...articles].reverse())).toEqual(rewrites);
  });

  it("never links two reports that share quoted remarks and a sentence or two of a statement", () => {
    const articles = linkNearDuplicates([WIRE, INDEPENDENT].map((draft) => prepareArticle(draft)));
    expect(findStoryRewrites(articles).size).toBe(0);
  });

  it("makes a rewrite one source with its original", () => {
    const articles = derailmentArticles();
    const byId = new Map(articles.map((item) => [item.id, item]));
    const roots = new Map(articles.map((item) => [item.source, new Set<string>()]));
    for (const item of articles) roots.get(item.source)!.add(independentSourceKey(item, byId));
    const wireBurn = articles.find((item) => item.title.startsWith("Crews burn off"))!;
    const lakeshore = articles.find((item) => item.source === "Lakeshore Daily")!;
    expect(independentSourceKey(lakeshore, byId)).toBe(wireBurn.id);
    // Every other article stays its own source.
    expect(new Set(articles.map((item) => independentSourceKey(item, byId))).size).toBe(articles.length - 1);
  });
});
