import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline17, 2026-12-05, before any digest of it
 * was run): four dated articles from three American outlets on an ice storm that cut power to
 * 180,000 customers late on Tuesday 8 January 2030, to the last of them restored late on Sunday 13
 * January. Traps: "late on Tuesday", "in the early hours of Wednesday", "by Thursday evening", a
 * forecast "until Sunday", "on Wed." and "held Thurs. at", "Last week's vote" across the year end
 * (the week of Monday 31 December), a background storm "on Dec. 22, 2013" in a comparison, a range
 * of abbreviated dates ("from Jan. 21 to 25"), a state of emergency told as "yesterday" in a
 * Thursday report and "on Wednesday" in a Friday one (one entry), and "closed since Wednesday" in a
 * sentence whose news is Monday's reopening. Test support only.
 */
const ICE_STORM_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ice-storm/1",
    externalId: "ohio-valley-herald-1",
    source: "Ohio Valley Herald",
    url: "https://ohiovalleyherald.example/2030/01/09/ice-storm-outages",
    publishedAt: "2030-01-09T13:00:00Z",
    title: "Ice storm leaves 180,000 without power in Marlow County",
    originalText: [
      "Freezing rain brought down power lines across Marlow County late on Tuesday, leaving 180,000 customers without electricity.",
      "A tree fell on a house in Bexley in the early hours of Wednesday, killing a 67-year-old man, the county coroner said.",
      "Ridgeline Electric said full power might not be restored until Sunday.",
      "“It sounded like gunshots all night, branches snapping one after another,” said Dana Whitcomb of Bexley.",
    ].join("\n\n"),
  },
  {
    input: "ice-storm/2",
    externalId: "wmrl-4-1",
    source: "WMRL Channel 4",
    url: "https://wmrl4.example/news/marlow-county-power-restoration",
    publishedAt: "2030-01-10T23:00:00Z",
    title: "Power back for 95,000 as crews from four states join ice storm cleanup",
    originalText: [
      "Ridgeline Electric restored power to 95,000 customers by Thursday evening, the utility said.",
      "Gov. Ellen Park declared a state of emergency in Marlow and two neighboring counties yesterday, freeing state money for the cleanup.",
      "Line crews from four states arrived to help on Thursday.",
      "Schools in the county will stay closed through Fri., the district said on Wed.",
    ].join("\n\n"),
  },
  {
    input: "ice-storm/3",
    externalId: "capital-wire-1",
    source: "Capital Wire Service",
    url: "https://capitalwire.example/state/ice-storm-ridgeline-rates",
    publishedAt: "2030-01-11T15:00:00Z",
    title: "Ice storm outages renew anger over Ridgeline rate rise",
    originalText: [
      "Gov. Ellen Park declared a state of emergency in Marlow, Hale and Creston counties on Wednesday.",
      "The storm was the worst to hit the region since an ice storm on Dec. 22, 2013, that left 300,000 homes and businesses without power.",
      "Last week's vote by the state utility commission approved a 9% rate increase for Ridgeline.",
      "Ridgeline's chief executive, Mark Tolliver, said Friday that 40,000 customers remained without power.",
    ].join("\n\n"),
  },
  {
    input: "ice-storm/4",
    externalId: "ohio-valley-herald-2",
    source: "Ohio Valley Herald",
    url: "https://ohiovalleyherald.example/2030/01/14/power-restored-schools-reopen",
    publishedAt: "2030-01-14T12:00:00Z",
    title: "Power restored across Marlow County; schools reopen",
    originalText: [
      "Power was restored to the last Ridgeline customers late on Sunday, the utility said.",
      "Schools, closed since Wednesday, reopened on Monday.",
      "The county will collect storm debris from curbs from Jan. 21 to 25.",
      "A funeral for Harold Voss, the man killed in Bexley, will be held Thurs. at First Baptist Church.",
    ].join("\n\n"),
  },
];

/** The four articles, prepared and linked as the product does it. */
export function iceStormArticles(): Article[] {
  return linkNearDuplicates(ICE_STORM_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. A sentence is dated by its main clause's
 * event; "since Wednesday" beside the main clause's Monday does not date it, nor a past storm's date
 * in a comparison. A forecast may be told at its day or on the day it was said. A week is told at
 * any of its days; a range at its first day.
 */
export const ICE_STORM_EXPECTED: ExpectedFacts = {
  quotes: [{ text: "It sounded like gunshots all night", speaker: "Dana Whitcomb" }],
  timeline: [
    { text: "Freezing rain brought down power lines across Marlow County late on Tuesday", dates: ["2030-01-08"] },
    { text: "A tree fell on a house in Bexley in the early hours of Wednesday", dates: ["2030-01-09"] },
    {
      text: "Ridgeline Electric said full power might not be restored until Sunday",
      dates: ["2030-01-09", "2030-01-13"],
    },
    { text: "Ridgeline Electric restored power to 95,000 customers by Thursday evening", dates: ["2030-01-10"] },
    // "Yesterday" in a Thursday report; Friday's "on Wednesday" tells the same declaration.
    { text: "declared a state of emergency in Marlow and two neighboring counties yesterday", dates: ["2030-01-09"] },
    { text: "declared a state of emergency in Marlow, Hale and Creston counties on Wednesday", dates: ["2030-01-09"] },
    { text: "Line crews from four states arrived to help on Thursday", dates: ["2030-01-10"] },
    // Said "on Wed." of a closure through Friday: either day.
    { text: "Schools in the county will stay closed through Fri.", dates: ["2030-01-09", "2030-01-11"] },
    // Last week from Friday 11 January: Monday 31 December to Sunday 6 January.
    {
      text: "Last week's vote by the state utility commission",
      dates: ["2029-12-31", "2030-01-01", "2030-01-02", "2030-01-03", "2030-01-04", "2030-01-05", "2030-01-06"],
    },
    { text: "Mark Tolliver, said Friday that 40,000 customers remained", dates: ["2030-01-11"] },
    { text: "Power was restored to the last Ridgeline customers late on Sunday", dates: ["2030-01-13"] },
    { text: "Schools, closed since Wednesday, reopened on Monday", dates: ["2030-01-14"] },
    { text: "The county will collect storm debris from curbs from Jan. 21 to 25", dates: ["2030-01-21"] },
    // "Thurs." in a Monday paper: the coming Thursday.
    { text: "A funeral for Harold Voss, the man killed in Bexley, will be held Thurs.", dates: ["2030-01-17"] },
  ],
  neverDated: [
    // A past storm in a comparison.
    { text: "The storm was the worst to hit the region since an ice storm on Dec. 22, 2013", date: "2013" },
    // Last week's vote is not the publication's week's Friday, nor last year's week in the wrong year.
    { text: "Last week's vote by the state utility commission", date: "2030-01-11", exact: true },
    { text: "Last week's vote by the state utility commission", date: "2030-12" },
    // Since Wednesday is not Monday's news.
    { text: "Schools, closed since Wednesday, reopened on Monday", date: "2030-01-09", exact: true },
    // The range's last day; a Thursday a week off.
    { text: "The county will collect storm debris", date: "2030-01-25", exact: true },
    { text: "A funeral for Harold Voss", date: "2030-01-10", exact: true },
    { text: "A funeral for Harold Voss", date: "2030-01-24", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // Customers out on Tuesday night, restored by Thursday, still out on Friday; a past storm's toll.
    ["180,000", "40,000"],
    ["95,000", "40,000"],
    ["180,000", "300,000"],
  ],
  corroboration: [{ text: "Line crews from four states arrived to help on Thursday", outlets: 1 }],
  sameEntry: [
    [
      "declared a state of emergency in Marlow and two neighboring counties yesterday",
      "declared a state of emergency in Marlow, Hale and Creston counties on Wednesday",
    ],
  ],
};
