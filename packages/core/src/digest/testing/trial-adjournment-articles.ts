import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline23, 2026-12-06, before running any code on
 * it): six articles from four outlets on the manslaughter trial of a warehouse boss over a roof
 * collapse that killed two workers in Stretford on 14 June 2023. The trial was due to open on Monday 8
 * March 2027 and was adjourned that day; it was set for April 12, then put back again to April 26 and
 * opened then. The local paper on the Monday ("on Friday" across the week boundary, "the day before",
 * "would now begin on April 12"), a British wire stamped 00:30 UTC on the Tuesday ("last night",
 * "within 48 hours"), a Sunday paper ("on Friday", "next month"), an undated trade-press piece, the
 * local paper on Friday 9 April ("was due to start on Monday" about the Monday to come, "on Wednesday
 * evening"), the wire on the Tuesday after the opening ("yesterday", "Earlier this year"). Traps: a
 * date in a quote ("have waited since June 2023"), a previous event's date in a relative clause ("which
 * had been inspected on 2 May 2023", "whose son Kamil was killed on 14 June 2023"), background years
 * inside sentences about the news ("since last October", "delayed since 2024", "in 2021 and 2022").
 * Test support only.
 */
const TRIAL_ADJOURNMENT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "trial/1",
    externalId: "t1",
    source: "Manchester Evening Chronicle",
    url: "https://manchesterchronicle.example/news/pollard-trial-adjourned",
    publishedAt: "2027-03-08T17:45:00Z",
    title: "Warehouse roof deaths trial adjourned over late evidence",
    originalText: [
      "By Sian Whitworth, Courts Reporter",
      "The manslaughter trial of a warehouse boss over a roof collapse that killed two workers was adjourned on Monday after his lawyers said they had been sent 4,000 pages of new evidence the day before.",
      "Gareth Pollard, 54, denies two counts of gross negligence manslaughter over the collapse at his company's Stretford warehouse on 14 June 2023.",
      "Lawyers for Pollard had asked on Friday for more time to read the material, but the application was refused.",
      "Judge Helen Marsh said the trial would now begin on April 12, more than five weeks late.",
      "“The families have waited since June 2023 for answers, and now they will have to wait longer,” said Ruth Ellery, a solicitor for the Nowak family.",
    ].join("\n"),
  },
  {
    input: "trial/2",
    externalId: "t2",
    source: "Northern Press Agency",
    url: "https://northernpress.example/courts/cps-review-pollard-disclosure",
    publishedAt: "2027-03-09T00:30:00Z",
    title: "CPS to review disclosure failure in warehouse collapse case",
    originalText: [
      "The Crown Prosecution Service said last night it would review within 48 hours how thousands of pages of evidence in the Stretford warehouse case were handed over late.",
      "The adjournment is the second in a case that has been delayed since 2024 by a shortage of judges at Manchester Crown Court.",
      "The warehouse roof, which had been inspected on 2 May 2023, gave way during a storm six weeks later, killing Kamil Nowak, 29, and Dean Ashworth, 41.",
      "Pollard, of Sale, was charged in September 2025 after an investigation by Greater Manchester Police and the Health and Safety Executive.",
    ].join("\n"),
  },
  {
    input: "trial/3",
    externalId: "t3",
    source: "The Sunday Chronicle",
    url: "https://sundaychronicle.example/news/warehouse-trial-cps-admits-failure",
    publishedAt: "2027-03-14T06:00:00Z",
    title: "Prosecutors admit they sat on warehouse collapse evidence for months",
    originalText: [
      "At a hearing on Friday, the CPS admitted that the documents had been in its possession since last October.",
      "Judge Marsh called the delay “a failure of basic disclosure” and ordered prosecutors to explain it in writing.",
      "A new jury will be sworn in next month.",
      "Dean Ashworth's partner, Leanne Cole, said the families had been “treated as an afterthought”.",
    ].join("\n"),
  },
  {
    input: "trial/4",
    externalId: "t4",
    source: "Construction Safety Review",
    url: "https://constructionsafety.example/analysis/roof-collapses-prosecutions",
    title: "Why roof collapse prosecutions take so long",
    originalText: [
      "Warehouse roof collapses killed 11 workers in Britain between 2018 and 2023, according to the Health and Safety Executive.",
      "The Stretford collapse led the HSE to publish new guidance on roof inspections in 2024.",
      "Gross negligence manslaughter cases against company directors take an average of four years to reach trial.",
      "“Families are left in limbo while the evidence goes stale,” said Professor Alan Brierley, a health and safety lawyer.",
    ].join("\n"),
  },
  {
    input: "trial/5",
    externalId: "t5",
    source: "Manchester Evening Chronicle",
    url: "https://manchesterchronicle.example/news/pollard-trial-delayed-again",
    publishedAt: "2027-04-09T15:00:00Z",
    title: "Warehouse deaths trial delayed again after judge falls ill",
    originalText: [
      "By Sian Whitworth, Courts Reporter",
      "The trial of Gareth Pollard, which was due to start on Monday, has been put back to April 26 because the judge is ill.",
      "Judge Marsh was taken to hospital on Wednesday evening, the court was told.",
      "Another judge, Judge Peter Oduya, will hear the case if she has not recovered by then.",
      "“We are devastated, but we will be there on the 26th,” said Ewa Nowak, whose son Kamil was killed on 14 June 2023.",
    ].join("\n"),
  },
  {
    input: "trial/6",
    externalId: "t6",
    source: "Northern Press Agency",
    url: "https://northernpress.example/courts/pollard-trial-opens",
    publishedAt: "2027-04-27T07:00:00Z",
    title: "Warehouse boss ignored roof warnings, jury told",
    originalText: [
      "The trial of warehouse boss Gareth Pollard finally opened at Manchester Crown Court yesterday, seven weeks after it was first adjourned.",
      "Opening the case, prosecutor Simon Reade KC told jurors that Pollard had ignored warnings about the roof in 2021 and 2022.",
      "Earlier this year, the two families wrote to the Attorney General to complain about the delays.",
      "The trial is expected to last six weeks.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function trialAdjournmentArticles(): Article[] {
  return linkNearDuplicates(TRIAL_ADJOURNMENT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline23 (2026-12-06), before running any code on them. "On
 * Friday" in a Monday paper is the Friday before; "last night" at 00:30 UTC on a Tuesday is Monday
 * night; "was due to start on Monday" in a Friday paper is the Monday to come, not the one before;
 * "next month" in March is April; "Earlier this year" in April is this year's. A plan is told at its
 * day; a review "within 48 hours" may be dated the day it was said or by its deadline.
 */
export const TRIAL_ADJOURNMENT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The families have waited since June 2023 for answers", speaker: "Ruth Ellery" },
    { text: "a failure of basic disclosure", speaker: "Helen Marsh", partial: true },
    { text: "treated as an afterthought", speaker: "Leanne Cole", partial: true },
    { text: "Families are left in limbo while the evidence goes stale", speaker: "Alan Brierley" },
    { text: "We are devastated, but we will be there on the 26th", speaker: "Ewa Nowak" },
  ],
  timeline: [
    { text: "was adjourned on Monday after his lawyers said", dates: ["2027-03-08"] },
    { text: "Lawyers for Pollard had asked on Friday for more time", dates: ["2027-03-05"] },
    { text: "Judge Helen Marsh said the trial would now begin on April 12", dates: ["2027-04-12"] },
    {
      text: "The Crown Prosecution Service said last night it would review within 48 hours",
      dates: ["2027-03-08", "2027-03-09", "2027-03-10"],
    },
    { text: "At a hearing on Friday, the CPS admitted", dates: ["2027-03-12"] },
    { text: "A new jury will be sworn in next month", dates: ["2027-04"] },
    { text: "which was due to start on Monday, has been put back to April 26", dates: ["2027-04-09", "2027-04-26"] },
    { text: "Judge Marsh was taken to hospital on Wednesday evening", dates: ["2027-04-07"] },
    { text: "finally opened at Manchester Crown Court yesterday", dates: ["2027-04-26"] },
    { text: "Earlier this year, the two families wrote to the Attorney General", dates: ["2027"] },
  ],
  neverDated: [
    // A date in a quote, a previous event's date in a relative clause, background years in sentences about the news.
    { text: "The families have waited since June 2023 for answers", date: "2023-06" },
    { text: "denies two counts of gross negligence manslaughter", date: "2023-06-14", exact: true },
    { text: "which had been inspected on 2 May 2023", date: "2023-05-02", exact: true },
    { text: "has been delayed since 2024 by a shortage of judges", date: "2024" },
    { text: "the CPS admitted that the documents had been in its possession", date: "2026-10" },
    { text: "We are devastated, but we will be there on the 26th", date: "2023-06-14", exact: true },
    { text: "told jurors that Pollard had ignored warnings", date: "2021" },
    { text: "told jurors that Pollard had ignored warnings", date: "2022" },
    // "The day before" is Sunday's, not the Monday's adjournment's; the Friday is the one before, not after.
    { text: "Lawyers for Pollard had asked on Friday for more time", date: "2027-03-12", exact: true },
    // "was due to start on Monday" in a Friday paper is the coming Monday, never the past one.
    { text: "which was due to start on Monday, has been put back", date: "2027-04-05", exact: true },
    { text: "Earlier this year, the two families wrote", date: "2026" },
  ],
  disagreements: [],
  notDisagreements: [
    // Ages, pages, workers killed over years, weeks late and weeks long.
    ["29", "41"],
    ["54", "41"],
    ["11", "two"],
    ["five", "seven"],
    ["seven", "six"],
  ],
  corroboration: [{ text: "The trial is expected to last six weeks", outlets: 1 }],
  headline: ["opened", "jury told", "told jurors"],
  order: [
    "Lawyers for Pollard had asked on Friday for more time",
    "was adjourned on Monday after his lawyers said",
    "At a hearing on Friday, the CPS admitted",
    "Judge Marsh was taken to hospital on Wednesday evening",
    "finally opened at Manchester Crown Court yesterday",
  ],
};
