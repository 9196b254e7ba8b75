import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts28 (2026-12-06, texts and expectations before running any
 * code on them): five articles from five outlets on cryptosporidium found at the Ashby Moor treatment
 * works, which put Hollinsford under a boil-water notice on Monday 13 March 2028. Real disagreements,
 * each worded with another verb or phrase for the same outcome: the people taken sick since Friday
 * ("have fallen ill" for the health agency, "have reported symptoms" for the council, both on the
 * Tuesday), the pupils sent home by Wednesday's closures ("sending 2,300 pupils home" against "left
 * 1,900 children without lessons"), and the households under the notice (16,000 "told to boil" for the
 * water company, "the true number ... was closer to 21,000" for the inspectorate). Traps: the sick count
 * risen a day later (a later count, not a disagreement); the health agency revising its own confirmed
 * cases down (a source correcting itself is an update); people admitted to hospital against those
 * treated and sent home (an editor keeps "treated" and "admitted" apart: most treated went home);
 * confirmed cases as part of all the sick; bottles handed out by Tuesday, by Wednesday night and the
 * week's target; the works' whole population; an old fine. Test support only.
 */
const WATER_CONTAMINATION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "water/1",
    externalId: "w1",
    source: "Central News Agency",
    url: "https://centralnewsagency.example/uk/hollinsford-boil-water-notice",
    publishedAt: "2028-03-14T07:00:00Z",
    title: "Hollinsford told to boil tap water after parasite found",
    originalText: [
      "About 16,000 households in Hollinsford were told to boil their tap water on Monday after cryptosporidium was found at the Ashby Moor treatment works, Severn Dales Water said.",
      "At least 240 people have fallen ill with stomach cramps and diarrhoea since Friday, the UK Health Security Agency said.",
      "Twelve of them have been admitted to hospital.",
      "The Ashby Moor works supplies about 61,000 people across the district.",
      "Severn Dales Water expects to hand out 100,000 bottles of water by the end of the week.",
      "“We are sorry for the disruption and are working around the clock to clear the parasite,” said Severn Dales Water's operations director, Karen Motley.",
    ].join("\n"),
  },
  {
    input: "water/2",
    externalId: "w2",
    source: "Hollinsford Gazette",
    url: "https://hollinsfordgazette.example/news/boil-water-sickness",
    publishedAt: "2028-03-14T17:00:00Z",
    title: "Hundreds sick as boil-water notice stays in force",
    originalText: [
      "Some 310 residents have reported symptoms since Friday, the council's director of public health, Dr Omar Haddad, said on Tuesday.",
      "Laboratory tests have confirmed 64 cases of cryptosporidiosis, the UK Health Security Agency said.",
      "Volunteers handed out 40,000 bottles of water at three collection points on Tuesday.",
      "“I've been boiling kettles since six this morning,” said Lorna Pike, who runs a café on Market Street.",
    ].join("\n"),
  },
  {
    input: "water/3",
    externalId: "w3",
    source: "Radio Dales",
    url: "https://radiodales.example/news/hollinsford-schools-close",
    publishedAt: "2028-03-15T12:00:00Z",
    title: "Schools close as Hollinsford sickness count rises",
    originalText: [
      "The number of people taken ill has risen to 410, the UK Health Security Agency said on Wednesday.",
      "Hospital staff have treated 35 people for dehydration, though most were sent home the same day.",
      "Seven primary schools closed on Wednesday, sending 2,300 pupils home, head teachers said.",
      "Severn Dales Water said the notice would stay in place until at least Friday.",
      "“Nobody has told us when the water will be safe,” said parent Deborah Quaye.",
    ].join("\n"),
  },
  {
    input: "water/4",
    externalId: "w4",
    source: "Water Industry Review",
    url: "https://waterindustryreview.example/regulation/ashby-moor-failure",
    publishedAt: "2028-03-16T08:00:00Z",
    title: "Inspectorate widens Ashby Moor notice count",
    originalText: [
      "The Drinking Water Inspectorate said on Wednesday that the true number of households under the boil-water notice was closer to 21,000.",
      "The UK Health Security Agency revised its count of confirmed cases down to 58 after retesting samples.",
      "Severn Dales Water was fined £2.1 million in 2024 for a similar failure at its Coldbrook works.",
      "“The company's filters at Ashby Moor were overdue for replacement,” said the inspectorate's chief inspector, Martin Ellery.",
    ].join("\n"),
  },
  {
    input: "water/5",
    externalId: "w5",
    source: "Dales Morning Star",
    url: "https://dalesmorningstar.example/news/hollinsford-water-bottles",
    publishedAt: "2028-03-16T06:00:00Z",
    title: "Bottled water runs short in Hollinsford",
    originalText: [
      "The closure of seven primary schools on Wednesday left 1,900 children without lessons, the district council said.",
      "Severn Dales Water had handed out 95,000 bottles of water by Wednesday night.",
      "“We ran out at the leisure centre twice,” said volunteer coordinator Helen Brandt.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function waterContaminationArticles(): Article[] {
  return linkNearDuplicates(WATER_CONTAMINATION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts28 (2026-12-06), before running any code on them. "On Monday"
 * in a Tuesday paper is the day before; "on Tuesday" in a Tuesday paper is that day; "on Wednesday" in
 * a Wednesday bulletin is that day, in a Thursday paper the day before; "in 2024" is background.
 */
export const WATER_CONTAMINATION_EXPECTED: ExpectedFacts = {
  quotes: [
    {
      text: "We are sorry for the disruption and are working around the clock to clear the parasite",
      speaker: "Karen Motley",
    },
    { text: "I've been boiling kettles since six this morning", speaker: "Lorna Pike" },
    { text: "Nobody has told us when the water will be safe", speaker: "Deborah Quaye" },
    { text: "The company's filters at Ashby Moor were overdue for replacement", speaker: "Martin Ellery" },
    { text: "We ran out at the leisure centre twice", speaker: "Helen Brandt" },
  ],
  timeline: [
    { text: "were told to boil their tap water on Monday", dates: ["2028-03-13"] },
    { text: "Volunteers handed out 40,000 bottles of water", dates: ["2028-03-14"] },
    { text: "The number of people taken ill has risen to 410", dates: ["2028-03-15"] },
    { text: "Seven primary schools closed on Wednesday", dates: ["2028-03-15"] },
    { text: "the true number of households under the boil-water notice", dates: ["2028-03-15"] },
  ],
  neverDated: [
    { text: "Severn Dales Water was fined £2.1 million in 2024", date: "2024" },
    // "On Wednesday" in a Thursday paper is the day gone, not the next.
    { text: "left 1,900 children without lessons", date: "2028-03-22", exact: true },
  ],
  disagreements: [
    // People sick since Friday, both counted on the Tuesday: "fallen ill" (agency) and "reported symptoms" (council).
    { values: ["240", "310"], outlets: ["Central News Agency", "Hollinsford Gazette"] },
    // Pupils of one day's seven closed schools: "sending ... home" against "left ... without lessons".
    { values: ["2,300", "1,900"], outlets: ["Radio Dales", "Dales Morning Star"] },
    // Households under one notice: the company's "told to boil" against the inspectorate's "true number".
    { values: ["16,000", "21,000"], outlets: ["Central News Agency", "Water Industry Review"] },
  ],
  notDisagreements: [
    // The sick count a day later ("has risen to"), and the confirmed cases among the sick.
    ["240", "410"],
    ["310", "410"],
    ["240", "64"],
    ["310", "64"],
    ["410", "58"],
    // The agency revising its own confirmed cases: an update, not a dispute.
    ["64", "58"],
    // Admitted against treated (most treated went home), and both against the sick.
    ["Twelve", "35"],
    ["240", "Twelve"],
    ["310", "35"],
    // Bottles by Tuesday, by Wednesday night, and the week's target.
    ["40,000", "95,000"],
    ["100,000", "95,000"],
    ["100,000", "40,000"],
    // The works' whole population against households; schools against pupils; an old fine.
    ["61,000", "16,000"],
    ["61,000", "21,000"],
    ["Seven", "2,300"],
    ["seven", "1,900"],
  ],
  corroboration: [
    { text: "were told to boil their tap water on Monday", outlets: 1 },
    { text: "Seven primary schools closed on Wednesday", outlets: 2 },
  ],
  order: [
    "were told to boil their tap water on Monday",
    "Volunteers handed out 40,000 bottles of water",
    "Seven primary schools closed on Wednesday",
  ],
};
