/**
 * The lead's held-out batch N (session 29, 2026-12-07): texts and expectations written by helper heldout16 before any run, kept
 * outside the repository while unfitted (first run on 0a381dc3 and after the session's merges: see the README's facts
 * table), added here at the session's end; the lead read their misses after the unfitted runs, so they are fitted from now on.
 * A regional water company is fined for years of illegal sewage spills into a river, Tuesday 13 to Friday 16 February 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "sewage/1",
    externalId: "w1",
    source: "Water Industry Journal",
    url: "https://waterindustryjournal.example/regulation/wessmoor-sentencing-preview",
    publishedAt: "2046-02-13T09:00:00Z",
    title: "Wessmoor Water faces heavy fine over River Kell spills",
    originalText: [
      "Wessmoor Water will be sentenced on Thursday at Exbridge Crown Court for illegal sewage discharges into the River Kell, and lawyers expect the fine to exceed £50m.",
      "The company pleaded guilty in November to 14 charges brought by the Environment Agency; it had originally faced 16.",
      "Its chief executive, Martin Ashdown, received 2.3 million pounds in pay and bonuses last year, the company's annual report shows.",
      "Customers' bills will rise by 19 per cent over the next five years under a settlement the Water Services Authority approved in December.",
      "“A guilty plea takes a third off whatever figure the judge starts from.” — Helen Corrie, environmental lawyer at Lathbury Fenn",
      "The largest fine yet imposed on a water company in England and Wales was £72m, in 2034.",
    ].join("\n"),
  },
  {
    input: "sewage/2",
    externalId: "w2",
    source: "Press Union News",
    url: "https://pressunionnews.example/uk/wessmoor-water-fined-river-kell",
    publishedAt: "2046-02-15T16:00:00Z",
    title: "Wessmoor Water fined £38m for polluting River Kell",
    originalText: [
      "EXBRIDGE, England (PUN) — Wessmoor Water was fined £38m on Thursday for pouring raw sewage into the River Kell for years, and ordered to pay £1.2m in prosecution costs.",
      "The company's sewage works and storm overflows discharged illegally 412 times between 2038 and 2041, for a total of 2,100 hours, the Environment Agency told the court.",
      "Judge Miriam Harcastle said the fine would have been £57m had the company not pleaded guilty.",
      "“Wessmoor treated the River Kell as an open sewer, and it did so with its eyes open,” the judge said.",
      "According to Priya Nandra, the agency's area manager, “the company knew what was happening and chose not to spend the money.”",
      "Wessmoor made a profit of £212m last year.",
      "Chief executive Martin Ashdown said: “We accept the court's decision and we are deeply sorry.”",
    ].join("\n"),
  },
  {
    input: "sewage/3",
    externalId: "w3",
    source: "Westcountry Evening Courier",
    url: "https://westcountrycourier.example/news/wire/wessmoor-fine-kell-sewage",
    publishedAt: "2046-02-15T20:30:00Z",
    title: "Water firm must pay £38m over Kell sewage",
    originalText: [
      "Wessmoor Water has been ordered to pay a £38m fine and £1.2m in prosecution costs for pouring raw sewage into the River Kell.",
      "The Environment Agency told Exbridge Crown Court the firm's works and overflows had spilled illegally 412 times from 2038 to 2041, for 2,100 hours in all.",
      "Without its guilty plea, the fine would have been £57m, Judge Miriam Harcastle said.",
      "“We accept the court's decision and we are deeply sorry,” said chief executive Martin Ashdown.",
      "(PUN)",
    ].join("\n"),
  },
  {
    input: "sewage/4",
    externalId: "w4",
    source: "Kell Valley Advertiser",
    url: "https://kellvalleyadvertiser.example/news/wessmoor-fine-what-it-means",
    publishedAt: "2046-02-16T07:00:00Z",
    title: "Wessmoor's £39.2m bill: what the sewage fine means for the Kell",
    originalText: [
      "Wessmoor Water was fined £38m at Exbridge Crown Court yesterday, and with £1.2m of prosecution costs its bill for polluting the Kell comes to £39.2m.",
      "Over four years the firm let sewage flow into the river for 1,740 hours, killing fish along a 6km stretch below Tellbridge.",
      "Agency officers had put the damage at between 5 and 8 kilometres of river when the fish kill was first reported in 2040.",
      "Under the five-year settlement approved in December, bills for Wessmoor's 1.4 million customers will rise by 23%, starting in April.",
      "Campaigners want the company to spend £400m cleaning up the Kell; Ashdown has promised £120m.",
      "“Every penny of that fine should go back into this river,” said Nandra, who led the investigation.",
      "The fine will go to the Treasury, not to the river.",
    ].join("\n"),
  },
  {
    input: "sewage/5",
    externalId: "w5",
    source: "The Daily Rocket",
    url: "https://dailyrocket.example/news/water-boss-sewage-river-kell",
    title: "STINKING RICH: Water boss pocketed millions as sewage choked river",
    originalText: [
      "A water giant that spewed raw sewage into a beauty-spot river on 367 separate occasions has been hit with a £38m fine — about £27 for every one of its customers.",
      "Boss Martin Ashdown, 58, pocketed £1.9m last year while the River Kell choked.",
      "Wessmoor was punished on Thursday at Exbridge Crown Court, where the judge said the firm had treated the Kell as 'an open sewer'.",
      "The firm admitted 14 charges.",
      "'My grandchildren can't paddle in this river any more,' said Tom Elliott, 71, of the Save the Kell campaign.",
    ].join("\n"),
  },
];

export function sewageDischargeFineArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (England is on UTC in February). "On Thursday" in
 * Tuesday's trade story is the 15th, to come; "on Thursday" in Thursday's wire is the 15th and
 * "yesterday" in Friday's paper too; "on Thursday" in the undated tabloid is the 15th if anything;
 * "in November" and "in December" in February are 2045's; "starting in April" is April 2046.
 */
export const SEWAGE_DISCHARGE_FINE_EXPECTED: ExpectedFacts = {
  quotes: [
    // "“…” — Name, title": a pull quote.
    { text: "A guilty plea takes a third off whatever figure the judge starts from", speaker: "Helen Corrie" },
    // Title-only attribution ("the judge"), the name given the sentence before.
    {
      text: "Wessmoor treated the River Kell as an open sewer, and it did so with its eyes open",
      speaker: "Miriam Harcastle",
    },
    // "According to Name, title, “…”", lower-case opening: partial by the house rule.
    {
      text: "the company knew what was happening and chose not to spend the money",
      speaker: "Priya Nandra",
      partial: true,
    },
    // In the wire (Name said: “…”) and its rewrite (said title Name).
    { text: "We accept the court's decision and we are deeply sorry", speaker: "Martin Ashdown" },
    // Surname-only; the full name is in the wire.
    { text: "Every penny of that fine should go back into this river", speaker: "Priya Nandra" },
    // A fragment in single quotes.
    { text: "an open sewer", speaker: "Miriam Harcastle", partial: true },
    { text: "My grandchildren can't paddle in this river any more", speaker: "Tom Elliott" },
  ],
  timeline: [
    { text: "Wessmoor Water will be sentenced on Thursday at Exbridge Crown Court", dates: ["2046-02-15"] },
    { text: "The company pleaded guilty in November to 14 charges", dates: ["2045-11"] },
    { text: "under a settlement the Water Services Authority approved in December", dates: ["2045-12"] },
    { text: "Wessmoor Water was fined £38m on Thursday", dates: ["2046-02-15"] },
    { text: "Wessmoor Water was fined £38m at Exbridge Crown Court yesterday", dates: ["2046-02-15"] },
    { text: "will rise by 23%, starting in April", dates: ["2046-04"] },
    { text: "Wessmoor was punished on Thursday at Exbridge Crown Court", dates: [null, "2046-02-15"] },
  ],
  neverDated: [
    { text: "discharged illegally 412 times between 2038 and 2041", date: "2038" },
    { text: "discharged illegally 412 times between 2038 and 2041", date: "2041" },
    { text: "had spilled illegally 412 times from 2038 to 2041", date: "2038" },
    { text: "was £72m, in 2034", date: "2034" },
    { text: "when the fish kill was first reported in 2040", date: "2040" },
    { text: "The company pleaded guilty in November to 14 charges", date: "2046-11" },
    { text: "under a settlement the Water Services Authority approved in December", date: "2046-12" },
    { text: "will rise by 23%, starting in April", date: "2045-04" },
  ],
  disagreements: [
    // How long the illegal spills lasted in all: "for a total of 2,100 hours" against "for 1,740 hours".
    { values: ["2,100", "1,740"], outlets: ["Press Union News", "Kell Valley Advertiser"] },
    // How many illegal spills: "discharged illegally 412 times" against "on 367 separate occasions".
    { values: ["412", "367"], outlets: ["Press Union News", "The Daily Rocket"] },
    // The five-year rise in bills: "rise by 19 per cent" against "rise by 23%".
    { values: ["19", "23"], outlets: ["Water Industry Journal", "Kell Valley Advertiser"] },
    // The chief executive's pay last year: "2.3 million pounds in pay and bonuses" against "pocketed £1.9m".
    { values: ["2.3", "1.9"], outlets: ["Water Industry Journal", "The Daily Rocket"] },
  ],
  notDisagreements: [
    // Lawyers' forecast against the fine.
    ["50", "38"],
    // The fine before the plea's discount against the fine imposed.
    ["57", "38"],
    // Fine and costs, parts of the whole bill.
    ["38", "39.2"],
    ["1.2", "39.2"],
    ["38", "1.2"],
    // A 2034 precedent.
    ["72", "38"],
    // Charges faced against charges admitted; charges against spills.
    ["16", "14"],
    ["14", "412"],
    // Campaigners' demand against the company's promise.
    ["400", "120"],
    // The fine and what it comes to per customer.
    ["38", "27"],
    // Profit against fine.
    ["212", "38"],
    // An early range against the court's figure.
    ["5", "6"],
    ["8", "6"],
    // Two people's ages.
    ["58", "71"],
    // Customers against the chief executive's pay.
    ["1.4", "1.9"],
  ],
  corroboration: [
    // The wire (with its rewrite), the local paper and the tabloid.
    { text: "Wessmoor Water was fined £38m on Thursday", outlets: 3 },
    // Carried only by the wire and its rewrite.
    { text: "said the fine would have been £57m had the company not pleaded guilty", outlets: 1 },
    // The trade paper and the tabloid ("The firm admitted 14 charges").
    { text: "The company pleaded guilty in November to 14 charges", outlets: 2 },
  ],
  headline: ["fined", "38"],
  summary: {
    holds: ["38"],
    never: ["lawyers expect the fine to exceed £50m"],
  },
  sameEntry: [
    ["Wessmoor Water was fined £38m on Thursday", "Wessmoor Water was fined £38m at Exbridge Crown Court yesterday"],
  ],
  order: [
    "The company pleaded guilty in November to 14 charges",
    "under a settlement the Water Services Authority approved in December",
    "Wessmoor Water was fined £38m on Thursday",
    "will rise by 23%, starting in April",
  ],
  supersession: {
    apart: [
      ["lawyers expect the fine to exceed £50m", "Wessmoor Water was fined £38m on Thursday"],
      [
        "Wessmoor Water will be sentenced on Thursday at Exbridge Crown Court",
        "Wessmoor Water was fined £38m on Thursday",
      ],
    ],
    current: [
      "The company pleaded guilty in November to 14 charges",
      "will rise by 23%, starting in April",
      "Ashdown has promised £120m",
    ],
  },
};
