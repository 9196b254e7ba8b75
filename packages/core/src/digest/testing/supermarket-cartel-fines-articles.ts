/**
 * Held-out batch Y (lead session 34, 2026-12-08), written by heldout27 before any run; scored unfitted, then added to the bench at the session's end.
 * Australia's competition regulator fines three supermarket chains for fixing grocery prices, Monday 21 to Thursday 24 November 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "sc/1",
    externalId: "y1",
    source: "Southern Cross Newswire",
    url: "https://southerncrossnewswire.example/business/supermarkets-fined-price-fixing",
    publishedAt: "2044-11-21T02:00:00Z",
    title: "Supermarket giants fined record A$540m for price-fixing",
    originalText: [
      "SYDNEY (SCN) — The competition regulator has fined Australia's three biggest supermarket chains a combined A$540 million (about US$350 million) for fixing the prices of staple groceries, the largest cartel penalty in the country's history.",
      "The Australian Competition and Markets Commission said on Monday that FreshCo, Marlow's and Harvest Lane had shared pricing plans for more than 300 products, including bread, milk and eggs, over a six-year period.",
      "FreshCo was fined A$212 million, Marlow's A$190 million and Harvest Lane A$138 million.",
      "The three chains control 67% of the grocery market.",
      "“This was a deliberate scheme to take money out of the pockets of every family,” commission chair Rebecca Tran said.",
      "The previous record, A$57 million, was imposed on two cement makers in 2038.",
    ].join("\n"),
  },
  {
    input: "sc/2",
    externalId: "y2",
    source: "Tasman Daily",
    url: "https://tasmandaily.example/business/record-fine-supermarket-cartel",
    publishedAt: "2044-11-21T06:00:00Z",
    title: "Big three supermarkets hit with record cartel fine",
    originalText: [
      "Australia's three largest supermarket chains have been hit with combined fines of A$540 million (about US$350 million) for fixing grocery prices, a record cartel penalty for the country.",
      "FreshCo, Marlow's and Harvest Lane swapped pricing plans on more than 300 products, among them bread, milk and eggs, over six years, the Australian Competition and Markets Commission said on Monday.",
      "The penalties are A$212 million for FreshCo, A$190 million for Marlow's and A$138 million for Harvest Lane.",
      "Between them the chains control 67% of the grocery market.",
      "“This was a deliberate scheme to take money out of the pockets of every family,” commission chair Rebecca Tran said. (SCN)",
    ].join("\n"),
  },
  {
    input: "sc/3",
    externalId: "y3",
    source: "The Business Ledger",
    url: "https://businessledger.example/retail/freshco-shares-fall-cartel-penalty",
    publishedAt: "2044-11-22T00:30:00Z",
    title: "FreshCo shares slide after cartel penalty",
    originalText: [
      "The competition regulator yesterday fined FreshCo $198m, the heaviest of the three penalties, and the group's shares fell 6.2 per cent.",
      "The commission found the chains had run the four-year scheme through a shared pricing consultant.",
      "Analysts at Kirra Capital had expected fines of between $300m and $400m in total.",
      "FreshCo reported revenue of $48bn last financial year.",
      "FreshCo chief executive Martin Hale said the company would appeal: “We reject the finding and will defend our pricing in the Federal Court.”",
    ].join("\n"),
  },
  {
    input: "sc/4",
    externalId: "y4",
    source: "2RN News",
    url: "https://2rnnews.example/news/supermarket-cartel-refund-demand",
    publishedAt: "2044-11-22T08:00:00Z",
    title: "Shoppers demand refunds after supermarket cartel fines",
    originalText: [
      "The commission's findings cover about 240 staple lines, from bread to nappies.",
      "Consumer group Fair Basket says the cartel cost the average household about A$610 a year.",
      "Fair Basket is demanding that the chains refund shoppers A$1.2 billion; Marlow's has offered to put A$50 million into a fund for food charities.",
      "“We accept the commission's decision and have changed how we set prices,” a Marlow's spokeswoman said.",
      "Harvest Lane said on Tuesday it was still considering whether to appeal.",
      "“I've been paying over the odds for milk for years and now I know why,” said shopper Ana Silva, 44.",
    ].join("\n"),
  },
  {
    input: "sc/5",
    externalId: "y5",
    source: "The Daily Stir",
    url: "https://dailystir.example/news/greedy-supermarkets-rigged-your-shop",
    title: "GREEDY GIANTS RIGGED YOUR SHOP",
    originalText: [
      "GREEDY supermarket giants who rigged the price of your weekly shop have been hit with a record fine.",
      "The big three, which between them ring up 71 per cent of all grocery sales, kept prices high on everyday basics.",
      "'We were skipping meals to pay for the basics,' said mum-of-three Kylie Brennan, 38.",
      "Bosses at the three chains shared pay packets worth a total of A$31 million last year.",
    ].join("\n"),
  },
  {
    input: "sc/6",
    externalId: "y6",
    source: "Southern Cross Newswire",
    url: "https://southerncrossnewswire.example/business/freshco-appeals-cartel-penalty",
    publishedAt: "2044-11-24T03:00:00Z",
    title: "FreshCo appeals A$212m cartel penalty",
    originalText: [
      "SYDNEY (SCN) — FreshCo lodged an appeal in the Federal Court on Thursday against its A$212 million penalty, the commission confirmed.",
      "The court is expected to hear the case in March.",
      "The government said on Wednesday it would give the commission power to set fines of up to 10% of a company's annual turnover, up from the current 3%.",
      "Tran said the chains had been given “every chance to come forward” before the penalties were set.",
      "Marlow's has said it will not appeal.",
    ].join("\n"),
  },
];

export function supermarketCartelFinesArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. Sydney is UTC+11 in November: the wire's 02:00 UTC
 * Monday stamp is Monday 21 November at 1 p.m., the rewrite's 5 p.m.; the Ledger's 00:30 UTC Tuesday
 * stamp is Tuesday the 22nd at 11:30 a.m. local, so its "yesterday" is Monday the 21st. 2RN's "on
 * Tuesday" is the 22nd; Thursday's wire (2 p.m. local):
 * "on Thursday" the 24th, "on Wednesday" the 23rd, and "in March" is March 2045, the next one. The
 * Tasman Daily rewrites the first wire story with a credit.
 */
export const SUPERMARKET_CARTEL_FINES_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This was a deliberate scheme to take money out of the pockets of every family", speaker: "Rebecca Tran" },
    {
      text: "We reject the finding and will defend our pricing in the Federal Court",
      speaker: "Martin Hale",
    },
    {
      text: "We accept the commission's decision and have changed how we set prices",
      speaker: "a Marlow's spokeswoman",
    },
    { text: "I've been paying over the odds for milk for years and now I know why", speaker: "Ana Silva" },
    // Single quotation marks, a tabloid's.
    { text: "We were skipping meals to pay for the basics", speaker: "Kylie Brennan" },
    // Surname only, the chair named in Monday's wire.
    { text: "every chance to come forward", speaker: "Rebecca Tran", partial: true },
  ],
  timeline: [
    { text: "The Australian Competition and Markets Commission said on Monday", dates: ["2044-11-21"] },
    { text: "The competition regulator yesterday fined FreshCo $198m", dates: ["2044-11-21"] },
    { text: "Harvest Lane said on Tuesday it was still considering whether to appeal", dates: ["2044-11-22"] },
    { text: "FreshCo lodged an appeal in the Federal Court on Thursday", dates: ["2044-11-24"] },
    { text: "The government said on Wednesday it would give the commission power", dates: ["2044-11-23"] },
    { text: "The court is expected to hear the case in March", dates: ["2045-03"] },
  ],
  neverDated: [
    { text: "was imposed on two cement makers in 2038", date: "2038" },
    { text: "The court is expected to hear the case in March", date: "2044-03" },
    // The Ledger's "yesterday" is never the day before the fines.
    { text: "The competition regulator yesterday fined FreshCo $198m", date: "2044-11-20", exact: true },
  ],
  disagreements: [
    // FreshCo's fine: "FreshCo was fined A$212 million" (the wire; its rewrite counts once) against "fined FreshCo $198m".
    { values: ["212", "198"], outlets: ["Southern Cross Newswire", "The Business Ledger"] },
    // The products: "more than 300 products" against "about 240 staple lines".
    { values: ["300", "240"], outlets: ["Southern Cross Newswire", "2RN News"] },
    // The chains' share: "control 67% of the grocery market" against "ring up 71 per cent of all grocery sales".
    { values: ["67", "71"], outlets: ["Southern Cross Newswire", "The Daily Stir"] },
    // How long the cartel ran: "over a six-year period" against "the four-year scheme".
    { values: ["six", "four"], outlets: ["Southern Cross Newswire", "The Business Ledger"] },
  ],
  notDisagreements: [
    // The combined fine against each chain's part.
    ["540", "212"],
    ["540", "190"],
    ["540", "138"],
    ["540", "198"],
    // Two chains' fines.
    ["190", "138"],
    ["212", "190"],
    // A conversion.
    ["540", "350"],
    // A precedent from 2038.
    ["57", "540"],
    // A forecast range against the outcome.
    ["between $300m and $400m", "540"],
    // A demand against an offer.
    ["1.2", "50"],
    // A proposed cap against the current one.
    ["10", "3"],
    // A share fall against the market share.
    ["6.2", "67"],
    ["6.2", "71"],
    // A household's cost against fines; bosses' pay against fines.
    ["610", "540"],
    ["31", "212"],
    // Two shoppers' ages.
    ["44", "38"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the Stir ("hit with a record fine") and the Ledger ("the three penalties") tell the fines in other words.
    { text: "has fined Australia's three biggest supermarket chains a combined A$540 million", outlets: 3 },
    { text: "FreshCo lodged an appeal in the Federal Court on Thursday", outlets: 1 },
    // The wire and its rewrite count once; the Ledger gives FreshCo another figure.
    { text: "FreshCo was fined A$212 million, Marlow's A$190 million and Harvest Lane A$138 million", outlets: 1 },
  ],
  headline: ["appeal", "appeals", "lodged"],
  summary: {
    holds: ["540", "appeal"],
    never: ["Analysts at Kirra Capital had expected fines"],
  },
  sameEntry: [
    [
      "The Australian Competition and Markets Commission said on Monday",
      "The competition regulator yesterday fined FreshCo $198m",
    ],
  ],
  order: [
    "The Australian Competition and Markets Commission said on Monday",
    "Harvest Lane said on Tuesday it was still considering whether to appeal",
    "FreshCo lodged an appeal in the Federal Court on Thursday",
    "The court is expected to hear the case in March",
  ],
  supersession: {
    apart: [["said the company would appeal", "FreshCo lodged an appeal in the Federal Court on Thursday"]],
    current: [
      "FreshCo was fined A$212 million, Marlow's A$190 million and Harvest Lane A$138 million",
      "The court is expected to hear the case in March",
      "Fair Basket is demanding that the chains refund shoppers A$1.2 billion",
    ],
  },
};
