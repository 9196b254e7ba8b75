import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline22, 2026-12-06, before running any code on
 * it): six articles from five outlets on Meridian Rail's new timetable on the Vale network, which ran
 * out of drivers on Monday 16 October 2028, its first working day. A wire that Monday ("last month"),
 * the local evening paper on the Wednesday morning ("yesterday", a meeting "on Friday"), a national
 * paper on the Thursday ("on Wednesday", "On Monday, the first working day", a fine "in March" with no
 * year, MPs "on November 2"), the evening paper on the Friday ("published yesterday", a return "on
 * October 29"), an undated trade-press piece, and the wire on Thursday 2 November ("on Sunday" across
 * a month end, a cut "in 2027" inside what was said on the day). Traps: "since December 2014" inside a
 * sentence about this week, "the winter of 2026", "last week" beside "published yesterday". Test
 * support only.
 */
const RAIL_TIMETABLE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "rail/1",
    externalId: "r1",
    source: "Rail News Service",
    url: "https://railnews.example/news/meridian-timetable-cancellations",
    publishedAt: "2028-10-16T12:00:00Z",
    title: "Hundreds of trains cancelled as Meridian timetable runs short of drivers",
    originalText: [
      "Hundreds of trains were cancelled across the Vale network on Monday as Meridian Rail's new timetable ran short of drivers.",
      "Meridian said 312 of its 1,140 scheduled services did not run.",
      "The timetable is the biggest change to services on the network since December 2014, when the Vale line was electrified.",
      "The operator had warned last month that it was short of 40 drivers.",
      "“We are deeply sorry to everyone whose journey has been disrupted,” said Tom Ashby, Meridian's chief executive.",
    ].join("\n"),
  },
  {
    input: "rail/2",
    externalId: "r2",
    source: "Vale Evening Post",
    url: "https://valeeveningpost.example/news/second-day-rail-chaos",
    publishedAt: "2028-10-18T07:00:00Z",
    title: "Second day of rail chaos as 280 more trains axed",
    originalText: [
      "A further 280 trains were cancelled yesterday as the disruption on the Vale network went into a second day.",
      "Transport Secretary Jane Whitlock has summoned Meridian's chief executive to a meeting on Friday.",
      "Meridian's contract, which was extended in February, runs until 2031.",
      "“I stood on the platform for an hour and a half and nobody told us anything,” said commuter Leanne Hart, 34.",
    ].join("\n"),
  },
  {
    input: "rail/3",
    externalId: "r3",
    source: "The Morning Standard",
    url: "https://morningstandard.example/transport/regulator-investigates-meridian",
    publishedAt: "2028-10-19T06:00:00Z",
    title: "Regulator opens investigation into Meridian Rail",
    originalText: [
      "The rail regulator opened an investigation into Meridian Rail on Wednesday after three days of cancellations on the Vale network.",
      "On Monday, the first working day of the new timetable, 312 trains did not run.",
      "The regulator last fined Meridian in March, over late-running trains in the winter of 2026.",
      "Ashby will appear before the transport committee of MPs on November 2.",
      "“Passengers have been let down badly, and we want to know why,” a spokesman for the regulator said.",
    ].join("\n"),
  },
  {
    input: "rail/4",
    externalId: "r4",
    source: "Vale Evening Post",
    url: "https://valeeveningpost.example/news/old-timetable-to-return",
    publishedAt: "2028-10-20T18:30:00Z",
    title: "Old timetable to return after Meridian climbdown",
    originalText: [
      "Meridian Rail agreed on Friday to bring back its old timetable, after a meeting with the Transport Secretary.",
      "The old timetable will return on October 29, the operator said.",
      "Fewer than half of Meridian's trains ran on time last week, figures published yesterday showed.",
      "“This is the right decision, even if it came a week too late,” Whitlock said.",
    ].join("\n"),
  },
  {
    input: "rail/5",
    externalId: "r5",
    source: "Rail Business Review",
    url: "https://railbusinessreview.example/analysis/vale-timetable-lessons",
    title: "What went wrong with the Vale timetable",
    originalText: [
      "The Vale timetable was drawn up in 2025 and had already been put back twice.",
      "Driver shortages have dogged operators across the country since the pandemic.",
      "“You cannot run more trains without the people to drive them,” said Graham Pell, a former operations director at Network South.",
    ].join("\n"),
  },
  {
    input: "rail/6",
    externalId: "r6",
    source: "Rail News Service",
    url: "https://railnews.example/news/ashby-mps-driver-training",
    publishedAt: "2028-11-02T15:00:00Z",
    title: "Meridian boss tells MPs driver training was cut",
    originalText: [
      "Tom Ashby told MPs on Thursday that Meridian had cut its driver training budget to save money in 2027.",
      "The old timetable returned on Sunday, and 97% of trains ran on Monday, the operator said.",
      "The regulator's investigation is expected to report in the new year.",
      "“With hindsight, that was a mistake, and I take responsibility for it,” Ashby told the committee.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function railTimetableArticles(): Article[] {
  return linkNearDuplicates(RAIL_TIMETABLE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline22 (2026-12-06), before running any code on them.
 * "Yesterday" in a Wednesday morning paper is the Tuesday; "on Friday" in a Wednesday paper is two
 * days on; "last month" in October is September; "in March" in October is this year's, "on November
 * 2" and "on October 29" to come this year; "on Sunday" in a Thursday 2 November paper is 29 October;
 * "figures published yesterday" in a Friday paper is the Thursday (the week they cover is not the news).
 */
export const RAIL_TIMETABLE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are deeply sorry to everyone whose journey has been disrupted", speaker: "Tom Ashby" },
    { text: "I stood on the platform for an hour and a half", speaker: "Leanne Hart" },
    { text: "Passengers have been let down badly", speaker: "a spokesman for the regulator" },
    { text: "This is the right decision, even if it came a week too late", speaker: "Jane Whitlock" },
    { text: "You cannot run more trains without the people to drive them", speaker: "Graham Pell" },
    { text: "With hindsight, that was a mistake", speaker: "Tom Ashby" },
  ],
  timeline: [
    { text: "Hundreds of trains were cancelled across the Vale network on Monday", dates: ["2028-10-16"] },
    { text: "The operator had warned last month that it was short of 40 drivers", dates: ["2028-09", "2028-10-16"] },
    { text: "A further 280 trains were cancelled yesterday", dates: ["2028-10-17"] },
    { text: "has summoned Meridian's chief executive to a meeting on Friday", dates: ["2028-10-20", "2028-10-18"] },
    { text: "The rail regulator opened an investigation into Meridian Rail on Wednesday", dates: ["2028-10-18"] },
    { text: "The regulator last fined Meridian in March", dates: ["2028-03"] },
    { text: "Ashby will appear before the transport committee of MPs on November 2", dates: ["2028-11-02"] },
    { text: "Meridian Rail agreed on Friday to bring back its old timetable", dates: ["2028-10-20"] },
    { text: "The old timetable will return on October 29", dates: ["2028-10-29"] },
    { text: "figures published yesterday showed", dates: ["2028-10-19"] },
    { text: "Tom Ashby told MPs on Thursday", dates: ["2028-11-02"] },
    { text: "The old timetable returned on Sunday", dates: ["2028-10-29"] },
  ],
  neverDated: [
    // Background dates inside sentences about this week's news.
    { text: "The timetable is the biggest change to services on the network since December 2014", date: "2014" },
    { text: "The regulator last fined Meridian in March", date: "2026" },
    { text: "Tom Ashby told MPs on Thursday", date: "2027" },
    // A month without a year: March before October is this year's, not next year's.
    { text: "The regulator last fined Meridian in March", date: "2029-03" },
    { text: "Meridian's contract, which was extended in February", date: "2029-02" },
    { text: "Meridian's contract, which was extended in February", date: "2031" },
    // "on Sunday" in a November paper is the last days of October, not the Sunday to come.
    { text: "The old timetable returned on Sunday", date: "2028-11-05", exact: true },
    // "last week" is what the figures cover, not the day they came out.
    { text: "figures published yesterday showed", date: "2028-10-09", exact: true },
    // "last month" in October is not October.
    { text: "The operator had warned last month", date: "2028-08" },
  ],
  disagreements: [],
  notDisagreements: [
    // Cancellations on two days, against the services scheduled and drivers short.
    ["312", "280"],
    ["312", "1,140"],
    ["312", "40"],
    ["280", "40"],
    ["97%", "half"],
  ],
  corroboration: [
    { text: "The rail regulator opened an investigation into Meridian Rail on Wednesday", outlets: 1 },
    { text: "Meridian said 312 of its 1,140 scheduled services did not run", outlets: 2 },
  ],
  headline: ["told MPs", "driver training"],
  sameEntry: [
    [
      "Hundreds of trains were cancelled across the Vale network on Monday",
      "On Monday, the first working day of the new timetable, 312 trains did not run",
    ],
  ],
  order: [
    "Hundreds of trains were cancelled across the Vale network on Monday",
    "A further 280 trains were cancelled yesterday",
    "The rail regulator opened an investigation into Meridian Rail on Wednesday",
    "Meridian Rail agreed on Friday to bring back its old timetable",
    "The old timetable returned on Sunday",
    "Tom Ashby told MPs on Thursday",
  ],
};
