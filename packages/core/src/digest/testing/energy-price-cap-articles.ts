import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts22 (2026-12-06, before running any code on it): six
 * articles from five outlets on the energy price cap announced on Friday 26 February 2027 and the
 * government's discount for poorer households announced on Monday 1 March. A wire on the cap and a
 * regional paper's syndicated rewrite of it, a national paper and a consumer site the same day, a
 * financial weekly on the discount, a think tank's costing reported on Thursday 4 March. The real
 * disagreements: households on the cap, about 22 million for the wire against 29 million for the
 * national paper; household energy debt, £4.2 billion for the national paper (Citizens Advice)
 * against £3.7 billion for the consumer site (the regulator); the discount's cost, £320 million for the
 * weekly (the Treasury) against about £380 million for the paper that reports the think tank, told
 * three days apart with no date of their own. Traps: the new cap against the old and against two
 * forecasts; the charities' demand of £400 against the £150 discount; gas against electricity (unit
 * rates and standing charges); a supplier's £250 million set aside for bad debts against the £300
 * million unpaid bills cost it. Test support only.
 */
const ENERGY_PRICE_CAP_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "energy/1",
    externalId: "e1",
    source: "Capital Wire",
    url: "https://capitalwire.example/business/energy-price-cap-rises",
    publishedAt: "2027-02-26T07:05:00Z",
    title: "Energy price cap to rise 6.4% in April",
    originalText: [
      "The energy price cap will rise by 6.4 percent to £1,738 a year for a typical household from April 1, the Energy Markets Regulator said on Friday.",
      "The cap, which covers about 22 million households, currently stands at £1,633.",
      "Analysts at Halden Analytics had forecast a cap of £1,720.",
      "The gas unit rate will rise to 6.3p per kilowatt hour and the electricity unit rate to 24.5p.",
      "“We know this is another difficult rise for households who are already stretched,” said the regulator's chief executive, Fiona Marsh.",
    ].join("\n"),
  },
  {
    input: "energy/2",
    externalId: "e2",
    source: "The Daily Ledger",
    url: "https://dailyledger.example/money/price-cap-29-million-households",
    publishedAt: "2027-02-26T12:00:00Z",
    title: "Bills to rise for 29 million households as price cap goes up",
    originalText: [
      "The price cap will rise 6.4 percent to £1,738 a year for a typical household from April 1, the regulator announced on Friday.",
      "The rise will hit 29 million households on default tariffs.",
      "Household energy debt has reached a record £4.2 billion, according to Citizens Advice.",
      "Charities called on the government to give the poorest households a discount of £400.",
      "“Families who are already behind on their bills will fall further behind,” said Dame Ruth Okonjo, chief executive of Citizens Advice.",
    ].join("\n"),
  },
  {
    input: "energy/3",
    externalId: "e3",
    source: "Money Today",
    url: "https://moneytoday.example/energy/price-cap-april-what-it-means",
    publishedAt: "2027-02-26T15:00:00Z",
    title: "Price cap rise: what it means for your bills",
    originalText: [
      "Customers owe energy suppliers £3.7 billion in unpaid bills, the regulator said on Friday.",
      "The daily standing charge for gas will fall to 31p, while the standing charge for electricity will rise to 53p.",
      "Halden Analytics expects the cap to fall to about £1,690 in July.",
      "Unpaid bills cost Britannia Energy £300 million last year, the supplier said.",
      "“Now is a good time to look at a fixed deal if you can find one below the cap,” said Tom Beckett, a consumer expert at Money Today.",
    ].join("\n"),
  },
  {
    input: "energy/4",
    externalId: "e4",
    source: "Westcountry Echo",
    url: "https://westcountryecho.example/news/energy-cap-to-rise",
    publishedAt: "2027-02-26T18:00:00Z",
    title: "Energy bills to rise in April",
    originalText: [
      "The energy price cap will rise by 6.4 percent to £1,738 a year for a typical household from April 1, the Energy Markets Regulator said on Friday.",
      "The cap, which covers about 22 million households, currently stands at £1,633.",
      "“We know this is another difficult rise for households who are already stretched,” said the regulator's chief executive, Fiona Marsh.",
      "Capital Wire",
    ].join("\n"),
  },
  {
    input: "energy/5",
    externalId: "e5",
    source: "Financial Week",
    url: "https://financialweek.example/policy/energy-discount-two-million-households",
    publishedAt: "2027-03-01T17:00:00Z",
    title: "Government offers £150 energy discount to two million households",
    originalText: [
      "The government on Monday announced a £150 discount on energy bills next winter for 2 million of the poorest households.",
      "The discount will cost £320 million, the Treasury said.",
      "Britannia Energy has set aside £250 million to cover bad debts it does not expect to recover.",
      "“This is targeted help for the people who need it most,” Energy Secretary Daniel Price said.",
    ].join("\n"),
  },
  {
    input: "energy/6",
    externalId: "e6",
    source: "The Daily Ledger",
    url: "https://dailyledger.example/money/energy-discount-costing",
    publishedAt: "2027-03-04T09:00:00Z",
    title: "Energy discount will cost more than Treasury says, think tank warns",
    originalText: [
      "The government's £150 energy discount will cost about £380 million, according to the Resolution Forum think tank.",
      "The Forum said take-up would be higher than the Treasury had assumed.",
      "“The Treasury has costed a scheme that fewer people will miss out on than it thinks,” said Leah Grant, an economist at the Resolution Forum.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function energyPriceCapArticles(): Article[] {
  return linkNearDuplicates(ENERGY_PRICE_CAP_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts22 (2026-12-06), before running any code on them. Three real
 * disagreements: households on the cap (about 22 against 29 million), household energy debt (£4.2
 * against £3.7 billion) and the discount's cost (£320 against about £380 million).
 */
export const ENERGY_PRICE_CAP_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We know this is another difficult rise for households", speaker: "Fiona Marsh" },
    { text: "Families who are already behind on their bills will fall further behind", speaker: "Ruth Okonjo" },
    { text: "Now is a good time to look at a fixed deal", speaker: "Tom Beckett" },
    { text: "This is targeted help for the people who need it most", speaker: "Daniel Price" },
    { text: "The Treasury has costed a scheme", speaker: "Leah Grant" },
  ],
  timeline: [
    // Written as the Friday only; revised after the run: a plan told before its saying is an upcoming
    // entry at its own day (timeline20), so April 1 is right too.
    { text: "the Energy Markets Regulator said on Friday", dates: ["2027-02-26", "2027-04-01"] },
    { text: "The government on Monday announced a £150 discount", dates: ["2027-03-01"] },
  ],
  neverDated: [],
  disagreements: [
    { values: ["22 million", "29 million"], outlets: ["Capital Wire", "The Daily Ledger"] },
    { values: ["4.2 billion", "3.7 billion"], outlets: ["The Daily Ledger", "Money Today"] },
    { values: ["320 million", "380 million"], outlets: ["Financial Week", "The Daily Ledger"] },
  ],
  notDisagreements: [
    // The new cap against the old one and the forecasts.
    ["1,738", "1,633"],
    ["1,738", "1,720"],
    ["1,738", "1,690"],
    ["1,633", "1,720"],
    // The charities' demand against the discount.
    ["400", "150"],
    // Gas against electricity.
    ["6.3", "24.5"],
    ["31", "53"],
    // A supplier's money set aside against what unpaid bills cost it.
    ["250 million", "300 million"],
    // The discount's households against those on the cap; a supplier's losses against the scheme's cost.
    ["2 million", "22 million"],
    ["2 million", "29 million"],
    ["300 million", "320 million"],
    ["250 million", "320 million"],
  ],
  corroboration: [
    // The wire (and its rewrite, once) and the national paper.
    { text: "The energy price cap will rise by 6.4 percent to £1,738", outlets: 2 },
    { text: "Analysts at Halden Analytics had forecast a cap of £1,720", outlets: 1 },
    { text: "Britannia Energy has set aside £250 million", outlets: 1 },
  ],
  headline: ["discount", "cost"],
};
