import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * The lead's held-out batch I (session 25, 2026-12-06): texts and expectations written before any run, kept
 * outside the repository while they were unfitted and added here in session 26 (2026-12-07), after rules
 * were written from its misses (so it is fitted now).
 * A British bank's systems fail for a day, June 2038 (Monday 7 to Monday 14).
 */
const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "bo/1",
    externalId: "b1",
    source: "Capital Evening",
    url: "https://capitalevening.example/business/northway-bank-outage",
    publishedAt: "2038-06-07T17:00:00Z",
    title: "Millions locked out as Northway Bank systems fail",
    originalText: [
      "Millions of Northway Bank customers were unable to use cards, the app or online banking for most of Monday after a systems failure.",
      "The bank, which has 11 million customers, said the fault began at about 6am.",
      "“We are deeply sorry and are working flat out to fix it,” a spokesperson said.",
      "Downdetector recorded more than 90,000 reports of problems by noon.",
    ].join("\n"),
  },
  {
    input: "bo/2",
    externalId: "b2",
    source: "Money Ledger",
    url: "https://moneyledger.example/banking/northway-services-restored",
    publishedAt: "2038-06-08T08:00:00Z",
    title: "Northway restores services after 14-hour outage",
    originalText: [
      "Northway Bank said services were fully restored at 8pm yesterday, 14 hours after the fault began.",
      "Chief executive Julia Stein said: “This should not have happened and we will put it right.”",
      "The bank said customers who lost money because of the outage would be compensated.",
      "It was Northway's third major outage since 2036.",
    ].join("\n"),
  },
  {
    input: "bo/3",
    externalId: "b3",
    source: "Consumer Watch",
    url: "https://consumerwatch.example/news/northway-card-payments-declined",
    publishedAt: "2038-06-08T15:00:00Z",
    title: "Northway outage hit 2.4 million card payments",
    originalText: [
      "About 2.4 million card payments were declined during the outage, according to payments firm ClearPay.",
      "Northway's 12.5 million customers will receive an email explaining how to claim.",
      "Consumer champion Martin Lewisham said: “Anyone left out of pocket should claim, and keep receipts.”",
    ].join("\n"),
  },
  {
    input: "bo/4",
    externalId: "b4",
    source: "Financial Post UK",
    url: "https://financialpost.example/uk/northway-software-update-blamed",
    publishedAt: "2038-06-10T09:00:00Z",
    title: "Northway blames software update for outage; regulator steps in",
    originalText: [
      "Northway said on Wednesday that a faulty software update installed overnight on Sunday caused the outage.",
      "The 12-hour outage left customers unable to pay for shopping and fuel.",
      "Northway said 1.9 million card payments failed on Monday.",
      "The Financial Conduct Authority has asked the bank for a full report within 28 days.",
      "Northway has set aside £15m to compensate customers.",
      "Between 2036 and 2037, banks reported 158 major IT incidents to the regulator.",
    ].join("\n"),
  },
  {
    input: "bo/5",
    externalId: "b5",
    source: "Capital Evening",
    url: "https://capitalevening.example/business/northway-it-chief-quits",
    publishedAt: "2038-06-14T17:00:00Z",
    title: "Northway IT chief quits after outage",
    originalText: [
      "Northway Bank's chief technology officer, Daniel Okoro, has resigned, the bank announced on Monday.",
      "The bank has now raised the amount set aside for compensation to £22m.",
      "It has received 48,000 compensation claims so far.",
      "Julia Stein said Mr Okoro had “taken responsibility, as leaders should.”",
      "Northway's shares have fallen 9% since the outage.",
    ].join("\n"),
  },
];

export function bankOutageArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

export const BANK_OUTAGE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are deeply sorry and are working flat out to fix it", speaker: "a spokesperson" },
    { text: "This should not have happened and we will put it right", speaker: "Julia Stein" },
    { text: "Anyone left out of pocket should claim, and keep receipts", speaker: "Martin Lewisham" },
    { text: "taken responsibility, as leaders should", speaker: "Julia Stein", partial: true },
  ],
  timeline: [
    { text: "were unable to use cards, the app or online banking for most of Monday", dates: ["2038-06-07"] },
    { text: "services were fully restored at 8pm yesterday", dates: ["2038-06-07"] },
    { text: "said on Wednesday that a faulty software update", dates: ["2038-06-09", "2038-06-06", "2038-06-07"] },
    { text: "1.9 million card payments failed on Monday", dates: ["2038-06-07"] },
    { text: "has resigned, the bank announced on Monday", dates: ["2038-06-14"] },
  ],
  neverDated: [{ text: "It was Northway's third major outage since 2036", date: "2036" }],
  disagreements: [
    { values: ["11", "12.5"], outlets: ["Capital Evening", "Consumer Watch"] },
    { values: ["2.4", "1.9"], outlets: ["Consumer Watch", "Financial Post UK"] },
    { values: ["14", "12"], outlets: ["Money Ledger", "Financial Post UK"] },
  ],
  notDisagreements: [
    ["15", "22"],
    ["90,000", "48,000"],
    ["158", "48,000"],
    ["14", "28"],
    ["12", "28"],
    ["9", "11"],
    ["9", "12.5"],
    ["third", "14"],
    ["90,000", "2.4"],
    ["90,000", "1.9"],
  ],
  corroboration: [{ text: "has resigned, the bank announced on Monday", outlets: 1 }],
  headline: ["resigned", "quits", "22"],
  summary: { holds: ["resigned"], never: [] },
  supersession: {
    apart: [["has set aside £15m to compensate customers", "raised the amount set aside for compensation to £22m"]],
    current: ["has asked the bank for a full report", "It has received 48,000 compensation claims"],
  },
};
