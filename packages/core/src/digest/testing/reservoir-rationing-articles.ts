import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts18 (2026-12-05, before running any code on it): five
 * articles from four outlets on night-time water rationing in the Kelden valley, announced on Monday
 * 10 August 2026 and begun on the night of Wednesday 12 August. A wire on Monday and a regional
 * paper's syndicated rewrite of it, the local paper on Tuesday, a national broadcaster on Thursday, a
 * business daily on Friday. The real disagreements: the households whose water is cut, about 240,000
 * for the wire (the company) against about 310,000 for the local paper (the council); what the
 * reservoir held on Monday, 4.3 million cubic metres for the wire against 3.6 million for the local
 * paper (the Environment Agency's readings). Traps: volumes in cubic metres beside a level that fell
 * in metres and a dam's height; the reservoir at 31 percent on Monday and 29 percent on Thursday (a
 * figure then a later one); 1995's 18 percent; its capacity of 14 million cubic metres against what
 * it held (part and whole); a saving aimed at (35 million litres) against one made (28 million); the
 * 180 million litres supplied a day and 52 million lost to leaks; the council's demand of a 25
 * percent cut in leakage against the company's offer of 10; 40mm of rain forecast against 6mm fallen.
 * Test support only.
 */
const RESERVOIR_RATIONING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "reservoir/1",
    externalId: "k1",
    source: "Northern Press Agency",
    url: "https://northernpress.example/news/kelden-rota-cuts",
    publishedAt: "2026-08-10T15:00:00Z",
    title: "Night-time water cuts for Kelden valley as reservoir falls to 31 percent",
    originalText: [
      "Harlow Water will cut supplies to about 240,000 households in the Kelden valley for eight hours each night from Wednesday after the Kelden reservoir fell to 31 percent of capacity, the company said on Monday.",
      "The reservoir held 4.3 million cubic metres of water on Monday, against a capacity of 14 million cubic metres, the company said.",
      "The cuts are meant to bring the 180 million litres the company supplies each day down by about 35 million litres.",
      "“We have no choice left,” said Harlow Water's chief executive, Miriam Okafor. “Without the cuts the reservoir would be empty by October.”",
      "The last time rationing was imposed in the valley, in 1995, the reservoir fell to 18 percent.",
    ].join("\n"),
  },
  {
    input: "reservoir/2",
    externalId: "k2",
    source: "Valley Courier",
    url: "https://valleycourier.example/news/kelden-water-cuts-from-wednesday",
    publishedAt: "2026-08-10T18:30:00Z",
    title: "Kelden valley faces night-time water cuts",
    originalText: [
      "Harlow Water will cut supplies to about 240,000 households in the Kelden valley for eight hours each night from Wednesday after the Kelden reservoir fell to 31 percent of capacity, the company said on Monday.",
      "The reservoir held 4.3 million cubic metres of water on Monday, against a capacity of 14 million cubic metres.",
      "The cuts are meant to bring the 180 million litres the company supplies each day down by about 35 million litres.",
      "“We have no choice left,” said Harlow Water's chief executive, Miriam Okafor.",
      "Northern Press Agency",
    ].join("\n"),
  },
  {
    input: "reservoir/3",
    externalId: "k3",
    source: "Kelden Echo",
    url: "https://keldenecho.example/news/310000-homes-water-cuts",
    publishedAt: "2026-08-11T07:00:00Z",
    title: "310,000 homes to lose water every night",
    originalText: [
      "About 310,000 households across the Kelden valley will have their taps turned off every night from Wednesday, Kelden Borough Council said.",
      "The reservoir held just 3.6 million cubic metres on Monday, according to Environment Agency readings seen by the Echo.",
      "Its water level has fallen 9 metres since May, exposing the old road to Upper Kelden for the first time in decades.",
      "The council's leader, Tom Hales, said the council had demanded that Harlow Water cut its leakage, which loses 52 million litres a day, by 25 percent within a year, but the company had offered only 10 percent.",
      "“I have two children under five and no idea how I am supposed to bath them,” said Jenna Marsh, who lives in Upper Kelden.",
      "The Met Office had forecast up to 40mm of rain for the valley last week, but only 6mm fell.",
    ].join("\n"),
  },
  {
    input: "reservoir/4",
    externalId: "k4",
    source: "National Broadcasting News",
    url: "https://nbn.example/news/kelden-first-night-of-rationing",
    publishedAt: "2026-08-13T09:00:00Z",
    title: "First night of water rationing in the Kelden valley",
    originalText: [
      "Water was cut off to homes in the Kelden valley from 10pm on Wednesday until 6am on Thursday, the first night of rationing in the area for more than thirty years.",
      "About 240,000 households are affected, Harlow Water said.",
      "The Kelden reservoir had fallen to 29 percent of capacity by Thursday morning, the company said.",
      "Its chief executive, Miriam Okafor, said the first night's cut had saved 28 million litres.",
      "“It is a start, but we need to save more,” Ms Okafor said.",
      "Hospitals and care homes are exempt from the cuts.",
    ].join("\n"),
  },
  {
    input: "reservoir/5",
    externalId: "k5",
    source: "The Financial Ledger",
    url: "https://financialledger.example/companies/harlow-water-shares-rationing",
    publishedAt: "2026-08-14T08:00:00Z",
    title: "Harlow Water shares fall as rationing may last until November",
    originalText: [
      "Harlow Water shares fell 6 percent on Thursday after the company said rationing in the Kelden valley could last until November.",
      "The Kelden reservoir, which was built in 1968 and holds 14 million cubic metres when full, stood at 29 percent on Thursday.",
      "The company, which supplies 1.1 million customers across the north, reported a pre-tax profit of £212 million last year.",
      "It was fined £9 million for leaks in 2022.",
      "Analysts at Crane & Co estimate the cuts will cost the company £15 million in lost revenue and compensation.",
      "The reservoir's dam is 42 metres high.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function reservoirRationingArticles(): Article[] {
  return linkNearDuplicates(RESERVOIR_RATIONING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts18 (2026-12-05), before running any code on them. Two real
 * disagreements: the households cut off (about 240,000 against about 310,000) and what the reservoir
 * held on Monday (4.3 against 3.6 million cubic metres).
 */
export const RESERVOIR_RATIONING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We have no choice left", speaker: "Miriam Okafor" },
    { text: "Without the cuts the reservoir would be empty by October", speaker: "Miriam Okafor" },
    { text: "I have two children under five", speaker: "Jenna Marsh" },
    { text: "It is a start, but we need to save more", speaker: "Miriam Okafor" },
  ],
  timeline: [
    { text: "Water was cut off to homes in the Kelden valley from 10pm on Wednesday", dates: ["2026-08-12"] },
    { text: "Harlow Water shares fell 6 percent on Thursday", dates: ["2026-08-13"] },
  ],
  neverDated: [{ text: "which was built in 1968", date: "1968" }],
  disagreements: [
    { values: ["240,000", "310,000"], outlets: ["Northern Press Agency", "Kelden Echo"] },
    { values: ["4.3", "3.6"], outlets: ["Northern Press Agency", "Kelden Echo"] },
  ],
  notDisagreements: [
    // Monday's level, Thursday's, 1995's.
    ["31", "29"],
    ["31", "18"],
    ["29", "18"],
    // What it held against what it holds when full.
    ["4.3", "14"],
    ["3.6", "14"],
    // Volumes against a fall in level and a dam's height.
    ["4.3", "9"],
    ["3.6", "9"],
    ["14", "42"],
    ["9", "42"],
    // A saving aimed at and one made; a day's supply and its leaks.
    ["35", "28"],
    ["180", "35"],
    ["52", "35"],
    ["52", "28"],
    // A demand and an offer; rain forecast and fallen.
    ["25", "10"],
    ["40", "6"],
    // Households and customers.
    ["240,000", "1.1"],
    ["310,000", "1.1"],
  ],
  corroboration: [
    // The wire's households, carried by its rewrite and by the broadcaster (the company's figure).
    { text: "Harlow Water will cut supplies to about 240,000 households", outlets: 2 },
    // What it held: the wire and its rewrite only (the local paper gives another figure).
    { text: "The reservoir held 4.3 million cubic metres of water on Monday", outlets: 1 },
    { text: "The reservoir held just 3.6 million cubic metres on Monday", outlets: 1 },
    { text: "The last time rationing was imposed in the valley, in 1995", outlets: 1 },
    // Thursday's level, told by the broadcaster and the business daily.
    { text: "The Kelden reservoir had fallen to 29 percent of capacity by Thursday morning", outlets: 2 },
    { text: "only 6mm fell", outlets: 1 },
    { text: "the first night's cut had saved 28 million litres", outlets: 1 },
  ],
};
