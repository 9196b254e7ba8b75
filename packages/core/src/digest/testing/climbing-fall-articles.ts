import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline18, 2026-12-05, before any digest of it
 * was run): four dated articles from four American outlets and one undated climbers' group statement
 * on a climbing instructor who fell on Cathedral Ledge, New Hampshire, on Sunday 4 May 2031, died
 * late on Monday 5 May, and was buried on Saturday 10 May. Traps: "late Monday" without "on",
 * abbreviated weekdays in a funeral notice ("Calling hours are Fri. from 4 to 7 p.m.", "The funeral
 * is Sat. at 11 a.m."), "within 48 hours", "last Thursday" and "late last year" in a Monday paper,
 * "on the 18th" in a dated and an undated text, background years inside sentences about this week
 * ("The ledge, where a climber died in 2019, was closed … on Monday", a rescue service "founded in
 * 1972"), a funeral told ahead and after (one entry), and an undated statement whose days cannot be
 * placed. Test support only.
 */
const CLIMBING_FALL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "climbing-fall/1",
    externalId: "valley-courier-1",
    source: "Valley Courier",
    url: "https://valleycourier.example/news/2031/05/05/climber-falls-cathedral-ledge",
    publishedAt: "2031-05-05T12:00:00Z",
    title: "Climber badly hurt in 60-foot fall on Cathedral Ledge",
    originalText: [
      "A 29-year-old climber from Conway fell about 60 feet on Cathedral Ledge on Sunday afternoon and was flown to a hospital in Portland, Maine, state police said.",
      "Volunteers from the Mountain Rescue Service, which was founded in 1972, reached him within 40 minutes.",
      "His climbing partner was not hurt.",
    ].join("\n\n"),
  },
  {
    input: "climbing-fall/2",
    externalId: "northeast-wire-1",
    source: "Northeast Wire Service",
    url: "https://northeastwire.example/2031/05/06/cathedral-ledge-climber-dies",
    publishedAt: "2031-05-06T14:00:00Z",
    title: "Climbing instructor dies after fall on New Hampshire cliff",
    originalText: [
      "CONWAY, N.H. — Jonah Ferrante, a climbing instructor from Conway, died at Maine Medical Center late Monday, a day after falling on Cathedral Ledge, his family said.",
      "The ledge, where a climber died in 2019, was closed to climbers on Monday while state rangers inspected its bolts.",
      "Park officials said it could reopen within 48 hours if no loose rock was found.",
      "“Jonah taught half this valley to climb,” said Sam Whitford, who owns the guiding company where Ferrante worked.",
    ].join("\n\n"),
  },
  {
    input: "climbing-fall/3",
    externalId: "conway-daily-sun-1",
    source: "Conway Daily Sun",
    url: "https://conwaydailysun.example/news/ferrante-funeral-arrangements",
    publishedAt: "2031-05-08T10:00:00Z",
    title: "Cathedral Ledge reopens as valley mourns Jonah Ferrante",
    originalText: [
      "Cathedral Ledge reopened to climbers on Wednesday after rangers found no loose rock.",
      "Calling hours are Fri. from 4 to 7 p.m. at Furber and White Funeral Home.",
      "The funeral is Sat. at 11 a.m. at St. Mary's Church in Conway.",
      "His mother, Elena Ferrante, said her son had “lived for the mountains and for the people on the rope beside him.”",
    ].join("\n\n"),
  },
  {
    input: "climbing-fall/4",
    externalId: "climbing-line-1",
    source: "Climbing Line",
    url: "https://climbingline.example/news/cathedral-ledge-bolts-ferrante",
    publishedAt: "2031-05-12T09:00:00Z",
    title: "After Ferrante's death, state to replace Cathedral Ledge bolts",
    originalText: [
      "Hundreds of climbers attended Jonah Ferrante's funeral in Conway on Saturday.",
      "Late last year, Ferrante had asked the state to replace the ageing bolts on the ledge's busiest routes.",
      "The state parks department said last Thursday it would spend $200,000 replacing bolts on the ledge this summer.",
      "Friends plan a memorial climb on the ledge on the 18th.",
    ].join("\n\n"),
  },
  {
    input: "climbing-fall/5",
    externalId: "mwv-climbers-coalition-1",
    source: "Mount Washington Valley Climbers' Coalition",
    url: "https://mwvclimbers.example.org/news/remembering-jonah",
    title: "Remembering Jonah",
    originalText: [
      "Jonah fell on Sunday while leading a route he had climbed dozens of times.",
      "He died the next evening, with his parents at his side.",
      "We will climb together in his memory on the 18th.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function climbingFallArticles(): Article[] {
  return linkNearDuplicates(CLIMBING_FALL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. An abbreviated weekday in a Thursday
 * paper's arrangements is the coming one; "within 48 hours" is told on the day it was said or by its
 * end; "last Thursday" in a Monday paper is the Thursday before it; a background year in a relative
 * clause never dates the sentence. The undated statement's days stay undated (or take the date of
 * the dated entry telling the same event), in the order it tells them.
 */
export const CLIMBING_FALL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Jonah taught half this valley to climb", speaker: "Sam Whitford" },
    {
      text: "lived for the mountains and for the people on the rope beside him",
      speaker: "Elena Ferrante",
      partial: true,
    },
  ],
  timeline: [
    {
      text: "A 29-year-old climber from Conway fell about 60 feet on Cathedral Ledge on Sunday",
      dates: ["2031-05-04"],
    },
    { text: "died at Maine Medical Center late Monday", dates: ["2031-05-05"] },
    { text: "The ledge, where a climber died in 2019, was closed to climbers on Monday", dates: ["2031-05-05"] },
    { text: "Park officials said it could reopen within 48 hours", dates: ["2031-05-06", "2031-05-07", "2031-05-08"] },
    { text: "Cathedral Ledge reopened to climbers on Wednesday", dates: ["2031-05-07"] },
    { text: "Calling hours are Fri. from 4 to 7 p.m.", dates: ["2031-05-09"] },
    { text: "The funeral is Sat. at 11 a.m.", dates: ["2031-05-10"] },
    { text: "Hundreds of climbers attended Jonah Ferrante's funeral in Conway on Saturday", dates: ["2031-05-10"] },
    { text: "Late last year, Ferrante had asked the state", dates: ["2030"] },
    { text: "The state parks department said last Thursday", dates: ["2031-05-08"] },
    { text: "Friends plan a memorial climb on the ledge on the 18th", dates: ["2031-05-18"] },
    // The undated statement.
    { text: "Jonah fell on Sunday while leading a route", dates: [null, "2031-05-04"] },
    { text: "He died the next evening, with his parents at his side", dates: [null, "2031-05-05"] },
    { text: "We will climb together in his memory on the 18th", dates: [null, "2031-05-18"] },
  ],
  neverDated: [
    { text: "where a climber died in 2019", date: "2019" },
    { text: "which was founded in 1972", date: "1972" },
    { text: "Late last year, Ferrante had asked the state", date: "2031" },
    // The arrangements are the coming Friday and Saturday, not the ones before the paper.
    { text: "Calling hours are Fri.", date: "2031-05-02", exact: true },
    { text: "The funeral is Sat.", date: "2031-05-03", exact: true },
    // Last Thursday from a Monday is not the paper's week's Thursday ahead.
    { text: "The state parks department said last Thursday", date: "2031-05-15", exact: true },
    { text: "The state parks department said last Thursday", date: "2031-05-01", exact: true },
    // The 18th is this month's, not next month's.
    { text: "Friends plan a memorial climb on the ledge on the 18th", date: "2031-06-18", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // An age against a height; a height against minutes; money against a height.
    ["29", "60"],
    ["60", "40"],
    ["200,000", "60"],
  ],
  corroboration: [{ text: "Hundreds of climbers attended Jonah Ferrante's funeral in Conway on Saturday", outlets: 1 }],
  sameEntry: [
    ["The funeral is Sat. at 11 a.m.", "Hundreds of climbers attended Jonah Ferrante's funeral in Conway on Saturday"],
  ],
  order: [
    "Jonah fell on Sunday while leading a route",
    "He died the next evening, with his parents at his side",
    "We will climb together in his memory on the 18th",
  ],
};
