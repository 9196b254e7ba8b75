import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * The lead's held-out batch H (session 25, 2026-12-06): texts and expectations written before any run, kept
 * outside the repository while they were unfitted and added here after (the rules its first run showed
 * missing were written from it, so it is fitted now).
 * A British airline goes into administration, stranding passengers abroad, November 2037 (Monday 2
 * to Monday 9).
 */
const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ac/1",
    externalId: "a1",
    source: "City Desk",
    url: "https://citydesk.example/companies/aurelia-airways-administration",
    publishedAt: "2037-11-02T07:30:00Z",
    title: "Aurelia Airways collapses, stranding passengers abroad",
    originalText: [
      "Aurelia Airways has gone into administration, cancelling all flights and leaving about 40,000 passengers stranded overseas.",
      "The airline, which employs 2,800 staff, had been seeking a buyer since the summer.",
      "Talks with a Gulf investor over a £120m rescue collapsed on Sunday.",
      "Transport Secretary Helen Varga said: “Our priority is to bring every passenger home.”",
      "Aurelia was founded in 2009 and flew to 45 destinations.",
    ].join("\n"),
  },
  {
    input: "ac/2",
    externalId: "a2",
    source: "Westbridge News",
    url: "https://westbridgenews.example/news/uk/aurelia-repatriation-jets",
    publishedAt: "2037-11-02T19:00:00Z",
    title: "Government charters jets to fly home Aurelia passengers",
    originalText: [
      "The Civil Aviation Authority has chartered 30 aircraft to bring home stranded Aurelia Airways passengers over the next two weeks.",
      "The CAA said 35,000 Aurelia passengers were abroad when the airline collapsed.",
      "About 3,000 jobs have been lost.",
      "Administrators from Hollis Grant were appointed early on Monday.",
      "‘I’ve been told to wait at the airport with two children and no information,’ said Priya Nair, who was due to fly home from Malaga on Monday.",
    ].join("\n"),
  },
  {
    input: "ac/3",
    externalId: "a3",
    source: "Travel Wire Daily",
    url: "https://travelwiredaily.example/airlines/aurelia-first-repatriation-flights",
    publishedAt: "2037-11-03T21:00:00Z",
    title: "Aurelia collapse: first repatriation flights land",
    originalText: [
      "The first 14 repatriation flights landed in Britain on Tuesday, carrying about 3,100 passengers.",
      "The CAA has hired 26 planes for the operation.",
      "Aurelia's fleet of 34 Airbus jets is leased, administrators said.",
      "According to Jonathan Hollis, the lead administrator, “There is genuine interest in parts of the business, including its landing slots.”",
    ].join("\n"),
  },
  {
    input: "ac/4",
    externalId: "a4",
    source: "City Desk",
    url: "https://citydesk.example/companies/rivals-circle-aurelia-slots",
    publishedAt: "2037-11-05T08:00:00Z",
    title: "Rivals circle Aurelia's Gatwick slots",
    originalText: [
      "Three airlines have made offers for Aurelia's take-off and landing slots at Gatwick, administrators said yesterday.",
      "The slots are valued at between £60m and £80m.",
      "Aurelia's 38 aircraft are being returned to their lessors.",
      "Staff were told on Monday that they would not be paid for October.",
      "Unite said that the airline's workers had been “treated with contempt.”",
    ].join("\n"),
  },
  {
    input: "ac/5",
    externalId: "a5",
    source: "Westbridge News",
    url: "https://westbridgenews.example/news/uk/aurelia-repatriation-complete-slots-sold",
    publishedAt: "2037-11-09T17:00:00Z",
    title: "Last Aurelia passengers home as Gatwick slots are sold",
    originalText: [
      "The last of the stranded Aurelia Airways passengers arrived home on Sunday, the CAA said.",
      "In all, 33,800 people were flown home on 190 flights.",
      "Administrators said on Monday they had sold Aurelia's Gatwick slots to Solent Air for £72m.",
      "Solent Air said it would offer jobs to 600 former Aurelia staff.",
      "“We expect to make offers within a fortnight,” said Solent Air chief executive Mark Devlin.",
    ].join("\n"),
  },
];

export function airlineCollapseArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

export const AIRLINE_COLLAPSE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Our priority is to bring every passenger home", speaker: "Helen Varga" },
    { text: "I’ve been told to wait at the airport with two children and no information", speaker: "Priya Nair" },
    {
      text: "There is genuine interest in parts of the business, including its landing slots",
      speaker: "Jonathan Hollis",
    },
    { text: "treated with contempt", speaker: "Unite", partial: true },
    { text: "We expect to make offers within a fortnight", speaker: "Mark Devlin" },
  ],
  timeline: [
    { text: "Aurelia Airways has gone into administration", dates: ["2037-11-02"] },
    { text: "£120m rescue collapsed on Sunday", dates: ["2037-11-01"] },
    { text: "were appointed early on Monday", dates: ["2037-11-02"] },
    { text: "The first 14 repatriation flights landed in Britain on Tuesday", dates: ["2037-11-03"] },
    { text: "Three airlines have made offers", dates: ["2037-11-04"] },
    { text: "Staff were told on Monday", dates: ["2037-11-02"] },
    { text: "arrived home on Sunday", dates: ["2037-11-08"] },
    { text: "had sold Aurelia's Gatwick slots to Solent Air", dates: ["2037-11-09"] },
  ],
  neverDated: [{ text: "Aurelia was founded in 2009", date: "2037" }],
  disagreements: [
    { values: ["40,000", "35,000"], outlets: ["City Desk", "Westbridge News"] },
    { values: ["34", "38"], outlets: ["Travel Wire Daily", "City Desk"] },
    { values: ["30", "26"], outlets: ["Westbridge News", "Travel Wire Daily"] },
  ],
  notDisagreements: [
    ["40,000", "33,800"],
    ["35,000", "33,800"],
    ["2,800", "3,000"],
    ["14", "190"],
    ["3,100", "33,800"],
    ["60", "80"],
    ["72", "80"],
    ["72", "60"],
    ["120", "72"],
    ["600", "2,800"],
    ["600", "3,000"],
    ["45", "38"],
    ["45", "34"],
    ["2009", "2037"],
    ["30", "14"],
    ["26", "14"],
    ["30", "190"],
    ["26", "190"],
    ["Three", "14"],
  ],
  corroboration: [{ text: "had sold Aurelia's Gatwick slots to Solent Air", outlets: 1 }],
  headline: ["arrived home", "sold", "Solent", "home"],
  summary: { holds: ["arrived home"], never: [] },
  supersession: {
    apart: [
      ["leaving about 40,000 passengers stranded overseas", "arrived home on Sunday"],
      ["Three airlines have made offers", "had sold Aurelia's Gatwick slots to Solent Air"],
      ["The first 14 repatriation flights landed", "In all, 33,800 people were flown home"],
    ],
    current: [
      "Solent Air said it would offer jobs to 600 former Aurelia staff",
      "Aurelia's 38 aircraft are being returned",
    ],
  },
};
