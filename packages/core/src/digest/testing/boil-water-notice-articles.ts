import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of the offline headline by summary11 (2026-12-05, before running
 * any code on it): six articles from five outlets on a boil-water notice in Fenwick, issued on Monday
 * 9 November 2026 after a treatment-works fault, schools shut that day, fourteen people treated in
 * hospital by Tuesday, and the notice lifted on Wednesday 11 November. A wire story and its
 * syndicated copy, a local paper twice (the second a live page whose title, "Fenwick water: live
 * updates", says nothing happened), a national paper with a background fine, and an undated health
 * guide that speaks to the reader. The latest news sits in the live page's lead, a list of three
 * clauses joined by semicolons and "and", too long for a headline whole: its first clause (the notice
 * lifted) is the news. Test support only.
 */
const BOIL_WATER_NOTICE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "water/1",
    externalId: "w1",
    source: "PA Media",
    url: "https://pamedia.example/fenwick-boil-water-notice",
    publishedAt: "2026-11-09T09:40:00Z",
    title: "Boil-water notice issued for 40,000 homes in Fenwick after treatment plant fault",
    originalText: [
      "About 40,000 homes in Fenwick were told to boil their tap water on Monday after a fault at the Ashby Lane treatment works let partly treated water into the supply, Severn Vale Water said.",
      "The company said the fault, in a filter that removes parasites, had been found during routine tests on Sunday night.",
      "“We are deeply sorry for the disruption and we are working around the clock to fix it,” said Tom Bryce, the company’s operations director.",
      "Bottled water is being handed out at three sites in the town.",
    ].join("\n"),
  },
  {
    input: "water/2",
    externalId: "w2",
    source: "Vale Evening Post",
    url: "https://valeeveningpost.example/news/fenwick-boil-water",
    publishedAt: "2026-11-09T10:30:00Z",
    title: "Fenwick homes told to boil tap water after treatment works fault",
    originalText: [
      "About 40,000 homes in Fenwick were told to boil their tap water on Monday after a fault at the Ashby Lane treatment works let partly treated water into the supply, Severn Vale Water said.",
      "The company said the fault, in a filter that removes parasites, had been found during routine tests on Sunday night.",
      "Bottled water is being handed out at three sites in the town.",
      "PA Media",
    ].join("\n"),
  },
  {
    input: "water/3",
    externalId: "w3",
    source: "Fenwick Gazette",
    url: "https://fenwickgazette.example/news/schools-shut-boil-water",
    publishedAt: "2026-11-09T18:00:00Z",
    title: "Fenwick schools shut as town told to boil water",
    originalText: [
      "By Megan Lowe",
      "Eleven schools in Fenwick closed early on Monday and will stay shut on Tuesday while the boil-water notice is in force, the county council said.",
      "Parents queued for bottled water outside the leisure centre on Mill Road, where volunteers had handed out 20,000 litres by teatime.",
      "Councillor Ann Marsh, who leads the council, said: “The water company owes this town some straight answers.”",
      "Read more: Fenwick's new bypass opens next spring",
    ].join("\n"),
  },
  {
    input: "water/4",
    externalId: "w4",
    source: "The Daily Courier",
    url: "https://dailycourier.example/uk/fenwick-water-hospital",
    publishedAt: "2026-11-10T12:00:00Z",
    title: "Fourteen treated in hospital as Fenwick boil-water notice enters second day",
    originalText: [
      "Fourteen people have been treated in hospital for stomach illness since partly treated water entered the supply in Fenwick, health officials said on Tuesday, as the boil-water notice entered its second day.",
      "Dr Priya Shah, the region’s director of public health, said none of the 14 was seriously ill and that tests for cryptosporidium were under way.",
      "Severn Vale Water, which serves about 1.4 million customers, was fined £1.2 million in 2023 for a sewage spill into the River Leam.",
      "“People have a right to expect clean water from their taps,” Shah said.",
    ].join("\n"),
  },
  {
    input: "water/5",
    externalId: "w5",
    source: "Fenwick Gazette",
    url: "https://fenwickgazette.example/live/fenwick-water",
    publishedAt: "2026-11-11T16:20:00Z",
    title: "Fenwick water: live updates",
    originalText: [
      "Severn Vale Water lifted the boil-water notice for Fenwick on Wednesday afternoon after three days of tests found the supply safe; the 11 schools that closed on Monday will reopen on Thursday; and every household will receive £50 in compensation, the company said.",
      "“The water is safe to drink straight from the tap again,” Bryce said.",
      "Residents should run their cold taps for two minutes before using the water, the company advised.",
      "Marsh said the council would hold a public meeting on the failure next week.",
    ].join("\n"),
  },
  {
    input: "water/6",
    externalId: "w6",
    source: "Health Matters",
    url: "https://healthmatters.example/guides/boil-water-notice",
    title: "How to keep your family safe during a boil-water notice",
    originalText: [
      "Boiling water for one minute kills the parasites, bacteria and viruses that can get into a supply when treatment fails.",
      "Cryptosporidium, a parasite that causes diarrhoea, is resistant to chlorine.",
      "Most outbreaks in Britain are small.",
      "Sign up to our weekly newsletter.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function boilWaterNoticeArticles(): Article[] {
  return linkNearDuplicates(BOIL_WATER_NOTICE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by summary11 (2026-12-05), before running any code on them. No real
 * disagreement: the figures are parts, wholes, counts of other things and a background fine.
 */
export const BOIL_WATER_NOTICE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are deeply sorry for the disruption", speaker: "Tom Bryce" },
    { text: "The water company owes this town some straight answers", speaker: "Ann Marsh" },
    { text: "People have a right to expect clean water from their taps", speaker: "Priya Shah" },
    { text: "The water is safe to drink straight from the tap again", speaker: "Tom Bryce" },
  ],
  timeline: [
    { text: "About 40,000 homes in Fenwick were told to boil their tap water", dates: ["2026-11-09"] },
    { text: "Fourteen people have been treated in hospital", dates: ["2026-11-10"] },
    { text: "Severn Vale Water lifted the boil-water notice", dates: ["2026-11-11"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    // Homes under the notice against litres handed out and the company's customers.
    ["40,000", "20,000"],
    ["40,000", "1.4 million"],
    // Schools shut against people treated.
    ["11", "14"],
    ["Eleven", "Fourteen"],
    // A background fine against each household's compensation.
    ["£1.2 million", "£50"],
  ],
  corroboration: [
    // The wire and its syndicated copy count once.
    { text: "About 40,000 homes in Fenwick were told to boil their tap water", outlets: 1 },
  ],
  headline: ["lifted the boil-water notice"],
  summary: {
    holds: ["40,000", "lifted the boil-water notice"],
    never: ["Most outbreaks in Britain are small", "Sign up to our weekly newsletter"],
  },
};
