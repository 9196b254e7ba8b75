import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of disagreements (facts37, 2026-12-07, texts and expectations
 * before running any code on them): six articles from five outlets on a shareholder revolt over pay at
 * Harcourt Homes' annual meeting in Leeds on Thursday 6 May 2027, from the eve of the meeting to the
 * Saturday. A British City wire, a London financial daily, a US markets site, Leeds' evening paper and
 * a housebuilding trade paper. Real disagreements, told in other words: the vote against the pay report
 * (39.6% of votes cast against "nearly a third of investors"), the vote against the chairman ("Almost
 * 28%" in a body against "22% against" in a headline-like lead), the chief executive's pay (£6.8m against
 * "8.1 million pounds") and the shareholders at the meeting ("more than 200" against 180). Traps: the
 * proxy adviser's forecast against the vote, last year's revolt, the threshold for the public register
 * of revolts, votes withheld, the chief executive's salary and bonus as parts of his pay, the most the
 * new policy allows, last year's pay and the finance director's, all private shareholders against those
 * at the meeting, and "dozens of protesters" against a range. First run, before any fix: disagreements 0/4
 * right, 0 wrong, 0 of the 19 traps taken; quotes 5/5; timeline 3/3; corroboration 1/2. Test support only.
 */
const SHAREHOLDER_PAY_REVOLT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "revolt/1",
    externalId: "h1",
    source: "City Wire",
    url: "https://citywire.example/companies/harcourt-homes-agm-preview",
    publishedAt: "2027-05-05T07:00:00Z",
    title: "Harcourt Homes braces for pay vote",
    originalText: [
      "Harcourt Homes faces a vote on its pay report at Thursday's annual meeting, after the proxy adviser ISS recommended that investors vote against it.",
      "ISS predicted opposition of about 30%, against 31% at last year's meeting.",
      "The new policy would allow the chief executive, Daniel Roper, to earn up to £11m a year.",
      "Companies where more than 20% of votes go against a resolution are named on the Investment Association's public register.",
    ].join("\n"),
  },
  {
    input: "revolt/2",
    externalId: "h2",
    source: "City Wire",
    url: "https://citywire.example/companies/harcourt-homes-pay-revolt",
    publishedAt: "2027-05-06T15:30:00Z",
    title: "Harcourt Homes investors revolt over chief executive's pay",
    originalText: [
      "Shareholders in Harcourt Homes registered a large protest over pay on Thursday, with 39.6% of votes cast against the company's remuneration report.",
      "Almost 28% of votes were cast against the re-election of the chairman, Sir Peter Lowden, and a further 4.1% of votes were withheld.",
      "More than 200 shareholders attended the meeting at the Royal Armouries in Leeds, where dozens of protesters gathered outside.",
      "“We have heard the message and we will engage with our investors,” Lowden said.",
    ].join("\n"),
  },
  {
    input: "revolt/3",
    externalId: "h3",
    source: "Leeds Evening Courier",
    url: "https://leedscourier.example/business/harcourt-agm-protest",
    publishedAt: "2027-05-06T18:00:00Z",
    title: "Protesters greet Harcourt bosses at stormy meeting",
    originalText: [
      "By Amira Haddad, Business Reporter",
      "Between 30 and 40 protesters, many of them buyers of Harcourt homes with building defects, stood outside the Royal Armouries on Thursday.",
      "Inside, 180 shareholders heard Daniel Roper defend a pay package worth £6.8m last year, up from £4.2m the year before.",
      "His package included a salary of £950,000 and a bonus of £2.1m, while the finance director, Claire Mottram, received £3.4m.",
      "“I understand the anger, but this company has delivered,” Roper told the meeting.",
    ].join("\n"),
  },
  {
    input: "revolt/4",
    externalId: "h4",
    source: "The Financial Ledger",
    url: "https://financialledger.example/companies/housebuilders/harcourt-pay-rebellion",
    publishedAt: "2027-05-07T05:00:00Z",
    title: "Harcourt chief's pay rebuffed by investors",
    originalText: [
      "Nearly a third of investors voted against Harcourt Homes' pay report on Thursday, the second year running in which the housebuilder has faced a large rebellion.",
      "The company has about 9,000 private shareholders, many of them staff.",
      "“A company that is still fixing defective homes should not be handing out record bonuses,” said Fiona Castellan, head of stewardship at Northbank Pensions.",
      "Harcourt must now consult investors and report back within six months.",
    ].join("\n"),
  },
  {
    input: "revolt/5",
    externalId: "h5",
    source: "Wall Street Daily Report",
    url: "https://wallstreetdailyreport.example/markets/europe/harcourt-homes-say-on-pay",
    publishedAt: "2027-05-07T13:00:00Z",
    title: "UK builder Harcourt Homes hit by say-on-pay protest",
    originalText: [
      "Harcourt Homes Chief Executive Daniel Roper was paid 8.1 million pounds last year, making him one of the best-paid builders in Britain, the company's annual report showed.",
      "Harcourt shares fell 2.3% in London on Friday after the vote.",
      "“Investors are telling the board that enough is enough,” said Mark Delaney, an analyst at Pinecrest Securities.",
    ].join("\n"),
  },
  {
    input: "revolt/6",
    externalId: "h6",
    source: "Housebuilder Today",
    url: "https://housebuildertoday.example/news/harcourt-chairman-survives",
    publishedAt: "2027-05-08T08:00:00Z",
    title: "Harcourt chairman survives with 22% against",
    originalText: [
      "Chairman survives with 22% against",
      "Sir Peter Lowden was re-elected as chairman of Harcourt Homes on Thursday, with 22% of votes cast against him.",
      "Harcourt said it would write to its 20 largest investors next week.",
      "“The board retains the confidence of a clear majority of shareholders,” a Harcourt spokeswoman said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function shareholderPayRevoltArticles(): Article[] {
  return linkNearDuplicates(SHAREHOLDER_PAY_REVOLT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts37 (2026-12-07), before running any code on them. The meeting
 * is Thursday 6 May 2027, the shares fell on Friday the 7th. "Nearly a third" is under 33% against the
 * 39.6% declared; "more than 200" cannot be 180. "Dozens of protesters" holds between 30 and 40.
 */
export const SHAREHOLDER_PAY_REVOLT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We have heard the message and we will engage with our investors", speaker: "Peter Lowden" },
    { text: "I understand the anger, but this company has delivered", speaker: "Daniel Roper" },
    {
      text: "A company that is still fixing defective homes should not be handing out record bonuses",
      speaker: "Fiona Castellan",
    },
    { text: "Investors are telling the board that enough is enough", speaker: "Mark Delaney" },
    { text: "The board retains the confidence of a clear majority of shareholders", speaker: "a Harcourt spokeswoman" },
  ],
  timeline: [
    { text: "with 39.6% of votes cast against the company's remuneration report", dates: ["2027-05-06"] },
    { text: "Harcourt shares fell 2.3% in London on Friday", dates: ["2027-05-07"] },
    { text: "Sir Peter Lowden was re-elected as chairman", dates: ["2027-05-06"] },
  ],
  neverDated: [],
  disagreements: [
    { values: ["39.6%", "a third"], outlets: ["City Wire", "The Financial Ledger"] },
    { values: ["28%", "22%"], outlets: ["City Wire", "Housebuilder Today"] },
    { values: ["6.8m", "8.1 million"], outlets: ["Leeds Evening Courier", "Wall Street Daily Report"] },
    { values: ["200", "180"], outlets: ["City Wire", "Leeds Evening Courier"] },
  ],
  notDisagreements: [
    // The adviser's forecast, last year's revolt and the register's threshold against the vote.
    ["30%", "39.6%"],
    ["30%", "a third"],
    ["31%", "39.6%"],
    ["31%", "a third"],
    ["20%", "22%"],
    ["20%", "28%"],
    // The pay report against the chairman's re-election; votes withheld.
    ["39.6%", "28%"],
    ["39.6%", "22%"],
    ["a third", "28%"],
    ["4.1%", "22%"],
    // Parts of the pay, the most the policy allows, last year's pay, the finance director's.
    ["950,000", "6.8m"],
    ["2.1m", "6.8m"],
    ["11m", "8.1 million"],
    ["11m", "6.8m"],
    ["4.2m", "6.8m"],
    ["3.4m", "6.8m"],
    // All private shareholders against those at the meeting; the largest investors.
    ["9,000", "200"],
    ["20", "180"],
    // "Dozens" against a range it holds.
    ["dozens", "30"],
  ],
  corroboration: [
    { text: "with 39.6% of votes cast against the company's remuneration report", outlets: 2 },
    { text: "Harcourt shares fell 2.3% in London on Friday", outlets: 1 },
  ],
};
