import { describe, expect, it } from "vitest";
import { linkNearDuplicates, prepareArticle } from "../../../ingest/index.js";
import type { Article, ArticleDraft } from "../../../model/index.js";
import { rankEvidence } from "../../evidence/rank-evidence.js";
import { extractFacts } from "../../facts/extract-facts.js";
import { generateDigest } from "../../generate-digest.js";
import { findBackground, statesNoNews } from "./find-background.js";

/**
 * A story written for this test: an airline's computer failure, Monday 1 to Wednesday 3 June 2026,
 * four outlets. Each report adds news (the cancellations, the apology and compensation, a regulator's
 * inquiry, the shares) and short background full of the story's names (the airline's size, its
 * founding, how long its chief executive has led it). "Flies to 60 destinations" is background that
 * findBackground does not know (a present tense with no cue), left in to keep the story honest.
 */
const AIRLINE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "airline/1",
    source: "Travel Wire",
    publishedAt: "2026-06-01T18:00:00Z",
    title: "Skyrion cancels hundreds of flights after computer failure",
    originalText: [
      "Skyrion Airways cancelled 340 flights on Monday after a computer failure grounded its fleet, stranding about 45,000 passengers.",
      "The airline said a faulty software update had knocked out its check-in and crew scheduling systems.",
      "Passengers queued for hours at Brenmoor airport, where the departures board showed only cancellations.",
      "Skyrion Airways employs about 9,000 people.",
      "Skyrion was founded in 1998 as a charter carrier.",
    ].join("\n"),
  },
  {
    input: "airline/2",
    source: "Daily Courier",
    publishedAt: "2026-06-02T17:00:00Z",
    title: "Skyrion chief apologises as flights resume",
    originalText: [
      "Skyrion Airways restored most of its flights on Tuesday, although 60 were still cancelled because crews were out of position.",
      "Chief executive Mara Ellison apologised to passengers on Tuesday and said the airline would pay compensation to everyone whose flight was cancelled.",
      "Ellison has led Skyrion Airways since 2020.",
      "Skyrion Airways carries about 20 million passengers a year.",
    ].join("\n"),
  },
  {
    input: "airline/3",
    source: "Business Post",
    publishedAt: "2026-06-03T09:00:00Z",
    title: "Regulator opens inquiry into Skyrion outage",
    originalText: [
      "The Civil Aviation Authority opened an investigation into Skyrion Airways on Wednesday over Monday's computer failure, which stranded about 45,000 passengers.",
      "The regulator said it would examine whether the airline had tested the software update before installing it.",
      "Shares in Skyrion Airways fell 6 percent on Wednesday.",
      "Skyrion Airways flies to 60 destinations from its base at Brenmoor.",
    ].join("\n"),
  },
  {
    input: "airline/4",
    source: "Evening Standard-Bearer",
    publishedAt: "2026-06-03T16:00:00Z",
    title: "Skyrion faces compensation bill",
    originalText: [
      "Skyrion Airways faces a compensation bill of up to 30 million euros after Monday's computer failure, analysts at Merrow Securities estimated on Wednesday.",
      "Ellison said on Tuesday that the airline would pay compensation to every passenger whose flight was cancelled.",
      "Skyrion Airways, which has about 9,000 employees, is based at Brenmoor.",
    ].join("\n"),
  },
];

function airlineArticles(): Article[] {
  return linkNearDuplicates(AIRLINE_DRAFTS.map((draft) => prepareArticle(draft)));
}

function backgroundOf(articles: Article[]): string[] {
  const evidence = rankEvidence(articles, extractFacts(articles));
  return [...findBackground(evidence, articles)].map((candidate) => candidate.item.sentence.text);
}

describe("findBackground", () => {
  it("finds a dated story's background: a lasting state, a past before the story, how long someone has held a post", () => {
    const background = backgroundOf(airlineArticles());
    expect(background).toEqual(
      expect.arrayContaining([
        "Skyrion Airways employs about 9,000 people.",
        "Skyrion was founded in 1998 as a charter carrier.",
        "Ellison has led Skyrion Airways since 2020.",
        "Skyrion Airways, which has about 9,000 employees, is based at Brenmoor.",
      ]),
    );
    for (const news of [
      "Skyrion Airways cancelled 340 flights",
      "Chief executive Mara Ellison apologised",
      "The Civil Aviation Authority opened an investigation",
      "Shares in Skyrion Airways fell",
    ])
      expect(background.some((text) => text.startsWith(news))).toBe(false);
  });

  it("keeps a record set against the past and a past that only describes someone the sentence names", () => {
    const articles = [
      prepareArticle({
        input: "record/1",
        source: "Capitol Wire",
        publishedAt: "2026-09-16T20:00:00Z",
        title: "Senate overrides veto",
        originalText: [
          "The Senate voted 34-16 on Wednesday to override the governor's veto.",
          "It was the first time since 1986 that the Legislature had overridden a governor's veto.",
          "Pritchard, who has worked at the Capitol since 1994, said he had never seen such a vote.",
          "The governor, a Republican, took office in January 2023.",
        ].join("\n"),
      }),
    ];
    expect(backgroundOf(articles)).toEqual(["The governor, a Republican, took office in January 2023."]);
  });

  it("finds none in undated articles: without the story's time, how things usually are may be the subject", () => {
    const articles = [
      prepareArticle({
        input: "explainer/1",
        source: "Health Notes",
        title: "What a tick bite does",
        originalText: [
          "Symptoms usually begin three to 14 days after the bite.",
          "The clinic, which employs 40 nurses, is based in Harrow.",
        ].join("\n"),
      }),
    ];
    expect(backgroundOf(articles)).toEqual([]);
  });
});

describe("the offline summary of a dated story", () => {
  it("tells the news, not short background full of the story's names", async () => {
    const articles = airlineArticles();
    const digest = await generateDigest({
      story: {
        id: "airline",
        label: "airline",
        articleIds: articles.map((article) => article.id),
        startAt: null,
        endAt: null,
      },
      articles,
      words: 100,
    });
    const summary = digest.summary.map((sentence) => sentence.text);
    // Before background was told apart, the size and the base of the airline took these words. The
    // dated events of the story stand together (Monday's cancellations, Wednesday's inquiry), each
    // with its day; the cause of the failure then no longer fits 100 words and is a key point.
    const cancelled =
      "Skyrion Airways cancelled 340 flights on Monday after a computer failure grounded its fleet, stranding about 45,000 passengers.";
    const inquiry =
      "The Civil Aviation Authority opened an investigation into Skyrion Airways on Wednesday over Monday's computer failure, which stranded about 45,000 passengers.";
    expect(summary).toContain(cancelled);
    expect(summary).toContain(inquiry);
    expect(summary.indexOf(cancelled)).toBeLessThan(summary.indexOf(inquiry));
    expect(digest.keyPoints.map((point) => point.text)).toContain(
      "The airline said a faulty software update had knocked out its check-in and crew scheduling systems.",
    );
    expect(summary).toContain(
      "Chief executive Mara Ellison apologised to passengers on Tuesday and said the airline would pay compensation to everyone whose flight was cancelled.",
    );
    for (const background of [
      "Skyrion Airways employs about 9,000 people.",
      "Skyrion was founded in 1998 as a charter carrier.",
      "Ellison has led Skyrion Airways since 2020.",
      "Skyrion Airways, which has about 9,000 employees, is based at Brenmoor.",
    ])
      expect(summary).not.toContain(background);
  });
});

describe("statesNoNews", () => {
  const feature = prepareArticle({ input: "feature.txt", title: "A mill town", originalText: "The mill town." });
  const report = prepareArticle({
    input: "report.txt",
    title: "Mill closes",
    publishedAt: "2026-03-02T09:00:00Z",
    originalText: "The mill closed.",
  });

  it("reads an undated feature's scene-setting as no news, and its reports of what happened as news", () => {
    for (const prose of [
      "For five decades the clatter of looms filled the valley below Ardle.",
      "Whole families spent their working lives in its spinning sheds.",
      "On the hill above the mill, the chapel bell still rings for the early shift.",
    ])
      expect(statesNoNews(prose, feature), prose).toBe(true);
    for (const news of [
      "The mill will shut in June with the loss of 210 jobs.",
      "“We never thought it would end like this,” said Jean Farrow, a weaver.",
      "Police closed the mill road before dawn as the last lorries left.",
      "Dozens of weavers gathered at the gates.",
      "It is the largest closure in the valley since the war.",
    ])
      expect(statesNoNews(news, feature), news).toBe(false);
    // A dated report's sentences are placed by their day, never by this reading.
    expect(statesNoNews("Whole families spent their working lives in its spinning sheds.", report)).toBe(false);
  });
});
