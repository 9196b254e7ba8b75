import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * The lead's held-out batch G (session 24, 2026-12-06): texts and expectations written before any run, kept
 * outside the repository while they were unfitted and added here after. A tower crane collapses on a
 * building site in a British city, September 2036 (Tuesday 2 to Friday 5).
 */
const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cc/1",
    externalId: "c1",
    source: "Kelsford Echo",
    url: "https://kelsfordecho.example/news/crane-collapse-mill-street",
    publishedAt: "2036-09-02T11:00:00Z",
    title: "Crane collapses on Mill Street building site",
    originalText: [
      "A tower crane collapsed on to a building site in Mill Street this morning, killing its operator and injuring five people.",
      "The 60-metre crane fell across the half-built office block shortly after 8am.",
      "About 120 workers were on the site at the time, the developer said.",
      "Gusts of up to 50mph had been forecast for the city overnight.",
      "West Yorkshire Fire Service group manager Ian Platt said: “Crews worked for several hours in very dangerous conditions.”",
    ].join("\n"),
  },
  {
    input: "cc/2",
    externalId: "c2",
    source: "Northern Post",
    url: "https://northernpost.example/kelsford/crane-operator-named",
    publishedAt: "2036-09-03T09:30:00Z",
    title: "Crane operator killed in Kelsford collapse named",
    originalText: [
      "The crane operator killed in Tuesday's collapse in Kelsford has been named as Gary Fenwick, 52, from Ottley.",
      "The crane, which stood 72 metres tall, came down on the site of the Mill Street development, a £45 million office scheme.",
      "The 150 people working on the site that morning were led out by marshals.",
      "Weather records show gusts reached 38mph in the city on Tuesday morning.",
      "According to his brother, Alan Fenwick, “Gary loved that job and he was careful to a fault.”",
    ].join("\n"),
  },
  {
    input: "cc/3",
    externalId: "c3",
    source: "Construction Weekly",
    url: "https://constructionweekly.example/news/harlan-halts-crane-work",
    publishedAt: "2036-09-04T08:00:00Z",
    title: "Harlan halts crane work on all sites after Kelsford collapse",
    originalText: [
      "Harlan Build has stopped all crane work on its sites while the Health and Safety Executive investigates Tuesday's collapse.",
      "The contractor operates 14 tower cranes across nine sites in the north of England.",
      "Mr Fenwick, 54, had worked for the firm for 11 years.",
      "“Nothing matters more to us than the safety of the people who build for us” — Harlan chief executive Ruth Akande.",
      "The HSE said that its inspectors had taken control of the site on Wednesday.",
    ].join("\n"),
  },
  {
    input: "cc/4",
    externalId: "c4",
    source: "National Broadcaster",
    url: "https://nationalbroadcaster.example/news/kelsford-crane-second-death",
    publishedAt: "2036-09-04T18:00:00Z",
    title: "Pedestrian hurt in Kelsford crane collapse dies",
    originalText: [
      "A pedestrian who was injured when a tower crane collapsed in Kelsford on Tuesday has died in hospital, raising the number of deaths to two.",
      "Susan Kerr, 67, was walking past the site when debris struck her, police said.",
      "Three other people remain in hospital.",
      "In 2006 a crane collapse in Battersea, south London, killed two people.",
      "Unite's regional officer Dev Sharma said that “crane safety has been cut to the bone by the rush to build.”",
    ].join("\n"),
  },
  {
    input: "cc/5",
    externalId: "c5",
    source: "Kelsford Echo",
    url: "https://kelsfordecho.example/news/mill-street-reopens",
    publishedAt: "2036-09-05T16:00:00Z",
    title: "Mill Street to reopen as inquest opens",
    originalText: [
      "An inquest into the death of Gary Fenwick was opened and adjourned at Kelsford Coroner's Court on Friday.",
      "Mill Street will reopen to traffic on Monday, the council said, after engineers made the remains of the crane safe.",
      "Harlan Build said it had resumed crane work at eight of its nine sites.",
      "Flowers have been left at the site gates.",
    ].join("\n"),
  },
];

export function craneCollapseArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

export const CRANE_COLLAPSE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Crews worked for several hours in very dangerous conditions", speaker: "Ian Platt" },
    { text: "Gary loved that job and he was careful to a fault", speaker: "Alan Fenwick" },
    { text: "Nothing matters more to us than the safety of the people who build for us", speaker: "Ruth Akande" },
    { text: "crane safety has been cut to the bone by the rush to build", speaker: "Dev Sharma", partial: true },
  ],
  timeline: [
    { text: "A tower crane collapsed on to a building site in Mill Street this morning", dates: ["2036-09-02"] },
    { text: "its inspectors had taken control of the site on Wednesday", dates: ["2036-09-03"] },
    { text: "has died in hospital, raising the number of deaths to two", dates: ["2036-09-04"] },
    { text: "was opened and adjourned at Kelsford Coroner's Court on Friday", dates: ["2036-09-05"] },
    { text: "Mill Street will reopen to traffic on Monday", dates: ["2036-09-08"] },
  ],
  neverDated: [{ text: "In 2006 a crane collapse in Battersea", date: "2036" }],
  disagreements: [
    { values: ["60", "72"], outlets: ["Kelsford Echo", "Northern Post"] },
    { values: ["52", "54"], outlets: ["Northern Post", "Construction Weekly"] },
    { values: ["120", "150"], outlets: ["Kelsford Echo", "Northern Post"] },
  ],
  notDisagreements: [
    ["50", "38"],
    ["five", "Three"],
    ["two", "five"],
    ["14", "nine"],
    ["nine", "eight"],
    ["two", "2006"],
    ["11", "52"],
    ["11", "54"],
    ["67", "52"],
    ["67", "54"],
    ["60", "50"],
    ["72", "50"],
    ["two", "Three"],
  ],
  corroboration: [{ text: "has died in hospital, raising the number of deaths to two", outlets: 1 }],
  headline: ["reopen", "inquest", "resumed", "died", "two"],
  summary: { holds: ["two"], never: [] },
  supersession: {
    apart: [
      ["stopped all crane work on its sites", "had resumed crane work at eight of its nine sites"],
      ["killing its operator and injuring five people", "raising the number of deaths to two"],
    ],
    current: ["Three other people remain in hospital", "Mill Street will reopen to traffic on Monday"],
  },
};
