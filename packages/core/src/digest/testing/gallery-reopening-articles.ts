import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline21, 2026-12-06, before running any code on
 * it): five articles from four outlets on the Harwick Gallery, reopened on Saturday 22 September 2029
 * after a four-year refurbishment. An arts wire on the Monday (a plan told before its saying: "will
 * reopen to the public on Saturday, its director said on Monday") and an evening paper's rewrite of it
 * the next morning ("said yesterday"), a national paper on the Wednesday ("last Thursday", a reopening
 * "due … in May" already put off, "in November" to come), a local broadcaster on the opening morning
 * ("this morning"), the national paper again on the Monday after ("on Sunday", a survey "published on
 * Saturday", a deadline "by March" of the next year). Traps: background years inside sentences ("in
 * 1902", "in 1898", "in 1964"), a closure "in October 2025". The real disagreement: the refurbishment's
 * cost, £48 million for the wire against £52 million for the national paper (the council's accounts).
 * Test support only.
 */
const GALLERY_REOPENING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "gallery/1",
    externalId: "g1",
    source: "Arts Wire",
    url: "https://artswire.example/news/harwick-gallery-to-reopen",
    publishedAt: "2029-09-17T10:00:00Z",
    title: "Harwick Gallery to reopen after four-year refurbishment",
    originalText: [
      "The Harwick Gallery will reopen to the public on Saturday after a four-year refurbishment costing £48 million, its director said on Monday.",
      "The gallery closed in October 2025 after water poured through the roof of its east wing.",
      "“We have given the city back its living room,” said the director, Ines Caldwell.",
      "The building was opened by King Edward VII in 1902.",
    ].join("\n"),
  },
  {
    input: "gallery/2",
    externalId: "g2",
    source: "Harwick Evening Star",
    url: "https://harwickstar.example/whats-on/gallery-reopens-saturday",
    publishedAt: "2029-09-18T06:00:00Z",
    title: "Harwick Gallery reopens on Saturday",
    originalText: [
      "The Harwick Gallery will reopen to the public on Saturday after a four-year refurbishment costing £48 million, its director said yesterday.",
      "The gallery closed in October 2025 after water poured through the roof of its east wing.",
      "“We have given the city back its living room,” said the director, Ines Caldwell.",
      "Arts Wire",
    ].join("\n"),
  },
  {
    input: "gallery/3",
    externalId: "g3",
    source: "The Daily Ledger",
    url: "https://dailyledger.example/culture/harwick-gallery-tickets-sold-out",
    publishedAt: "2029-09-19T07:00:00Z",
    title: "Harwick Gallery's opening weekend sells out in an hour",
    originalText: [
      "Tickets for the opening weekend sold out within an hour of going on sale last Thursday.",
      "The refurbishment cost £52 million, according to the city council's accounts, £11 million more than planned.",
      "The gallery had been due to reopen in May, but the date was pushed back after asbestos was found in the basement.",
      "Late-night openings on Fridays will begin in November, Caldwell said.",
      "The gallery's founder, the shipbuilder Thomas Harwick, gave the city his collection of 300 paintings in 1898.",
    ].join("\n"),
  },
  {
    input: "gallery/4",
    externalId: "g4",
    source: "Harwick Radio",
    url: "https://harwickradio.example/news/gallery-doors-open",
    publishedAt: "2029-09-22T13:00:00Z",
    title: "Queues in the rain as Harwick Gallery reopens",
    originalText: [
      "Hundreds of people queued in the rain outside the Harwick Gallery this morning as it reopened its doors after four years.",
      "The first visitor inside was 81-year-old Doreen Platt, who said she had last been there in 1964.",
      "“It smells the same, which I never expected,” Mrs Platt said.",
      "The gallery expects 400,000 visitors in its first year.",
    ].join("\n"),
  },
  {
    input: "gallery/5",
    externalId: "g5",
    source: "The Daily Ledger",
    url: "https://dailyledger.example/culture/harwick-gallery-opening-weekend",
    publishedAt: "2029-09-24T07:00:00Z",
    title: "More than 9,000 visit Harwick Gallery on its first weekend",
    originalText: [
      "The gallery said on Sunday that 9,200 people had visited over the opening weekend.",
      "A survey of visitors published on Saturday by the Harwick Civic Society found that 88 percent rated the refurbishment good or excellent.",
      "Work on the east wing will cost a further £6 million and is due to finish by March.",
      "“The east wing is the last piece of the puzzle,” Caldwell said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function galleryReopeningArticles(): Article[] {
  return linkNearDuplicates(GALLERY_REOPENING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline21 (2026-12-06), before running any code on them. The plan
 * "will reopen … on Saturday" told in a Monday wire and its Tuesday rewrite is one entry at the
 * Saturday; "last Thursday" in a Wednesday paper is the Thursday of the week before; "in May" in a
 * September paper that says the date was pushed back is this year's May; "in November" to come is
 * this year's, "by March" next year's. A year that dates only a background clause never dates its
 * sentence.
 */
export const GALLERY_REOPENING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We have given the city back its living room", speaker: "Ines Caldwell" },
    { text: "It smells the same, which I never expected", speaker: "Doreen Platt" },
    { text: "The east wing is the last piece of the puzzle", speaker: "Ines Caldwell" },
  ],
  timeline: [
    { text: "The Harwick Gallery will reopen to the public on Saturday", dates: ["2029-09-22"] },
    { text: "The gallery closed in October 2025", dates: ["2025-10"] },
    { text: "sold out within an hour of going on sale last Thursday", dates: ["2029-09-13"] },
    { text: "The gallery had been due to reopen in May", dates: ["2029-05"] },
    { text: "Late-night openings on Fridays will begin in November", dates: ["2029-11"] },
    { text: "Hundreds of people queued in the rain outside the Harwick Gallery this morning", dates: ["2029-09-22"] },
    { text: "The gallery said on Sunday that 9,200 people had visited", dates: ["2029-09-23"] },
    { text: "A survey of visitors published on Saturday", dates: ["2029-09-22"] },
    { text: "Work on the east wing will cost a further £6 million and is due to finish by March", dates: ["2030-03"] },
  ],
  neverDated: [
    { text: "The building was opened by King Edward VII in 1902", date: "2029" },
    { text: "gave the city his collection of 300 paintings in 1898", date: "2029" },
    { text: "who said she had last been there in 1964", date: "1964" },
    { text: "The gallery closed in October 2025", date: "2029" },
    // Months without a year.
    { text: "The gallery had been due to reopen in May", date: "2030" },
    { text: "Late-night openings on Fridays will begin in November", date: "2028" },
    { text: "due to finish by March", date: "2029-03" },
    // "last Thursday" in a Wednesday paper is not the day after it.
    { text: "sold out within an hour of going on sale last Thursday", date: "2029-09-20", exact: true },
  ],
  disagreements: [{ values: ["48", "52"], outlets: ["Arts Wire", "The Daily Ledger"] }],
  notDisagreements: [
    // The cost against its overrun and against the next phase; a weekend's visitors against a year's.
    ["48", "11"],
    ["52", "11"],
    ["48", "6"],
    ["52", "6"],
    ["9,200", "400,000"],
  ],
  corroboration: [
    { text: "will reopen to the public on Saturday after a four-year refurbishment costing £48 million", outlets: 1 },
    { text: "The refurbishment cost £52 million", outlets: 1 },
  ],
  // Written before the run; a syndicated rewrite is its wire's outlet, cited once, so the rewrite's
  // telling is never cited beside the wire's (the bench lists it as a miss; the test leaves it out).
  sameEntry: [["costing £48 million, its director said on Monday", "costing £48 million, its director said yesterday"]],
  order: [
    "The gallery closed in October 2025",
    "The gallery had been due to reopen in May",
    "sold out within an hour of going on sale last Thursday",
    "Hundreds of people queued in the rain outside the Harwick Gallery this morning",
    "The gallery said on Sunday that 9,200 people had visited",
    "Late-night openings on Fridays will begin in November",
    "Work on the east wing will cost a further £6 million and is due to finish by March",
  ],
};
