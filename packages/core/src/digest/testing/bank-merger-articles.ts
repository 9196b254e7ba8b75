import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline23, 2026-12-06, before running any code on
 * it): six articles from five outlets on Harbor Federal Bancorp's $4.2 billion purchase of Lakeshore
 * Financial, announced on Thursday Oct. 7, 2027, approved by shareholders on Thursday Dec. 16, its
 * closing moved from Jan. 31 to March 1, 2028, and branch closures told on Friday Jan. 7, 2028. US wire
 * style throughout ("said Thursday" with no "on", "Oct. 7" with no year): a wire on the day, another
 * the next evening ("on Friday, the day after", "on Wednesday, the day before the announcement"), a
 * weekend edition on Saturday Dec. 4 ("in a filing on Friday", "Last month", "on Jan. 31" and "on Nov.
 * 19" with no year), the wire on the vote's evening, an undated newsletter, and the wire in January
 * ("announced on Oct. 7" across the year end, "last week" across it too, "within 48 hours"). Traps:
 * a planned closing that moved, a previous event's date in a relative clause ("which bought a 3% stake
 * in Lakeshore in March"), background years ("founded in 1871", "the 2008 financial crisis", "since
 * 2019", a year in a quote, "in March 2023"). Test support only.
 */
const BANK_MERGER_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "bank/1",
    externalId: "b1",
    source: "Associated Press",
    url: "https://apnews.example/article/harbor-federal-lakeshore-deal",
    publishedAt: "2027-10-07T13:10:00Z",
    title: "Harbor Federal to buy Lakeshore Financial for $4.2 billion",
    originalText: [
      "NEW YORK (AP) — Harbor Federal Bancorp said Thursday it will buy Lakeshore Financial for $4.2 billion in stock, creating the nation's 15th-largest regional bank.",
      "Lakeshore, which was founded in 1871 and came through the 2008 financial crisis without a government bailout, has 212 branches in Ohio and Michigan.",
      "“This gives us the scale to compete with the biggest banks in the Midwest,” Harbor Federal CEO Diane Okoro said in a statement.",
      "The deal is expected to close early next year, pending approval from regulators and Lakeshore shareholders.",
    ].join("\n"),
  },
  {
    input: "bank/2",
    externalId: "b2",
    source: "Reuters",
    url: "https://reuters.example/business/finance/lakeshore-shares-jump",
    publishedAt: "2027-10-08T21:15:00Z",
    title: "Lakeshore shares jump 14% after Harbor Federal deal",
    originalText: [
      "Oct 8 (Reuters) - Lakeshore Financial shares closed up 14% on Friday, the day after the bank agreed to be bought by Harbor Federal Bancorp.",
      "Trading in Lakeshore options jumped on Wednesday, the day before the announcement, prompting questions about a possible leak.",
      "Analysts at Keefe Hollis said the price, 1.6 times book value, was the highest paid for a U.S. regional bank since 2019.",
      "Reporting by Nupur Shah in Bengaluru; Editing by Shinjini Ganguli",
    ].join("\n"),
  },
  {
    input: "bank/3",
    externalId: "b3",
    source: "Market Weekly",
    url: "https://marketweekly.example/weekend/lakeshore-vote-date",
    publishedAt: "2027-12-04T10:00:00Z",
    title: "Weekend edition: Lakeshore sets vote as activist digs in",
    originalText: [
      "Lakeshore shareholders will vote on the deal on Dec. 16, the bank said in a filing on Friday.",
      "Last month, activist investor Corbel Partners, which bought a 3% stake in Lakeshore in March, said the price was too low.",
      "The Federal Reserve approved the merger on Nov. 19.",
      "Harbor Federal has said it expects the deal to close on Jan. 31.",
    ].join("\n"),
  },
  {
    input: "bank/4",
    externalId: "b4",
    source: "Reuters",
    url: "https://reuters.example/business/finance/lakeshore-holders-approve",
    publishedAt: "2027-12-16T22:00:00Z",
    title: "Lakeshore shareholders approve sale to Harbor Federal",
    originalText: [
      "Dec 16 (Reuters) - Lakeshore Financial shareholders approved the bank's sale to Harbor Federal Bancorp on Thursday, with 91% of votes cast in favor.",
      "The companies said the deal would now close on March 1 rather than Jan. 31, after the Office of the Comptroller of the Currency asked for more time to review branch sales.",
      "Corbel Partners, which had urged investors to vote against the deal, said it would not challenge the result.",
      "Reporting by Nupur Shah in Bengaluru; Editing by Shinjini Ganguli",
    ].join("\n"),
  },
  {
    input: "bank/5",
    externalId: "b5",
    source: "Bank Deals Letter",
    url: "https://bankdeals.example/letter/regional-mergers-return",
    title: "Regional bank mergers are back",
    originalText: [
      "Regional bank mergers slowed sharply after the failures of Silicon Valley Bank and Signature Bank in March 2023.",
      "Harbor Federal's purchase of Lakeshore is the largest such deal announced this year.",
      "Bankers expect regulators to approve more mergers now that interest rates have stopped rising.",
    ].join("\n"),
  },
  {
    input: "bank/6",
    externalId: "b6",
    source: "Associated Press",
    url: "https://apnews.example/article/harbor-federal-branch-closures",
    publishedAt: "2028-01-07T15:30:00Z",
    title: "Harbor Federal to close 38 Lakeshore branches after takeover",
    originalText: [
      "HARTFORD, Conn. (AP) — Harbor Federal Bancorp said Friday it will close 38 Lakeshore branches within 90 days of completing its takeover.",
      "The takeover, first announced on Oct. 7, will create a bank with $98 billion in assets.",
      "Staff at the affected branches will be told within 48 hours, the bank said.",
      "Ohio regulators signed off on the branch sales last week.",
      "“Our plan since 2019 has been to grow in the Midwest, and that has not changed,” Okoro said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function bankMergerArticles(): Article[] {
  return linkNearDuplicates(BANK_MERGER_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline23 (2026-12-06), before running any code on them. "the day
 * before the announcement" is the Wednesday; "in a filing on Friday" in a Saturday paper is the day
 * before; "Last month" in December is November; "on Jan. 31" and "on March 1" in December are next
 * year's; "on Oct. 7" in January is last year's; "last week" in a Friday paper of Jan. 7, 2028 is the
 * week of Monday Dec. 27, 2027. A plan is told at its day; one "within 48 hours" may be dated the day
 * it was said or by its deadline.
 */
export const BANK_MERGER_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This gives us the scale to compete with the biggest banks", speaker: "Diane Okoro" },
    { text: "Our plan since 2019 has been to grow in the Midwest", speaker: "Diane Okoro" },
  ],
  timeline: [
    { text: "Harbor Federal Bancorp said Thursday it will buy Lakeshore Financial", dates: ["2027-10-07"] },
    { text: "Lakeshore Financial shares closed up 14% on Friday", dates: ["2027-10-08"] },
    { text: "Trading in Lakeshore options jumped on Wednesday", dates: ["2027-10-06"] },
    { text: "Lakeshore shareholders will vote on the deal on Dec. 16", dates: ["2027-12-16"] },
    { text: "Last month, activist investor Corbel Partners", dates: ["2027-11"] },
    { text: "The Federal Reserve approved the merger on Nov. 19", dates: ["2027-11-19"] },
    { text: "Harbor Federal has said it expects the deal to close on Jan. 31", dates: ["2028-01-31"] },
    { text: "Lakeshore Financial shareholders approved the bank's sale", dates: ["2027-12-16"] },
    { text: "The companies said the deal would now close on March 1", dates: ["2027-12-16", "2028-03-01"] },
    { text: "Harbor Federal Bancorp said Friday it will close 38 Lakeshore branches", dates: ["2028-01-07"] },
    {
      text: "Staff at the affected branches will be told within 48 hours",
      dates: ["2028-01-07", "2028-01-08", "2028-01-09"],
    },
    {
      text: "Ohio regulators signed off on the branch sales last week",
      dates: ["2027-12-27", "2027-12-28", "2027-12-29", "2027-12-30", "2027-12-31", "2028-01-01", "2028-01-02"],
    },
  ],
  neverDated: [
    // Background years and a previous event's date inside sentences about the news.
    { text: "which was founded in 1871", date: "1871" },
    { text: "which was founded in 1871", date: "2008" },
    { text: "was the highest paid for a U.S. regional bank since 2019", date: "2019" },
    { text: "which bought a 3% stake in Lakeshore in March", date: "2027-03" },
    { text: "which bought a 3% stake in Lakeshore in March", date: "2028-03" },
    { text: "Our plan since 2019 has been to grow in the Midwest", date: "2019" },
    // Months and days with no year across the year end.
    { text: "expects the deal to close on Jan. 31", date: "2027-01-31", exact: true },
    { text: "The companies said the deal would now close on March 1", date: "2027-03-01", exact: true },
    { text: "The companies said the deal would now close on March 1", date: "2028-01-31", exact: true },
    { text: "The takeover, first announced on Oct. 7", date: "2028-10-07", exact: true },
    { text: "Ohio regulators signed off on the branch sales last week", date: "2028-01-03", exact: true },
    // The Wednesday before the Thursday announcement, not the Friday paper's week to come.
    { text: "Trading in Lakeshore options jumped on Wednesday", date: "2027-10-13", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // The price against the bank's assets; branches overall and those closing; a stake against a vote.
    ["4.2 billion", "98 billion"],
    ["212", "38"],
    ["3%", "91%"],
    ["14%", "3%"],
  ],
  corroboration: [
    // Only the AP gives the price and the rank; Reuters tells the agreement without them.
    { text: "Harbor Federal Bancorp said Thursday it will buy Lakeshore Financial", outlets: 1 },
    { text: "The Federal Reserve approved the merger on Nov. 19", outlets: 1 },
  ],
  headline: ["close 38", "branches"],
  sameEntry: [
    ["Harbor Federal Bancorp said Thursday it will buy Lakeshore Financial", "The takeover, first announced on Oct. 7"],
  ],
  order: [
    "Trading in Lakeshore options jumped on Wednesday",
    "Harbor Federal Bancorp said Thursday it will buy Lakeshore Financial",
    "Lakeshore Financial shares closed up 14% on Friday",
    "The Federal Reserve approved the merger on Nov. 19",
    "Lakeshore Financial shareholders approved the bank's sale",
    "Harbor Federal Bancorp said Friday it will close 38 Lakeshore branches",
  ],
};
