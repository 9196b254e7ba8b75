import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline18, 2026-12-05, before any digest of it
 * was run): four dated articles from three British outlets and one undated tenants' union post on a
 * landlord company ordered by a tribunal in February 2031 to pay £410,000 to 23 tenants it evicted
 * late in 2030, given 48 hours by a county court judge on Thursday 10 April 2031, paying on Saturday
 * 12 April, and its director fined for contempt on Tuesday 15 April. Traps: a deadline in the past
 * ("was ordered to pay the money by March 3" in an April paper is this year's March 3), "late last
 * year", "next Tuesday" and "on the 14th" in a Friday paper, "within 48 hours", "earlier this week"
 * in a Thursday paper, background years inside sentences about this week ("Vayne, who bought Wharf
 * House in 2019, told the court on Tuesday …", an act of 1977, an act of 2025), one hearing told by
 * a wire the same evening and by a local paper the next morning (one entry), and an undated post
 * whose days cannot be placed. Test support only.
 */
const LANDLORD_EVICTION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "landlord-eviction/1",
    externalId: "bpw-1",
    source: "British Press Wire",
    url: "https://britishpresswire.example.co.uk/news/kestrel-tenants-48-hours",
    publishedAt: "2031-04-10T17:30:00Z",
    title: "Landlord given 48 hours to pay £410,000 to evicted tenants",
    originalText: [
      "A landlord company that unlawfully evicted 23 tenants from a Lowbridge tower block has been given two days to pay them £410,000 in compensation.",
      "At Lowbridge County Court on Thursday, District Judge Helen Morrow said Kestrel Property Group must pay within 48 hours or have its bank accounts frozen.",
      "A property tribunal ordered the payout in February, ruling that the evictions breached the Protection from Eviction Act 1977.",
      "“We have waited months for a penny,” said Amira Khalid, 41, one of the evicted tenants.",
    ].join("\n\n"),
  },
  {
    input: "landlord-eviction/2",
    externalId: "lowbridge-chronicle-1",
    source: "Lowbridge Chronicle",
    url: "https://lowbridgechronicle.example.co.uk/news/2031/04/11/kestrel-wharf-house-judge",
    publishedAt: "2031-04-11T07:00:00Z",
    title: "Judge's ultimatum to Wharf House landlord",
    originalText: [
      "A judge on Thursday gave Kestrel Property Group 48 hours to pay £410,000 to the 23 former tenants of Wharf House or have its accounts frozen.",
      "Kestrel was ordered to pay the money by March 3 but has paid nothing, the court heard.",
      "The tenants were forced out late last year after the locks were changed while they were at work.",
      "District Judge Helen Morrow said the company's conduct had been “contemptuous of this court and of its own tenants.”",
      "A hearing on whether the company's director, Colin Vayne, is in contempt of court will be held next Tuesday.",
      "The tenants' separate claim for their lost belongings will be heard on the 14th.",
    ].join("\n\n"),
  },
  {
    input: "landlord-eviction/3",
    externalId: "lowbridge-chronicle-2",
    source: "Lowbridge Chronicle",
    url: "https://lowbridgechronicle.example.co.uk/news/2031/04/14/kestrel-pays-tenants",
    publishedAt: "2031-04-14T07:00:00Z",
    title: "Kestrel pays Wharf House tenants in full",
    originalText: [
      "Kestrel Property Group paid the £410,000 in full on Saturday morning, hours before its accounts were due to be frozen, the tenants' solicitor said.",
      "“They paid because they had no choice,” said Priya Nandra, the tenants' solicitor.",
      "Each of the 23 tenants will receive between £9,000 and £31,000.",
    ].join("\n\n"),
  },
  {
    input: "landlord-eviction/4",
    externalId: "property-law-weekly-1",
    source: "Property Law Weekly",
    url: "https://propertylawweekly.example.co.uk/cases/kestrel-director-contempt-fine",
    publishedAt: "2031-04-17T10:00:00Z",
    title: "Kestrel director fined £25,000 for contempt",
    originalText: [
      "Colin Vayne, Kestrel Property Group's sole director, was fined £25,000 for contempt of court on Tuesday.",
      "Vayne, who bought Wharf House in 2019, told the court on Tuesday that he had sold two other buildings to raise the money.",
      "Earlier this week, Lowbridge City Council said it would require licences for all 140 flats Kestrel lets in the city.",
      "Landlords who evict tenants without a court order can face unlimited fines under the Renters' Rights Act 2025.",
    ].join("\n\n"),
  },
  {
    input: "landlord-eviction/5",
    externalId: "lowbridge-renters-union-1",
    source: "Lowbridge Renters Union",
    url: "https://lowbridgerenters.example.org.uk/blog/wharf-house-we-won",
    title: "Wharf House: how we won",
    originalText: [
      "The locks were changed on a Tuesday morning in November, while most of us were at work.",
      "The tribunal found in our favour in February.",
      "On Saturday the money finally arrived.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function landlordEvictionArticles(): Article[] {
  return linkNearDuplicates(LANDLORD_EVICTION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. A deadline already past in the paper's
 * month is this year's; "late last year" is last year (any part of it, never this year); a
 * background year in a relative clause or an act's name never dates the sentence. A plan is told at
 * its day. The undated post's days stay undated (or take the date of the dated entry telling the
 * same event), in the order it tells them.
 */
export const LANDLORD_EVICTION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We have waited months for a penny", speaker: "Amira Khalid" },
    { text: "contemptuous of this court and of its own tenants", speaker: "Helen Morrow", partial: true },
    { text: "They paid because they had no choice", speaker: "Priya Nandra" },
  ],
  timeline: [
    { text: "District Judge Helen Morrow said Kestrel Property Group must pay within 48 hours", dates: ["2031-04-10"] },
    { text: "A judge on Thursday gave Kestrel Property Group 48 hours", dates: ["2031-04-10"] },
    { text: "A property tribunal ordered the payout in February", dates: ["2031-02"] },
    // The order (February), its deadline or the day the court heard it: never next year's March 3.
    { text: "Kestrel was ordered to pay the money by March 3", dates: ["2031-03-03", "2031-02", "2031-04-10"] },
    { text: "The tenants were forced out late last year", dates: ["2030"] },
    // Next Tuesday and the 14th from Friday 11 April.
    { text: "is in contempt of court will be held next Tuesday", dates: ["2031-04-15"] },
    { text: "The tenants' separate claim for their lost belongings will be heard on the 14th", dates: ["2031-04-14"] },
    { text: "Kestrel Property Group paid the £410,000 in full on Saturday morning", dates: ["2031-04-12"] },
    { text: "was fined £25,000 for contempt of court on Tuesday", dates: ["2031-04-15"] },
    { text: "Vayne, who bought Wharf House in 2019, told the court on Tuesday", dates: ["2031-04-15"] },
    // Earlier this week in a Thursday paper: Monday to Wednesday.
    {
      text: "Earlier this week, Lowbridge City Council said it would require licences",
      dates: ["2031-04-14", "2031-04-15", "2031-04-16"],
    },
    // The undated post.
    { text: "The locks were changed on a Tuesday morning in November", dates: [null, "2030-11"] },
    { text: "The tribunal found in our favour in February", dates: [null, "2031-02"] },
    { text: "On Saturday the money finally arrived", dates: [null, "2031-04-12"] },
  ],
  neverDated: [
    { text: "Kestrel was ordered to pay the money by March 3", date: "2032" },
    { text: "The tenants were forced out late last year", date: "2031" },
    { text: "Vayne, who bought Wharf House in 2019", date: "2019" },
    { text: "breached the Protection from Eviction Act 1977", date: "1977" },
    { text: "under the Renters' Rights Act 2025", date: "2025" },
    // Earlier this week is not the paper's own day; the 14th is not next month's.
    { text: "Earlier this week, Lowbridge City Council said", date: "2031-04-17", exact: true },
    { text: "will be heard on the 14th", date: "2031-05-14", exact: true },
    // Next Tuesday from a Friday is not the Tuesday after it.
    { text: "will be held next Tuesday", date: "2031-04-22", exact: true },
    // An undated post's November is not the coming one.
    { text: "The locks were changed on a Tuesday morning in November", date: "2031-11" },
  ],
  disagreements: [],
  notDisagreements: [
    // The payout against the fine; the tenants against the flats; an age against the tenants; shares of the payout.
    ["410,000", "25,000"],
    ["23", "140"],
    ["41", "23"],
    ["9,000", "31,000"],
  ],
  corroboration: [{ text: "Colin Vayne, Kestrel Property Group's sole director, was fined £25,000", outlets: 1 }],
  sameEntry: [
    [
      "District Judge Helen Morrow said Kestrel Property Group must pay within 48 hours",
      "A judge on Thursday gave Kestrel Property Group 48 hours",
    ],
  ],
  order: [
    "The locks were changed on a Tuesday morning in November",
    "The tribunal found in our favour in February",
    "On Saturday the money finally arrived",
  ],
};
