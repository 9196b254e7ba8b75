import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of figures code (disagree9, 2026-12-04, before its author read
 * the figure code): five articles from four outlets about a flood-defence plan (Monday 19 to Friday
 * 23 April 2027). Traps: one real disagreement (the homes the plan protects: 48,000 by the ministry
 * in one outlet, about 31,000 by an engineers' body the next day in another, with another verb,
 * "shield"); the wall in kilometres and in miles (12 km = 7.5 miles, then 15 km = 9.3 miles); a range
 * of pumping stations that holds the ministry's count (30 to 40 against 35); a drop in percentage
 * points against the same drop in percent (7 points, 39%); a cost that rises in the same outlet
 * (£1.2 billion, then £1.45 billion) and the later cost in dollars ($1.8 billion); the homes protected
 * after the wall is extended (52,000: later than the engineers' 31,000, not against it); a forecast
 * river peak against the outcome (5.2 against 4.9 metres); the homes flooded in 2024; an extension of
 * 3 km against the wall's length. Test support only.
 */
const FLOOD_DEFENCE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "flood-defence/1",
    externalId: "coastal-times-1",
    source: "Coastal Times",
    url: "https://coastaltimes.example/2027/04/19/elmworth-flood-plan",
    publishedAt: "2027-04-19T12:00:00Z",
    title: "Government unveils £1.2 billion flood-defence plan for Port Elmworth",
    originalText: [
      "The government on Monday unveiled a £1.2 billion plan to protect Port Elmworth from flooding, including a 12-kilometre (7.5-mile) tidal wall along the Senna estuary.",
      "The plan will protect 48,000 homes, the Environment Ministry said.",
      "It also includes 35 new pumping stations, the ministry said.",
      "Work is due to start next year and to take six years.",
      "Environment Minister Ruth Adeyemi said: “This is the largest flood-defence scheme this city has ever seen.”",
    ].join("\n\n"),
  },
  {
    input: "flood-defence/2",
    externalId: "elmworth-gazette-1",
    source: "Elmworth Gazette",
    url: "https://elmworthgazette.example/news/flood-wall-plan-explained",
    publishedAt: "2027-04-19T18:00:00Z",
    title: "Flood wall plan: what it means for Elmworth",
    originalText: [
      "The 7.5-mile wall will run from the harbour to Kestrel Bridge.",
      "The scheme will add between 30 and 40 pumping stations, according to planning documents published on Monday.",
      "The share of the city's homes at high risk of flooding would fall from 18% to 11%, a drop of 7 percentage points, the ministry estimates.",
      "In the floods of February 2024, 3,400 homes in the city were flooded.",
      "“We have waited three winters for this,” said Alan Brooks, who chairs the Riverside residents' association.",
    ].join("\n\n"),
  },
  {
    input: "flood-defence/3",
    externalId: "building-weekly-1",
    source: "Building Weekly",
    url: "https://buildingweekly.example/infrastructure/elmworth-engineers-homes",
    publishedAt: "2027-04-20T10:00:00Z",
    title: "Engineers say Elmworth flood plan protects far fewer homes",
    originalText: [
      "The Institution of Coastal Engineers said on Tuesday that the plan would shield only about 31,000 homes, because the wall stops short of the eastern suburbs.",
      "The share of homes at high risk would fall by 39%, the institution calculated.",
      "Its president, Grace Lindqvist, said the wall should be extended by 3 kilometres.",
      "“A wall that ends where the houses begin is not a flood defence,” Lindqvist said.",
    ].join("\n\n"),
  },
  {
    input: "flood-defence/4",
    externalId: "coastal-times-2",
    source: "Coastal Times",
    url: "https://coastaltimes.example/2027/04/22/elmworth-flood-plan-cost-rises",
    publishedAt: "2027-04-22T16:00:00Z",
    title: "Elmworth flood plan cost rises to £1.45 billion",
    originalText: [
      "The cost of the Port Elmworth flood-defence plan has risen to £1.45 billion after the ministry added a 3-kilometre extension to the tidal wall, the Environment Ministry said on Thursday.",
      "The longer wall, now 15 kilometres, means the plan will protect 52,000 homes, the ministry said.",
      "Forecasters had expected the Senna to peak at 5.2 metres during Wednesday's spring tide, but it peaked at 4.9 metres, the harbour authority said.",
      "“We listened to the engineers,” Adeyemi said.",
    ].join("\n\n"),
  },
  {
    input: "flood-defence/5",
    externalId: "atlantic-observer-1",
    source: "Atlantic Observer",
    url: "https://atlanticobserver.example/world/port-elmworth-sea-wall",
    publishedAt: "2027-04-23T08:00:00Z",
    title: "Port Elmworth bets $1.8 billion on a sea wall",
    originalText: [
      "The flood-defence plan for Port Elmworth, now costed at $1.8 billion (£1.45 billion), includes a 9.3-mile tidal wall.",
      "Insurers paid out £210 million after the floods of February 2024.",
      "The scheme is one of 14 planned along the coast.",
      "“Every pound spent on defences saves several in clean-up,” said Marta Silva, an economist at the Coastal Risk Institute.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function floodDefenceArticles(): Article[] {
  return linkNearDuplicates(FLOOD_DEFENCE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const FLOOD_DEFENCE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This is the largest flood-defence scheme this city has ever seen", speaker: "Ruth Adeyemi" },
    { text: "We have waited three winters for this", speaker: "Alan Brooks" },
    { text: "A wall that ends where the houses begin is not a flood defence", speaker: "Grace Lindqvist" },
    { text: "We listened to the engineers", speaker: "Ruth Adeyemi" },
    { text: "Every pound spent on defences saves several in clean-up", speaker: "Marta Silva" },
  ],
  timeline: [
    { text: "The government on Monday unveiled a £1.2 billion plan", dates: ["2027-04-19"] },
    { text: "The Institution of Coastal Engineers said on Tuesday", dates: ["2027-04-20"] },
    { text: "has risen to £1.45 billion", dates: ["2027-04-22"] },
    { text: "Forecasters had expected the Senna to peak at 5.2 metres", dates: ["2027-04-21"] },
  ],
  neverDated: [{ text: "In the floods of February 2024, 3,400 homes", date: "2027-04" }],
  disagreements: [{ values: ["48,000", "31,000"], outlets: ["Coastal Times", "Building Weekly"] }],
  notDisagreements: [
    ["12", "7.5"],
    ["15", "9.3"],
    ["7.5", "9.3"],
    ["12", "15"],
    ["3", "12"],
    ["3", "15"],
    ["30", "35"],
    ["40", "35"],
    ["7", "39%"],
    ["18%", "11%"],
    ["1.2", "1.45"],
    ["1.2", "1.8"],
    ["1.45", "1.8"],
    ["48,000", "52,000"],
    ["52,000", "31,000"],
    ["5.2", "4.9"],
    ["3,400", "48,000"],
    ["3,400", "31,000"],
  ],
  corroboration: [
    { text: "The Institution of Coastal Engineers said on Tuesday", outlets: 1 },
    { text: "The government on Monday unveiled a £1.2 billion plan", outlets: 1 },
  ],
};
