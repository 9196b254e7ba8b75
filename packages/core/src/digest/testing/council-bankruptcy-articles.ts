import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline22, 2026-12-06, before running any code on
 * it): six articles from five outlets on Harrowfield Borough Council, which issued a section 114
 * notice (declared itself effectively bankrupt) on Tuesday 14 December 2027. A wire that evening, the
 * local paper the next morning ("yesterday", "last Friday", "next Monday"), a national paper on the
 * Friday ("on Thursday night", "by January 14" across the year end, "last month", "a review launched
 * in June"), the local paper on the Tuesday after ("on Monday", "Earlier this week", "on March 31"),
 * an undated trade-press piece, and the wire on Friday 14 January 2028 ("on December 14" told in the
 * new year, "next Tuesday"). Traps: background dates inside sentences about the news ("since
 * Northbridge went bust in March 2019", "since 2018", "an external audit in June"), months without a
 * year on both sides of the year end. Test support only.
 */
const COUNCIL_BANKRUPTCY_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "council/1",
    externalId: "c1",
    source: "Local Government Wire",
    url: "https://lgwire.example/news/harrowfield-section-114",
    publishedAt: "2027-12-14T17:30:00Z",
    title: "Harrowfield council declares itself effectively bankrupt",
    originalText: [
      "Harrowfield Borough Council issued a section 114 notice on Tuesday, effectively declaring itself bankrupt after a £38 million hole opened in its budget.",
      "The notice bans all new spending except on services the council must provide by law.",
      "Councillors will meet on Thursday to discuss the notice, as the law requires within 21 days.",
      "The council's finances have been under scrutiny since an external audit in June found it had borrowed £210 million to buy commercial property.",
      "“This is the hardest day of my twenty years in local government,” said council leader Priya Halloran.",
    ].join("\n"),
  },
  {
    input: "council/2",
    externalId: "c2",
    source: "Harrowfield Echo",
    url: "https://harrowfieldecho.example/news/council-staff-recruitment-freeze",
    publishedAt: "2027-12-15T07:00:00Z",
    title: "Council staff told of recruitment freeze as town hall goes bust",
    originalText: [
      "By Daniel Frost",
      "Staff at Harrowfield Borough Council were told yesterday that recruitment had been frozen, hours after the authority declared itself effectively bankrupt.",
      "The council's finance director, Martin Oduya, warned councillors last Friday that the authority could not balance its books.",
      "The £38 million deficit is the largest faced by a district council since Northbridge went bust in March 2019, the Local Government Association said.",
      "Cllr Halloran said a recovery plan would be put to the full council next Monday.",
      "“Nobody who relies on us for care will be left without it,” Halloran said.",
    ].join("\n"),
  },
  {
    input: "council/3",
    externalId: "c3",
    source: "The Daily Ledger",
    url: "https://dailyledger.example/politics/harrowfield-commissioners",
    publishedAt: "2027-12-17T06:00:00Z",
    title: "Government to send commissioners into bankrupt Harrowfield",
    originalText: [
      "Councillors in Harrowfield voted on Thursday night to accept the section 114 notice, and the government said it would send commissioners into the town hall.",
      "Ministers will decide by January 14 whether to let the council sell assets to cover its day-to-day costs.",
      "The council's auditors warned last month that its reserves would run out by April.",
      "Harrowfield is the ninth council to issue such a notice since 2018.",
      "A review of council finances launched in June found that a further 19 authorities were at risk.",
      "“Harrowfield gambled with public money and lost,” said Tom Mercer, the shadow local government secretary.",
    ].join("\n"),
  },
  {
    input: "council/4",
    externalId: "c4",
    source: "Harrowfield Echo",
    url: "https://harrowfieldecho.example/news/libraries-to-close-recovery-plan",
    publishedAt: "2027-12-21T18:00:00Z",
    title: "Four libraries to close under Harrowfield recovery plan",
    originalText: [
      "By Daniel Frost",
      "The full council approved a recovery plan on Monday that will close four libraries and two leisure centres.",
      "The plan was passed by 31 votes to 12 after a debate that lasted more than four hours.",
      "The four libraries will close on March 31.",
      "Earlier this week, the government named Sir Alan Pemberton as lead commissioner.",
      "“We did not want any of this, but the alternative was worse,” Halloran said.",
    ].join("\n"),
  },
  {
    input: "council/5",
    externalId: "c5",
    source: "Municipal Finance Review",
    url: "https://municipalfinance.example/analysis/harrowfield-property-gamble",
    title: "How Harrowfield's property gamble went wrong",
    originalText: [
      "Harrowfield began buying shopping centres and office blocks in 2016, borrowing cheaply from the Public Works Loan Board.",
      "The council's auditors, Grant & Pyle, first raised concerns in 2021.",
      "Rental income from the properties fell by a third during the pandemic and never recovered.",
      "“Councils were encouraged to become property developers, and some were never equipped to do it,” said Helen Achebe, a local government finance expert at Midland University.",
    ].join("\n"),
  },
  {
    input: "council/6",
    externalId: "c6",
    source: "Local Government Wire",
    url: "https://lgwire.example/news/harrowfield-asset-sales-approved",
    publishedAt: "2028-01-14T16:00:00Z",
    title: "Harrowfield allowed to sell £60 million of property",
    originalText: [
      "Ministers on Friday granted Harrowfield Borough Council permission to sell up to £60 million of property to meet its running costs.",
      "The council declared itself effectively bankrupt on December 14.",
      "The first sales, of two office blocks in the town centre, are due to be completed in February.",
      "Commissioners will present their first report to ministers next Tuesday.",
      "“This buys us time, not a way out,” said Sir Alan Pemberton, the lead commissioner.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function councilBankruptcyArticles(): Article[] {
  return linkNearDuplicates(COUNCIL_BANKRUPTCY_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline22 (2026-12-06), before running any code on them. "Last
 * Friday" in a Wednesday paper is five days back; "next Monday" in a Wednesday paper is the coming
 * Monday; "by January 14" and "on March 31" in December are next year's; "on December 14" in January
 * is last year's; "in June" and "last month" in December are this year's; "Earlier this week" in a
 * Tuesday paper is that week's Monday or Tuesday (a month is accepted).
 */
export const COUNCIL_BANKRUPTCY_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This is the hardest day of my twenty years in local government", speaker: "Priya Halloran" },
    { text: "Nobody who relies on us for care will be left without it", speaker: "Priya Halloran" },
    { text: "Harrowfield gambled with public money and lost", speaker: "Tom Mercer" },
    { text: "We did not want any of this, but the alternative was worse", speaker: "Priya Halloran" },
    { text: "Councils were encouraged to become property developers", speaker: "Helen Achebe" },
    { text: "This buys us time, not a way out", speaker: "Alan Pemberton" },
  ],
  timeline: [
    { text: "Harrowfield Borough Council issued a section 114 notice on Tuesday", dates: ["2027-12-14"] },
    { text: "Councillors will meet on Thursday to discuss the notice", dates: ["2027-12-16"] },
    { text: "were told yesterday that recruitment had been frozen", dates: ["2027-12-14"] },
    { text: "warned councillors last Friday that the authority could not balance", dates: ["2027-12-10"] },
    { text: "a recovery plan would be put to the full council next Monday", dates: ["2027-12-20"] },
    { text: "Councillors in Harrowfield voted on Thursday night", dates: ["2027-12-16"] },
    { text: "Ministers will decide by January 14", dates: ["2028-01-14"] },
    { text: "The council's auditors warned last month", dates: ["2027-11"] },
    { text: "The full council approved a recovery plan on Monday", dates: ["2027-12-20"] },
    { text: "The four libraries will close on March 31", dates: ["2028-03-31"] },
    { text: "Earlier this week, the government named Sir Alan Pemberton", dates: ["2027-12"] },
    { text: "Ministers on Friday granted Harrowfield Borough Council permission", dates: ["2028-01-14"] },
    { text: "Commissioners will present their first report to ministers next Tuesday", dates: ["2028-01-18"] },
  ],
  neverDated: [
    // Background dates inside sentences about this week's news.
    { text: "is the largest faced by a district council since Northbridge", date: "2019" },
    { text: "the ninth council to issue such a notice since 2018", date: "2018" },
    // A month without a year: June before December is this year's, January and March after it next year's.
    { text: "under scrutiny since an external audit in June", date: "2026-06" },
    { text: "under scrutiny since an external audit in June", date: "2028-06" },
    { text: "A review of council finances launched in June", date: "2026-06" },
    { text: "A review of council finances launched in June", date: "2028-06" },
    { text: "Ministers will decide by January 14", date: "2027-01-14", exact: true },
    { text: "The four libraries will close on March 31", date: "2027-03-31", exact: true },
    { text: "The council's auditors warned last month", date: "2027-04" },
    { text: "The council's auditors warned last month", date: "2028-04" },
    // "on December 14" in a January paper is last December's.
    { text: "The council declared itself effectively bankrupt on December 14", date: "2028-12-14", exact: true },
    { text: "The first sales, of two office blocks", date: "2027-02" },
    // "last Friday" in a Wednesday paper is not the Friday to come.
    { text: "warned councillors last Friday that the authority could not balance", date: "2027-12-17", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // The deficit against the borrowing and the sales; votes; libraries against leisure centres.
    ["38 million", "210 million"],
    ["38 million", "60 million"],
    ["210 million", "60 million"],
    ["31", "12"],
    ["four", "two"],
    ["21", "19"],
  ],
  corroboration: [
    { text: "Harrowfield Borough Council issued a section 114 notice on Tuesday", outlets: 2 },
    { text: "Rental income from the properties fell by a third", outlets: 1 },
  ],
  headline: ["permission", "sell"],
  sameEntry: [
    [
      "Harrowfield Borough Council issued a section 114 notice on Tuesday",
      "The council declared itself effectively bankrupt on December 14",
    ],
  ],
  order: [
    "warned councillors last Friday that the authority could not balance",
    "Harrowfield Borough Council issued a section 114 notice on Tuesday",
    "Councillors in Harrowfield voted on Thursday night",
    "The full council approved a recovery plan on Monday",
    "Ministers on Friday granted Harrowfield Borough Council permission",
    "Commissioners will present their first report to ministers next Tuesday",
    "The four libraries will close on March 31",
  ],
};
