import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of what later news supersedes by supersede2 (2026-12-06, texts
 * and expectations written before running any code on them): five articles from four outlets on a
 * flash flood that swept through the Cwm Dulas campsite on the afternoon of Tuesday 20 July 2032. The
 * toll rises from at least four (told inside the event's sentence, ", killing at least four people")
 * to seven and then nine; seven missing become four, then three, then one; the valley road that
 * remains closed reopens; the First Minister's visit to come is made. What stays: the campsite's
 * pitches, how fast the river rose, the hall opened to campers, the campsite closed for the summer
 * (told twice, unchanged), a girl found alive, the toll of nine. Test support only.
 */
const CAMPSITE_FLASH_FLOOD_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "campsite/1",
    externalId: "c1",
    source: "Wales News Agency",
    url: "https://walesnews.example/news/cwm-dulas-campsite-flash-flood",
    publishedAt: "2032-07-20T20:00:00Z",
    title: "Flash flood sweeps through Cwm Dulas campsite",
    originalText: [
      "A flash flood swept through a campsite in the Dulas valley on Tuesday afternoon, killing at least four people, North Wales Police said.",
      "Seven people are missing, among them two children, and a search of the river is under way.",
      "The campsite, which has 120 pitches, was almost full for the start of the school holidays.",
      "The river rose by about two metres in less than half an hour after a storm over the hills upstream, the Met Office said.",
      "“The water came through the tents like a wall,” said camper Rhys Pritchard.",
    ].join("\n"),
  },
  {
    input: "campsite/2",
    externalId: "c2",
    source: "The Western Chronicle",
    url: "https://westernchronicle.example/news/cwm-dulas-search-through-night",
    publishedAt: "2032-07-21T06:00:00Z",
    title: "Rescuers search through the night after campsite flood",
    originalText: [
      "Rescuers searched through the night for seven people missing after Tuesday's flash flood at the Cwm Dulas campsite, which killed four.",
      "The A4086 through the valley remains closed because part of it was washed away.",
      "Gwynedd Council has opened the community hall in Llanfair Dulas to about 300 campers who lost their tents.",
      "“We have not given up hope,” said Superintendent Gareth Lloyd of North Wales Police.",
    ].join("\n"),
  },
  {
    input: "campsite/3",
    externalId: "c3",
    source: "The Daily Ledger",
    url: "https://dailyledger.example/news/cwm-dulas-toll-rises-to-seven",
    publishedAt: "2032-07-22T05:30:00Z",
    title: "Cwm Dulas flood toll rises to seven",
    originalText: [
      "The bodies of three more people were recovered from the river on Wednesday, bringing the number killed in the Cwm Dulas flood to seven.",
      "Four people, including a nine-year-old girl, are still missing.",
      "The campsite's owner, Elen Morgan, said it would stay closed for the rest of the summer.",
      "The First Minister, Carys Emlyn, will visit the valley on Thursday.",
      "“Every one of these families stayed with us year after year,” said Ms Morgan.",
    ].join("\n"),
  },
  {
    input: "campsite/4",
    externalId: "c4",
    source: "Coast FM",
    url: "https://coastfm.example/news/girl-found-alive-cwm-dulas",
    publishedAt: "2032-07-22T17:30:00Z",
    title: "Girl found alive two miles downstream of flooded campsite",
    originalText: [
      "Search teams found the nine-year-old girl alive in a barn two miles downstream on Thursday morning.",
      "Three people are still missing.",
      "First Minister Carys Emlyn visited the valley on Thursday and met families of the missing at the community hall.",
      "“Today we have had a little hope in a terrible week,” said Ms Emlyn.",
    ].join("\n"),
  },
  {
    input: "campsite/5",
    externalId: "c5",
    source: "The Western Chronicle",
    url: "https://westernchronicle.example/news/cwm-dulas-road-reopens",
    publishedAt: "2032-07-24T06:00:00Z",
    title: "Valley road reopens as Cwm Dulas toll reaches nine",
    originalText: [
      "Two more bodies were found on Friday, bringing the toll to nine; one person is still missing.",
      "The A4086 reopened on Friday evening after engineers built a temporary crossing where the road had been washed away.",
      "The search for the last missing camper will continue over the weekend.",
      "The campsite will stay closed for the rest of the summer, Ms Morgan confirmed.",
      "“We will keep looking until we bring everyone home,” said Superintendent Lloyd.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function campsiteFlashFloodArticles(): Article[] {
  return linkNearDuplicates(CAMPSITE_FLASH_FLOOD_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by supersede2 (2026-12-06), before running any code on them. No real
 * disagreement: the toll is four, then seven, then nine; the missing seven, four, three, one. The
 * event's sentence with its first toll may stay (it tells the event), but the summary must then carry
 * the latest toll too.
 */
export const CAMPSITE_FLASH_FLOOD_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The water came through the tents like a wall", speaker: "Rhys Pritchard" },
    { text: "We have not given up hope", speaker: "Gareth Lloyd" },
    { text: "Every one of these families stayed with us year after year", speaker: "Elen Morgan" },
    { text: "Today we have had a little hope in a terrible week", speaker: "Carys Emlyn" },
    { text: "We will keep looking until we bring everyone home", speaker: "Gareth Lloyd" },
  ],
  timeline: [
    { text: "A flash flood swept through a campsite", dates: ["2032-07-20"] },
    { text: "The bodies of three more people were recovered", dates: ["2032-07-21"] },
    { text: "found the nine-year-old girl alive", dates: ["2032-07-22"] },
    { text: "visited the valley on Thursday", dates: ["2032-07-22"] },
    { text: "Two more bodies were found on Friday", dates: ["2032-07-23"] },
    { text: "The A4086 reopened on Friday evening", dates: ["2032-07-23"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    // The toll, then higher tolls; the missing, then fewer.
    ["four", "seven"],
    ["seven", "nine"],
    ["four", "nine"],
    ["Seven", "Four"],
    ["Four", "Three"],
    ["Three", "one"],
    // The dead against the missing; pitches against campers.
    ["seven", "Four"],
    ["120", "300"],
  ],
  corroboration: [{ text: "The campsite, which has 120 pitches", outlets: 1 }],
  headline: ["two more bodies", "toll to nine", "reopened"],
  summary: {
    holds: ["the toll to nine"],
    never: ["Seven people are missing", "remains closed because part of it was washed away"],
  },
  supersession: {
    apart: [
      // A toll told alone, then a higher one.
      ["bringing the number killed in the Cwm Dulas flood to seven", "bringing the toll to nine"],
      // The missing: seven, four, three, one.
      ["Seven people are missing", "Three people are still missing"],
      ["Seven people are missing", "one person is still missing"],
      ["including a nine-year-old girl, are still missing", "Three people are still missing"],
      ["including a nine-year-old girl, are still missing", "found the nine-year-old girl alive"],
      ["Three people are still missing", "one person is still missing"],
      // The road closed, then reopened; a visit to come, then made.
      ["The A4086 through the valley remains closed", "The A4086 reopened on Friday evening"],
      ["will visit the valley on Thursday", "visited the valley on Thursday"],
    ],
    current: [
      "which has 120 pitches",
      "The river rose by about two metres",
      "to about 300 campers who lost their tents",
      "would stay closed for the rest of the summer",
      "will stay closed for the rest of the summer",
      "found the nine-year-old girl alive",
      "bringing the toll to nine",
    ],
  },
};
