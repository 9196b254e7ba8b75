import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts14 (2026-12-05, before running any code on it): five
 * articles from five outlets on a wildfire in the hills above Montejo, Spain, that broke out on
 * Saturday 8 August 2026 and was reported on Monday 10 August, then contained on Wednesday 12
 * August. A European wire in metric units, two American outlets in acres, miles and degrees
 * Fahrenheit, a British paper in hectares and kilometres with miles for the hotels, and a regional
 * English-language site. The real disagreements, each in two units: how long the fire front was on
 * Monday, 12 kilometres for the wire against about 9 miles (14.5 km) for Continental Press; the area
 * burned by Monday, 4,200 hectares (10,380 acres) for the wire against about 8,000 acres (3,240
 * hectares) for the Daily Globe. Traps that agree once converted: more than 10,000 acres and more than
 * 4,000 hectares against 4,200 hectares; 43C against 109 degrees Fahrenheit; smoke seen 80km away
 * against 50 miles. Traps of different things: a motorway closed along 25 kilometres against hotels
 * within 20 miles (32 km); the area burned on Wednesday against Monday's. Money is never converted.
 * Test support only.
 */
const HILL_WILDFIRE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "wildfire-es/1",
    externalId: "w1",
    source: "Iberian Wire",
    url: "https://iberianwire.example/en/montejo-wildfire-evacuations",
    publishedAt: "2026-08-10T09:00:00Z",
    title: "Montejo wildfire forces 2,300 from five villages",
    originalText: [
      "MONTEJO, Spain (Iberian Wire) — A wildfire in the hills above Montejo has burned 4,200 hectares of pine forest and scrub since Saturday, forcing about 2,300 people from five villages, regional officials said on Monday.",
      "The fire front stretched for 12 kilometres on Monday morning, and temperatures reached 43C in the afternoon, according to the regional weather service.",
      "The AP-7 motorway was closed along a 25-kilometre stretch.",
      "Some 600 firefighters and 14 water-bombing aircraft were deployed.",
      "“The wind is our enemy today,” said Elena Marín, head of the regional emergency service.",
    ].join("\n"),
  },
  {
    input: "wildfire-es/2",
    externalId: "w2",
    source: "Continental Press",
    url: "https://continentalpress.example/world/spain-wildfire-montejo",
    publishedAt: "2026-08-10T14:30:00Z",
    title: "Wildfire in Spain's Montejo hills forces thousands from their homes",
    originalText: [
      "MADRID (CP) — A wildfire in northern Spain has scorched more than 10,000 acres and forced about 2,300 residents from their homes, officials said Monday, as temperatures topped 109 degrees Fahrenheit.",
      "The fire front stretched for about 9 miles, officials said.",
      "Smoke from the blaze could be seen 50 miles away in the coastal city of Arandel.",
      "Regional emergency chief Elena Marín said: “The wind is our enemy today.”",
      "Spain has already spent 90 million euros fighting wildfires this summer, the government said.",
    ].join("\n"),
  },
  {
    input: "wildfire-es/3",
    externalId: "w3",
    source: "The Chronicle",
    url: "https://chronicle.example/world/spain-wildfire-british-tourists",
    publishedAt: "2026-08-10T17:00:00Z",
    title: "British holidaymakers told to stay indoors as wildfire rages near Montejo",
    originalText: [
      "Around 2,300 people have been evacuated from five villages as a wildfire burns across more than 4,000 hectares in the hills above Montejo.",
      "Thermometers hit 43C on Monday.",
      "Smoke could be seen from the coast at Arandel, 80km away.",
      "The Foreign Office said about 150 British tourists were staying at hotels within 20 miles of the fire.",
      "A firefighter, 34, was treated in hospital for burns.",
    ].join("\n"),
  },
  {
    input: "wildfire-es/4",
    externalId: "w4",
    source: "Daily Globe",
    url: "https://dailyglobe.example/news/spain-fire-8000-acres",
    publishedAt: "2026-08-10T22:00:00Z",
    title: "Spanish wildfire burns 8,000 acres; thousands flee",
    originalText: [
      "A fast-moving wildfire in Spain's Montejo hills had burned about 8,000 acres, officials said Monday, and about 2,300 people had fled five villages.",
      "Firefighters were battling flames whipped up by gusts of 40 miles per hour.",
      "“We left with the clothes we were wearing,” said Tomás Ruiz, 67, a farmer from the village of Ventosa.",
    ].join("\n"),
  },
  {
    input: "wildfire-es/5",
    externalId: "w5",
    source: "Iberia Today",
    url: "https://iberiatoday.example/news/montejo-fire-contained",
    publishedAt: "2026-08-12T19:00:00Z",
    title: "Montejo wildfire contained after burning 6,100 hectares",
    originalText: [
      "Firefighters contained the Montejo wildfire on Wednesday after it had burned 6,100 hectares, the regional government said.",
      "Evacuated residents of four of the five villages were allowed to return home on Wednesday evening.",
      "Investigators believe the fire was started by sparks from a harvester, Marín said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function hillWildfireArticles(): Article[] {
  return linkNearDuplicates(HILL_WILDFIRE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts14 (2026-12-05), before running any code on them. Two real
 * disagreements across units: the fire front (12 kilometres against about 9 miles) and the area burned
 * by Monday (4,200 hectares against about 8,000 acres).
 */
export const HILL_WILDFIRE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The wind is our enemy today", speaker: "Elena Marín" },
    { text: "We left with the clothes we were wearing", speaker: "Tomás Ruiz" },
  ],
  timeline: [
    { text: "has burned 4,200 hectares of pine forest and scrub since Saturday", dates: ["2026-08-10"] },
    { text: "Firefighters contained the Montejo wildfire on Wednesday", dates: ["2026-08-12"] },
  ],
  neverDated: [],
  disagreements: [
    { values: ["12", "9"], outlets: ["Iberian Wire", "Continental Press"] },
    { values: ["4,200", "8,000"], outlets: ["Iberian Wire", "Daily Globe"] },
  ],
  notDisagreements: [
    // Agree once converted.
    ["4,200", "10,000"],
    ["4,000", "4,200"],
    ["4,000", "10,000"],
    ["43", "109"],
    ["80", "50"],
    // Different things: a motorway's closed stretch and hotels' distance; Wednesday's area and Monday's.
    ["25", "20"],
    ["6,100", "4,200"],
    ["6,100", "8,000"],
    ["6,100", "10,000"],
    // Wind, aircraft, money.
    ["40", "43"],
    ["14", "12"],
  ],
  corroboration: [
    { text: "Smoke could be seen from the coast at Arandel, 80km away", outlets: 2 },
    { text: "The Foreign Office said about 150 British tourists", outlets: 1 },
  ],
  headline: ["contained"],
};
