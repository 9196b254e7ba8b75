import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts28 (2026-12-06, texts and expectations before running any
 * code on them): five articles from five outlets on the Information Commissioner's fine on the payroll
 * firm Ledgerline for a 2027 breach, announced on Monday 18 September 2028. Real disagreements, each
 * worded with another verb or noun for the same outcome: the customers whose details hackers took
 * ("stole the personal details of 1.2 million customers" against "made off with data belonging to 1.5
 * million customers"), the fine itself ("fined ... £14.5 million" against "handed a £12 million
 * penalty"), and the customers told of the breach (Ledgerline "wrote to 900,000 customers", a consumer
 * group says "the true number of customers warned was closer to 400,000"). Traps: records left exposed
 * against those stolen (an editor keeps exposed and taken apart: exposed data may never have been
 * read); customers whose bank details were taken (part of the whole); the fine first proposed against
 * the one imposed (a plan against an outcome); men arrested against those charged; complaints to the
 * regulator by Tuesday and by Thursday (a count that grew); Ledgerline revising its own cost estimate
 * down; the compensation offered against the compensation sought. Test support only.
 */
const DATA_BREACH_FINE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "breach-fine/1",
    externalId: "d1",
    source: "Business Wire Service",
    url: "https://businesswireservice.example/uk/ledgerline-ico-fine",
    publishedAt: "2028-09-18T12:00:00Z",
    title: "Ledgerline fined £14.5 million over payroll data breach",
    originalText: [
      "The Information Commissioner's Office fined the payroll firm Ledgerline £14.5 million on Monday over a cyber attack last year.",
      "Hackers stole the personal details of 1.2 million customers in the attack, the regulator said.",
      "The regulator had proposed a fine of £21 million in March.",
      "The flaw left the records of 4 million customers exposed for five months.",
      "“Ledgerline left the door wide open,” said the Information Commissioner, Joanna Whitcombe.",
    ].join("\n"),
  },
  {
    input: "breach-fine/2",
    externalId: "d2",
    source: "The Financial Ledger",
    url: "https://financialledger.example/companies/ledgerline-penalty",
    publishedAt: "2028-09-19T06:00:00Z",
    title: "Ledgerline shares fall after data penalty",
    originalText: [
      "Ledgerline was handed a £12 million penalty by the data regulator on Monday, the largest this year.",
      "The attackers made off with data belonging to 1.5 million customers, according to the penalty notice.",
      "Bank details of 85,000 of them were among the data taken.",
      "Ledgerline revised its estimate of the breach's total cost down to £30 million from £45 million.",
      "“We accept the decision and apologise to every customer affected,” said Ledgerline's chief executive, Simon Achebe.",
    ].join("\n"),
  },
  {
    input: "breach-fine/3",
    externalId: "d3",
    source: "Tech Policy Today",
    url: "https://techpolicytoday.example/privacy/ledgerline-complaints",
    publishedAt: "2028-09-19T15:00:00Z",
    title: "Complaints pour in after Ledgerline fine",
    originalText: [
      "Ledgerline said on Tuesday that it had written to 900,000 customers about the breach.",
      "The regulator has received 3,000 complaints since the fine was announced.",
      "Police arrested three men in Leeds in January in connection with the attack.",
      "“Most people found out from the news, not from Ledgerline,” said privacy campaigner Ayesha Karim.",
    ].join("\n"),
  },
  {
    input: "breach-fine/4",
    externalId: "d4",
    source: "Consumer Watch Radio",
    url: "https://consumerwatchradio.example/news/ledgerline-customers-warned",
    publishedAt: "2028-09-21T12:00:00Z",
    title: "Ledgerline customers 'kept in the dark'",
    originalText: [
      "Consumer group Fair Deal said on Wednesday that the true number of customers warned by Ledgerline was closer to 400,000.",
      "Complaints to the regulator had reached 7,500 by Thursday morning.",
      "Ledgerline has offered £50 to each customer whose details were taken.",
      "Lawyers for a group of customers are seeking £2,000 each.",
      "“Fifty pounds is an insult,” said Fair Deal's director, Graham Oduya.",
    ].join("\n"),
  },
  {
    input: "breach-fine/5",
    externalId: "d5",
    source: "Northern Courts Reporter",
    url: "https://northerncourtsreporter.example/leeds/ledgerline-hackers-charged",
    publishedAt: "2028-09-22T09:00:00Z",
    title: "Two charged over Ledgerline hack",
    originalText: [
      "Two men have been charged with offences under the Computer Misuse Act over the Ledgerline attack, West Yorkshire Police said on Thursday.",
      "They will appear before Leeds magistrates on October 3.",
      "Ledgerline was founded in 2009 and pays the staff of 11,000 employers.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function dataBreachFineArticles(): Article[] {
  return linkNearDuplicates(DATA_BREACH_FINE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts28 (2026-12-06), before running any code on them. "On Monday"
 * in a Monday paper is that day, in a Tuesday paper the day before; "on Tuesday" in a Tuesday paper is
 * that day; "on Wednesday" in a Thursday bulletin the day before; "on Thursday" in a Friday paper the
 * day before; "in March" and "in January" in September are this year's; "October 3" is ahead; "in
 * 2009" is background.
 */
export const DATA_BREACH_FINE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Ledgerline left the door wide open", speaker: "Joanna Whitcombe" },
    { text: "We accept the decision and apologise to every customer affected", speaker: "Simon Achebe" },
    { text: "Most people found out from the news, not from Ledgerline", speaker: "Ayesha Karim" },
    { text: "Fifty pounds is an insult", speaker: "Graham Oduya" },
  ],
  timeline: [
    { text: "fined the payroll firm Ledgerline £14.5 million on Monday", dates: ["2028-09-18"] },
    { text: "The regulator had proposed a fine of £21 million in March", dates: ["2028-03"] },
    { text: "it had written to 900,000 customers about the breach", dates: ["2028-09-19"] },
    { text: "Police arrested three men in Leeds", dates: ["2028-01"] },
    { text: "Two men have been charged with offences", dates: ["2028-09-21"] },
    { text: "They will appear before Leeds magistrates on October 3", dates: ["2028-10-03"] },
  ],
  neverDated: [
    { text: "Ledgerline was founded in 2009", date: "2009" },
    { text: "The regulator had proposed a fine of £21 million in March", date: "2029-03" },
  ],
  disagreements: [
    // Customers whose details were taken: "stole the personal details of" against "made off with data belonging to".
    { values: ["1.2 million", "1.5 million"], outlets: ["Business Wire Service", "The Financial Ledger"] },
    // One fine announced on the Monday: "fined ... £14.5 million" against "handed a £12 million penalty".
    { values: ["14.5 million", "12 million"], outlets: ["Business Wire Service", "The Financial Ledger"] },
    // Customers told of the breach: "written to" (the company) against the consumer group's "true number ... warned".
    { values: ["900,000", "400,000"], outlets: ["Tech Policy Today", "Consumer Watch Radio"] },
  ],
  notDisagreements: [
    // Records left exposed against records taken; bank details taken as part of the whole.
    ["4 million", "1.2 million"],
    ["4 million", "1.5 million"],
    ["85,000", "1.2 million"],
    ["85,000", "1.5 million"],
    // The fine proposed in March against the fine imposed.
    ["21 million", "14.5 million"],
    ["21 million", "12 million"],
    // Men arrested against those charged; complaints by Tuesday and by Thursday.
    ["three", "Two"],
    ["3,000", "7,500"],
    // Ledgerline revising its own cost estimate; compensation offered against sought.
    ["45 million", "30 million"],
    ["50", "2,000"],
    // Customers written to against customers whose details were taken, and the firm's employers.
    ["900,000", "1.2 million"],
    ["400,000", "1.5 million"],
    ["11,000", "900,000"],
  ],
  corroboration: [
    { text: "fined the payroll firm Ledgerline £14.5 million on Monday", outlets: 1 },
    { text: "Two men have been charged with offences", outlets: 1 },
  ],
  order: [
    "Police arrested three men in Leeds",
    "The regulator had proposed a fine of £21 million in March",
    "fined the payroll firm Ledgerline £14.5 million on Monday",
    "They will appear before Leeds magistrates on October 3",
  ],
};
