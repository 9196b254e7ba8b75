import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts33 (2026-12-06, before running any code on it): five
 * articles from five outlets on food poisoning at a wedding reception at Ellesmere Hall, a country
 * hotel, on Saturday 16 June 2029. Real disagreements: the guests taken to hospital overnight (42
 * "taken to hospital" for the ambulance service, 51 "treated" by hospitals for the health board), the
 * hall's bedrooms (48 in an apposition, 56 in a possessive), and the age of the unnamed chef suspended
 * ("a 41-year-old chef", "The chef, 44,"). Traps: a count of the ill that grew over days, those still
 * in hospital (parts and later counts), "about 200" guests against "212", a case forecast against the
 * later count, confirmed cases against the ill, the kitchen's yearly running cost against a refit's
 * future cost, a solicitor's demand against the hotel's offer. Test support only.
 */
const WEDDING_FOOD_POISONING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "wedding/1",
    externalId: "w1",
    source: "Shropshire Wire",
    url: "https://shropshirewire.example/news/ellesmere-hall-wedding-illness",
    publishedAt: "2029-06-17T07:00:00Z",
    title: "Wedding guests taken ill after reception at Ellesmere Hall",
    originalText: [
      "Dozens of guests fell ill after a wedding reception at Ellesmere Hall on Saturday, Shropshire Council said.",
      "The ambulance service said it had taken 42 people to hospital by early Sunday.",
      "About 200 guests attended the reception, the hotel said.",
      "“We have never had so many calls from one address,” said paramedic Owen Pritchard.",
    ].join("\n"),
  },
  {
    input: "wedding/2",
    externalId: "w2",
    source: "Marches Courier",
    url: "https://marchescourier.example/news/wedding-guests-treated-hospital",
    publishedAt: "2029-06-17T18:00:00Z",
    title: "Fifty wedding guests treated in hospital",
    originalText: [
      "Hospitals in Shrewsbury and Telford treated 51 wedding guests overnight, the county health board said.",
      "Nine of them were still in hospital on Sunday afternoon.",
      "The hall, with its 48 bedrooms, was closed by the council on Sunday while inspectors examined its kitchen.",
      "A 41-year-old chef has been suspended by the hotel.",
      "“It should have been the best day of our lives,” said the bride, Hannah Lloyd.",
    ].join("\n"),
  },
  {
    input: "wedding/3",
    externalId: "w3",
    source: "The National Chronicle",
    url: "https://nationalchronicle.example/uk/ellesmere-hall-outbreak",
    publishedAt: "2029-06-18T06:00:00Z",
    title: "Health board expects more cases from wedding outbreak",
    originalText: [
      "A total of 212 guests were at Saturday's reception, according to the couple.",
      "By Monday morning, 67 guests had reported symptoms, the health board said.",
      "The board expects the number of cases to reach as many as 90.",
      "The chef, 44, had worked at the hotel for six years.",
      "“We are cooperating fully with the inspectors,” said the hotel's manager, Clive Renshaw.",
    ].join("\n"),
  },
  {
    input: "wedding/4",
    externalId: "w4",
    source: "Food Safety Today",
    url: "https://foodsafetytoday.example/news/salmonella-wedding-buffet",
    publishedAt: "2029-06-19T09:00:00Z",
    title: "Salmonella confirmed in Ellesmere Hall wedding outbreak",
    originalText: [
      "Laboratory tests confirmed salmonella in samples from 23 guests, the health board said on Tuesday.",
      "Ellesmere Hall's 56 bedrooms have stood empty since the council shut the hotel on Sunday.",
      "Running the hotel's kitchen costs about £400,000 a year, its owners say.",
      "Refitting the kitchen will cost £1.2 million, the owners said.",
      "“Chicken left out on a warm day is the usual culprit,” said food safety consultant Priya Mehta.",
    ].join("\n"),
  },
  {
    input: "wedding/5",
    externalId: "w5",
    source: "Radio Severn",
    url: "https://radiosevern.example/news/wedding-outbreak-cases-rise",
    publishedAt: "2029-06-20T12:00:00Z",
    title: "Wedding outbreak cases rise to 74",
    originalText: [
      "The number of guests who fell ill has risen to 74, the health board said on Wednesday.",
      "Four guests remain in hospital.",
      "The couple's solicitor has demanded £25,000 in compensation.",
      "The hotel has offered to refund the £18,500 the couple paid for the reception.",
      "The council said the hotel could reopen on July 2.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function weddingFoodPoisoningArticles(): Article[] {
  return linkNearDuplicates(WEDDING_FOOD_POISONING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts33 (2026-12-06), before running any code on them. "On Saturday"
 * in a Sunday paper is the day before; "by early Sunday" in a Sunday paper is that day; "on Sunday" in
 * a Tuesday paper is two days before; "July 2" in June is this year's.
 */
export const WEDDING_FOOD_POISONING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We have never had so many calls from one address", speaker: "Owen Pritchard" },
    { text: "It should have been the best day of our lives", speaker: "Hannah Lloyd" },
    { text: "We are cooperating fully with the inspectors", speaker: "Clive Renshaw" },
    { text: "Chicken left out on a warm day is the usual culprit", speaker: "Priya Mehta" },
  ],
  timeline: [
    { text: "Dozens of guests fell ill after a wedding reception", dates: ["2029-06-16"] },
    { text: "Nine of them were still in hospital on Sunday afternoon", dates: ["2029-06-17"] },
    { text: "confirmed salmonella in samples from 23 guests", dates: ["2029-06-19"] },
    { text: "The number of guests who fell ill has risen to 74", dates: ["2029-06-20"] },
    { text: "the hotel could reopen on July 2", dates: ["2029-07-02", "2029-06-20"] },
  ],
  neverDated: [{ text: "the hotel could reopen on July 2", date: "2028-07-02", exact: true }],
  disagreements: [
    // Guests taken to hospital overnight: the ambulance service's count against the hospitals' own.
    { values: ["42", "51"], outlets: ["Shropshire Wire", "Marches Courier"] },
    // The hall's bedrooms, in an apposition and in a possessive.
    { values: ["48", "56"], outlets: ["Marches Courier", "Food Safety Today"] },
    // The unnamed chef's age.
    { values: ["41", "44"], outlets: ["Marches Courier", "The National Chronicle"] },
  ],
  notDisagreements: [
    // Guests at the reception, a round figure against an exact one.
    ["200", "212"],
    // The ill, a count that grew over days, and the board's forecast.
    ["67", "74"],
    ["67", "90"],
    ["74", "90"],
    // Those in hospital against those still there a day and days later, and against the ill.
    ["51", "9"],
    ["42", "9"],
    ["9", "4"],
    ["51", "67"],
    ["42", "67"],
    ["51", "74"],
    // Confirmed cases against the ill.
    ["23", "67"],
    ["23", "74"],
    // A yearly running cost against a refit's future cost; a demand against an offer.
    ["400,000", "1.2 million"],
    ["25,000", "18,500"],
    // Years at the hotel against the chef's age.
    ["44", "six"],
  ],
  corroboration: [{ text: "Laboratory tests confirmed salmonella in samples from 23 guests", outlets: 1 }],
};
