import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts20 (2026-12-05, before running any code on it): five
 * articles from five outlets on the failure of the Carrick Moor Reservoir dam above Aldbeck late on
 * Sunday 17 January 2027. A wire on Monday morning and the town paper's syndicated rewrite of it, a
 * national paper on Tuesday, a regional broadcaster on Wednesday, a trade weekly on Thursday. The real
 * disagreements: the homes flooded in Aldbeck, about 420 for the national paper (the county council)
 * against 560 for the broadcaster (the fire service); the water the breach released, about 1.1 million
 * cubic metres for the national paper against about 1.5 million for the weekly (the British Dam
 * Society). Traps: two dead and a third missing, then a toll of three; 1,200 evacuated overnight, then
 * 2,100 out of their homes by Tuesday evening; 350 homes flooded in the next village; the owner's offer
 * of £2,500 a household against the residents' demand of £3,000; a river forecast to peak at 4.2
 * metres that peaked at 3.6; the 1.7 million cubic metres the reservoir held against what it released;
 * seepage of 12 litres a second; the owner's 26 other reservoirs. Test support only.
 */
const DAM_BREACH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "dam/1",
    externalId: "d1",
    source: "Northern Press Agency",
    url: "https://northernpress.example/news/aldbeck-dam-gives-way",
    publishedAt: "2027-01-18T07:30:00Z",
    title: "Dam gives way above Aldbeck, two dead",
    originalText: [
      "The earth dam at Carrick Moor Reservoir gave way shortly before midnight on Sunday, sending a wall of water into the town of Aldbeck.",
      "Two people were killed and a third was missing, Westmoor Fire and Rescue Service said.",
      "About 1,200 residents of Aldbeck were evacuated overnight to a leisure centre and two schools.",
      "The reservoir held about 1.7 million cubic metres of water when it failed, according to its owner, Fellside Water.",
      "“It came down the valley like a train,” said Aldbeck resident Peter Hume, 67.",
      "The dam was built in 1884.",
    ].join("\n"),
  },
  {
    input: "dam/2",
    externalId: "d2",
    source: "Aldbeck & District Gazette",
    url: "https://aldbeckgazette.example/news/dam-gives-way-two-dead",
    publishedAt: "2027-01-18T13:00:00Z",
    title: "Two dead as Carrick Moor dam gives way",
    originalText: [
      "The earth dam at Carrick Moor Reservoir gave way shortly before midnight on Sunday, sending a wall of water into the town of Aldbeck.",
      "Two people were killed and a third was missing, Westmoor Fire and Rescue Service said.",
      "About 1,200 residents of Aldbeck were evacuated overnight to a leisure centre and two schools.",
      "“It came down the valley like a train,” said Aldbeck resident Peter Hume, 67.",
      "Northern Press Agency",
    ].join("\n"),
  },
  {
    input: "dam/3",
    externalId: "d3",
    source: "The National Courier",
    url: "https://nationalcourier.example/uk/aldbeck-420-homes-flooded",
    publishedAt: "2027-01-19T06:30:00Z",
    title: "Aldbeck flood: 420 homes under water",
    originalText: [
      "About 420 homes in Aldbeck were flooded when the Carrick Moor dam failed on Sunday night, Westmoor County Council said on Monday.",
      "In the neighbouring village of Tarnside, 350 homes were flooded, the council said.",
      "Engineers said the breach released about 1.1 million cubic metres of water.",
      "The Environment Agency had forecast that the River Ald would peak at 4.2 metres.",
      "The river peaked at 3.6 metres at Aldbeck Bridge on Monday afternoon.",
      "Fellside Water has offered £2,500 to each flooded household.",
      "The Aldbeck Residents' Association is demanding £3,000 for every household.",
      "“We warned Fellside Water about seepage two years ago,” said councillor Anne Ridley, who chairs the council's flood committee.",
    ].join("\n"),
  },
  {
    input: "dam/4",
    externalId: "d4",
    source: "Radio Westmoor",
    url: "https://radiowestmoor.example/news/third-body-found-aldbeck",
    publishedAt: "2027-01-20T08:00:00Z",
    title: "Third body found after Aldbeck dam collapse",
    originalText: [
      "Rescuers found the body of a third victim, 72-year-old Robert Benson, on Tuesday, bringing the death toll to three.",
      "The fire service said 560 homes in Aldbeck were flooded when the dam failed.",
      "By Tuesday evening, 2,100 people had left their homes in the valley, the county council said.",
      "Fellside Water has offered each flooded household £2,500.",
      "“My father stayed behind to help his neighbours,” said Mr Benson's daughter, Claire Benson.",
    ].join("\n"),
  },
  {
    input: "dam/5",
    externalId: "d5",
    source: "Dam Engineering Review",
    url: "https://damengineering.example/analysis/how-carrick-moor-failed",
    publishedAt: "2027-01-21T09:00:00Z",
    title: "How Carrick Moor failed",
    originalText: [
      "The Carrick Moor breach released about 1.5 million cubic metres of water, according to an analysis by the British Dam Society.",
      "The reservoir held about 1.7 million cubic metres when the dam failed.",
      "The dam was last inspected in March 2025, when engineers recorded seepage of 12 litres a second.",
      "Inspectors had recommended in 2023 that the spillway be widened.",
      "Fellside Water, which owns 26 other reservoirs in the region, said it would pay for an independent inquiry.",
      "“Earth dams of this age need watching every single week,” said Professor Helen Marsh of Kelby University.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function damCollapseArticles(): Article[] {
  return linkNearDuplicates(DAM_BREACH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts20 (2026-12-05), before running any code on them. Two real
 * disagreements: the homes flooded in Aldbeck (about 420 against 560) and the water released (about
 * 1.1 against about 1.5 million cubic metres).
 */
export const DAM_COLLAPSE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It came down the valley like a train", speaker: "Peter Hume" },
    { text: "We warned Fellside Water about seepage two years ago", speaker: "Anne Ridley" },
    { text: "My father stayed behind to help his neighbours", speaker: "Claire Benson" },
    { text: "Earth dams of this age need watching every single week", speaker: "Helen Marsh" },
  ],
  timeline: [
    { text: "gave way shortly before midnight on Sunday", dates: ["2027-01-17"] },
    { text: "Rescuers found the body of a third victim", dates: ["2027-01-19"] },
    { text: "The dam was last inspected in March 2025", dates: ["2025-03"] },
  ],
  neverDated: [
    { text: "The dam was built in 1884", date: "2027" },
    { text: "Inspectors had recommended in 2023", date: "2027" },
  ],
  disagreements: [
    { values: ["420", "560"], outlets: ["The National Courier", "Radio Westmoor"] },
    { values: ["1.1 million", "1.5 million"], outlets: ["The National Courier", "Dam Engineering Review"] },
  ],
  notDisagreements: [
    // Two dead and one missing, then a toll of three.
    ["Two", "three"],
    // Evacuated overnight, then out of their homes two days on.
    ["1,200", "2,100"],
    // Another village's flooded homes.
    ["420", "350"],
    ["560", "350"],
    // The owner's offer against the residents' demand.
    ["2,500", "3,000"],
    // The river's forecast peak against its peak.
    ["4.2", "3.6"],
    // What the reservoir held against what it released.
    ["1.7 million", "1.5 million"],
    ["1.7 million", "1.1 million"],
  ],
  corroboration: [
    // The wire's evacuation, carried again by its rewrite only.
    { text: "About 1,200 residents of Aldbeck were evacuated overnight", outlets: 1 },
    { text: "Two people were killed and a third was missing", outlets: 1 },
    // The offer, told by the national paper and the broadcaster in other words.
    { text: "Fellside Water has offered £2,500 to each flooded household", outlets: 2 },
    // What the reservoir held, told by the wire and the weekly.
    { text: "The reservoir held about 1.7 million cubic metres of water when it failed", outlets: 2 },
    // A count another outlet contradicts is carried by its own outlet only.
    { text: "About 420 homes in Aldbeck were flooded", outlets: 1 },
  ],
};
