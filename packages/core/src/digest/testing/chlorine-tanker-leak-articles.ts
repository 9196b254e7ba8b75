import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of stale statements by stale18 (2026-12-06, texts and
 * expectations written before running any code on them): six articles from four outlets on chlorine
 * leaking from a rail tanker at a freight yard, Monday 4 to Thursday 7 March 2030. Open-ended
 * statuses (residents told to shelter in place, an order that "remains in force", schools closed
 * "until further notice", a road closed) end in an all-clear, a reopened road and reopened schools; a
 * transfer expected to begin begins; a plan to finish by Thursday is met a day early; four kept in
 * hospital overnight are all discharged. What stays: the eleven treated, the yard's trains, the
 * tanker's age and owner, an investigation opened, findings due within a year. Test support only.
 * First run, before any fix: quotes 3/3, timeline 4/4, no disagreement or trap, headline wrong (the
 * tanker's age and owner, from the latest article), summary 1/1 wanted and 0 unwanted, superseded pairs
 * kept apart 5/8 (shelter in place, windows shut, closed until further notice), current kept 7/7.
 */
const CHLORINE_TANKER_LEAK_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "chlorine/1",
    externalId: "cl1",
    source: "Midlands Wire",
    url: "https://midlandswire.example/news/ashbury-chlorine-leak-shelter",
    publishedAt: "2030-03-04T15:00:00Z",
    title: "Residents told to shelter in place after chlorine leak at Ashbury freight yard",
    originalText: [
      "Residents within a kilometre of the Ashbury freight yard have been told to shelter in place after chlorine leaked from a rail tanker on Monday morning, fire officers said.",
      "Eleven people were treated in hospital for breathing problems.",
      "“Keep your windows and doors shut and stay indoors,” said area manager Priya Desai of the county fire service.",
      "The A519 is closed in both directions between Ashbury and Knighton.",
    ].join("\n"),
  },
  {
    input: "chlorine/2",
    externalId: "cl2",
    source: "Ashbury Advertiser",
    url: "https://ashburyadvertiser.example/news/schools-shut-chlorine",
    publishedAt: "2030-03-04T19:30:00Z",
    title: "Schools shut as chlorine cloud hangs over town",
    originalText: [
      "Three primary schools near the yard will stay closed until further notice, the county council said on Monday evening.",
      "Residents were told to keep windows shut and to switch off ventilation and extractor fans.",
      "Network Rail said engineers expected to begin transferring the chlorine to another tanker on Tuesday.",
      "The yard handles about 40 freight trains a week.",
    ].join("\n"),
  },
  {
    input: "chlorine/3",
    externalId: "cl3",
    source: "Midlands Wire",
    url: "https://midlandswire.example/news/ashbury-chlorine-transfer-begins",
    publishedAt: "2030-03-05T16:00:00Z",
    title: "Ashbury: chlorine transfer under way",
    originalText: [
      "Engineers began transferring the chlorine from the damaged tanker on Tuesday morning.",
      "The shelter-in-place order remains in force for about 2,000 homes.",
      "Fire crews said they aimed to finish emptying the tanker by Thursday.",
      "Four of the 11 people taken to hospital were kept in overnight.",
    ].join("\n"),
  },
  {
    input: "chlorine/4",
    externalId: "cl4",
    source: "Radio Ashbury",
    url: "https://radioashbury.example/news/all-clear-chlorine",
    publishedAt: "2030-03-06T18:00:00Z",
    title: "All clear given in Ashbury chlorine leak",
    originalText: [
      "The shelter-in-place order was lifted on Wednesday afternoon after crews finished emptying the tanker a day earlier than planned, the fire service said.",
      "The A519 reopened at 4pm.",
      "“The air quality readings are back to normal,” said Priya Desai.",
    ].join("\n"),
  },
  {
    input: "chlorine/5",
    externalId: "cl5",
    source: "Ashbury Advertiser",
    url: "https://ashburyadvertiser.example/news/schools-reopen-after-leak",
    publishedAt: "2030-03-07T12:00:00Z",
    title: "Schools reopen after chlorine leak",
    originalText: [
      "The three primary schools closed by the chlorine leak reopened on Thursday.",
      "All 11 people taken to hospital have now been discharged.",
      "The Rail Accident Investigation Branch said it had opened an investigation into why the tanker's valve failed.",
      "“The children were glad to get back,” said parent Tom Gaskell.",
    ].join("\n"),
  },
  {
    input: "chlorine/6",
    externalId: "cl6",
    source: "Freight Rail Review",
    url: "https://freightrailreview.example/safety/ashbury-tanker-valve",
    publishedAt: "2030-03-07T16:00:00Z",
    title: "RAIB to examine Ashbury tanker valve",
    originalText: [
      "The tanker that leaked at Ashbury, built in 1998, was one of 60 owned by the leasing firm Corvane.",
      "The Rail Accident Investigation Branch expects to publish its findings within a year.",
      "Chlorine tankers have been inspected every six years since 2015.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function chlorineTankerLeakArticles(): Article[] {
  return linkNearDuplicates(CHLORINE_TANKER_LEAK_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by stale18 (2026-12-06), before running any code on them. No real
 * disagreement: the four kept in overnight are of the eleven treated.
 */
export const CHLORINE_TANKER_LEAK_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Keep your windows and doors shut and stay indoors", speaker: "Priya Desai" },
    { text: "The air quality readings are back to normal", speaker: "Priya Desai" },
    { text: "The children were glad to get back", speaker: "Tom Gaskell" },
  ],
  timeline: [
    { text: "have been told to shelter in place after chlorine leaked", dates: ["2030-03-04"] },
    { text: "Engineers began transferring the chlorine", dates: ["2030-03-05"] },
    { text: "The shelter-in-place order was lifted on Wednesday afternoon", dates: ["2030-03-06"] },
    { text: "reopened on Thursday", dates: ["2030-03-07"] },
  ],
  neverDated: [{ text: "built in 1998", date: "1998", exact: true }],
  disagreements: [],
  notDisagreements: [
    // Those treated and those kept in; homes, trains, tankers.
    ["Four", "11"],
    ["Four", "Eleven"],
    ["2,000", "40"],
    ["40", "60"],
    ["Three", "Four"],
  ],
  corroboration: [{ text: "The yard handles about 40 freight trains a week", outlets: 1 }],
  headline: ["reopened", "lifted", "discharged"],
  summary: {
    holds: ["lifted"],
    never: [
      "will stay closed until further notice",
      "remains in force for about 2,000 homes",
      "is closed in both directions",
    ],
  },
  supersession: {
    apart: [
      // Told to shelter in place, then the all-clear.
      ["have been told to shelter in place", "was lifted on Wednesday afternoon"],
      ["remains in force for about 2,000 homes", "was lifted on Wednesday afternoon"],
      ["Residents were told to keep windows shut", "was lifted on Wednesday afternoon"],
      // Schools closed until further notice, then reopened; a road closed, then reopened.
      ["will stay closed until further notice", "reopened on Thursday"],
      ["is closed in both directions", "The A519 reopened at 4pm"],
      // A transfer expected, then begun; a plan to finish by Thursday, then met.
      ["expected to begin transferring the chlorine", "Engineers began transferring the chlorine"],
      ["aimed to finish emptying the tanker by Thursday", "finished emptying the tanker a day earlier"],
      // Kept in overnight, then all discharged.
      ["were kept in overnight", "have now been discharged"],
    ],
    current: [
      "Eleven people were treated in hospital for breathing problems",
      "The yard handles about 40 freight trains a week",
      "was one of 60 owned by the leasing firm Corvane",
      "had opened an investigation into why the tanker's valve failed",
      "expects to publish its findings within a year",
      "Chlorine tankers have been inspected every six years since 2015",
      "Engineers began transferring the chlorine",
    ],
  },
};
