import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline14, 2026-12-05, before any digest of it
 * was run): six dated articles from five outlets and one undated union bulletin on a fire at the
 * Brenvik chemical plant near Ormsby, from shortly after 2 a.m. on Thursday 4 March 2027 to the
 * company's offer to the families on Wednesday 10 March. A wire report and its rewrite with a credit
 * line; a local paper twice, with a byline. Traps: the event told in a relative clause on the subject
 * ("A fire that broke out … on Thursday … killed two workers"), a background year in a relative
 * clause with "whose" ("Dennis Kowalczyk, 71, whose wife died of kidney cancer in 2019, wept …"), a
 * death toll that rises over days (two, five, nine), "last week" (a past week), "next week" (a week
 * to come: an upcoming entry in it), weekdays without a date, a month without a year in the past
 * ("in November" written in March is last year's) and to come ("in April", "by April 30"), an event
 * named by its day or week in a sentence about something else ("from Thursday's fire", "in last
 * week's fire"), background years ("which opened in 1987", "since the company listed in 2004",
 * "since 1998", "who became chief executive in 2021", "since 2015"), and an undated bulletin whose
 * days cannot be placed. Test support only.
 */
const PLANT_FIRE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "plant-fire/1",
    externalId: "continental-press-1",
    source: "Continental Press",
    url: "https://continentalpress.example/2027/03/04/brenvik-plant-fire",
    publishedAt: "2027-03-04T13:30:00Z",
    title: "Two dead, 12 missing after fire at Brenvik chemical plant",
    originalText: [
      "ORMSBY (Continental Press) — A fire that broke out shortly after 2 a.m. on Thursday at the Brenvik chemical plant killed two workers and left 12 others missing.",
      "About 3,000 residents within two kilometres of the plant were told to leave their homes.",
      "Firefighters brought the blaze under control by late afternoon, fire chief Anna Lindqvist said.",
      "“We are still searching, and we will keep searching until every worker is accounted for,” Lindqvist said.",
      "The plant, which opened in 1987, makes solvents and resins for the car industry.",
      "Castellan Chemicals, which owns the plant, said it was cooperating fully with the authorities.",
    ].join("\n\n"),
  },
  {
    input: "plant-fire/2",
    externalId: "harwick-herald-1",
    source: "Harwick Herald",
    url: "https://harwickherald.example/news/brenvik-fire",
    publishedAt: "2027-03-04T17:10:00Z",
    title: "Fire at Brenvik chemical plant kills two",
    originalText: [
      "A fire that broke out shortly after 2 a.m. on Thursday at the Brenvik chemical plant near Ormsby killed two workers and left 12 others missing.",
      "About 3,000 residents living within two kilometres of the plant were told to leave their homes.",
      "Firefighters had the blaze under control by late afternoon, said fire chief Anna Lindqvist.",
      "The plant, which opened in 1987, makes solvents and resins.",
      "(Continental Press)",
    ].join("\n\n"),
  },
  {
    input: "plant-fire/3",
    externalId: "ormsby-evening-post-1",
    source: "Ormsby Evening Post",
    url: "https://ormsbyeveningpost.example/news/brenvik-toll-rises",
    publishedAt: "2027-03-05T18:00:00Z",
    title: "Brenvik fire: death toll rises to five as search goes on",
    originalText: [
      "By Maria Hendry, Evening Post Reporter",
      "The death toll from the fire at the Brenvik chemical plant rose to five on Friday after rescuers recovered three more bodies from the collapsed solvent store.",
      "Five of the missing workers were found alive late on Thursday in a control room that had been sealed against the smoke.",
      "Four workers are still missing.",
      "Dennis Kowalczyk, 71, whose wife died of kidney cancer in 2019, wept as he described the blast that shook the windows of his house a kilometre away.",
      "“I thought the whole town was going up,” Kowalczyk said.",
      "Castellan told the county council last week that a cooling pump in the solvent store was due to be replaced.",
      "The evacuation order will stay in place at least until Sunday, police said.",
    ].join("\n\n"),
  },
  {
    input: "plant-fire/4",
    externalId: "financial-ledger-1",
    source: "Financial Ledger",
    url: "https://financialledger.example/companies/castellan-shares-brenvik",
    publishedAt: "2027-03-08T07:30:00Z",
    title: "Castellan shares slide after deadly Brenvik fire",
    originalText: [
      "Shares in Castellan Chemicals fell 18% on Friday, their biggest one-day drop since the company listed in 2004.",
      "The Brenvik plant accounts for about a fifth of Castellan's revenue, which was €2.3 billion last year.",
      "The plant passed a full safety inspection in November, according to the national chemicals regulator.",
      "Chief executive Paul Merrick said on Sunday that the company would publish its own report on the fire in April.",
      "Analysts at Marlow Securities expect insurance to cover most of the damage.",
    ].join("\n\n"),
  },
  {
    input: "plant-fire/5",
    externalId: "ormsby-evening-post-2",
    source: "Ormsby Evening Post",
    url: "https://ormsbyeveningpost.example/news/brenvik-last-missing-found",
    publishedAt: "2027-03-09T17:45:00Z",
    title: "Last four missing Brenvik workers found dead; toll reaches nine",
    originalText: [
      "By Maria Hendry, Evening Post Reporter",
      "The bodies of the last four missing workers were found on Monday, bringing the death toll from Thursday's fire to nine.",
      "The national chemicals regulator opened a criminal investigation on Monday.",
      "Residents were allowed back into their homes on Sunday.",
      "Investigators will question plant managers next week.",
      "“These were our neighbours, our sons, our friends,” said Mayor Elena Vasquez.",
    ].join("\n\n"),
  },
  {
    input: "plant-fire/6",
    externalId: "nrb-news-1",
    source: "NRB News",
    url: "https://nrbnews.example/news/castellan-compensation-brenvik",
    publishedAt: "2027-03-10T12:00:00Z",
    title: "Castellan to pay €50,000 to each Brenvik victim's family",
    originalText: [
      "Castellan Chemicals will pay €50,000 to the family of each of the nine workers who died in last week's fire at its Brenvik plant, the company said on Wednesday.",
      "The first funerals will be held on Saturday in Ormsby.",
      "Last week's fire was the deadliest at a chemical plant in the country since 1998.",
      "Merrick, who became chief executive in 2021, has resisted calls to resign.",
      "The company must submit a clean-up plan to the regulator by April 30.",
    ].join("\n\n"),
  },
  {
    input: "plant-fire/7",
    externalId: "chemical-workers-union-1",
    source: "Chemical Workers' Union",
    url: "https://chemicalworkersunion.example/bulletin/brenvik",
    title: "Brenvik: our members remember",
    originalText: [
      "Union members held a vigil outside the plant gates on Sunday evening.",
      "The union has campaigned for tighter rules on solvent storage since 2015.",
      "Members will meet Castellan managers on Friday.",
    ].join("\n\n"),
  },
];

/** The seven articles, prepared and linked as the product does it. */
export function plantFireArticles(): Article[] {
  return linkNearDuplicates(PLANT_FIRE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. A plan may be told at its day or on the
 * day it was said; a week to come ("next week") is an upcoming entry at that week's Monday. The
 * Harwick Herald's article is the wire's, rewritten: one outlet.
 */
export const PLANT_FIRE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are still searching, and we will keep searching", speaker: "Anna Lindqvist" },
    { text: "I thought the whole town was going up", speaker: "Dennis Kowalczyk" },
    { text: "These were our neighbours, our sons, our friends", speaker: "Elena Vasquez" },
  ],
  timeline: [
    // The event told in a relative clause on the subject: the sentence's own news.
    {
      text: "A fire that broke out shortly after 2 a.m. on Thursday at the Brenvik chemical plant",
      dates: ["2027-03-04"],
    },
    { text: "Five of the missing workers were found alive late on Thursday", dates: ["2027-03-04"] },
    { text: "rose to five on Friday after rescuers recovered three more bodies", dates: ["2027-03-05"] },
    // Written on a Friday: the week before, from Monday 22 February.
    { text: "Castellan told the county council last week that a cooling pump", dates: ["2027-02-22"] },
    { text: "The evacuation order will stay in place at least until Sunday", dates: ["2027-03-07", "2027-03-05"] },
    { text: "Shares in Castellan Chemicals fell 18% on Friday", dates: ["2027-03-05"] },
    // Written in March 2027: the November before.
    { text: "The plant passed a full safety inspection in November", dates: ["2026-11"] },
    {
      text: "Chief executive Paul Merrick said on Sunday that the company would publish",
      dates: ["2027-03-07", "2027-04"],
    },
    { text: "The bodies of the last four missing workers were found on Monday", dates: ["2027-03-08"] },
    { text: "The national chemicals regulator opened a criminal investigation on Monday", dates: ["2027-03-08"] },
    { text: "Residents were allowed back into their homes on Sunday", dates: ["2027-03-07"] },
    // Written on Tuesday 9 March: the week from Monday 15 March, still to come.
    { text: "Investigators will question plant managers next week", dates: ["2027-03-15"] },
    { text: "will pay €50,000 to the family of each of the nine workers", dates: ["2027-03-10"] },
    { text: "The first funerals will be held on Saturday", dates: ["2027-03-13"] },
    { text: "must submit a clean-up plan to the regulator by April 30", dates: ["2027-04-30"] },
    // The undated bulletin: its Sunday cannot be placed.
    { text: "Union members held a vigil outside the plant gates on Sunday evening", dates: [null] },
  ],
  neverDated: [
    { text: "Dennis Kowalczyk, 71, whose wife died of kidney cancer in 2019", date: "2019", exact: true },
    { text: "The plant, which opened in 1987", date: "1987" },
    { text: "Shares in Castellan Chemicals fell 18% on Friday", date: "2004" },
    { text: "The plant passed a full safety inspection in November", date: "2027-11" },
    { text: "would publish its own report on the fire in April", date: "2026-04" },
    // The fire named by its day or week is not the day of what the sentence tells.
    { text: "The bodies of the last four missing workers were found on Monday", date: "2027-03-04", exact: true },
    { text: "will pay €50,000 to the family of each of the nine workers", date: "2027-03-01", exact: true },
    { text: "Last week's fire was the deadliest at a chemical plant", date: "1998" },
    { text: "Merrick, who became chief executive in 2021", date: "2021" },
    { text: "must submit a clean-up plan to the regulator by April 30", date: "2026-04-30" },
    { text: "The union has campaigned for tighter rules on solvent storage", date: "2015" },
    { text: "Members will meet Castellan managers on Friday", date: "2027" },
    { text: "Members will meet Castellan managers on Friday", date: "2026" },
  ],
  disagreements: [],
  notDisagreements: [
    // A death toll that rises from one day to the next, and the missing as they are found.
    ["two", "five"],
    ["five", "nine"],
    ["12", "Four"],
  ],
  corroboration: [
    // The Harwick Herald's article is the wire's, rewritten with a credit line.
    { text: "A fire that broke out shortly after 2 a.m. on Thursday at the Brenvik chemical plant", outlets: 1 },
  ],
  headline: ["50,000"],
};
