import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline16, 2026-12-05, before any digest of it
 * was run): four dated articles from three outlets and one undated company statement on a salmonella
 * outbreak traced to the Pico Grill restaurant chain, from the first cases on 28 September 2028 to
 * the reopening on Thursday 19 October. Traps: a month and day of the month before ("on Sept. 28" in
 * an October article), "next Monday" and "next week" in a Friday article, "over the weekend" in a
 * Monday one, "this week" and "last week", "the day before" a day said in the same sentence, a day in
 * a restrictive relative clause on the subject that is not the main clause's ("A 79-year-old woman
 * who fell ill last week died on Sunday"), a background anniversary ("almost exactly ten years after
 * a listeria outbreak … killed four people in October 2018"), a past outbreak told as the sentence's
 * own news ("was linked to an E. coli outbreak in 2021"), background years in relative clauses
 * ("which opened its first restaurant in 1998", "who founded the chain in 1998"), a lawsuit filed on
 * a day told in a participle, a hearing to come, and an undated statement whose Thursday cannot be
 * placed. Test support only.
 */
const SALMONELLA_OUTBREAK_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "salmonella-outbreak/1",
    externalId: "valley-times-1",
    source: "Valley Times",
    url: "https://valleytimes.example/2028/10/06/pico-grill-salmonella",
    publishedAt: "2028-10-06T15:00:00Z",
    title: "Salmonella outbreak linked to Pico Grill sickens 48",
    originalText: [
      "State health officials said on Thursday that 48 people had fallen ill with salmonella after eating at Pico Grill restaurants in three counties.",
      "The first cases were reported on Sept. 28, officials said.",
      "Pico Grill, which opened its first restaurant in 1998, closed all 14 of its locations on Wednesday.",
      "Health inspectors will visit every Pico Grill kitchen next week.",
      "The company said it hoped to reopen some restaurants next Monday.",
    ].join("\n\n"),
  },
  {
    input: "salmonella-outbreak/2",
    externalId: "channel-9-1",
    source: "Channel 9 News",
    url: "https://channel9news.example/health/pico-grill-outbreak-death",
    publishedAt: "2028-10-09T13:00:00Z",
    title: "Woman dies in Pico Grill salmonella outbreak as cases rise to 61",
    originalText: [
      "Thirteen more people fell ill over the weekend, bringing the number of cases to 61.",
      "A 79-year-old woman who fell ill last week died on Sunday, the county said.",
      "Officials traced the outbreak on Saturday to a batch of cilantro from a farm in Salinas County.",
      "“She loved that restaurant,” said her son, Daniel Ruiz.",
    ].join("\n\n"),
  },
  {
    input: "salmonella-outbreak/3",
    externalId: "food-safety-journal-1",
    source: "Food Safety Journal",
    url: "https://foodsafetyjournal.example/outbreaks/verde-fields-cilantro-recall",
    publishedAt: "2028-10-12T10:00:00Z",
    title: "Verde Fields recalls cilantro after Pico Grill outbreak",
    originalText: [
      "The farm, Verde Fields, recalled 12,000 cases of cilantro this week.",
      "Verde Fields was linked to an E. coli outbreak in 2021 that sickened 30 people.",
      "The outbreak comes almost exactly ten years after a listeria outbreak at a Salinas County packing plant killed four people in October 2018.",
      "The FDA said on Tuesday that it had sent inspectors to the farm the day before.",
    ].join("\n\n"),
  },
  {
    input: "salmonella-outbreak/4",
    externalId: "valley-times-2",
    source: "Valley Times",
    url: "https://valleytimes.example/2028/10/20/pico-grill-reopens",
    publishedAt: "2028-10-20T16:00:00Z",
    title: "Pico Grill reopens most restaurants as lawsuit seeks $5 million",
    originalText: [
      "Pico Grill reopened 11 of its 14 restaurants on Thursday.",
      "A class-action lawsuit filed on Oct. 13 seeks $5 million for those who fell ill.",
      "A hearing in the case will be held on Nov. 6.",
      "Luis Pico, who founded the chain in 1998, said on Thursday that every kitchen had passed inspection.",
      "The last new case was confirmed last week, health officials said.",
    ].join("\n\n"),
  },
  {
    input: "salmonella-outbreak/5",
    externalId: "pico-grill-1",
    source: "Pico Grill",
    url: "https://picogrill.example/news/statement",
    title: "A message to our guests",
    originalText: ["Our restaurants will reopen on Thursday.", "We have served our community since 1998."].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function salmonellaOutbreakArticles(): Article[] {
  return linkNearDuplicates(SALMONELLA_OUTBREAK_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. A sentence is dated by its main clause's
 * event; a day in a restrictive relative clause on the subject that tells another event does not
 * date it. A week is told at its Monday or any of its days. A plan may be told at its day or on the
 * day it was said.
 */
export const SALMONELLA_OUTBREAK_EXPECTED: ExpectedFacts = {
  quotes: [{ text: "She loved that restaurant", speaker: "Daniel Ruiz" }],
  timeline: [
    { text: "State health officials said on Thursday that 48 people had fallen ill", dates: ["2028-10-05"] },
    // Sept. 28 in an October article is the September just gone.
    { text: "The first cases were reported on Sept. 28", dates: ["2028-09-28"] },
    { text: "closed all 14 of its locations on Wednesday", dates: ["2028-10-04"] },
    {
      text: "Health inspectors will visit every Pico Grill kitchen next week",
      dates: ["2028-10-09", "2028-10-10", "2028-10-11", "2028-10-12", "2028-10-13"],
    },
    // Next Monday in a Friday article: the coming Monday.
    { text: "The company said it hoped to reopen some restaurants next Monday", dates: ["2028-10-09"] },
    // Over the weekend in a Monday article: Saturday 7 or Sunday 8 October.
    { text: "Thirteen more people fell ill over the weekend", dates: ["2028-10-07", "2028-10-08"] },
    { text: "A 79-year-old woman who fell ill last week died on Sunday", dates: ["2028-10-08"] },
    { text: "Officials traced the outbreak on Saturday to a batch of cilantro", dates: ["2028-10-07"] },
    {
      text: "recalled 12,000 cases of cilantro this week",
      dates: ["2028-10-09", "2028-10-10", "2028-10-11", "2028-10-12"],
    },
    // A past outbreak as the sentence's own news: at its year.
    { text: "Verde Fields was linked to an E. coli outbreak in 2021", dates: ["2021"] },
    // Said on Tuesday of Monday's inspection: either day.
    { text: "The FDA said on Tuesday that it had sent inspectors", dates: ["2028-10-10", "2028-10-09"] },
    { text: "Pico Grill reopened 11 of its 14 restaurants on Thursday", dates: ["2028-10-19"] },
    { text: "A class-action lawsuit filed on Oct. 13", dates: ["2028-10-13"] },
    { text: "A hearing in the case will be held on Nov. 6", dates: ["2028-11-06"] },
    { text: "Luis Pico, who founded the chain in 1998, said on Thursday", dates: ["2028-10-19"] },
    // Last week from Friday 20 October: the week of Monday 9 October.
    {
      text: "The last new case was confirmed last week",
      dates: ["2028-10-09", "2028-10-10", "2028-10-11", "2028-10-12", "2028-10-13", "2028-10-14", "2028-10-15"],
    },
    // The undated statement: its Thursday cannot be placed.
    { text: "Our restaurants will reopen on Thursday", dates: [null] },
  ],
  neverDated: [
    // Background years.
    { text: "Pico Grill, which opened its first restaurant in 1998", date: "1998" },
    { text: "Luis Pico, who founded the chain in 1998", date: "1998" },
    { text: "We have served our community since 1998", date: "1998" },
    // The anniversary's year is not this outbreak's.
    { text: "The outbreak comes almost exactly ten years after a listeria outbreak", date: "2018" },
    // The month and day in the wrong year.
    { text: "The first cases were reported on Sept. 28", date: "2027-09-28", exact: true },
    { text: "A hearing in the case will be held on Nov. 6", date: "2027-11-06", exact: true },
    // A next Monday a week too far, a last Monday of the week before.
    { text: "hoped to reopen some restaurants next Monday", date: "2028-10-16", exact: true },
    { text: "hoped to reopen some restaurants next Monday", date: "2028-10-02", exact: true },
    // The relative clause's week is not the day she died.
    { text: "A 79-year-old woman who fell ill last week died on Sunday", date: "2028-10-02", exact: true },
    { text: "Our restaurants will reopen on Thursday", date: "2028" },
  ],
  disagreements: [],
  notDisagreements: [
    // Cases by Thursday against cases by Monday (a rising count); restaurants reopened against all.
    ["48", "61"],
    ["11", "14"],
  ],
  corroboration: [{ text: "Pico Grill reopened 11 of its 14 restaurants on Thursday", outlets: 1 }],
};
