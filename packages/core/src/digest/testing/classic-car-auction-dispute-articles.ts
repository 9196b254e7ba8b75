/**
 * The lead's held-out batch N (session 29, 2026-12-07): texts and expectations written by helper heldout16 before any run, kept
 * outside the repository while unfitted (first run on 0a381dc3 and after the session's merges: see the README's facts
 * table), added here at the session's end; the lead read their misses after the unfitted runs, so they are fitted from now on.
 * A 1961 racing car sets a British auction record and its sale is frozen over a theft claim, Saturday 14 to Thursday 19 May 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "classic/1",
    externalId: "a1",
    source: "Anglia Newswire",
    url: "https://anglianewswire.example/uk/castellan-spider-auction-record",
    publishedAt: "2044-05-14T19:00:00Z",
    title: "1961 Castellan Spider sells for record £18.2m",
    originalText: [
      "HARTFIELD, England (AN) — A 1961 Castellan 250 Spider sold for £18.2m (about $23m) at auction on Saturday, a record for a car sold in Britain, auctioneers Penrose & Vane said.",
      "The price, which includes the buyer's premium, beat the previous British record of £14.9m set in 2039.",
      "The car, one of nine built, had been estimated at £12m to £15m.",
      "Bidding lasted 14 minutes before the hammer fell to a telephone bidder.",
      "“I have never heard a saleroom go so quiet,” said auctioneer Clara Voss.",
      "The seller, retired racing driver Sir Anthony Rook, 83, bought the car in 1991; his father, Sir Gerald Rook, drove it at Le Mans in 1963.",
    ].join("\n"),
  },
  {
    input: "classic/2",
    externalId: "a2",
    source: "East Midlands Evening News",
    url: "https://eastmidlandseveningnews.example/news/wire/castellan-record-price",
    publishedAt: "2044-05-14T22:00:00Z",
    title: "Classic Castellan fetches record £18.2m",
    originalText: [
      "A 1961 Castellan 250 Spider has fetched £18.2m at auction, the highest price ever paid for a car in Britain.",
      "Auctioneers Penrose & Vane said the price, including buyer's premium, beat the £14.9m British record set in 2039.",
      "A telephone bidder won after 14 minutes of bidding, against a pre-sale estimate of £12m to £15m.",
      "“I have never heard a saleroom go so quiet,” auctioneer Clara Voss said.",
      "(AN)",
    ].join("\n"),
  },
  {
    input: "classic/3",
    externalId: "a3",
    source: "The Sunday Blaze",
    url: "https://sundayblaze.example/news/le-mans-legend-car-record-auction",
    publishedAt: "2044-05-15T06:00:00Z",
    title: "RACE ACE'S TEARS AS OLD FLAME SELLS FOR £18.2M",
    originalText: [
      "A racing family's old Le Mans car went under the hammer for a jaw-dropping £18.2m last night after an 11-minute bidding war.",
      "Sir Anthony Rook, 83, wiped away tears as the gavel came down in the packed saleroom at Hartfield House.",
      "'She was my first love, and it broke my heart to let her go,' he said.",
      "The gleaming red Spider has clocked up just 31,000 miles.",
      "About 300 people crammed into the saleroom, with phone bidders from 12 countries.",
      "The new owner, who has not been named, is expected to take delivery of the car next week.",
    ].join("\n"),
  },
  {
    input: "classic/4",
    externalId: "a4",
    source: "Hartfield & District Times",
    url: "https://hartfieldtimes.example/news/castellan-sale-theft-claim",
    title: "Record car sale in doubt after theft claim",
    originalText: [
      "The record-breaking sale of a classic racing car at Hartfield House has been thrown into doubt after a German family claimed the car was stolen from them.",
      "Lawyers for Stefan Brandt, 62, say the Castellan was taken from his late father's garage in Hamburg in 1988 and never recovered.",
      "Sir Anthony bought the car at a sale in Geneva in 1991 for £240,000, his spokesman said.",
      "Brandt's lawyers are seeking the £18.2m sale price; Sir Anthony has offered £1.5m to settle the matter.",
      "Penrose & Vane said on Tuesday it had paused the sale while the claim is examined.",
      "“We take any question of title extremely seriously,” a spokeswoman for the auction house said.",
    ].join("\n"),
  },
  {
    input: "classic/5",
    externalId: "a5",
    source: "Anglia Newswire",
    url: "https://anglianewswire.example/uk/castellan-sale-suspended-theft-claim",
    publishedAt: "2044-05-17T15:00:00Z",
    title: "Record Castellan sale suspended over theft claim",
    originalText: [
      "LONDON (AN) — Auctioneers Penrose & Vane on Tuesday suspended the record £18.2m sale of a 1961 Castellan racing car after a German collector said it had been stolen from his family.",
      "Stefan Brandt said the car's chassis number matched one reported stolen to Hamburg police in 1988, a claim his lawyers first set out in a letter on Monday.",
      "The buyer's money will be held in an escrow account until the dispute is settled, the auction house said.",
      "Sir Anthony Rook said he had bought the car in good faith.",
      "Brandt said: “My father searched for this car until the day he died.”",
    ].join("\n"),
  },
  {
    input: "classic/6",
    externalId: "a6",
    source: "Classic Motor Trade",
    url: "https://classicmotortrade.example/auctions/penrose-vane-castellan-suspension",
    publishedAt: "2044-05-19T10:00:00Z",
    title: "Castellan title row clouds Penrose & Vane's record sale",
    originalText: [
      "Penrose & Vane's suspension of the Castellan 250 Spider sale has cast a shadow over a record weekend for the auction house, which took about £41m across its two-day Hartfield sale.",
      "The Spider sold for 18.6 million pounds with fees, after a hammer price of £16.5m.",
      "The seller, Sir Anthony Rook, the 81-year-old former works driver, had owned it since 1991.",
      "It is a 34,000-mile car with its original engine and gearbox.",
      "Dealer Marcus Lyle said the row would make buyers nervous: “Provenance is everything at this level.”",
      "A decision by Hamburg police on whether to reopen the theft case is expected within six weeks.",
    ].join("\n"),
  },
];

export function classicCarAuctionDisputeArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (England is UTC+1 in May). "On Saturday" in
 * Saturday's wire is 14 May and "last night" in Sunday's tabloid the 14th too; "next week" then is the
 * week of the 16th; "on Monday" in Tuesday's wire is the 16th and "on Tuesday" the 17th; "on Tuesday"
 * in the undated local paper is the 17th if anything. 1961, 1963, 1988, 1991, 2039 are background (the seller,
 * 83, bought in 1991 the car his father raced).
 */
export const CLASSIC_CAR_AUCTION_DISPUTE_EXPECTED: ExpectedFacts = {
  quotes: [
    // In the wire (said title Name) and its rewrite (“…,” title Name said).
    { text: "I have never heard a saleroom go so quiet", speaker: "Clara Voss" },
    // Single quotes, "he said": the name is given the sentence before.
    { text: "She was my first love, and it broke my heart to let her go", speaker: "Anthony Rook" },
    { text: "We take any question of title extremely seriously", speaker: "a spokeswoman for the auction house" },
    // Surname-only "Brandt said: “…”", the full name given the sentence before.
    { text: "My father searched for this car until the day he died", speaker: "Stefan Brandt" },
    { text: "Provenance is everything at this level", speaker: "Marcus Lyle" },
  ],
  timeline: [
    { text: "sold for £18.2m (about $23m) at auction on Saturday", dates: ["2044-05-14"] },
    { text: "went under the hammer for a jaw-dropping £18.2m last night", dates: ["2044-05-14"] },
    { text: "is expected to take delivery of the car next week", dates: ["2044-05-16", "2044-05", null] },
    { text: "a claim his lawyers first set out in a letter on Monday", dates: ["2044-05-16"] },
    { text: "on Tuesday suspended the record £18.2m sale", dates: ["2044-05-17"] },
    { text: "Penrose & Vane said on Tuesday it had paused the sale", dates: [null, "2044-05-17"] },
  ],
  neverDated: [
    { text: "sold for £18.2m (about $23m) at auction on Saturday", date: "1961" },
    { text: "beat the previous British record of £14.9m set in 2039", date: "2039" },
    { text: "bought the car in 1991; his father, Sir Gerald Rook", date: "1991" },
    { text: "drove it at Le Mans in 1963", date: "1963" },
    { text: "was taken from his late father's garage in Hamburg in 1988", date: "1988" },
    { text: "a claim his lawyers first set out in a letter on Monday", date: "2044-05-23", exact: true },
    { text: "the 81-year-old former works driver, had owned it since 1991", date: "1991" },
  ],
  disagreements: [
    // The price with fees: "sold for £18.2m …, which includes the buyer's premium" against "18.6 million pounds with fees".
    { values: ["18.2", "18.6"], outlets: ["Anglia Newswire", "Classic Motor Trade"] },
    // How long the bidding took: "Bidding lasted 14 minutes" against "an 11-minute bidding war".
    { values: ["14", "11"], outlets: ["Anglia Newswire", "The Sunday Blaze"] },
    // The seller's age: "Sir Anthony Rook, 83," against "Sir Anthony Rook, the 81-year-old former works driver".
    { values: ["83", "81"], outlets: ["Anglia Newswire", "Classic Motor Trade"] },
    // The car's mileage: "has clocked up just 31,000 miles" against "a 34,000-mile car".
    { values: ["31,000", "34,000"], outlets: ["The Sunday Blaze", "Classic Motor Trade"] },
  ],
  notDisagreements: [
    // Hammer price against the price with fees.
    ["16.5", "18.2"],
    ["16.5", "18.6"],
    // The estimate, a range, against the outcome.
    ["12", "18.2"],
    ["15", "18.2"],
    // The 2039 record.
    ["14.9", "18.2"],
    ["14.9", "18.6"],
    // A price and its conversion.
    ["18.2", "23"],
    // The 1991 purchase price.
    ["240,000", "18.2"],
    // A claim against a settlement offer.
    ["18.2", "1.5"],
    // The whole sale against one lot.
    ["41", "18.2"],
    ["41", "18.6"],
    // People in the room against countries bidding; cars built.
    ["300", "12"],
    ["nine", "12"],
    // Two men's ages.
    ["83", "62"],
    ["81", "62"],
  ],
  corroboration: [
    // The wire (with its rewrite) and the tabloid ("went under the hammer for a jaw-dropping £18.2m last night").
    { text: "sold for £18.2m (about $23m) at auction on Saturday", outlets: 2 },
    // Carried only by the wire and its rewrite.
    { text: "beat the previous British record of £14.9m set in 2039", outlets: 1 },
    // The wire, the local paper ("had paused the sale") and the trade paper ("suspension of the … sale").
    { text: "on Tuesday suspended the record £18.2m sale", outlets: 3 },
  ],
  headline: ["suspended", "paused", "suspension", "stolen"],
  summary: {
    holds: ["stolen"],
    never: ["is expected to take delivery of the car next week"],
  },
  sameEntry: [
    [
      "sold for £18.2m (about $23m) at auction on Saturday",
      "went under the hammer for a jaw-dropping £18.2m last night",
    ],
  ],
  order: [
    "sold for £18.2m (about $23m) at auction on Saturday",
    "a claim his lawyers first set out in a letter on Monday",
    "on Tuesday suspended the record £18.2m sale",
  ],
  supersession: {
    apart: [["is expected to take delivery of the car next week", "on Tuesday suspended the record £18.2m sale"]],
    current: [
      "beat the previous British record of £14.9m set in 2039",
      "bought the car at a sale in Geneva in 1991",
      "Sir Anthony has offered £1.5m to settle the matter",
    ],
  },
};
