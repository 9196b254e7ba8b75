import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts36 (2026-12-07, texts and expectations written before
 * running any code on them): five articles from five Scottish outlets on storm winds tearing part of the
 * roof off an ice arena in Kilbarron on the evening of Wednesday 3 November 2027. A wire that night, the
 * town's daily on Thursday, a sports site and a regional paper on Friday, a leisure trade weekly on
 * Saturday. The real disagreements: the ice technician's age, 29 for the wire (at a sentence's end)
 * against 32 for the daily; the arena's size, "the 3,800-seat arena" for the daily against 4,200 seats
 * for the regional paper; games lost, the league's postponement of 14 fixtures for the sports site
 * against eleven games postponed for the regional paper, both on Friday; the road beside the arena shut,
 * 36 hours from the roof's failure to its reopening for the regional paper against "the 30-hour closure"
 * for the trade weekly. Traps: forecast gusts against those recorded; a crowd and an average crowd
 * against the seats; a planned capacity against the built one; a planned closure of 24 hours against the
 * actual; a power cut's length; Kestrels home games (a part) and the league's season (a whole) against
 * the games postponed; a trust's 12 sites; a repair estimate against money set aside; years of work
 * against an age.
 * First run (facts36, before any fix): disagreements 0/4, 0 wrong, 0 of 22 traps taken; quotes 3/3;
 * timeline 2/2.
 * Test support only.
 */
const ICE_ARENA_ROOF_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ice-arena/1",
    externalId: "ia1",
    source: "Caledonian Press Agency",
    url: "https://caledonianpress.example/news/kilbarron-ice-arena-roof-storm",
    publishedAt: "2027-11-03T23:50:00Z",
    title: "Storm tears roof off Kilbarron ice arena",
    originalText: [
      "Part of the roof of the Strathmoor Ice Arena in Kilbarron was torn off by storm winds on Wednesday evening, Police Scotland said.",
      "Gusts of 92mph were recorded at Kilbarron, the Met Office said, after it had forecast gusts of up to 80mph.",
      "The only person inside was the ice technician, Fraser Bain, 29.",
      "Riverside Road, beside the arena, was closed, and police expected it to stay shut for 24 hours.",
      "A crowd of 2,900 had left the arena about two hours earlier after a Kilbarron Kestrels game.",
    ].join("\n"),
  },
  {
    input: "ice-arena/2",
    externalId: "ia2",
    source: "Kilbarron Courier",
    url: "https://kilbarroncourier.example/news/arena-roof-ripped-off",
    publishedAt: "2027-11-04T07:00:00Z",
    title: "‘A crack like a gunshot’: storm rips open Kestrels’ home",
    originalText: [
      "By Morag Lennie",
      "The storm ripped a 40-metre section from the roof of the 3,800-seat arena, home of the Kilbarron Kestrels ice hockey team.",
      "“I heard a crack like a gunshot, and then the lights went out,” said Bain, 32, who was resurfacing the ice.",
      "Bain, who has worked at the arena for nine years, was not hurt.",
      "About 3,000 homes in the town lost power for up to five hours.",
      "Strathmoor Leisure Trust, which runs the arena for the council, said it had been built in 1998.",
    ].join("\n"),
  },
  {
    input: "ice-arena/3",
    externalId: "ia3",
    source: "Scottish Ice Hockey Today",
    url: "https://scottishicehockeytoday.example/league/strathmoor-fixtures-postponed",
    publishedAt: "2027-11-05T12:00:00Z",
    title: "League postpones Strathmoor fixtures after roof damage",
    originalText: [
      "The Scottish Ice Hockey League has confirmed the postponement of 14 fixtures at the Strathmoor Ice Arena while the roof is repaired.",
      "Six of them are Kilbarron Kestrels home games in the Challenge Cup.",
      "The league's season has 160 fixtures in all.",
      "The Kestrels attract an average crowd of 2,600.",
      "“Our supporters have been brilliant, and we will find somewhere to play,” said Kestrels head coach Tomas Lindqvist.",
    ].join("\n"),
  },
  {
    input: "ice-arena/4",
    externalId: "ia4",
    source: "West Highland Herald",
    url: "https://westhighlandherald.example/news/strathmoor-arena-repairs",
    publishedAt: "2027-11-05T18:00:00Z",
    title: "Strathmoor arena repairs to cost £4m",
    originalText: [
      "Eleven games at the Strathmoor Ice Arena have been postponed, a league spokesman said on Friday.",
      "The arena has 4,200 seats, according to Strathmoor Leisure Trust.",
      "Plans approved in 2025 would take its capacity to 5,000.",
      "Riverside Road reopened on Friday morning, 36 hours after the roof failed.",
      "Repairs will cost about £4 million, the trust estimated.",
    ].join("\n"),
  },
  {
    input: "ice-arena/5",
    externalId: "ia5",
    source: "Scottish Leisure Business",
    url: "https://scottishleisurebusiness.example/venues/strathmoor-roof-failure",
    publishedAt: "2027-11-06T09:00:00Z",
    title: "Strathmoor roof failure puts arena out of action until the new year",
    originalText: [
      "The 30-hour closure of Riverside Road after the roof failure at the Strathmoor Ice Arena in Kilbarron cut off the town's leisure centre and two schools.",
      "Strathmoor Leisure Trust's insurers have set aside £2.5 million for the claim.",
      "The trust runs 12 leisure sites across the district.",
      "The arena is expected to reopen in about eight weeks.",
      "“We will rebuild the roof to a far higher standard than the one the storm took,” said the trust's chief executive, Alison Dewar.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function iceArenaRoofArticles(): Article[] {
  return linkNearDuplicates(ICE_ARENA_ROOF_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts36 (2026-12-07), before running any code on them. Four real
 * disagreements: the technician's age (29 against 32), the arena's seats (3,800 against 4,200), games
 * postponed (14 against eleven) and the road's closure (36 hours against 30).
 */
export const ICE_ARENA_ROOF_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "I heard a crack like a gunshot", speaker: "Fraser Bain" },
    { text: "Our supporters have been brilliant", speaker: "Tomas Lindqvist" },
    { text: "We will rebuild the roof to a far higher standard", speaker: "Alison Dewar" },
  ],
  timeline: [
    { text: "Part of the roof of the Strathmoor Ice Arena in Kilbarron was torn off", dates: ["2027-11-03"] },
    { text: "Riverside Road reopened on Friday morning", dates: ["2027-11-05"] },
  ],
  neverDated: [
    { text: "it had been built in 1998", date: "2027" },
    { text: "Plans approved in 2025", date: "2027" },
  ],
  disagreements: [
    { values: ["29", "32"], outlets: ["Caledonian Press Agency", "Kilbarron Courier"] },
    { values: ["3,800", "4,200"], outlets: ["Kilbarron Courier", "West Highland Herald"] },
    { values: ["14", "Eleven"], outlets: ["Scottish Ice Hockey Today", "West Highland Herald"] },
    { values: ["36", "30"], outlets: ["West Highland Herald", "Scottish Leisure Business"] },
  ],
  notDisagreements: [
    // Forecast gusts against those recorded.
    ["80", "92"],
    // Crowds against seats; a planned capacity against the built one.
    ["2,900", "3,800"],
    ["2,900", "4,200"],
    ["2,600", "3,800"],
    ["2,600", "4,200"],
    ["5,000", "4,200"],
    ["5,000", "3,800"],
    // A planned closure against the actual; a power cut's length.
    ["24", "30"],
    ["24", "36"],
    ["five", "30"],
    ["five", "36"],
    // A part and a whole against the games postponed; a trust's sites.
    ["Six", "14"],
    ["Six", "Eleven"],
    ["160", "14"],
    ["160", "Eleven"],
    ["12", "14"],
    ["12", "Eleven"],
    // Years of work against an age; a repair estimate against money set aside.
    ["nine", "29"],
    ["nine", "32"],
    ["4 million", "2.5 million"],
    // A weeks-long reopening plan against the road's closure.
    ["eight", "30"],
    ["eight", "36"],
  ],
  corroboration: [
    { text: "The arena has 4,200 seats", outlets: 1 },
    { text: "Gusts of 92mph were recorded at Kilbarron", outlets: 1 },
  ],
};
