import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts36 (2026-12-07, texts and expectations written before
 * running any code on them): five articles from five British outlets on a fire that destroyed buses at
 * a bus company's garage in Hallamby in the early hours of Thursday 14 October 2027. A national wire
 * that morning, the town's evening paper that afternoon, a trade weekly on Friday, a local radio
 * station's site on Friday evening, a Sunday regional paper. The real disagreements: the buses the
 * company runs from the garage, 62 for the wire against the garage's fleet of 70 for the evening paper;
 * the journeys lost on Thursday, 350 cancelled for the evening paper against the cancellation of 410
 * for the trade weekly; how long the fire burned, six hours from its start to its end for the evening
 * paper against "the four-hour blaze" for the trade weekly; the age of the fitter who raised the alarm,
 * 44 for the evening paper (at a sentence's end) against 47 for the trade weekly. Traps: buses destroyed
 * (a part) against the fleet; smoke-damaged buses against those destroyed; electric buses among those
 * destroyed; firefighters sent at first and at the height; Friday's cancellations against Thursday's; a
 * forecast share of the timetable against the share run; the time firefighters stayed against the
 * fire's length; a planned closure of months; staff, daily passengers, borrowed buses, money.
 * First run (facts36, before any fix): disagreements 1/4 (Thursday's journeys found; the fleet, the fire's
 * length and the fitter's age missed), 0 wrong, 0 of 18 traps taken; quotes 3/4 (the fitter's quote,
 * "said the night fitter who raised the alarm, Dev Mistry, 44.", given no speaker); timeline 3/3.
 * Test support only.
 */
const BUS_GARAGE_FIRE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "bus-garage/1",
    externalId: "bg1",
    source: "Albion Press Association",
    url: "https://albionpress.example/news/hallamby-bus-garage-fire",
    publishedAt: "2027-10-14T07:40:00Z",
    title: "Fire destroys 19 buses at Hallamby garage",
    originalText: [
      "Fire tore through a bus garage in Hallamby in the early hours of Thursday, destroying 19 double-deckers, Hallamshire Fire and Rescue Service said.",
      "Twenty-five firefighters were sent at first; at the height of the blaze there were 60 at the scene.",
      "Wexbridge Motor Services operates 62 buses from the Carrow Road garage, the company said.",
      "Nobody was hurt.",
      "“The roof came down in sheets and the tyres were going off like gunshots,” said Carol Fenn, who lives opposite the garage.",
    ].join("\n"),
  },
  {
    input: "bus-garage/2",
    externalId: "bg2",
    source: "Hallamby Evening Telegraph",
    url: "https://hallambytelegraph.example/news/carrow-road-garage-fire",
    publishedAt: "2027-10-14T16:30:00Z",
    title: "Commuters stranded after blaze guts Carrow Road bus depot",
    originalText: [
      "By Sian Maddox",
      "Nineteen of the garage's fleet of 70 buses were destroyed when fire swept through the Carrow Road depot early on Thursday.",
      "The fire was finally out just after 7am, six hours after it began, the fire service said.",
      "About 350 journeys were cancelled on Thursday as Wexbridge Motor Services struggled to find vehicles, the company said.",
      "“I shouted to the cleaners and we got out through the side door,” said the night fitter who raised the alarm, Dev Mistry, 44.",
      "The company employs about 240 drivers and engineers at the garage.",
    ].join("\n"),
  },
  {
    input: "bus-garage/3",
    externalId: "bg3",
    source: "Bus & Coach Week",
    url: "https://busandcoachweek.example/operators/wexbridge-garage-fire",
    publishedAt: "2027-10-15T09:00:00Z",
    title: "Wexbridge counts the cost of Hallamby garage fire",
    originalText: [
      "The four-hour blaze at Wexbridge Motor Services' Carrow Road garage in Hallamby destroyed 19 buses, most of them less than five years old.",
      "Wexbridge, which is owned by the Tranmoor Group, said the cancellation of 410 journeys on Thursday was the worst disruption in its history.",
      "The company said it had borrowed 30 buses from neighbouring operators and expected to run about 80% of its timetable on Friday.",
      "Replacing the destroyed vehicles will cost about £8 million, according to the company.",
      "Firefighters stayed at the scene for 14 hours, damping down.",
      "Mistry, 47, who has worked at the garage for 20 years, said he saw smoke coming from under a bus near the workshop.",
    ].join("\n"),
  },
  {
    input: "bus-garage/4",
    externalId: "bg4",
    source: "Radio Hallam News",
    url: "https://radiohallam.example/news/wexbridge-friday-services",
    publishedAt: "2027-10-15T18:00:00Z",
    title: "Most Wexbridge buses back on the road a day after garage fire",
    originalText: [
      "Wexbridge Motor Services ran 72% of its timetable on Friday, a day after fire destroyed 19 buses at its Carrow Road garage.",
      "On Friday, 120 journeys were cancelled, the company said.",
      "Six more buses were damaged by smoke and will be out of service for a fortnight.",
      "The garage will stay closed for at least three months while the roof is rebuilt.",
      "“Our drivers have been magnificent, and I want to thank every passenger for their patience,” said Wexbridge managing director Paul Okonedo.",
    ].join("\n"),
  },
  {
    input: "bus-garage/5",
    externalId: "bg5",
    source: "The Northern Courier",
    url: "https://northerncourier.example/news/hallamby-electric-bus-fire",
    publishedAt: "2027-10-17T08:00:00Z",
    title: "Electric bus on charge started Hallamby garage fire, investigators say",
    originalText: [
      "The fire at Wexbridge's Carrow Road garage began at about 1am on Thursday, when an electric bus on charge caught fire, investigators said.",
      "Of the 19 buses destroyed, 11 were electric double-deckers bought last year with a £6.2 million government grant.",
      "Wexbridge carries about 45,000 passengers a day across Hallamby.",
      "Services returned to the full timetable on Saturday.",
      "“Charging dozens of buses under one roof overnight is a risk the whole industry has to face,” said Linda Marsh, regional organiser for the Unite union.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function busGarageFireArticles(): Article[] {
  return linkNearDuplicates(BUS_GARAGE_FIRE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts36 (2026-12-07), before running any code on them. Four real
 * disagreements: the buses run from the garage (62 against a fleet of 70), Thursday's cancelled
 * journeys (350 against 410), the fire's length (six hours against four) and the fitter's age (44
 * against 47).
 */
export const BUS_GARAGE_FIRE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The roof came down in sheets", speaker: "Carol Fenn" },
    { text: "I shouted to the cleaners", speaker: "Dev Mistry" },
    { text: "Our drivers have been magnificent", speaker: "Paul Okonedo" },
    { text: "Charging dozens of buses under one roof", speaker: "Linda Marsh" },
  ],
  timeline: [
    { text: "Fire tore through a bus garage in Hallamby", dates: ["2027-10-14"] },
    { text: "ran 72% of its timetable on Friday", dates: ["2027-10-15"] },
    { text: "Services returned to the full timetable on Saturday", dates: ["2027-10-16"] },
  ],
  neverDated: [{ text: "bought last year with a £6.2 million government grant", date: "2027-10" }],
  disagreements: [
    { values: ["62", "70"], outlets: ["Albion Press Association", "Hallamby Evening Telegraph"] },
    { values: ["350", "410"], outlets: ["Hallamby Evening Telegraph", "Bus & Coach Week"] },
    { values: ["six", "four"], outlets: ["Hallamby Evening Telegraph", "Bus & Coach Week"] },
    { values: ["44", "47"], outlets: ["Hallamby Evening Telegraph", "Bus & Coach Week"] },
  ],
  notDisagreements: [
    // Buses destroyed (a part) against the buses run from the garage or its fleet.
    ["19", "62"],
    ["19", "70"],
    ["Nineteen", "62"],
    ["Nineteen", "70"],
    // Smoke-damaged and electric buses against those destroyed; borrowed buses against the fleet.
    ["Six", "19"],
    ["11", "19"],
    ["30", "62"],
    ["30", "70"],
    // Firefighters at first and at the height.
    ["Twenty-five", "60"],
    // Friday's cancellations against Thursday's.
    ["120", "350"],
    ["120", "410"],
    // A forecast share of the timetable against the share run.
    ["80%", "72%"],
    // Firefighters' time at the scene against the fire's length.
    ["14", "six"],
    ["14", "four"],
    // Staff and passengers against buses; years of service against an age.
    ["240", "70"],
    ["45,000", "240"],
    ["20", "47"],
    // The cost of new buses against a grant.
    ["8 million", "6.2 million"],
  ],
  corroboration: [
    { text: "Wexbridge Motor Services operates 62 buses from the Carrow Road garage", outlets: 1 },
    { text: "Six more buses were damaged by smoke", outlets: 1 },
  ],
};
