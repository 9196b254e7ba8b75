import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * The lead's held-out batch G (session 24, 2026-12-06): texts and expectations written before any run, kept
 * outside the repository while they were unfitted and added here after. A gas explosion wrecks a US
 * apartment building; a second body is found, a technician's account and the utility's checks follow.
 */
const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "gb/1",
    externalId: "g1",
    source: "Milbrook Courier",
    url: "https://milbrookcourier.example/local/ferris-avenue-explosion",
    publishedAt: "2036-03-08T15:10:00Z",
    title: "Explosion rips through Ferris Avenue apartment building",
    originalText: [
      "An explosion tore through a five-story apartment building on Ferris Avenue shortly before 8 a.m. Saturday, injuring at least nine people, Fire Chief Dana Ruiz said.",
      "Two residents were unaccounted for Saturday afternoon, Ruiz said.",
      "The building, which has 48 units, was built in 1962.",
      "Police evacuated 14 neighboring homes as a precaution.",
      "“We are treating this as a gas explosion until we learn otherwise,” Ruiz told reporters at the scene.",
    ].join("\n"),
  },
  {
    input: "gb/2",
    externalId: "g2",
    source: "Press Wire",
    url: "https://presswire.example/us/milbrook-apartment-blast",
    publishedAt: "2036-03-09T01:30:00Z",
    title: "One dead, 11 hurt in Milbrook apartment blast",
    originalText: [
      "MILBROOK (PW) — An explosion at an apartment building in Milbrook killed one person and injured 11 on Saturday, officials said.",
      "The dead man was identified as Harold Simms, 81, a retired bus driver who had lived in the building for 30 years.",
      "Eastline Gas said it had shut off gas to the block and sent crews to check lines across the neighborhood.",
      "“This is a heartbreaking day for our city,” Mayor Carla Webb said at an evening briefing.",
      "A gas explosion in Harwood in 2019 killed three people and destroyed two houses.",
    ].join("\n"),
  },
  {
    input: "gb/3",
    externalId: "g3",
    source: "WMBK News",
    url: "https://wmbk.example/news/second-body-ferris-avenue",
    publishedAt: "2036-03-09T22:00:00Z",
    title: "Second body found in rubble of Ferris Avenue building",
    originalText: [
      "Searchers found a second body in the rubble of the Ferris Avenue building on Sunday, raising the death toll to two.",
      "The second victim has not been identified.",
      "Simms, 78, was found in a first-floor apartment, according to neighbors.",
      "Residents of 20 nearby houses were told to leave their homes on Saturday morning.",
      "Eight people remain in the hospital, two of them in critical condition.",
      "“He always had a word for everybody on the stairs,” said neighbor Luis Ortega.",
    ].join("\n"),
  },
  {
    input: "gb/4",
    externalId: "g4",
    source: "State Journal",
    url: "https://statejournal.example/news/eastline-technician-ferris",
    publishedAt: "2036-03-10T21:00:00Z",
    title: "Utility says technician found no leak a day before Milbrook blast",
    originalText: [
      "Eastline Gas said on Monday that a technician checked the building on Friday after a resident reported a smell of gas, and found no leak.",
      "All residents of the 52-unit building have now been accounted for, officials said Monday.",
      "The National Transportation Safety Board said it was sending a team of four investigators, who are expected to arrive on Tuesday.",
      "Repairs to the gas main under Ferris Avenue could take two weeks, the utility said.",
      "“We will cooperate fully with every investigation,” Eastline spokesperson Maria Chen said in a statement.",
    ].join("\n"),
  },
  {
    input: "gb/5",
    externalId: "g5",
    source: "Milbrook Courier",
    url: "https://milbrookcourier.example/local/ferris-avenue-monday",
    publishedAt: "2036-03-11T02:00:00Z",
    title: "Ferris Avenue residents wait to return",
    originalText: [
      "Displaced residents spent a second night at the Lincoln Middle School gym on Monday.",
      "The Red Cross said it was helping 63 people from the building.",
      "Ferris Avenue will stay closed for at least 10 days, police said.",
      "Mayor Webb said a fund set up for the victims had raised $85,000 by Monday evening.",
    ].join("\n"),
  },
];

export function gasBlastArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

export const GAS_BLAST_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are treating this as a gas explosion until we learn otherwise", speaker: "Dana Ruiz" },
    { text: "This is a heartbreaking day for our city", speaker: "Carla Webb" },
    { text: "He always had a word for everybody on the stairs", speaker: "Luis Ortega" },
    { text: "We will cooperate fully with every investigation", speaker: "Maria Chen" },
  ],
  timeline: [
    { text: "An explosion tore through a five-story apartment building", dates: ["2036-03-08"] },
    { text: "Searchers found a second body", dates: ["2036-03-09"] },
    { text: "a technician checked the building on Friday", dates: ["2036-03-07"] },
    { text: "All residents of the 52-unit building have now been accounted for", dates: ["2036-03-10"] },
  ],
  neverDated: [
    { text: "which has 48 units, was built in 1962", date: "1962" },
    { text: "A gas explosion in Harwood in 2019", date: "2036" },
  ],
  disagreements: [
    { values: ["48", "52"], outlets: ["Milbrook Courier", "State Journal"] },
    { values: ["81", "78"], outlets: ["Press Wire", "WMBK News"] },
    { values: ["14", "20"], outlets: ["Milbrook Courier", "WMBK News"] },
  ],
  notDisagreements: [
    ["nine", "11"],
    ["one", "two"],
    ["11", "Eight"],
    ["Two", "two"],
    ["two weeks", "10 days"],
    ["two", "10"],
    ["three", "two"],
    ["63", "48"],
    ["63", "52"],
    ["four", "two"],
    ["five", "48"],
    ["30", "81"],
    ["Eight", "two"],
  ],
  corroboration: [{ text: "Searchers found a second body", outlets: 1 }],
  headline: ["accounted", "no leak", "technician", "second body", "two"],
  summary: { holds: ["second body"], never: ["Two residents were unaccounted for"] },
  supersession: {
    apart: [
      ["Two residents were unaccounted for", "have now been accounted for"],
      ["killed one person", "raising the death toll to two"],
    ],
    current: ["Eight people remain in the hospital", "Ferris Avenue will stay closed for at least 10 days"],
  },
};
