import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts8, 2026-12-04, before its author read the
 * facts code): six articles from five outlets about a drug for early Alzheimer's disease, from an
 * advisory panel's vote to its approval (Monday 8 to Thursday 11 March 2027). Traps: one real
 * disagreement (the share of trial patients on the drug with brain swelling: 12.6 percent by the
 * company in one outlet, 14.1 percent in the regulator's documents in another), the placebo's share
 * beside it, a slowing of decline in percent, a vote of 9 to 2, deaths on the drug and on placebo, an
 * analysts' yearly price and the set monthly price, an age range, a share price rise, 14 countries
 * beside 14.1 percent, a deadline "by March 26", a background year; a trade site that writes straight
 * double quotes throughout, "said Corvane chief executive Paul Deverell" then "Deverell said that the
 * company would "…"", a partial quote after "said the drug's effect was", a quote inside a quote, a
 * placard, "According to Baptiste, “…”" with the full name only in another article, a professor's
 * quote over two paragraphs, "the professor said" with straight single quotes, an unnamed regulator's
 * spokeswoman, "says our medical adviser, Dr. Leila Haddad" in an undated charity page, and a trade
 * story syndicated by an evening paper. Test support only.
 */
const DRUG_APPROVAL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "drug/1",
    externalId: "pharma-ledger-1",
    source: "Pharma Ledger",
    url: "https://pharmaledger.example/2027/03/08/lunaramab-panel-vote",
    publishedAt: "2027-03-08T21:00:00Z",
    title: "Advisory panel backs Corvane's Alzheimer's drug lunaramab by 9 votes to 2",
    originalText: [
      "An advisory panel to the National Medicines Regulator voted 9 to 2 on Monday that the benefits of Corvane Therapeutics' Alzheimer's drug lunaramab outweigh its risks.",
      "The regulator is not bound by the panel's advice but usually follows it, and its decision is due by March 26.",
      "In Corvane's trial of 1,840 patients with early Alzheimer's disease, lunaramab slowed the decline in memory and thinking by 27 percent over 18 months compared with a placebo.",
      "Brain swelling was seen on scans in 12.6 percent of the patients who received the drug, against 1.7 percent of those on the placebo, Corvane said.",
      '"This is the first time a panel has looked at a drug of this kind and said yes without a fight," said Corvane chief executive Paul Deverell.',
      'Dr. Tom Baptiste, a neurologist at Eastbrook University who voted against, said the drug\'s effect was "smaller than the difference most families would notice."',
      "Corvane's first drug of the same kind failed in a large trial in 2021.",
    ].join("\n\n"),
  },
  {
    input: "drug/2",
    externalId: "daily-courier-1",
    source: "The Daily Courier",
    url: "https://dailycourier.example/health/alzheimers-drug-panel-brain-swelling",
    publishedAt: "2027-03-09T06:00:00Z",
    title: "Alzheimer's drug wins panel's backing despite brain swelling risk",
    originalText: [
      "A drug that slows Alzheimer's disease moved a step closer to approval on Monday when an advisory panel voted in its favour.",
      "In the trial, lunaramab slowed the decline in memory and thinking by 27 percent over 18 months, compared with a placebo.",
      "Briefing documents published by the regulator show brain swelling in 14.1 percent of the trial patients given lunaramab.",
      "Three patients who received the drug died during the trial, against one on the placebo, though the regulator's reviewers did not link the deaths to the drug.",
      "Rosa Mendel, who chairs the Alzheimer's Families Alliance, said: “When my mother's neurologist told us ‘there is nothing more we can do,’ it was the worst day of our lives. This drug means another family might hear something different.”",
      "Outside the meeting, campaigners held placards that said “Time is memory”.",
      "According to Baptiste, “We are asking patients to accept a real risk for a benefit they may not feel.”",
      "Analysts at Harwick Securities expect a list price of about $26,500 a year.",
    ].join("\n\n"),
  },
  {
    input: "drug/3",
    externalId: "healthbeat-1",
    source: "HealthBeat",
    url: "https://healthbeat.example/news/lindqvist-defends-lunaramab",
    publishedAt: "2027-03-10T16:00:00Z",
    title: "Trial leader defends lunaramab results: 'not a cure'",
    originalText: [
      "Professor Hanna Lindqvist, who led the lunaramab trial at 212 hospitals in 14 countries, defended its results on Wednesday after critics questioned the size of the benefit.",
      "“Twenty-seven percent is not a cure, and none of us has ever called it one,” Lindqvist said in an interview. “But for a patient in the early stage, it can mean months more of recognising their grandchildren.",
      "“That is what we measured, and that is what we found.”",
      "She said most cases of brain swelling in the trial were mild and cleared within weeks.",
      "The professor said she had no financial ties to Corvane, which paid for the trial.",
      "'I would prescribe it to my own mother,' the professor said.",
    ].join("\n\n"),
  },
  {
    input: "drug/4",
    externalId: "families-alliance-1",
    source: "Alzheimer's Families Alliance",
    url: "https://familiesalliance.example/news/lunaramab-what-it-means",
    title: "What the approval of lunaramab means for you",
    originalText: [
      "Lunaramab is now approved for people aged 50 to 85 in the early stage of Alzheimer's disease.",
      "It is not suitable for everyone: about one in eight patients in the trial had brain swelling, most of it mild.",
      "“Talk to your doctor before you get your hopes up,” says our medical adviser, Dr. Leila Haddad.",
      "Haddad says the first infusions are expected in April.",
    ].join("\n\n"),
  },
  {
    input: "drug/5",
    externalId: "pharma-ledger-2",
    source: "Pharma Ledger",
    url: "https://pharmaledger.example/2027/03/11/lunaramab-approved",
    publishedAt: "2027-03-11T20:00:00Z",
    title: "Regulator approves lunaramab for early Alzheimer's disease",
    originalText: [
      "The National Medicines Regulator approved lunaramab on Thursday for adults aged 50 to 85 with early Alzheimer's disease, two weeks before its deadline.",
      "Patients will need a brain scan before treatment and three more in the first six months to check for swelling.",
      "A spokeswoman for the regulator said the approval required Corvane to keep a registry of treated patients for five years.",
      '"We looked hard at the safety data, and we have put strict conditions on its use," the spokeswoman said.',
      "Corvane set the list price at $2,200 a month and said the first infusions would be given in April.",
      'Deverell said that the company would "make sure no patient is turned away because of cost."',
      "Shares in Corvane rose 18 percent on Thursday.",
      '"Today belongs to the families who waited." — Paul Deverell, Corvane\'s chief executive',
    ].join("\n\n"),
  },
  {
    input: "drug/6",
    externalId: "riverside-evening-1",
    source: "Riverside Evening News",
    url: "https://riversideevening.example/health/regulator-approves-lunaramab",
    publishedAt: "2027-03-11T23:00:00Z",
    title: "Regulator approves Alzheimer's drug lunaramab",
    originalText: [
      "The National Medicines Regulator approved lunaramab on Thursday for adults aged 50 to 85 with early Alzheimer's disease, two weeks before its deadline, Pharma Ledger reported.",
      "Patients will need a brain scan before treatment and three more in the first six months to check for swelling.",
      "A spokeswoman for the regulator said the approval required Corvane to keep a registry of treated patients for five years.",
      '"We looked hard at the safety data, and we have put strict conditions on its use," the spokeswoman said.',
      "Corvane set the list price at $2,200 a month and said the first infusions would be given in April.",
      "Shares in Corvane rose 18 percent on Thursday.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function drugApprovalArticles(): Article[] {
  return linkNearDuplicates(DRUG_APPROVAL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const DRUG_APPROVAL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This is the first time a panel has looked at a drug of this kind", speaker: "Paul Deverell" },
    { text: "smaller than the difference most families would notice", speaker: "Tom Baptiste", partial: true },
    { text: "When my mother's neurologist told us", speaker: "Rosa Mendel" },
    // A placard's words: nobody's quotation, and not the woman quoted before.
    { text: "Time is memory", speaker: null },
    { text: "We are asking patients to accept a real risk", speaker: "Tom Baptiste" },
    { text: "Twenty-seven percent is not a cure", speaker: "Hanna Lindqvist" },
    { text: "But for a patient in the early stage", speaker: "Hanna Lindqvist" },
    { text: "That is what we measured", speaker: "Hanna Lindqvist" },
    { text: "I would prescribe it to my own mother", speaker: "Hanna Lindqvist" },
    { text: "Talk to your doctor before you get your hopes up", speaker: "Leila Haddad" },
    { text: "We looked hard at the safety data", speaker: "a spokeswoman" },
    { text: "make sure no patient is turned away because of cost", speaker: "Paul Deverell", partial: true },
    { text: "Today belongs to the families who waited", speaker: "Paul Deverell" },
  ],
  timeline: [
    { text: "An advisory panel to the National Medicines Regulator voted 9 to 2 on Monday", dates: ["2027-03-08"] },
    { text: "its decision is due by March 26", dates: ["2027-03-26", "2027-03-08"] },
    { text: "moved a step closer to approval on Monday", dates: ["2027-03-08"] },
    { text: "defended its results on Wednesday", dates: ["2027-03-10"] },
    { text: "The National Medicines Regulator approved lunaramab on Thursday", dates: ["2027-03-11"] },
    { text: "Shares in Corvane rose 18 percent on Thursday", dates: ["2027-03-11"] },
    { text: "the first infusions would be given in April", dates: ["2027-03-11", "2027-04"] },
    { text: "Haddad says the first infusions are expected in April", dates: [null, "2027-04"] },
  ],
  neverDated: [
    { text: "failed in a large trial in 2021", date: "2021" },
    { text: "its decision is due by March 26", date: "2026-03-26", exact: true },
    { text: "Haddad says the first infusions are expected in April", date: "2026-04" },
  ],
  disagreements: [{ values: ["12.6", "14.1"], outlets: ["Pharma Ledger", "The Daily Courier"] }],
  notDisagreements: [
    ["12.6", "1.7"],
    ["14.1", "1.7"],
    ["27", "12.6"],
    ["27", "14.1"],
    ["9", "2"],
    ["26,500", "2,200"],
    ["50", "85"],
    ["18", "27"],
    ["18", "12.6"],
    ["212", "14"],
    ["14", "14.1"],
    ["1,840", "212"],
  ],
  corroboration: [
    // Written first as 2 (the Courier gives the same result); but the sentence also gives the
    // trial's size, 1,840 patients, which only the trade story states: one outlet for the whole claim.
    { text: "lunaramab slowed the decline in memory and thinking by 27 percent over 18 months compared", outlets: 1 },
    // The trade story and its syndicated copy are one outlet.
    { text: "Shares in Corvane rose 18 percent on Thursday", outlets: 1 },
    // Written first as 2 (the charity's page says the drug is now approved for the same ages); but
    // the sentence also names the regulator, the day and "two weeks before its deadline", which the
    // page does not: one outlet (the syndicated copy is the same one).
    { text: "The National Medicines Regulator approved lunaramab on Thursday for adults aged 50 to 85", outlets: 1 },
  ],
};
