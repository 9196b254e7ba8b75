import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of stale statements by stale18 (2026-12-06, texts and
 * expectations written before running any code on them): five articles from four outlets on the
 * sentencing of a financial adviser convicted of defrauding pensioners, Monday 12 to Friday 16
 * November 2029. Prosecutors ask for nine years and the defence for a suspended sentence; the judge
 * is expected to sentence on Thursday and gives the defence until Wednesday for medical reports; the
 * adviser remains on bail. On Thursday he is jailed for seven years. What stays: the conviction and
 * its day, the 46 pensioners and the £2.3 million, a confiscation hearing still to come, a sentence
 * "two years shorter than the nine years prosecutors had sought" (the demand told with the outcome),
 * the prosecution service weighing an appeal. Test support only.
 * First run, before any fix: quotes 3/3, timeline 3/3, no disagreement or trap, headline right, summary
 * 1/1 wanted and 1 unwanted ("Prosecutors asked for a nine-year sentence" beside the sentence at 120
 * words), superseded pairs kept apart 7/8, current statements kept 7/7.
 */
const PENSION_FRAUD_SENTENCING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "pension-fraud/1",
    externalId: "pf1",
    source: "Teesside Gazette",
    url: "https://teessidegazette.example/news/crime/tolley-prosecutors-nine-years",
    publishedAt: "2029-11-12T17:30:00Z",
    title: "Prosecutors ask for nine years for pensions adviser Graham Tolley",
    originalText: [
      "Prosecutors asked for a nine-year sentence for Graham Tolley, the financial adviser convicted last month of defrauding 46 pensioners of £2.3 million, at Teesside Crown Court on Monday.",
      "“He targeted people who trusted him with everything they had,” said prosecutor Daniel Okafor.",
      "Judge Helen Marsden is expected to pass sentence on Thursday.",
      "Tolley, 58, of Yarm, remains on bail until then.",
    ].join("\n"),
  },
  {
    input: "pension-fraud/2",
    externalId: "pf2",
    source: "National News Agency",
    url: "https://nna.example/uk/courts/pensions-adviser-seeks-suspended-sentence",
    publishedAt: "2029-11-13T11:00:00Z",
    title: "Pensions adviser's lawyers seek suspended sentence",
    originalText: [
      "Lawyers for Graham Tolley have asked the court for a suspended sentence, citing his heart condition.",
      "Prosecutors are seeking a nine-year prison term.",
      "The judge gave the defence until Wednesday to submit medical reports.",
      "Tolley was convicted on 18 October after a five-week trial.",
      "The maximum sentence for fraud by abuse of position is ten years.",
    ].join("\n"),
  },
  {
    input: "pension-fraud/3",
    externalId: "pf3",
    source: "Teesside Gazette",
    url: "https://teessidegazette.example/news/crime/tolley-jailed-seven-years",
    publishedAt: "2029-11-15T15:00:00Z",
    title: "Graham Tolley jailed for seven years for pensions fraud",
    originalText: [
      "Graham Tolley was jailed for seven years at Teesside Crown Court on Thursday for defrauding 46 pensioners of £2.3 million.",
      "“You abused the trust of people who had worked all their lives,” Judge Helen Marsden told him.",
      "The judge said she had read medical reports submitted by the defence on Wednesday but that his condition could be treated in prison.",
      "A confiscation hearing is set for 14 February.",
    ].join("\n"),
  },
  {
    input: "pension-fraud/4",
    externalId: "pf4",
    source: "Tees Valley Radio",
    url: "https://teesvalleyradio.example/news/victims-say-tolley-term-too-lenient",
    publishedAt: "2029-11-15T19:00:00Z",
    title: "Victims say Tolley's sentence is too lenient",
    originalText: [
      "Victims of the pensions adviser Graham Tolley said his seven-year sentence was too lenient.",
      "“Seven years is nothing against what he took from us,” said Margaret Hurst, 79, who lost £84,000.",
      "The Crown Prosecution Service said it would consider whether to refer the sentence to the Court of Appeal as unduly lenient.",
    ].join("\n"),
  },
  {
    input: "pension-fraud/5",
    externalId: "pf5",
    source: "The Daily Ledger",
    url: "https://dailyledger.example/uk/pensions-adviser-jailed",
    publishedAt: "2029-11-16T06:00:00Z",
    title: "Adviser who stole £2.3m from pensioners jailed",
    originalText: [
      "A financial adviser who stole £2.3 million from 46 pensioners has been sentenced to seven years in prison.",
      "The sentence was two years shorter than the nine years prosecutors had sought.",
      "Graham Tolley persuaded clients to move their savings into a property fund that did not exist, the trial heard.",
      "Most of the money has not been recovered.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function pensionFraudSentencingArticles(): Article[] {
  return linkNearDuplicates(PENSION_FRAUD_SENTENCING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by stale18 (2026-12-06), before running any code on them. No real
 * disagreement: nine years asked, seven given, ten the maximum.
 */
export const PENSION_FRAUD_SENTENCING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "He targeted people who trusted him with everything they had", speaker: "Daniel Okafor" },
    { text: "You abused the trust of people who had worked all their lives", speaker: "Helen Marsden" },
    { text: "Seven years is nothing against what he took from us", speaker: "Margaret Hurst" },
  ],
  timeline: [
    { text: "Prosecutors asked for a nine-year sentence", dates: ["2029-11-12"] },
    { text: "Tolley was convicted on 18 October", dates: ["2029-10-18"] },
    { text: "was jailed for seven years at Teesside Crown Court on Thursday", dates: ["2029-11-15"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    // Asked, given, the maximum; the shortfall.
    ["nine", "seven"],
    ["seven", "ten"],
    ["nine", "ten"],
    ["two", "seven"],
    // One victim's loss against the whole.
    ["£84,000", "£2.3 million"],
  ],
  corroboration: [{ text: "A confiscation hearing is set for 14 February", outlets: 1 }],
  headline: ["jailed", "sentenced to seven years"],
  summary: {
    holds: ["seven years"],
    never: [
      "Prosecutors asked for a nine-year sentence",
      "is expected to pass sentence on Thursday",
      "remains on bail",
    ],
  },
  supersession: {
    apart: [
      // Prosecutors' demand, then the sentence.
      ["Prosecutors asked for a nine-year sentence", "was jailed for seven years"],
      ["Prosecutors asked for a nine-year sentence", "has been sentenced to seven years in prison"],
      ["Prosecutors are seeking a nine-year prison term", "was jailed for seven years"],
      ["Prosecutors are seeking a nine-year prison term", "has been sentenced to seven years in prison"],
      // The defence's demand, then the sentence.
      ["have asked the court for a suspended sentence", "was jailed for seven years"],
      // A sentencing expected, then passed; bail until then, then prison.
      ["is expected to pass sentence on Thursday", "was jailed for seven years"],
      ["remains on bail until then", "was jailed for seven years"],
      // A deadline for reports, then the reports read.
      ["gave the defence until Wednesday to submit medical reports", "had read medical reports submitted"],
    ],
    current: [
      "Tolley was convicted on 18 October after a five-week trial",
      "The maximum sentence for fraud by abuse of position is ten years",
      "A confiscation hearing is set for 14 February",
      "two years shorter than the nine years prosecutors had sought",
      "would consider whether to refer the sentence to the Court of Appeal",
      "Most of the money has not been recovered",
      "persuaded clients to move their savings into a property fund",
    ],
  },
};
