import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";

/**
 * A fourth story written for the facts tests, a corporate negotiation: six articles from five
 * outlets about a takeover bid (Tuesday 17 to Saturday 28 November 2026). Its traps: a proposal,
 * its rejection, then a higher offer and the board's recommendation (the older statements must not
 * stand in the summary beside the newer ones); a demand phrased with the word "offer" ("would only
 * consider an offer of at least 720 pence") against the offers of 640 and then 700 pence (not
 * disagreements: a demand, an offer, a later offer); one real disagreement (two outlets give
 * Monday's rise in Kestrel's shares as 18 and 21 percent); a near-rewrite of one article by another
 * outlet; one undated analysis; background years ("founded in 1994", "since 2020"), "last week",
 * a date ahead ("on Dec. 18"), and quotes in every attribution style with a title ("the
 * chairwoman"), a surname and a pronoun standing for a full name, and two partial quotes in one
 * sentence. Test support only.
 */
const TAKEOVER_BID_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "takeover/1",
    externalId: "financial-courier-1",
    source: "Financial Courier",
    url: "https://financialcourier.example/companies/arden-bids-for-kestrel",
    publishedAt: "2026-11-17T07:00:00Z",
    title: "Arden Rail bids 640p a share for Kestrel Freight",
    originalText: [
      "Arden Rail offered 640 pence a share for Kestrel Freight on Monday, valuing the freight operator at about 2.1 billion pounds.",
      "Kestrel's board rejected the proposal within hours, saying it 'significantly undervalues' the company.",
      "Kestrel chairwoman Alison Marsh said the board would only consider an offer of at least 720 pence a share.",
      "“We are not for sale at this price,” Marsh said.",
      "Arden, which was founded in 1994 as a single branch line, has made three acquisitions since 2020.",
      "Shares in Kestrel rose 18 percent on Monday, closing at 610 pence.",
    ].join("\n\n"),
  },
  {
    input: "takeover/2",
    externalId: "market-wire-1",
    source: "Market Wire",
    url: "https://marketwire.example/2026/11/18/arden-kestrel-no-bidding-war",
    publishedAt: "2026-11-18T12:00:00Z",
    title: "Arden says it will not be drawn into a bidding war for Kestrel",
    originalText: [
      "Kestrel Freight's shares jumped 21 percent on Monday after Arden Rail made its approach.",
      "Arden chief executive Graham Oduya said on Tuesday that the offer was full and fair.",
      '"We will not be drawn into a bidding war," said Oduya.',
      "Oduya told analysts that holders of 12 percent of Kestrel's shares had already backed the offer.",
      "According to the Freight Workers Union, 900 jobs would be at risk if the deal went through.",
      "Kestrel employs 4,300 people, most of them at depots in Felling and Ravensmoor.",
    ].join("\n\n"),
  },
  {
    input: "takeover/3",
    externalId: "city-ledger-1",
    source: "City Ledger",
    url: "https://cityledger.example/2026/11/24/kestrel-backs-improved-arden-bid",
    publishedAt: "2026-11-24T08:00:00Z",
    title: "Kestrel board backs Arden's improved 700p offer",
    originalText: [
      "Arden Rail raised its offer for Kestrel Freight to 700 pence a share on Monday, and Kestrel's board said it would recommend the improved bid to shareholders.",
      "The chairwoman said the new price “reflects the value of the business,” a week after she had called the first offer “opportunistic.”",
      "The Competition Authority said last week that it would review the deal.",
      "“This is a good outcome for our shareholders and our customers.” — Alison Marsh, Kestrel chairwoman",
      "Union leader Kevin Doherty said: 'We will hold Arden to every promise it has made on jobs.'",
    ].join("\n\n"),
  },
  {
    input: "takeover/4",
    externalId: "business-daily-1",
    source: "Business Daily",
    url: "https://businessdaily.example/markets/kestrel-board-backs-arden",
    publishedAt: "2026-11-24T11:00:00Z",
    title: "Kestrel board backs Arden's improved offer",
    originalText: [
      "Arden Rail raised its offer for Kestrel Freight to 700 pence a share on Monday, and Kestrel's board said it would recommend the improved bid to shareholders.",
      "The chairwoman said the new price “reflects the value of the business,” a week after she had called the first offer “opportunistic.”",
      "The Competition Authority said last week that it would review the takeover.",
      "“This is a good outcome for our shareholders and our customers.” — Alison Marsh, Kestrel chairwoman",
      "Union leader Kevin Doherty said: 'We will hold Arden to every promise it has made on jobs.'",
    ].join("\n\n"),
  },
  {
    input: "takeover/5",
    externalId: "freight-weekly-1",
    source: "Freight Weekly",
    url: "https://freightweekly.example/analysis/arden-kestrel",
    title: "Analysis: what Arden gets with Kestrel",
    originalText: [
      "Arden's improved offer of 700 pence a share values Kestrel at about 2.3 billion pounds.",
      "Analysts at Halden Securities said the combined company would be the country's largest rail freight operator.",
      '"Arden has to make this work, or the price will look very rich," said analyst Priya Nair of Halden Securities.',
      "She expects Arden to close at least one of Kestrel's two depots.",
    ].join("\n\n"),
  },
  {
    input: "takeover/6",
    externalId: "financial-courier-2",
    source: "Financial Courier",
    url: "https://financialcourier.example/companies/arden-wins-kestrel",
    publishedAt: "2026-11-28T08:00:00Z",
    title: "Arden wins control of Kestrel Freight",
    originalText: [
      "Holders of 54 percent of Kestrel's shares had accepted Arden's offer by the first closing date on Friday, Arden said, giving it control of the company.",
      "Oduya said the company expected to complete the takeover on Dec. 18 once the Competition Authority had cleared it.",
      "“We have the support we need, and now the work starts,” he said.",
      "Kestrel's shares closed at 695 pence on Friday.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function takeoverBidArticles(): Article[] {
  return linkNearDuplicates(TAKEOVER_BID_DRAFTS.map((draft) => prepareArticle(draft)));
}
