import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts15 (2026-12-05, before running any code on it): four
 * articles from four outlets on a sell-off of sterling, gilts and housebuilders' shares on Thursday 19
 * November 2026 after the Chancellor announced extra borrowing. A financial wire in the morning, a
 * financial paper at midday, an evening paper after the close, a national paper the next morning.
 * The real disagreement: the pound's settled close against the dollar, 1.6% lower for the evening
 * paper against 0.9% lower for the morning paper, both stated as Thursday's close. Traps: the pound's
 * moves read in the morning ("in early trading"), at midday and "at one point" (1.2%, 1.4%, 1.9%) are
 * not its close; the FTSE 250 in early trading (1.5%) against its close (2.8%, told alike by two
 * outlets); a housebuilder's shares at midday (9%, no time given) against their close (14%); the
 * pound's rate in the morning against its close; gilt yields at midday and at the close; a bound
 * ("more than 200 mortgage products") against the count it holds (240); Friday's recovery. Test
 * support only.
 */
const STERLING_SELLOFF_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "sterling/1",
    externalId: "g1",
    source: "City Wire",
    url: "https://citywire.example/markets/pound-falls-borrowing-plans",
    publishedAt: "2026-11-19T09:40:00Z",
    title: "Pound falls as Chancellor unveils £28bn borrowing plan",
    originalText: [
      "LONDON (City Wire) — The pound fell 1.2% against the dollar to $1.2630 in early trading on Thursday after Chancellor Rachel Dunmore said the government would borrow an extra £28 billion next year.",
      "The FTSE 250 index of mid-sized companies dropped 1.5% in early trading, led by housebuilders.",
      "“Markets were not prepared for a number this large,” said Priya Shah, chief economist at Halden Capital.",
    ].join("\n"),
  },
  {
    input: "sterling/2",
    externalId: "g2",
    source: "Financial Ledger",
    url: "https://financialledger.example/markets/sterling-slides-gilts-sell-off",
    publishedAt: "2026-11-19T13:15:00Z",
    title: "Sterling slides and gilts sell off after borrowing shock",
    originalText: [
      "Sterling dropped 1.4% against the dollar on Thursday, and at one point was down 1.9%, its steepest one-day fall since March.",
      "The yield on 10-year gilts rose to 4.91%, the highest since 2023.",
      "Shares in housebuilder Carrick Homes slumped 9%.",
      "Lenders pulled 240 mortgage products on Thursday morning, data firm RateWatch said.",
      "Dunmore defended the plan in the Commons: “This is borrowing to build, not borrowing to spend.”",
    ].join("\n"),
  },
  {
    input: "sterling/3",
    externalId: "g3",
    source: "Capital Evening",
    url: "https://capitalevening.example/business/pound-closes-lower-borrowing",
    publishedAt: "2026-11-19T17:45:00Z",
    title: "Pound closes sharply lower after Dunmore’s borrowing plan",
    originalText: [
      "The pound closed 1.6% lower against the dollar at $1.2570 on Thursday, after the Chancellor’s plan to borrow an extra £28 billion unsettled investors.",
      "The FTSE 250 closed down 2.8%.",
      "Carrick Homes shares ended the day 14% lower.",
      "The yield on 10-year gilts closed at 4.87%.",
    ].join("\n"),
  },
  {
    input: "sterling/4",
    externalId: "g4",
    source: "The Courier",
    url: "https://courier.example/business/sterling-borrowing-sell-off",
    publishedAt: "2026-11-20T06:30:00Z",
    title: "Sterling suffers worst day since March as borrowing plan rattles markets",
    originalText: [
      "Sterling ended Thursday 0.9% down against the dollar, after Chancellor Rachel Dunmore announced £28 billion of extra borrowing for next year.",
      "The FTSE 250 ended the day 2.8% lower.",
      "Lenders withdrew more than 200 mortgage products on Thursday, according to RateWatch.",
      "In Asian trading on Friday the pound recovered 0.3%.",
      "“The Chancellor has spooked the markets and homeowners will pay the price,” said shadow chancellor Mark Eldon.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function sterlingSelloffArticles(): Article[] {
  return linkNearDuplicates(STERLING_SELLOFF_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts15 (2026-12-05), before running any code on them. The one real
 * disagreement: the pound's close on Thursday, 1.6% lower for Capital Evening against 0.9% down for The
 * Courier.
 */
export const STERLING_SELLOFF_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Markets were not prepared for a number this large", speaker: "Priya Shah" },
    { text: "This is borrowing to build, not borrowing to spend", speaker: "Rachel Dunmore" },
    { text: "The Chancellor has spooked the markets", speaker: "Mark Eldon" },
  ],
  timeline: [
    { text: "The pound closed 1.6% lower against the dollar", dates: ["2026-11-19"] },
    { text: "In Asian trading on Friday the pound recovered 0.3%", dates: ["2026-11-20"] },
  ],
  neverDated: [{ text: "The yield on 10-year gilts rose to 4.91%, the highest since 2023", date: "2023" }],
  disagreements: [{ values: ["1.6", "0.9"], outlets: ["Capital Evening", "The Courier"] }],
  notDisagreements: [
    // The pound's moves read during the day, against each other and against its close.
    ["1.2", "1.4"],
    ["1.2", "1.9"],
    ["1.4", "1.9"],
    ["1.2", "1.6"],
    ["1.4", "1.6"],
    ["1.9", "1.6"],
    ["1.2", "0.9"],
    ["1.4", "0.9"],
    ["1.9", "0.9"],
    // The FTSE 250 in early trading and at the close; a housebuilder's shares at midday and at the close.
    ["1.5", "2.8"],
    ["9", "14"],
    // The pound's rate in the morning and at the close; gilt yields at midday and at the close.
    ["1.2630", "1.2570"],
    ["4.91", "4.87"],
    // A bound and the count it holds.
    ["200", "240"],
    // Friday's recovery against Thursday's fall.
    ["0.3", "0.9"],
    ["0.3", "1.6"],
  ],
  corroboration: [
    { text: "The FTSE 250 closed down 2.8%", outlets: 2 },
    { text: "Carrick Homes shares ended the day 14% lower", outlets: 1 },
  ],
};
