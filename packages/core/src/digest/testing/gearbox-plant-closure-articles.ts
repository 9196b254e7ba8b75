import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline15, 2026-12-05, before any digest of it
 * was run): five dated articles from four outlets and one undated union bulletin on Hollin Motors'
 * closing of its gearbox plant in Tarrow, from the announcement on Tuesday 12 October 2027 to the
 * closure put off on Tuesday 19 October. Traps: a figure's period inside a sentence about this week
 * ("whose revenue was €8.1 billion last year", "after sales … fell 4% in 2026", "whose European
 * sales fell 4% in 2026"), a real past event in a year ("was fined €400,000 in 2024", "Last year
 * Hollin closed a smaller plant"), an event told in a restrictive relative clause on a person subject
 * ("Workers who walked out of the plant on Tuesday afternoon blocked the main gate"), a day in a
 * non-restrictive one beside the sentence's own day ("Haddad, who met Feld on Friday, said on
 * Monday"), "yesterday", "a day after", a tribunal hearing set for a day to come, results expected
 * on a day to come, background years ("which opened in 1974", "since 2015", "since 1974"), and an
 * undated bulletin whose day cannot be placed. Test support only.
 */
const GEARBOX_PLANT_CLOSURE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "gearbox-plant/1",
    externalId: "meridian-wire-1",
    source: "Meridian Wire",
    url: "https://meridianwire.example/2027/10/12/hollin-tarrow-closure",
    publishedAt: "2027-10-12T10:15:00Z",
    title: "Hollin Motors to close Tarrow gearbox plant, cutting 1,400 jobs",
    originalText: [
      "TARROW (Meridian Wire) — Hollin Motors said on Tuesday it would close its gearbox plant in Tarrow by the end of March, cutting 1,400 jobs.",
      "The company, whose revenue was €8.1 billion last year, blamed falling demand for diesel vans.",
      "The plant, which opened in 1974, makes gearboxes for Hollin's vans and buses.",
      "Union leader Petra Solberg called the decision “a betrayal of a town that built this company”.",
    ].join("\n\n"),
  },
  {
    input: "gearbox-plant/2",
    externalId: "tarrow-gazette-1",
    source: "Tarrow Gazette",
    url: "https://tarrowgazette.example/news/hollin-walkout",
    publishedAt: "2027-10-13T18:00:00Z",
    title: "Hollin workers block plant gate as chief offers 200 jobs",
    originalText: [
      "By Colin Marsh, Gazette Reporter",
      "Workers who walked out of the plant on Tuesday afternoon blocked the main gate with their cars.",
      "Hollin's chief executive, Marcus Feld, met union leaders yesterday and offered to keep 200 jobs in a new parts warehouse.",
      "“Nobody saw this coming,” said Ray Duggan, 54, who has worked at the plant for 31 years.",
      "Tarrow, where one adult in five works at the plant or for its suppliers, has lost two other large employers since 2015.",
      "The town council will hold an emergency meeting on Friday.",
    ].join("\n\n"),
  },
  {
    input: "gearbox-plant/3",
    externalId: "city-markets-1",
    source: "City Markets Daily",
    url: "https://citymarketsdaily.example/companies/hollin-shares-tarrow",
    publishedAt: "2027-10-14T08:00:00Z",
    title: "Hollin shares rise as investors welcome Tarrow closure",
    originalText: [
      "Shares in Hollin Motors rose 3% on Wednesday, a day after the company said it would close the Tarrow plant.",
      "The plant will close by the end of March after sales of the diesel vans it supplies fell 4% in 2026, Feld told analysts on Wednesday.",
      "Hollin's revenue, which was €8.1 billion last year, is expected to fall again this year.",
      "Analysts at Brandt & Co expect Hollin to announce further cuts with its results on November 4.",
    ].join("\n\n"),
  },
  {
    input: "gearbox-plant/4",
    externalId: "northern-radio-1",
    source: "Northern Radio News",
    url: "https://northernradio.example/news/tarrow-march",
    publishedAt: "2027-10-18T12:00:00Z",
    title: "Thousands march in Tarrow against Hollin closure",
    originalText: [
      "About 3,000 people marched through Tarrow on Saturday to protest against the closure of the Hollin plant.",
      "The union has asked an employment tribunal to rule on whether Hollin consulted workers properly, and a first hearing is set for November 22.",
      "Hollin was fined €400,000 in 2024 for failing to consult workers before closing its plant in Porto.",
      "Last year Hollin closed a smaller plant in Lyon with the loss of 600 jobs.",
      "Council leader Amira Haddad, who met Feld on Friday, said on Monday that the company had agreed to pay for retraining for every worker.",
    ].join("\n\n"),
  },
  {
    input: "gearbox-plant/5",
    externalId: "united-motor-workers-1",
    source: "United Motor Workers",
    url: "https://unitedmotorworkers.example/bulletin/tarrow",
    title: "Tarrow: we will not go quietly",
    originalText: [
      "Members will vote on strike action on Thursday.",
      "Our members at Tarrow have built Hollin gearboxes since 1974.",
      "“They made record profits and they still want to shut us down,” said branch secretary Owen Pryce.",
    ].join("\n\n"),
  },
  {
    input: "gearbox-plant/6",
    externalId: "meridian-wire-2",
    source: "Meridian Wire",
    url: "https://meridianwire.example/2027/10/19/hollin-tarrow-delay",
    publishedAt: "2027-10-19T15:00:00Z",
    title: "Hollin delays Tarrow closure to September after government talks",
    originalText: [
      "TARROW (Meridian Wire) — Hollin Motors agreed on Tuesday to delay the closure of its Tarrow gearbox plant until September, after talks with the government.",
      "The company, whose European sales fell 4% in 2026, had planned to shut the plant by the end of March.",
      "Workers who had blocked the gate since last Tuesday lifted their blockade on Monday night.",
      "The tribunal hearing on November 22 will go ahead, the union said.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function gearboxPlantClosureArticles(): Article[] {
  return linkNearDuplicates(GEARBOX_PLANT_CLOSURE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. A plan may be told at its day or on the
 * day it was said. The period of a figure ("last year", "in 2026") is not the day of what the
 * sentence tells; a fine or a closure told in the main clause at its year is that year's event.
 */
export const GEARBOX_PLANT_CLOSURE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "a betrayal of a town that built this company", speaker: "Petra Solberg", partial: true },
    { text: "Nobody saw this coming", speaker: "Ray Duggan" },
    { text: "They made record profits and they still want to shut us down", speaker: "Owen Pryce" },
  ],
  timeline: [
    {
      text: "Hollin Motors said on Tuesday it would close its gearbox plant in Tarrow",
      dates: ["2027-10-12", "2028-03"],
    },
    // The event told in a restrictive relative clause on the subject: the walkout and the blockade are one afternoon's.
    { text: "Workers who walked out of the plant on Tuesday afternoon blocked the main gate", dates: ["2027-10-12"] },
    // Written on Wednesday 13 October: yesterday is Tuesday.
    { text: "met union leaders yesterday and offered to keep 200 jobs", dates: ["2027-10-12"] },
    { text: "The town council will hold an emergency meeting on Friday", dates: ["2027-10-15"] },
    { text: "Shares in Hollin Motors rose 3% on Wednesday", dates: ["2027-10-13"] },
    // The figure's period is not the day Feld spoke.
    { text: "Feld told analysts on Wednesday", dates: ["2027-10-13", "2028-03"] },
    { text: "expect Hollin to announce further cuts with its results on November 4", dates: ["2027-11-04"] },
    { text: "About 3,000 people marched through Tarrow on Saturday", dates: ["2027-10-16"] },
    { text: "a first hearing is set for November 22", dates: ["2027-11-22"] },
    // A fine and a closure in the main clause: real past events at their year.
    { text: "Hollin was fined €400,000 in 2024", dates: ["2024"] },
    { text: "Last year Hollin closed a smaller plant in Lyon", dates: ["2026"] },
    { text: "Council leader Amira Haddad, who met Feld on Friday, said on Monday", dates: ["2027-10-18"] },
    { text: "agreed on Tuesday to delay the closure of its Tarrow gearbox plant", dates: ["2027-10-19", "2028-09"] },
    { text: "lifted their blockade on Monday night", dates: ["2027-10-18"] },
    // The undated bulletin: its Thursday cannot be placed.
    { text: "Members will vote on strike action on Thursday", dates: [null] },
  ],
  neverDated: [
    // A figure's period.
    { text: "The company, whose revenue was €8.1 billion last year", date: "2026" },
    { text: "Feld told analysts on Wednesday", date: "2026" },
    { text: "Hollin's revenue, which was €8.1 billion last year", date: "2026" },
    { text: "The company, whose European sales fell 4% in 2026", date: "2026" },
    // Background years.
    { text: "The plant, which opened in 1974", date: "1974" },
    { text: "has lost two other large employers since 2015", date: "2015" },
    { text: "Our members at Tarrow have built Hollin gearboxes since 1974", date: "1974" },
    // The day before named by "a day after" is not the day the shares rose.
    { text: "Shares in Hollin Motors rose 3% on Wednesday", date: "2027-10-12", exact: true },
    // A day in a non-restrictive relative clause, a past start ("since last Tuesday"), a hearing named.
    { text: "Council leader Amira Haddad, who met Feld on Friday", date: "2027-10-15", exact: true },
    { text: "lifted their blockade on Monday night", date: "2027-10-12", exact: true },
    { text: "Members will vote on strike action on Thursday", date: "2027" },
    // The closure's month to come is in 2028, not the March before.
    { text: "Hollin Motors said on Tuesday it would close its gearbox plant in Tarrow", date: "2027-03" },
  ],
  disagreements: [],
  notDisagreements: [
    // Jobs cut against jobs kept, a town's march against a plant's workforce, this closure against last year's.
    ["1,400", "200"],
    ["3,000", "1,400"],
    ["1,400", "600"],
  ],
  corroboration: [{ text: "Hollin Motors said on Tuesday it would close its gearbox plant in Tarrow", outlets: 1 }],
};
