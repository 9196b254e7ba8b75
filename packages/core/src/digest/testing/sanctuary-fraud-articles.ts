import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts29 (2026-12-06, texts and expectations before running any
 * code on them): five articles from four outlets on the jailing of Deborah Falk, the former chief
 * executive of an animal sanctuary charity, at Bristol Crown Court on Tuesday 6 February 2029, and the
 * days after. Real disagreements, each worded differently by each side: the money she took, under two
 * nouns for it ("spent £640,000 of donors' money" against "misused more than £850,000 of the
 * sanctuary's funds"); how long the police investigated, a count as an adjective against a plain
 * duration ("a 15-month police investigation" against "spent 22 months investigating"); and the staff
 * who lost their jobs, a range against a hedged figure ("Between 30 and 40 staff lost their jobs"
 * against "Nearly 60 staff were made redundant"). Traps: two of the charity's five centres closed (part
 * of the whole); the confiscation sum prosecutors sought against the one the judge ordered; the
 * trustees' demand against Falk's offer; animals cared for now against before; counts admitted against
 * charges dropped against her husband; counts about forged invoices among those admitted; ages; a fall
 * in donations in per cent. Test support only.
 */
const SANCTUARY_FRAUD_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "sanctuary-fraud/1",
    externalId: "f1",
    source: "UK News Agency",
    url: "https://uknewsagency.example/courts/fernhill-sanctuary-falk-jailed",
    publishedAt: "2029-02-06T14:00:00Z",
    title: "Animal sanctuary boss jailed for defrauding charity",
    originalText: [
      "The former chief executive of the Fernhill Animal Sanctuary, Deborah Falk, was jailed for five years and four months at Bristol Crown Court on Tuesday for defrauding the charity.",
      "Falk, 54, spent £640,000 of donors' money on holidays, a horse and her home over six years, the court heard.",
      "She admitted 11 counts of fraud and false accounting in October, after a 15-month police investigation.",
      "The charity was forced to close two of its five rescue centres.",
      "“You treated this charity as your own bank account,” Judge Miriam Oakes told her.",
    ].join("\n"),
  },
  {
    input: "sanctuary-fraud/2",
    externalId: "f2",
    source: "Western Evening Post",
    url: "https://westerneveningpost.example/news/falk-sentenced-fernhill",
    publishedAt: "2029-02-06T19:00:00Z",
    title: "Fernhill fraudster jailed as judge orders her to repay £250,000",
    originalText: [
      "Falk misused more than £850,000 of the sanctuary's funds between 2021 and 2027, prosecutors told the court.",
      "Prosecutors had asked for a confiscation order of £600,000.",
      "Judge Oakes ordered her to pay back £250,000 within three months or serve a further two years.",
      "“Every pound she took was meant for an animal in need,” said Hannah Voss, who volunteered at Fernhill for a decade.",
    ].join("\n"),
  },
  {
    input: "sanctuary-fraud/3",
    externalId: "f3",
    source: "Charity Times Online",
    url: "https://charitytimesonline.example/governance/fernhill-after-falk",
    publishedAt: "2029-02-07T09:00:00Z",
    title: "Fernhill counts the cost of its chief executive's fraud",
    originalText: [
      "Avon and Somerset Police spent 22 months investigating the case before Falk was charged.",
      "Between 30 and 40 staff lost their jobs when the two centres closed.",
      "Donations to Fernhill fell by 35 per cent in the year after the fraud came to light.",
      "Fernhill now cares for about 300 animals, down from 1,200 before the fraud was uncovered.",
      "The Charity Commission said on Wednesday it had opened inquiries into two other charities linked to Falk.",
    ].join("\n"),
  },
  {
    input: "sanctuary-fraud/4",
    externalId: "f4",
    source: "West Country Radio",
    url: "https://westcountryradio.example/news/fernhill-redundancies",
    publishedAt: "2029-02-08T08:00:00Z",
    title: "Fernhill staff 'paid the price' for fraud",
    originalText: [
      "Nearly 60 staff were made redundant when the two centres shut, according to the union Unison.",
      "The sanctuary's trustees have demanded that Falk repay £1 million.",
      "Falk has offered £120,000 from the sale of her house, her solicitor said.",
      "“We are rebuilding, one donor at a time,” said the sanctuary's new chair, Colin Ashdown.",
    ].join("\n"),
  },
  {
    input: "sanctuary-fraud/5",
    externalId: "f5",
    source: "Western Evening Post",
    url: "https://westerneveningpost.example/news/falk-husband-charges",
    publishedAt: "2029-02-09T07:00:00Z",
    title: "Falk's husband cleared of laundering charges",
    originalText: [
      "Falk's husband, Graham Falk, 57, had two charges of money laundering against him dropped in November.",
      "Three of the 11 counts she admitted related to forged invoices.",
      "A confiscation hearing has been set for May 14.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function sanctuaryFraudArticles(): Article[] {
  return linkNearDuplicates(SANCTUARY_FRAUD_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts29 (2026-12-06), before running any code on them. "On Tuesday"
 * in a Tuesday report is that day; "on Wednesday" in a Wednesday paper that day; "in October" and "in
 * November" in February are last year's (2028); "May 14" is ahead (2029).
 */
export const SANCTUARY_FRAUD_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "You treated this charity as your own bank account", speaker: "Miriam Oakes" },
    { text: "Every pound she took was meant for an animal in need", speaker: "Hannah Voss" },
    { text: "We are rebuilding, one donor at a time", speaker: "Colin Ashdown" },
  ],
  timeline: [
    { text: "was jailed for five years and four months at Bristol Crown Court on Tuesday", dates: ["2029-02-06"] },
    { text: "She admitted 11 counts of fraud and false accounting in October", dates: ["2028-10"] },
    { text: "had two charges of money laundering against him dropped in November", dates: ["2028-11"] },
    { text: "A confiscation hearing has been set for May 14", dates: ["2029-05-14"] },
  ],
  neverDated: [
    { text: "She admitted 11 counts of fraud and false accounting in October", date: "2029-10" },
    { text: "A confiscation hearing has been set for May 14", date: "2028-05-14" },
  ],
  disagreements: [
    // The money she took, under two nouns for it.
    { values: ["640,000", "850,000"], outlets: ["UK News Agency", "Western Evening Post"] },
    // How long the police investigated: a count as an adjective against a plain duration.
    { values: ["15", "22"], outlets: ["UK News Agency", "Charity Times Online"] },
    // Staff who lost their jobs: a range against a hedged figure.
    { values: ["40", "60"], outlets: ["Charity Times Online", "West Country Radio"] },
  ],
  notDisagreements: [
    // Two of five centres closed.
    ["two", "five"],
    // Confiscation sought against ordered, and against the money taken.
    ["600,000", "250,000"],
    ["600,000", "640,000"],
    ["600,000", "850,000"],
    ["250,000", "640,000"],
    // The trustees' demand against Falk's offer.
    ["1 million", "120,000"],
    // Animals now against before.
    ["300", "1,200"],
    // Counts admitted against charges dropped against her husband; forged-invoice counts among them.
    ["two", "11"],
    ["Three", "11"],
    // Ages; the fall in donations against staff.
    ["54", "57"],
    ["35", "40"],
    ["35", "60"],
  ],
  corroboration: [{ text: "Nearly 60 staff were made redundant", outlets: 1 }],
  order: [
    "She admitted 11 counts of fraud and false accounting in October",
    "was jailed for five years and four months at Bristol Crown Court on Tuesday",
    "A confiscation hearing has been set for May 14",
  ],
};
