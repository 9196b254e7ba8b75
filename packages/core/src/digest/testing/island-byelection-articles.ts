import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of stale statements by stale19 (2026-12-06, texts and
 * expectations written before running any code on them): five articles from three outlets on a
 * council by-election in the island ward of Sgarbh and Tollan, polling on Thursday 7 April 2033. The
 * returning officer expects to declare by midnight on Friday; with three of five boxes counted the
 * independent leads by 41 votes; the SNP candidate wins by 12 votes, declared at 1:30am on Saturday; a
 * recount is under way, then confirms the result. What stays: the turnout (58%, then 57.6% exactly,
 * a rounding), the boxes brought by ferry, the loser not going to court, a seat to be taken on 21
 * April, the party's seats on the council. Test support only.
 * First run, before any fix: quotes 4/4, timeline 5/5, no disagreement or trap, the seat-taking
 * sentence dated on the day it was told (2033-04-09, a background date taken), headline wrong (the
 * loser not going to court), summary 1/1 wanted and 0 unwanted, superseded pairs kept apart 3/4 (the
 * 250-word summary held "expected to declare the result by midnight on Friday" beside the declaration),
 * current statements kept 5/5; the key points held the expected declaration.
 */
const ISLAND_BYELECTION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "byelection/1",
    externalId: "by1",
    source: "The Island Gazette",
    url: "https://islandgazette.example/news/sgarbh-tollan-polls-close",
    publishedAt: "2033-04-07T21:30:00Z",
    title: "Polls close in Sgarbh and Tollan by-election",
    originalText: [
      "Polls closed at 10pm on Thursday in the Sgarbh and Tollan by-election for Hebridean Council, called after the death of councillor Donald MacInnes in February.",
      "Turnout was about 58%, the council said.",
      "The returning officer, Ishbel Grant, said she expected to declare the result by midnight on Friday.",
      "Four candidates are on the ballot paper.",
      "“People here take their vote very seriously,” said Ms Grant.",
    ].join("\n"),
  },
  {
    input: "byelection/2",
    externalId: "by2",
    source: "West Coast Radio",
    url: "https://westcoastradio.example/news/munro-ahead-in-island-count",
    publishedAt: "2033-04-08T15:00:00Z",
    title: "Independent ahead as island count goes on",
    originalText: [
      "With three of the five ballot boxes counted, the independent candidate Catriona Munro leads the SNP's Alasdair Beaton by 41 votes.",
      "Ballot boxes from the outer islands arrived by ferry on Friday morning, delaying the count.",
      "“It is far too close to call,” said Ms Munro.",
    ].join("\n"),
  },
  {
    input: "byelection/3",
    externalId: "by3",
    source: "The Highland Courier",
    url: "https://highlandcourier.example/news/beaton-wins-sgarbh-tollan",
    publishedAt: "2033-04-09T02:00:00Z",
    title: "SNP's Beaton wins island by-election by 12 votes",
    originalText: [
      "Alasdair Beaton of the SNP won the Sgarbh and Tollan by-election by 12 votes after the last two boxes were counted, the returning officer declared at 1:30am on Saturday.",
      "Ms Munro asked for a recount, which is under way.",
      "“The islands have spoken, if only just,” said Mr Beaton.",
    ].join("\n"),
  },
  {
    input: "byelection/4",
    externalId: "by4",
    source: "The Island Gazette",
    url: "https://islandgazette.example/news/recount-confirms-beaton",
    publishedAt: "2033-04-09T14:00:00Z",
    title: "Recount confirms Beaton as councillor",
    originalText: [
      "The recount on Saturday morning confirmed Mr Beaton as the winner, with his majority unchanged at 12 votes.",
      "Mr Beaton, a 44-year-old fish farmer from Tollan, will take his seat at the council's meeting on 21 April.",
      "“I will be a councillor for every island in this ward,” he said.",
    ].join("\n"),
  },
  {
    input: "byelection/5",
    externalId: "by5",
    source: "The Highland Courier",
    url: "https://highlandcourier.example/news/munro-no-court-challenge",
    publishedAt: "2033-04-11T08:00:00Z",
    title: "Munro will not challenge by-election result",
    originalText: [
      "Ms Munro said on Sunday that she would not challenge the result in court.",
      "The final turnout was 57.6%, the council said.",
      "The SNP now holds 14 of the council's 31 seats.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function islandByelectionArticles(): Article[] {
  return linkNearDuplicates(ISLAND_BYELECTION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by stale19 (2026-12-06), before running any code on them. No real
 * disagreement: a lead of 41 votes part way through the count is not the winning majority of 12, and
 * "about 58%" is the final 57.6% rounded.
 */
export const ISLAND_BYELECTION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "People here take their vote very seriously", speaker: "Ishbel Grant" },
    { text: "It is far too close to call", speaker: "Catriona Munro" },
    { text: "The islands have spoken, if only just", speaker: "Alasdair Beaton" },
    { text: "I will be a councillor for every island in this ward", speaker: "Alasdair Beaton" },
  ],
  timeline: [
    { text: "Polls closed at 10pm on Thursday", dates: ["2033-04-07"] },
    { text: "arrived by ferry on Friday morning", dates: ["2033-04-08"] },
    { text: "won the Sgarbh and Tollan by-election by 12 votes", dates: ["2033-04-09"] },
    { text: "The recount on Saturday morning confirmed", dates: ["2033-04-09"] },
    { text: "would not challenge the result in court", dates: ["2033-04-10"] },
  ],
  neverDated: [{ text: "will take his seat at the council's meeting on 21 April", date: "2033-04-09" }],
  disagreements: [],
  notDisagreements: [
    ["41", "12"],
    ["58%", "57.6%"],
    ["14", "31"],
  ],
  corroboration: [{ text: "Ballot boxes from the outer islands arrived by ferry", outlets: 1 }],
  headline: ["won", "confirmed Mr Beaton as the winner", "recount"],
  summary: {
    holds: ["12 votes"],
    never: ["Catriona Munro leads the SNP's Alasdair Beaton", "which is under way", "expected to declare the result"],
  },
  supersession: {
    apart: [
      // A declaration expected, then made.
      ["expected to declare the result by midnight on Friday", "the returning officer declared at 1:30am on Saturday"],
      // A lead part way through the count, then the result.
      [
        "Catriona Munro leads the SNP's Alasdair Beaton by 41 votes",
        "won the Sgarbh and Tollan by-election by 12 votes",
      ],
      ["Catriona Munro leads the SNP's Alasdair Beaton by 41 votes", "confirmed Mr Beaton as the winner"],
      // A recount under way, then its result.
      ["asked for a recount, which is under way", "The recount on Saturday morning confirmed"],
    ],
    current: [
      "arrived by ferry on Friday morning",
      "will take his seat at the council's meeting on 21 April",
      "would not challenge the result in court",
      "holds 14 of the council's 31 seats",
      "won the Sgarbh and Tollan by-election by 12 votes",
    ],
  },
};
