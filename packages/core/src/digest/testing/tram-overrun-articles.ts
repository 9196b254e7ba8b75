import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts16 (2026-12-05, before running any code on it): five
 * articles from five outlets on the cost of Calderbridge's Northline tram extension, announced on
 * Monday 16 November 2026. A financial paper on Monday morning and a local paper's syndicated rewrite
 * of it, a broadcaster on Monday evening, the construction press on Wednesday and a city paper on
 * Thursday. The real disagreements, both of the authority's Monday announcement: the overrun, £1.2bn
 * for the financial paper against 1.4 billion pounds for the broadcaster; the delay, 18 months
 * against two years. Traps: the £3.5bn budget against the £4.7bn cost (a target and an outcome); a
 * union's "could top £6bn", called fiction by the authority; the council's £300m demand against the
 * contractor's £120m offer; the contractor's profit this year (£86m) and last (£112m), and a rival's
 * (£64m); the two companies' share moves (5 and 3 percent); "about 1,200" workers against the exact
 * 1,187; ridership down 8 percent against ridership at 92 percent of its old level (a change and a
 * level). Test support only.
 */
const TRAM_OVERRUN_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tram/1",
    externalId: "t1",
    source: "Financial Ledger",
    url: "https://financialledger.example/companies/northline-tram-overrun",
    publishedAt: "2026-11-16T07:00:00Z",
    title: "Northline tram extension £1.2bn over budget",
    originalText: [
      "The Northline tram extension in Calderbridge will cost £4.7bn, £1.2bn more than its original budget, the city's transport authority said on Monday.",
      "The line was due to open in 2027 but will now open 18 months late, the authority said.",
      "Brightwell Construction, the main contractor, reported a pre-tax profit of £86m for the year to September, down from £112m a year earlier.",
      "Its shares fell 5 percent in early trading.",
      "“Nobody will pretend this is good news for the people of Calderbridge,” said Martin Hale, the authority's chief executive.",
      "Ridership on the existing Northline fell 8 percent last year.",
    ].join("\n"),
  },
  {
    input: "tram/2",
    externalId: "t2",
    source: "Calderbridge Evening Post",
    url: "https://calderbridgepost.example/news/northline-overrun",
    publishedAt: "2026-11-16T11:00:00Z",
    title: "Tram extension to cost £1.2bn more than planned",
    originalText: [
      "The Northline tram extension will cost £4.7bn, £1.2bn more than its original budget, Calderbridge's transport authority said on Monday.",
      "The line was due to open in 2027 but will now open 18 months late, the authority said.",
      "Brightwell Construction, the main contractor, reported a pre-tax profit of £86m for the year to September, down from £112m a year earlier.",
      "“Nobody will pretend this is good news for the people of Calderbridge,” said Martin Hale, the authority's chief executive.",
      "This article first appeared in the Financial Ledger.",
    ].join("\n"),
  },
  {
    input: "tram/3",
    externalId: "t3",
    source: "North Broadcasting",
    url: "https://northbroadcasting.example/news/calderbridge-tram-two-years-late",
    publishedAt: "2026-11-16T21:00:00Z",
    title: "Calderbridge tram line two years late and 1.4 billion pounds over budget",
    originalText: [
      "Calderbridge's Northline tram extension is 1.4 billion pounds over budget and will open two years late, the city's transport authority admitted on Monday.",
      "About 1,200 construction workers are employed on the project.",
      "The Unite union claimed the final bill could top £6bn, a figure Martin Hale, the authority's chief executive, called “pure fiction”.",
      "Councillors voted on Monday evening to demand that Brightwell Construction pay £300m towards the overrun.",
      "Ridership on the existing line is at 92 percent of its level before the pandemic.",
    ].join("\n"),
  },
  {
    input: "tram/4",
    externalId: "t4",
    source: "Construction Weekly",
    url: "https://constructionweekly.example/news/brightwell-northline-offer",
    publishedAt: "2026-11-18T09:00:00Z",
    title: "Brightwell offers £120m towards Northline overrun",
    originalText: [
      "Brightwell Construction offered on Wednesday to pay £120m towards the Northline overrun, well short of the £300m the city council had demanded.",
      "Brightwell employs 1,187 people on the Northline site, according to the company.",
      "Its rival Harlow Group, which is building the city's new hospital, reported a pre-tax profit of £64m on Tuesday.",
      "Harlow's shares rose 3 percent.",
      "The original budget, set in 2022, was £3.5bn.",
    ].join("\n"),
  },
  {
    input: "tram/5",
    externalId: "t5",
    source: "Calderbridge Chronicle",
    url: "https://calderbridgechronicle.example/politics/northline-inquiry",
    publishedAt: "2026-11-19T08:00:00Z",
    title: "Mayor orders inquiry into tram overrun",
    originalText: [
      "Calderbridge's mayor, Nadia Osei, ordered an independent inquiry on Thursday into how the Northline tram extension came to run so far over budget.",
      "“The people of this city deserve to know who knew what, and when,” Osei said.",
      "The inquiry will report by next summer.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function tramOverrunArticles(): Article[] {
  return linkNearDuplicates(TRAM_OVERRUN_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts16 (2026-12-05), before running any code on them. Two real
 * disagreements, both of Monday's announcement: the overrun (£1.2bn against 1.4 billion pounds) and
 * the delay (18 months against two years).
 */
export const TRAM_OVERRUN_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Nobody will pretend this is good news for the people of Calderbridge", speaker: "Martin Hale" },
    { text: "pure fiction", speaker: "Martin Hale", partial: true },
    { text: "The people of this city deserve to know who knew what, and when", speaker: "Nadia Osei" },
  ],
  timeline: [
    { text: "will cost £4.7bn, £1.2bn more than its original budget", dates: ["2026-11-16"] },
    { text: "Councillors voted on Monday evening to demand", dates: ["2026-11-16"] },
    { text: "Brightwell Construction offered on Wednesday to pay £120m", dates: ["2026-11-18"] },
    { text: "ordered an independent inquiry on Thursday", dates: ["2026-11-19"] },
  ],
  neverDated: [{ text: "The line was due to open in 2027", date: "2027" }],
  disagreements: [
    { values: ["1.2", "1.4"], outlets: ["Financial Ledger", "North Broadcasting"] },
    { values: ["18", "two"], outlets: ["Financial Ledger", "North Broadcasting"] },
  ],
  notDisagreements: [
    // The budget and the cost; a union's figure the authority called fiction.
    ["3.5", "4.7"],
    ["6", "4.7"],
    // The council's demand and the contractor's offer.
    ["300", "120"],
    // The contractor's profit this year and last, and its rival's.
    ["86", "112"],
    ["86", "64"],
    ["64", "112"],
    // Two companies' share moves.
    ["5", "3"],
    // Workers, rounded and exact.
    ["1,200", "1,187"],
    // Ridership's change and its level.
    ["8", "92"],
  ],
  corroboration: [
    // The financial paper's figures, carried again by its rewrite only.
    { text: "will cost £4.7bn, £1.2bn more than its original budget", outlets: 1 },
    { text: "reported a pre-tax profit of £86m for the year to September", outlets: 1 },
    { text: "Brightwell Construction offered on Wednesday to pay £120m", outlets: 1 },
    { text: "Councillors voted on Monday evening to demand that Brightwell Construction pay £300m", outlets: 2 },
  ],
};
