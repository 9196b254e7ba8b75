/**
 * Held-out batch U (lead session 32, 2026-12-07), written by heldout23 before any run; unfitted.
 * A power station's cooling towers are blown down and flying debris damages nearby homes, Sunday 7 to Tuesday 9 October 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ct/1",
    externalId: "u1",
    source: "Midlands News Service",
    url: "https://midlandsnewsservice.example/news/hallam-ridge-cooling-towers-demolished",
    publishedAt: "2046-10-07T12:00:00Z",
    title: "Debris hits homes as Hallam Ridge cooling towers are blown down",
    originalText: [
      "Three cooling towers at the former Hallam Ridge power station were brought down in a controlled explosion at 7am on Sunday, watched by thousands of people from nearby hillsides.",
      "Debris thrown out by the blast smashed windows and damaged roofs at 17 homes in Ridgeway Close, about 400 metres away, Hallam Police said.",
      "No one was hurt.",
      "The 114-metre towers had dominated the skyline since 1968; the station stopped generating in 2031.",
      "“We heard a bang and then it was raining concrete on the conservatory,” said resident Paula Greaves.",
      "The demolition contractor, Brannock Demolition, said it was investigating.",
    ].join("\n"),
  },
  {
    input: "ct/2",
    externalId: "u2",
    source: "Valley Evening News",
    url: "https://valleyeveningnews.example/news/concrete-rains-on-ridgeway-close",
    publishedAt: "2046-10-07T18:00:00Z",
    title: "Concrete rains on Ridgeway Close as towers fall",
    originalText: [
      "Three cooling towers at the former Hallam Ridge power station were toppled in a controlled explosion at 7am on Sunday, watched by thousands of people from the nearby hillsides.",
      "Debris thrown out by the blast smashed windows and damaged roofs at 17 homes in Ridgeway Close, about 400 metres away, Hallam Police said on Sunday.",
      "Nobody was injured.",
      "“We heard a bang and then it was raining concrete on the conservatory,” said resident Paula Greaves.",
      "The demolition contractor, Brannock Demolition, said it was looking into what went wrong.",
    ].join("\n"),
  },
  {
    input: "ct/3",
    externalId: "u3",
    source: "Hallam Star",
    url: "https://hallamstar.example/news/ridgeway-close-residents-count-cost",
    publishedAt: "2046-10-08T06:00:00Z",
    title: "Ridgeway Close residents count the cost after tower blast",
    originalText: [
      "Residents of Ridgeway Close spent yesterday sweeping up glass after chunks of concrete rained down on the street, which lies 250 metres from where the towers stood.",
      "Police now say 23 homes were damaged, six more than first thought, after officers went door to door.",
      "The towers, each 110 metres tall, were built when the coal-fired station opened in 1968.",
      "Paula Greaves, 66, said a piece of concrete “the size of a brick” went through her conservatory roof.",
      "Brannock Demolition has set up a £250,000 fund to pay for repairs.",
      "The site's 198-metre chimney is due to be demolished next spring.",
    ].join("\n"),
  },
  {
    input: "ct/4",
    externalId: "u4",
    source: "The Daily Beacon",
    url: "https://dailybeacon.example/news/gran-escapes-concrete-hail",
    title: "Gran's lucky escape as concrete hail hits homes",
    originalText: [
      "Gran Paula Greaves, 63, was in her kitchen when a lump of concrete smashed through the conservatory where her grandchildren had been playing minutes earlier.",
      "'If they had still been in there, I don't want to think about it,' she said.",
      "Remarkably, nobody was hurt.",
      "Neighbours say they were told to stay indoors but were never warned about flying debris.",
      "Demolition crews had set an exclusion zone of 300 metres around the towers.",
      "Homeowners say repairs could cost up to £8,000 a house.",
    ].join("\n"),
  },
  {
    input: "ct/5",
    externalId: "u5",
    source: "Demolition & Dismantling News",
    url: "https://demolitiondismantling.example/projects/hallam-ridge-towers-blowdown",
    publishedAt: "2046-10-08T14:00:00Z",
    title: "Hallam Ridge blowdown: Brannock opens compensation scheme",
    originalText: [
      "Brannock used 180kg of explosives to fell the three towers at Hallam Ridge, the company said.",
      "According to Brannock managing director Colin Rafferty, the blast “performed exactly as designed” but debris travelled further than modelled.",
      "The contractor has put 300,000 pounds into a compensation scheme for affected residents and is offering an immediate £1,500 payment to each household.",
      "The blowdown was the firm's 40th cooling-tower demolition since it was founded in 2019.",
      "In 2039, debris from a tower demolition at Farnwell damaged 12 cars in a nearby car park.",
    ].join("\n"),
  },
  {
    input: "ct/6",
    externalId: "u6",
    source: "Midlands News Service",
    url: "https://midlandsnewsservice.example/news/hallam-ridge-demolition-investigation",
    publishedAt: "2046-10-09T16:00:00Z",
    title: "Safety watchdog investigates Hallam Ridge demolition as damage count rises to 31",
    originalText: [
      "The Health and Safety Executive opened an investigation on Tuesday into the demolition of the Hallam Ridge cooling towers, after the number of damaged homes rose to 31.",
      "Hallam council leader Imran Chaudhry said: “People were promised this would be safe, and it was not.”",
      "The council leader said repairs to the worst-hit homes could take up to six weeks.",
      "Residents have called for a full independent inquiry; Brannock has offered to meet them on Thursday.",
      "“We will pay for every pane of glass,” Brannock managing director Colin Rafferty told a public meeting on Monday evening.",
    ].join("\n"),
  },
];

export function coolingTowerDemolitionDebrisArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run. The towers fell at 7am on Sunday 7 October;
 * "yesterday" in Monday's Hallam Star is that Sunday; "Monday evening" and "Tuesday" in Tuesday's
 * wire are the 8th and the 9th; "Thursday" there is the 11th, a meeting still to come. The Beacon's
 * story carries no date.
 */
export const COOLING_TOWER_DEMOLITION_DEBRIS_EXPECTED: ExpectedFacts = {
  quotes: [
    // "said resident X".
    { text: "We heard a bang and then it was raining concrete on the conservatory", speaker: "Paula Greaves" },
    // A fragment inside reported speech.
    { text: "the size of a brick", speaker: "Paula Greaves", partial: true },
    // Straight single quotes, "she said".
    { text: "If they had still been in there, I don't want to think about it", speaker: "Paula Greaves" },
    // "According to X, … “…”", a fragment in lower case.
    { text: "performed exactly as designed", speaker: "Colin Rafferty", partial: true },
    { text: "People were promised this would be safe, and it was not", speaker: "Imran Chaudhry" },
    // "X told a public meeting".
    { text: "We will pay for every pane of glass", speaker: "Colin Rafferty" },
  ],
  timeline: [
    { text: "were brought down in a controlled explosion at 7am on Sunday", dates: ["2046-10-07"] },
    { text: "were toppled in a controlled explosion at 7am on Sunday", dates: ["2046-10-07"] },
    { text: "Hallam Police said on Sunday", dates: ["2046-10-07"] },
    { text: "Residents of Ridgeway Close spent yesterday sweeping up glass", dates: ["2046-10-07"] },
    { text: "The Health and Safety Executive opened an investigation on Tuesday", dates: ["2046-10-09"] },
    { text: "Rafferty told a public meeting on Monday evening", dates: ["2046-10-08"] },
    { text: "Brannock has offered to meet them on Thursday", dates: ["2046-10-11"] },
  ],
  neverDated: [
    { text: "had dominated the skyline since 1968", date: "1968" },
    { text: "the station stopped generating in 2031", date: "2031" },
    { text: "when the coal-fired station opened in 1968", date: "1968" },
    { text: "since it was founded in 2019", date: "2019" },
    { text: "In 2039, debris from a tower demolition at Farnwell", date: "2039" },
    // Monday evening in a Tuesday story is the day before.
    { text: "Rafferty told a public meeting on Monday evening", date: "2046-10-15", exact: true },
  ],
  disagreements: [
    // The towers' height: "The 114-metre towers" against "each 110 metres tall".
    { values: ["114", "110"], outlets: ["Midlands News Service", "Hallam Star"] },
    // How far Ridgeway Close is from the towers: "about 400 metres away" against "lies 250 metres from".
    { values: ["400", "250"], outlets: ["Midlands News Service", "Hallam Star"] },
    // Paula Greaves's age: "Paula Greaves, 66," against "Gran Paula Greaves, 63,".
    { values: ["66", "63"], outlets: ["Hallam Star", "The Daily Beacon"] },
    // The contractor's repair money: "a £250,000 fund" against "put 300,000 pounds into a compensation scheme".
    { values: ["250,000", "300,000"], outlets: ["Hallam Star", "Demolition & Dismantling News"] },
  ],
  notDisagreements: [
    // Damaged homes as the count grew; the Star's "six more" is a part of the rise.
    ["17", "23"],
    ["23", "31"],
    ["17", "31"],
    ["six", "23"],
    // The towers' height against the chimney's; the exclusion zone against the street's distance.
    ["114", "198"],
    ["110", "198"],
    ["300", "250"],
    ["300", "400"],
    // A fund against a payment to each household and against homeowners' repair estimates.
    ["250,000", "1,500"],
    ["300,000", "8,000"],
    ["8,000", "1,500"],
    // A 2039 precedent; the firm's demolitions; the three towers.
    ["12", "17"],
    ["40", "three"],
    // Explosives against the towers' height; weeks of repairs against homes.
    ["180", "114"],
    ["six", "31"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the Beacon says it in other words.
    { text: "No one was hurt.", outlets: 2 },
    // The wire and its rewrite count once, the trade paper in other words.
    { text: "Three cooling towers at the former Hallam Ridge power station were brought down", outlets: 2 },
    // Only the wire and its rewrite.
    { text: "We heard a bang and then it was raining concrete", outlets: 1 },
  ],
  headline: ["investigation", "31"],
  summary: {
    holds: ["investigation", "31"],
    never: ["damaged roofs at 17 homes", "Police now say 23 homes were damaged"],
  },
  sameEntry: [
    [
      "were brought down in a controlled explosion at 7am on Sunday",
      "Residents of Ridgeway Close spent yesterday sweeping up glass",
    ],
  ],
  order: [
    "were brought down in a controlled explosion at 7am on Sunday",
    "Rafferty told a public meeting on Monday evening",
    "The Health and Safety Executive opened an investigation on Tuesday",
    "Brannock has offered to meet them on Thursday",
  ],
  supersession: {
    apart: [
      ["damaged roofs at 17 homes", "the number of damaged homes rose to 31"],
      ["Police now say 23 homes were damaged", "the number of damaged homes rose to 31"],
      ["said it was investigating", "The Health and Safety Executive opened an investigation on Tuesday"],
    ],
    current: [
      "The site's 198-metre chimney is due to be demolished next spring",
      "Brannock has offered to meet them on Thursday",
      "is offering an immediate £1,500 payment to each household",
    ],
  },
};
