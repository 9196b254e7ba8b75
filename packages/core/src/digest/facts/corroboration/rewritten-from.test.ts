import { describe, expect, it } from "vitest";
import { linkNearDuplicates, prepareArticle } from "../../../ingest/index.js";
import type { Article } from "../../../model/index.js";
import { articleSentences } from "../../evidence/article-sentences.js";
import { findStoryRewrites } from "../../evidence/find-story-rewrites.js";
import { corroborate } from "./corroborate.js";
import { rewrittenFrom } from "./rewritten-from.js";

/** A bridge closure as the wire tells it. */
const WIRE = [
  "Engineers closed the Kessing road bridge over the River Alne on Tuesday after finding a crack in one of its steel beams, the county council said.",
  "About 14,000 vehicles cross the bridge every day, and drivers face a diversion of 11 miles.",
  "The crack was found during a routine inspection on Monday afternoon.",
  "Council leader Ruth Ames said the bridge would stay shut until repairs were complete.",
  "Bus operators said services between Kessing and Marford would be rerouted from Wednesday.",
  "The bridge was built in 1967 and last strengthened in 2019.",
];
/** The wire's story retold by a paper in its own words, sentence by sentence in the wire's order. */
const RETOLD = [
  "The Kessing road bridge across the River Alne was shut by engineers on Tuesday when a crack turned up in a steel beam, according to the county council.",
  "Drivers, about 14,000 of whom use the bridge each day, must take an 11-mile diversion.",
  "A routine inspection on Monday afternoon revealed the crack.",
  "The bridge will remain closed until it is repaired, council leader Ruth Ames said.",
  "Services between Kessing and Marford will be rerouted by bus operators from Wednesday.",
  "Built in 1967, the bridge was last strengthened in 2019.",
];
/** Another outlet's own report of the closure: a line of the council's statement, the rest its own, in its own order. */
const OWN = [
  "Drivers in Marford faced long queues on Tuesday evening after the Kessing road bridge was closed.",
  "Council leader Ruth Ames said the bridge would stay shut until repairs were complete.",
  "Shopkeepers in Kessing said trade had fallen sharply within hours of the closure.",
  "The county council said the crack in a steel beam was found on Monday.",
  "A petition calling for a temporary footbridge already has 2,000 signatures.",
];

function story(): Article[] {
  const sources: Array<[string, string[], string]> = [
    ["Alne Press Agency", WIRE, "2026-04-07T09:00:00Z"],
    ["Alne Valley Post", RETOLD, "2026-04-07T14:00:00Z"],
    ["Marford Radio", OWN, "2026-04-07T16:00:00Z"],
  ];
  return linkNearDuplicates(
    sources.map(([source, lines, publishedAt]) =>
      prepareArticle({
        input: source,
        source,
        title: `${source} report`,
        originalText: lines.join("\n\n"),
        publishedAt,
      }),
    ),
  );
}

describe("rewrittenFrom (corro18)", () => {
  it("finds an article retelling another outlet's earlier one sentence by sentence, not one telling the event its own way", () => {
    const articles = story();
    // Reworded throughout: neither ingest nor the story's near-identical sentences link it.
    expect(articles.every((item) => item.duplicateOf === null)).toBe(true);
    expect(findStoryRewrites(articles).size).toBe(0);
    const rewrites = rewrittenFrom(articleSentences(articles), (article) => article.source ?? "");
    expect(
      [...rewrites].map(([id, original]) => [articles.find((item) => item.id === id)!.source, original.source]),
    ).toEqual([["Alne Valley Post", "Alne Press Agency"]]);
  });

  it("counts a rewrite as the outlet it rewrites in corroboration", () => {
    const articles = story();
    const [result] = corroborate([{ text: WIRE[3]!, citations: [] }], articles, articleSentences(articles));
    expect(result!.corroboration.outlets).toBe(2);
    const byId = new Map(articles.map((item) => [item.id, item.source]));
    expect(result!.corroboration.articleIds.map((id) => byId.get(id))).toEqual(["Alne Press Agency", "Marford Radio"]);
  });
});
