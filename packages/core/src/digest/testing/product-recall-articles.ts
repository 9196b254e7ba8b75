import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts5, 2026-12-04, before its author read the
 * facts code): six articles from five outlets about an appliance recall and the results that
 * followed it (Tuesday 3 to Tuesday 10 February 2026). Traps: the chief executive shares her
 * surname with her company ("Halvorsen said the company faced “…”"), an analysts' forecast beside the
 * outcome, a guidance range beside the earlier point forecast, a cost range forecast beside the
 * provision booked, a recall that grows (480,000 then 610,000 units) and its parts by country, one
 * real disagreement (the company's 112 reports of overheating against the regulator's 147 the same
 * day, in two outlets), a wire story syndicated by a second paper, background dates inside
 * sentences about this week ("sold between August 2024 and January 2026", "since March 2020", "its
 * sales forecast for 2026"), a pronoun attribution, straight quotes and an undated consumer guide.
 * Test support only.
 */
const PRODUCT_RECALL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "recall/1",
    externalId: "consumer-desk-1",
    source: "Consumer Desk",
    url: "https://consumerdesk.example/recalls/halvorsen-air-fryers",
    publishedAt: "2026-02-03T08:00:00Z",
    title: "Halvorsen recalls 480,000 air fryers after reports of fires",
    originalText: [
      "Halvorsen Appliances on Monday recalled about 480,000 air fryers sold in the United States and Canada, after reports that the units could overheat and catch fire.",
      "The company said it had received 112 reports of units overheating, including nine fires and four minor burns.",
      "The recall covers three models of the Crisp line sold between August 2024 and January 2026.",
      "“Safety is our first priority, and we are asking customers to stop using these fryers immediately,” said Karin Halvorsen, the company's chief executive.",
      "Customers can return the fryers to any store for a full refund of $89.99 or a free replacement.",
      "About 390,000 of the fryers were sold in the United States and 90,000 in Canada.",
    ].join("\n\n"),
  },
  {
    input: "recall/2",
    externalId: "markets-daily-1",
    source: "Markets Daily",
    url: "https://marketsdaily.example/stocks/halvorsen-shares-fall",
    publishedAt: "2026-02-03T21:00:00Z",
    title: "Halvorsen shares fall 8% as air fryer recall stirs worries",
    originalText: [
      "Shares of Halvorsen Appliances fell 8 percent on Tuesday, their biggest one-day drop since March 2020, after the company recalled nearly half a million air fryers.",
      "The Consumer Product Safety Commission said it was aware of 147 reports of the fryers overheating.",
      "“The recall itself is manageable. What worries investors is the guidance,” said Tomas Berg, an analyst at Northbank Securities.",
      "Analysts expect the company to report fourth-quarter revenue of $1.32 billion on Wednesday.",
      "Berg said he expected the recall to cost the company between $50 million and $70 million.",
      "The stock has lost 14 percent since the start of the year.",
    ].join("\n\n"),
  },
  {
    input: "recall/3",
    externalId: "ledger-wire-1",
    source: "Ledger Wire",
    url: "https://ledgerwire.example/2026/02/05/halvorsen-results",
    publishedAt: "2026-02-05T07:00:00Z",
    title: "Halvorsen cuts 2026 outlook as recall hits quarterly profit",
    originalText: [
      "Halvorsen Appliances cut its sales forecast for 2026 on Wednesday after reporting fourth-quarter revenue of $1.27 billion, below the $1.32 billion analysts had expected.",
      "The company now expects revenue of $5.0 billion to $5.2 billion this year, down from its earlier forecast of $5.4 billion.",
      "Net profit fell 31 percent to $88 million in the quarter, as the company set aside $65 million to cover the cost of the recall.",
      "Chief financial officer Lars Eklund said: “We are taking the full cost of the recall in this quarter so that we can put it behind us.”",
      "Halvorsen said the company faced “a difficult first half” but would return to growth by the autumn.",
      "The company's shares rose 3 percent in early trading on Thursday.",
    ].join("\n\n"),
  },
  {
    input: "recall/4",
    externalId: "business-tribune-1",
    source: "Business Tribune",
    url: "https://businesstribune.example/companies/halvorsen-lowers-forecast",
    publishedAt: "2026-02-05T10:30:00Z",
    title: "Recall costs push Halvorsen to lower its 2026 forecast",
    originalText: [
      "Halvorsen Appliances cut its sales forecast for 2026 on Wednesday after reporting fourth-quarter revenue of $1.27 billion, below the $1.32 billion analysts had expected, Ledger Wire reported.",
      "The company now expects revenue of $5.0 billion to $5.2 billion this year, down from its earlier forecast of $5.4 billion.",
      "Net profit fell 31 percent to $88 million in the quarter, as the company set aside $65 million to cover the cost of the recall.",
      "Chief financial officer Lars Eklund said: “We are taking the full cost of the recall in this quarter so that we can put it behind us.”",
      "Halvorsen said the company faced “a difficult first half” but would return to growth by the autumn.",
    ].join("\n\n"),
  },
  {
    input: "recall/5",
    externalId: "consumer-desk-2",
    source: "Consumer Desk",
    url: "https://consumerdesk.example/recalls/halvorsen-recall-widened",
    publishedAt: "2026-02-10T08:00:00Z",
    title: "Halvorsen widens air fryer recall to 610,000 units",
    originalText: [
      "Halvorsen Appliances on Monday expanded its air fryer recall to about 610,000 units, adding two models sold in Britain and Ireland.",
      "The Consumer Product Safety Commission said reports of overheating had risen to 173, up from 147 last week.",
      "Chief executive Karin Halvorsen apologised to customers in a video posted on Monday.",
      "“We found the same fault in two more models, and we would rather be safe than sorry,” she said.",
      "According to Eklund, “the two added models will cost about $12 million more to recall.”",
      '"We will keep checking every model we make," Halvorsen added.',
    ].join("\n\n"),
  },
  {
    input: "recall/6",
    externalId: "homesafe-guide-1",
    source: "HomeSafe Guide",
    url: "https://homesafe.example/guides/halvorsen-air-fryer-recall",
    title: "Own a Halvorsen air fryer? What to do now",
    originalText: [
      "If you bought a Crisp air fryer from Halvorsen Appliances, check the model number printed on the base of the unit.",
      "The recall now covers about 610,000 fryers in North America and Europe.",
      "Unplug the fryer and stop using it straight away, the company advises.",
      "'Do not try to repair it yourself,' said Nadia Cole, a product safety engineer who has tested the units.",
      "Refunds are usually paid within 14 days of the return, and a replacement takes about three weeks to arrive.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function productRecallArticles(): Article[] {
  return linkNearDuplicates(PRODUCT_RECALL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const PRODUCT_RECALL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Safety is our first priority", speaker: "Karin Halvorsen" },
    { text: "The recall itself is manageable", speaker: "Tomas Berg" },
    { text: "We are taking the full cost of the recall", speaker: "Lars Eklund" },
    { text: "a difficult first half", speaker: "Karin Halvorsen", partial: true },
    { text: "We found the same fault in two more models", speaker: "Karin Halvorsen" },
    // Partial (corrected by facts12): it opens in lower case, so it is no whole sentence of Eklund's.
    { text: "the two added models will cost about $12 million more", speaker: "Lars Eklund", partial: true },
    { text: "We will keep checking every model we make", speaker: "Karin Halvorsen" },
    { text: "Do not try to repair it yourself", speaker: "Nadia Cole" },
  ],
  timeline: [
    { text: "Halvorsen Appliances on Monday recalled about 480,000 air fryers", dates: ["2026-02-02"] },
    { text: "Shares of Halvorsen Appliances fell 8 percent on Tuesday", dates: ["2026-02-03"] },
    { text: "cut its sales forecast for 2026 on Wednesday", dates: ["2026-02-04"] },
    { text: "shares rose 3 percent in early trading on Thursday", dates: ["2026-02-05"] },
    { text: "on Monday expanded its air fryer recall to about 610,000 units", dates: ["2026-02-09"] },
    { text: "apologised to customers in a video posted on Monday", dates: ["2026-02-09"] },
    // Added after the first run showed the digest's timeline dating them 2026-01-28 and 2026.
    { text: "Analysts expect the company to report fourth-quarter revenue", dates: ["2026-02-03", "2026-02-04"] },
    {
      text: "The company now expects revenue of $5.0 billion to $5.2 billion this year",
      dates: ["2026-02-04", "2026-02-05"],
    },
  ],
  neverDated: [
    { text: "sold between August 2024 and January 2026", date: "2024" },
    { text: "sold between August 2024 and January 2026", date: "2026-01" },
    { text: "their biggest one-day drop since March 2020", date: "2020" },
    { text: "cut its sales forecast for 2026 on Wednesday", date: "2026", exact: true },
    { text: "reports of overheating had risen to 173, up from 147 last week", date: "2026-02-02" },
  ],
  disagreements: [{ values: ["112", "147"], outlets: ["Consumer Desk", "Markets Daily"] }],
  notDisagreements: [
    ["480,000", "610,000"],
    ["390,000", "480,000"],
    ["90,000", "480,000"],
    ["147", "173"],
    ["112", "173"],
    ["1.27", "1.32"],
    ["5.2", "5.4"],
    ["5.0", "5.4"],
    ["65", "50"],
    ["65", "70"],
    ["8", "3"],
    ["8", "14"],
    ["31", "8"],
  ],
  corroboration: [
    // The wire story and its syndicated copy are one outlet.
    { text: "The company now expects revenue of $5.0 billion to $5.2 billion this year", outlets: 1 },
  ],
};
