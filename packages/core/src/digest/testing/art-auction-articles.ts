import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts24 (2026-12-06, before running any code on it): five
 * articles from five outlets about a landscape by Edith Marlowe sold at auction in London on Thursday
 * 19 November 2026. Real disagreements in measures of one thing: the price with fees (£24.6 million
 * by the wire, £26.4 million by a daily), the pre-sale estimate ("estimated at" £15 million against
 * "valued at" £18 million before the sale) and how long the bidding lasted (12 minutes against a
 * "19-minute" battle). Traps: the hammer price and the price with fees, the estimate and the price,
 * the artist's previous record and the new one, what the painting fetched in 1987, the whole
 * evening's takings, a price in dollars, and a guarantee.
 * Test support only.
 */
const ART_AUCTION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "auction/1",
    externalId: "a1",
    source: "National Wire",
    url: "https://nationalwire.example/arts/marlowe-record",
    publishedAt: "2026-11-19T21:30:00Z",
    title: "Marlowe landscape sets record for British woman artist",
    originalText: [
      "LONDON (National Wire) — A landscape by Edith Marlowe sold for £24.6 million with fees at Hartley's in London on Thursday, a record for a work by a British woman artist, the auction house said.",
      "The painting, “Low Tide at Saltmarsh”, had been estimated at £15 million before the sale.",
      "Bidding lasted 12 minutes before the hammer fell to a buyer on the telephone.",
      "Marlowe's previous auction record was £12.3 million, set in New York in 2018.",
      "“Tonight the market finally caught up with her,” said Clara Wynne, Hartley's head of British art.",
    ].join("\n"),
  },
  {
    input: "auction/2",
    externalId: "a2",
    source: "The Morning Ledger",
    url: "https://morningledger.example/culture/saltmarsh-sale",
    publishedAt: "2026-11-20T06:15:00Z",
    title: "Saltmarsh painting fetches £26.4m after bidding war",
    originalText: [
      "Edith Marlowe's “Low Tide at Saltmarsh” fetched £26.4 million including the buyer's premium at Hartley's on Thursday evening, after a 19-minute bidding war between four collectors.",
      "The painting had been valued at £18 million before the sale, according to people familiar with the consignment.",
      "Hartley's had guaranteed the seller a minimum of £14 million.",
      "The evening sale as a whole raised £96 million.",
      "“I have never seen a room hold its breath like that,” said the dealer Tobias Grant, who bid on behalf of a client but dropped out at £20 million.",
    ].join("\n"),
  },
  {
    input: "auction/3",
    externalId: "a3",
    source: "Arts Review Weekly",
    url: "https://artsreview.example/market/marlowe-hammer",
    publishedAt: "2026-11-20T11:00:00Z",
    title: "Behind the Marlowe record: hammer, premium and a long wait",
    originalText: [
      "The hammer came down at £21 million for Edith Marlowe's “Low Tide at Saltmarsh” on Thursday; the buyer's premium took the total paid well above that.",
      "The painting was last sold in 1987, when it fetched £340,000 at a country-house sale.",
      "The seller, a family trust, had owned it since then.",
      "“It is a wonderful result for an artist who was overlooked for far too long,” said Wynne.",
    ].join("\n"),
  },
  {
    input: "auction/4",
    externalId: "a4",
    source: "Manhattan Post",
    url: "https://manhattanpost.example/arts/marlowe-london",
    publishedAt: "2026-11-20T03:45:00Z",
    title: "British landscape sells for $31 million in London",
    originalText: [
      "A landscape by the British painter Edith Marlowe sold for about $31 million at auction in London on Thursday, far above its high estimate.",
      "Marlowe, who died in 1961, painted the picture in 1934 on the Norfolk coast.",
      "Her previous record was set at a New York sale in 2018.",
    ].join("\n"),
  },
  {
    input: "auction/5",
    externalId: "a5",
    source: "The Morning Ledger",
    url: "https://morningledger.example/culture/saltmarsh-buyer",
    publishedAt: "2026-11-23T17:10:00Z",
    title: "Saltmarsh buyer revealed as Norwich gallery",
    originalText: [
      "The buyer of Edith Marlowe's “Low Tide at Saltmarsh” was the Castle Gallery in Norwich, which raised the money from 3,200 donors and a £10 million grant, the gallery said on Monday.",
      "“This painting belongs to Norfolk, and now it will stay here,” said its director, Helen Okafor.",
      "The gallery will put the painting on show from 1 December.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function artAuctionArticles(): Article[] {
  return linkNearDuplicates(ART_AUCTION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts24 (2026-12-06), before running any code on them. The real
 * disagreements: the price with fees (National Wire £24.6 million, Morning Ledger £26.4 million), the
 * pre-sale estimate (£15 million against £18 million) and the bidding's length (12 against 19 minutes).
 */
export const ART_AUCTION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Tonight the market finally caught up with her", speaker: "Clara Wynne" },
    { text: "I have never seen a room hold its breath like that", speaker: "Tobias Grant" },
    { text: "It is a wonderful result for an artist", speaker: "Clara Wynne" },
    { text: "This painting belongs to Norfolk", speaker: "Helen Okafor" },
  ],
  timeline: [
    { text: "sold for £24.6 million with fees at Hartley's in London on Thursday", dates: ["2026-11-19"] },
    { text: "was the Castle Gallery in Norwich", dates: ["2026-11-23"] },
  ],
  neverDated: [
    { text: "The painting was last sold in 1987", date: "2026-11-19" },
    { text: "Marlowe's previous auction record was £12.3 million, set in New York in 2018", date: "2026-11-19" },
  ],
  disagreements: [
    { values: ["24.6 million", "26.4 million"], outlets: ["National Wire", "The Morning Ledger"] },
    { values: ["15 million", "18 million"], outlets: ["National Wire", "The Morning Ledger"] },
    { values: ["12", "19"], outlets: ["National Wire", "The Morning Ledger"] },
  ],
  notDisagreements: [
    // The hammer price and the price with the buyer's premium.
    ["21 million", "24.6 million"],
    ["21 million", "26.4 million"],
    // The estimate and the price; the estimate and the seller's guarantee.
    ["15 million", "24.6 million"],
    ["18 million", "26.4 million"],
    ["14 million", "15 million"],
    ["14 million", "18 million"],
    // The previous record and the new price; the 1987 price and today's.
    ["12.3 million", "24.6 million"],
    ["340,000", "21 million"],
    // The whole evening's takings and one lot.
    ["96 million", "26.4 million"],
    // The dealer's last bid and the price; a grant and the price.
    ["20 million", "21 million"],
    ["10 million", "24.6 million"],
    // Dollars and pounds.
    ["31 million", "24.6 million"],
    ["31 million", "26.4 million"],
  ],
  corroboration: [{ text: "The evening sale as a whole raised £96 million", outlets: 1 }],
};
