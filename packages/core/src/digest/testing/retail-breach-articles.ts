import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of figures code (disagree9, 2026-12-04, before its author read
 * the figure code): five articles from four outlets about a data breach at a supermarket chain
 * (Monday 8 to Thursday 11 March 2027). Traps: two real disagreements (the customers affected on
 * Monday: 2.1 million by the company in one outlet, 5.4 million "customers' data" by a researcher in
 * another; the cost of the breach: £30 million to £40 million by one bank's analysts in one outlet,
 * £60 million by another bank's in another); payment-card records (9 million) against customers;
 * the customers emailed by Tuesday evening, exact in one outlet and rounded in another (1,203,000
 * against about 1.2 million) and against the customers affected; calls on one day against calls since
 * Monday (38,000 against 90,000); online sales in a quarter against a year (£820 million against
 * £3.1 billion); a forecast fall of the shares against the close (10% against 6%); password resets
 * that rise in the same outlet (300,000, then 880,000); a fall in percentage points against the same
 * fall in percent (12 points to 41%, 23%); a maximum fine as a share of turnover. Test support only.
 */
const RETAIL_BREACH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "retail-breach/1",
    externalId: "ledger-daily-1",
    source: "Ledger Daily",
    url: "https://ledgerdaily.example/2027/03/08/northmart-breach",
    publishedAt: "2027-03-08T18:00:00Z",
    title: "Northmart says 2.1 million customers hit by data breach",
    originalText: [
      "Northmart, the supermarket chain, said on Monday that 2.1 million customers had been affected by a breach of its loyalty-card database.",
      "The stolen data included names, email addresses and shopping histories but no card numbers, the company said.",
      "Helen Marsh, Northmart's chief executive, said the company had “closed the gap within hours.”",
      "By Monday evening, 300,000 customers had reset their passwords, a spokesman said.",
    ].join("\n\n"),
  },
  {
    input: "retail-breach/2",
    externalId: "packet-post-1",
    source: "Packet Post",
    url: "https://packetpost.example/security/northmart-database-for-sale",
    publishedAt: "2027-03-08T21:30:00Z",
    title: "Researcher says Northmart breach is far bigger",
    originalText: [
      "A database offered for sale on a criminal forum on Monday holds 5.4 million customers' data, according to Ines Okoro, a researcher at the security firm Castlegate who examined a sample.",
      "The file also contains 9 million payment-card records, most of them expired, she said.",
      "“Northmart is counting only the accounts that are still active,” Okoro said.",
      "A Northmart spokesman said the company stood by its figure.",
    ].join("\n\n"),
  },
  {
    input: "retail-breach/3",
    externalId: "capital-business-review-1",
    source: "Capital Business Review",
    url: "https://capitalbusinessreview.example/companies/northmart-shares-breach-cost",
    publishedAt: "2027-03-09T18:30:00Z",
    title: "Northmart shares slide as breach costs mount",
    originalText: [
      "Shares in Northmart closed 6% lower on Tuesday, after analysts had warned they could fall as much as 10% at the open.",
      "Analysts at Hartley Securities estimated the cost of the breach at £30 million to £40 million, including refunds and a likely fine.",
      "The chain's online sales reached £820 million in the three months to December.",
      "Northmart had emailed 1,203,000 customers by Tuesday evening, a company spokesman said.",
      "Its helpline received 38,000 calls on Tuesday.",
      "“Investors will forgive a breach, but not a cover-up,” said Priya Nandi, a retail analyst at Hartley Securities.",
    ].join("\n\n"),
  },
  {
    input: "retail-breach/4",
    externalId: "shopfloor-weekly-1",
    source: "Shopfloor Weekly",
    url: "https://shopfloorweekly.example/news/northmart-breach-what-shoppers-need-to-know",
    publishedAt: "2027-03-10T09:00:00Z",
    title: "Northmart breach: what shoppers need to know",
    originalText: [
      "Northmart had emailed about 1.2 million customers by Tuesday evening, the company said.",
      "Its helpline has taken more than 90,000 calls since the breach was announced on Monday.",
      "Analysts at Barrow Bank put the cost of the breach at £60 million.",
      "Northmart's online sales came to £3.1 billion last year.",
      "Trust in the chain fell by 23% after the breach, according to a poll by Fieldline.",
      "“Treat any email that mentions the breach with suspicion,” said Daniel Reyes, our consumer editor.",
    ].join("\n\n"),
  },
  {
    input: "retail-breach/5",
    externalId: "ledger-daily-2",
    source: "Ledger Daily",
    url: "https://ledgerdaily.example/2027/03/11/northmart-regulator-inquiry",
    publishedAt: "2027-03-11T17:00:00Z",
    title: "Regulator opens inquiry into Northmart breach",
    originalText: [
      "The data protection regulator said on Thursday that it had opened an investigation into the Northmart breach.",
      "Northmart said 880,000 customers had reset their passwords by Thursday.",
      "The share of shoppers who say they trust Northmart fell 12 percentage points to 41% after the breach, Fieldline found.",
      "Marsh told the Ledger: “We will pay for a year of credit monitoring for anyone who asks.”",
      "The regulator can fine companies up to 4% of their annual turnover.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function retailBreachArticles(): Article[] {
  return linkNearDuplicates(RETAIL_BREACH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const RETAIL_BREACH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "closed the gap within hours", speaker: "Helen Marsh", partial: true },
    { text: "Northmart is counting only the accounts that are still active", speaker: "Ines Okoro" },
    { text: "Investors will forgive a breach, but not a cover-up", speaker: "Priya Nandi" },
    { text: "Treat any email that mentions the breach with suspicion", speaker: "Daniel Reyes" },
    { text: "We will pay for a year of credit monitoring", speaker: "Helen Marsh" },
  ],
  timeline: [
    { text: "said on Monday that 2.1 million customers", dates: ["2027-03-08"] },
    { text: "A database offered for sale on a criminal forum on Monday", dates: ["2027-03-08"] },
    { text: "By Monday evening, 300,000 customers", dates: ["2027-03-08"] },
    { text: "Shares in Northmart closed 6% lower on Tuesday", dates: ["2027-03-09"] },
    { text: "Northmart had emailed 1,203,000 customers by Tuesday evening", dates: ["2027-03-09"] },
    { text: "Its helpline received 38,000 calls on Tuesday", dates: ["2027-03-09"] },
    { text: "Northmart had emailed about 1.2 million customers by Tuesday evening", dates: ["2027-03-09"] },
    { text: "The data protection regulator said on Thursday", dates: ["2027-03-11"] },
  ],
  neverDated: [
    { text: "online sales reached £820 million in the three months to December", date: "2027-12" },
    { text: "online sales came to £3.1 billion last year", date: "2027", exact: true },
  ],
  disagreements: [
    { values: ["2.1 million", "5.4 million"], outlets: ["Ledger Daily", "Packet Post"] },
    { values: ["30", "60"], outlets: ["Capital Business Review", "Shopfloor Weekly"] },
  ],
  notDisagreements: [
    ["2.1 million", "9 million"],
    ["5.4 million", "9 million"],
    ["1.2 million", "1,203,000"],
    ["1.2 million", "2.1 million"],
    ["1,203,000", "2.1 million"],
    ["1.2 million", "5.4 million"],
    ["880,000", "2.1 million"],
    ["300,000", "880,000"],
    ["300,000", "2.1 million"],
    ["38,000", "90,000"],
    ["820", "3.1"],
    ["10%", "6%"],
    ["12", "23%"],
    ["12", "41%"],
    ["23%", "41%"],
    ["4%", "6%"],
  ],
  corroboration: [
    { text: "The data protection regulator said on Thursday", outlets: 1 },
    { text: "Its helpline has taken more than 90,000 calls", outlets: 1 },
  ],
};
