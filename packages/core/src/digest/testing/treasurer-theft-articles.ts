import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline16, 2026-12-05, before any digest of it
 * was run): four dated articles from three outlets and one undated taxpayers' group post on the
 * conviction of a former city treasurer in Harlow, Ohio, on Monday 27 December 2027 and her
 * sentencing on Friday 14 January 2028. Traps: dates across the year end in both directions ("on
 * Jan. 14" and "on Jan. 3" in December articles, "on Dec. 27" in a January one, "last December" in a
 * December article), "the day before" anchored on the previous sentence's day, "last week" and
 * "earlier this month" in a January article, a correction appended to an article (a fix of the
 * paper's own error, not a development), background years in relative clauses on the subject ("who
 * was first elected in 2011", "who took office in 2024"), a scheduled sentencing and a deadline for
 * prosecutors, and an undated post whose Monday cannot be placed. Test support only.
 */
const TREASURER_THEFT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "treasurer-theft/1",
    externalId: "central-ohio-ledger-1",
    source: "Central Ohio Ledger",
    url: "https://centralohioledger.example/2027/12/28/varga-convicted",
    publishedAt: "2027-12-28T16:00:00Z",
    title: "Former Harlow treasurer convicted of stealing from city",
    originalText: [
      "HARLOW, Ohio — A jury on Monday convicted former Harlow city treasurer Denise Varga of stealing $2.3 million from the city over six years.",
      "Varga, who was first elected in 2011, resigned last December after auditors found gaps in the city's accounts.",
      "She will be sentenced on Jan. 14, Judge Aaron Whitcomb said.",
      "“I trusted her with the keys to the city,” said Mayor Tom Reilly.",
    ].join("\n\n"),
  },
  {
    input: "treasurer-theft/2",
    externalId: "harlow-herald-1",
    source: "Harlow Herald",
    url: "https://harlowherald.example/news/city-to-sue-varga",
    publishedAt: "2027-12-30T09:00:00Z",
    title: "City will sue Varga to recover stolen money",
    originalText: [
      "By Nina Castellano, Herald Staff",
      "Mayor Tom Reilly said on Wednesday that the city would sue Denise Varga to recover the money she stole.",
      "The council had voted the day before to freeze Varga's city pension.",
      "Reilly, who took office in 2024, said the city had changed how it approves payments.",
      "The city council will meet on Jan. 3 to appoint an interim treasurer.",
    ].join("\n\n"),
  },
  {
    input: "treasurer-theft/3",
    externalId: "central-ohio-ledger-2",
    source: "Central Ohio Ledger",
    url: "https://centralohioledger.example/2027/12/31/varga-new-trial-motion",
    publishedAt: "2027-12-31T12:00:00Z",
    title: "Varga asks for new trial, citing juror's posts",
    originalText: [
      "HARLOW, Ohio — Lawyers for Denise Varga filed a motion for a new trial on Thursday, arguing that a juror had discussed the case on social media.",
      "Prosecutors have until Jan. 7 to respond.",
      "“The verdict cannot stand,” said her lawyer, Mark Ostrowski.",
      "Correction: An article on Tuesday misstated the amount Varga was convicted of stealing. It was $2.1 million, not $2.3 million.",
    ].join("\n\n"),
  },
  {
    input: "treasurer-theft/4",
    externalId: "associated-wire-1",
    source: "Associated Wire",
    url: "https://associatedwire.example/2028/01/14/varga-sentenced",
    publishedAt: "2028-01-14T20:00:00Z",
    title: "Ex-Harlow treasurer gets six years for stealing $2.1 million",
    originalText: [
      "HARLOW, Ohio (AW) — Former city treasurer Denise Varga was sentenced on Friday to six years in prison for stealing $2.1 million from the city.",
      "Varga, 58, was convicted on Dec. 27 after a two-week trial.",
      "Judge Aaron Whitcomb denied her motion for a new trial last week.",
      "The city began selling Varga's lake house earlier this month to recover part of the money.",
      "She must report to prison on Feb. 1.",
    ].join("\n\n"),
  },
  {
    input: "treasurer-theft/5",
    externalId: "harlow-taxpayers-1",
    source: "Harlow Taxpayers Association",
    url: "https://harlowtaxpayers.example/blog/varga-case",
    title: "What the Varga case means for you",
    originalText: [
      "The council will vote next Monday on hiring an outside auditor.",
      "The association has asked for an outside audit every year since 2018.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function treasurerTheftArticles(): Article[] {
  return linkNearDuplicates(TREASURER_THEFT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. A month and day without a year is the
 * one nearest the publication day in the direction its tense points; "last December" in a December
 * article is the December before. A plan may be told at its day or on the day it was said. A
 * correction of the paper's own figure is no development of the story.
 */
export const TREASURER_THEFT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "I trusted her with the keys to the city", speaker: "Tom Reilly" },
    { text: "The verdict cannot stand", speaker: "Mark Ostrowski" },
  ],
  timeline: [
    { text: "A jury on Monday convicted former Harlow city treasurer Denise Varga", dates: ["2027-12-27"] },
    // "Last December" in a December 2027 article: December 2026.
    { text: "resigned last December after auditors found gaps", dates: ["2026-12"] },
    // Jan. 14 in a December article is next year's.
    { text: "She will be sentenced on Jan. 14", dates: ["2028-01-14"] },
    { text: "Mayor Tom Reilly said on Wednesday that the city would sue Denise Varga", dates: ["2027-12-29"] },
    // The day before Wednesday.
    { text: "The council had voted the day before to freeze Varga's city pension", dates: ["2027-12-28"] },
    { text: "The city council will meet on Jan. 3 to appoint an interim treasurer", dates: ["2028-01-03"] },
    { text: "filed a motion for a new trial on Thursday", dates: ["2027-12-30"] },
    { text: "Prosecutors have until Jan. 7 to respond", dates: ["2028-01-07"] },
    { text: "Denise Varga was sentenced on Friday to six years in prison", dates: ["2028-01-14"] },
    // Dec. 27 in a January article is last year's.
    { text: "Varga, 58, was convicted on Dec. 27", dates: ["2027-12-27"] },
    // Last week from Friday 14 January: the week of Monday 3 January.
    {
      text: "denied her motion for a new trial last week",
      dates: ["2028-01-03", "2028-01-04", "2028-01-05", "2028-01-06", "2028-01-07", "2028-01-08", "2028-01-09"],
    },
    { text: "The city began selling Varga's lake house earlier this month", dates: ["2028-01"] },
    { text: "She must report to prison on Feb. 1", dates: ["2028-02-01"] },
    // The undated post: its Monday cannot be placed.
    { text: "The council will vote next Monday on hiring an outside auditor", dates: [null] },
  ],
  neverDated: [
    // Background years in relative clauses on the subject.
    { text: "Varga, who was first elected in 2011", date: "2011" },
    { text: "Reilly, who took office in 2024", date: "2024" },
    { text: "The association has asked for an outside audit every year since 2018", date: "2018" },
    // Month and day put in the wrong year.
    { text: "resigned last December after auditors found gaps", date: "2027-12" },
    { text: "She will be sentenced on Jan. 14", date: "2027-01-14", exact: true },
    { text: "The city council will meet on Jan. 3", date: "2027-01-03", exact: true },
    { text: "Prosecutors have until Jan. 7 to respond", date: "2027-01-07", exact: true },
    { text: "Varga, 58, was convicted on Dec. 27", date: "2028-12-27", exact: true },
    // "The day before" is not the day of the sentence before, nor the publication day.
    { text: "The council had voted the day before", date: "2027-12-29", exact: true },
    { text: "The council had voted the day before", date: "2027-12-30", exact: true },
    // The correction is about the paper's own article, not an event of the story.
    { text: "An article on Tuesday misstated the amount", date: "2027-12-28", exact: true },
    // Last week is not the sentencing day.
    { text: "denied her motion for a new trial last week", date: "2028-01-14", exact: true },
    { text: "The council will vote next Monday", date: "2028" },
  ],
  disagreements: [],
  notDisagreements: [
    // A figure corrected by the outlet that gave it; the sum stolen against a sentence's years.
    ["2.3", "2.1"],
  ],
  corroboration: [{ text: "A jury on Monday convicted former Harlow city treasurer Denise Varga", outlets: 1 }],
};
