import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts34 (2026-12-06, texts and expectations written before
 * running any code on them): six articles from five outlets (four British, one US trade site) on bird
 * flu confirmed at a duck farm at Hollow Fen on Monday 21 January 2030, a second case on another
 * farm, culling and a zone around them, to Thursday 24 January. Real disagreements: the farm's size
 * ("the farm, which houses 32,000 ducks", "the 38,000-bird unit"), the birds the virus killed before
 * the cull, by other nouns and verbs ("the virus killed about 2,500 birds", "lost 3,100 ducks to the
 * disease"), and how far the second farm is from the first ("about six miles from", "lies eight miles
 * away from"). Traps: birds culled by Tuesday and all culled by Thursday (a count that grew), the 17
 * other farms and the 18 in the zone (a part and its whole), the protection zone's 3km and the
 * surveillance zone's 10km, the owner's loss estimate raised by himself, a farmers' union's demand
 * against the government's offer of compensation, "some 40" workers against "43". Test support only.
 * First run, before any fix: disagreements 0 right, 0 wrong, no trap taken; quotes, timeline and
 * corroboration all right.
 * After facts34's rules: 1/3 right (how far the second farm lies), 0 wrong, no trap taken; still
 * missed: the farm's size and the birds lost ("ducks" against "birds", "farm" against "unit").
 */
const DUCK_FARM_FLU_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "duck/1",
    externalId: "df1",
    source: "Fenland Wire",
    url: "https://fenlandwire.example/news/bird-flu-hollow-fen-duck-farm",
    publishedAt: "2030-01-21T17:00:00Z",
    title: "Bird flu confirmed at Hollow Fen duck farm",
    originalText: [
      "Bird flu was confirmed at a duck farm at Hollow Fen on Monday, the Department for Environment, Food and Rural Affairs said.",
      "All birds at the farm, which houses 32,000 ducks, will be culled.",
      "A 3km protection zone and a 10km surveillance zone have been set up around the site.",
      "“This is every poultry keeper's worst fear,” said the county's chief vet, Dr Imogen Sayle.",
    ].join("\n"),
  },
  {
    input: "duck/2",
    externalId: "df2",
    source: "The Fen Chronicle",
    url: "https://fenchronicle.example/news/hollow-fen-flu-losses",
    publishedAt: "2030-01-22T06:00:00Z",
    title: "Virus killed thousands of ducks before it was found",
    originalText: [
      "The virus killed about 2,500 birds at Hollow Fen before tests confirmed it, the farm's owner said.",
      "Owner Martin Cobb said he expected to lose about £400,000.",
      "Some 40 people work at the farm.",
      "“We did everything by the book,” Mr Cobb said.",
    ].join("\n"),
  },
  {
    input: "duck/3",
    externalId: "df3",
    source: "Farming Today Online",
    url: "https://farmingtodayonline.example/news/hollow-fen-cull-second-case",
    publishedAt: "2030-01-22T18:00:00Z",
    title: "Second duck farm infected as Hollow Fen cull continues",
    originalText: [
      "Culling teams had destroyed 21,000 ducks at the 38,000-bird unit by Tuesday evening.",
      "Bird flu was confirmed on Tuesday at a second farm, about six miles from Hollow Fen.",
      "Seventeen other farms in the zone are being tested.",
      "The National Farmers' Union called for compensation of £4 a bird.",
    ].join("\n"),
  },
  {
    input: "duck/4",
    externalId: "df4",
    source: "Poultry Markets Report",
    url: "https://poultrymarketsreport.example/news/uk-duck-farm-avian-influenza",
    publishedAt: "2030-01-23T14:00:00Z",
    title: "U.K. duck producer lost 3,100 birds before avian flu diagnosis",
    originalText: [
      "The Hollow Fen farm lost 3,100 ducks to the disease before the diagnosis, according to a veterinary report.",
      "The second infected farm lies eight miles away from Hollow Fen, officials said.",
      "The farm employs 43 workers.",
      "Owner Martin Cobb now puts his losses at £650,000, up from his first estimate.",
    ].join("\n"),
  },
  {
    input: "duck/5",
    externalId: "df5",
    source: "The Fen Chronicle",
    url: "https://fenchronicle.example/news/hollow-fen-cull-complete",
    publishedAt: "2030-01-24T19:00:00Z",
    title: "Hollow Fen cull completed",
    originalText: [
      "All 29,500 remaining birds at Hollow Fen had been culled by Thursday afternoon, Defra said.",
      "The 18 poultry farms within the surveillance zone have all tested negative so far.",
      "The government offered compensation of £2.50 a bird.",
    ].join("\n"),
  },
  {
    input: "duck/6",
    externalId: "df6",
    source: "East Anglia Today",
    url: "https://eastangliatoday.example/news/bird-flu-walkers-warned",
    publishedAt: "2030-01-24T21:00:00Z",
    title: "Walkers told to keep away from fenland farms",
    originalText: [
      "Walkers have been asked to keep dogs on leads and stay on public footpaths near the farms.",
      "“Wild birds carry this virus, and people can carry it on their boots,” said Defra spokesman Paul Ridley.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function duckFarmFluArticles(): Article[] {
  return linkNearDuplicates(DUCK_FARM_FLU_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by facts34 (2026-12-06), before running any code on them. */
export const DUCK_FARM_FLU_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This is every poultry keeper's worst fear", speaker: "Imogen Sayle" },
    { text: "We did everything by the book", speaker: "Martin Cobb" },
    { text: "Wild birds carry this virus, and people can carry it on their boots", speaker: "Paul Ridley" },
  ],
  timeline: [
    { text: "Bird flu was confirmed at a duck farm at Hollow Fen on Monday", dates: ["2030-01-21"] },
    { text: "Bird flu was confirmed on Tuesday at a second farm", dates: ["2030-01-22"] },
    { text: "had been culled by Thursday afternoon", dates: ["2030-01-24"] },
  ],
  neverDated: [],
  disagreements: [
    // The farm's size, in a relative clause and as a modifier.
    { values: ["32,000", "38,000"], outlets: ["Fenland Wire", "Farming Today Online"] },
    // Birds the virus killed before it was found, by other nouns and verbs.
    { values: ["2,500", "3,100"], outlets: ["The Fen Chronicle", "Poultry Markets Report"] },
    // How far the second farm is from Hollow Fen.
    { values: ["six", "eight"], outlets: ["Farming Today Online", "Poultry Markets Report"] },
  ],
  notDisagreements: [
    // Birds culled by Tuesday, and all the rest by Thursday.
    ["21,000", "29,500"],
    // The farm's size against the birds left to cull or culled so far.
    ["32,000", "29,500"],
    ["38,000", "29,500"],
    ["38,000", "21,000"],
    // The other farms and all those in the zone.
    ["Seventeen", "18"],
    // Two zones.
    ["3km", "10km"],
    // The owner's estimate, raised by himself.
    ["£400,000", "£650,000"],
    // A demand against an offer.
    ["£4", "£2.50"],
    // Workers, a round figure against an exact one.
    ["40", "43"],
  ],
  corroboration: [{ text: "Walkers have been asked to keep dogs on leads", outlets: 1 }],
};
