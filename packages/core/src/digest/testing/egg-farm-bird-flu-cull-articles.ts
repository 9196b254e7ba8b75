/**
 * Held-out batch Q (lead session 30, 2026-12-07), written by heldout19 before any run; unfitted.
 * Bird flu at an Iowa egg farm and the cull of its hens, Sunday 5 to Monday 13 November 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "bf/1",
    externalId: "b1",
    source: "Midwest Press Service",
    url: "https://midwestpressservice.example/ag/iowa-egg-farm-bird-flu-hardin-county",
    publishedAt: "2045-11-07T14:00:00Z",
    title: "Bird flu hits Iowa egg farm; millions of hens to be culled",
    originalText: [
      "DES MOINES, Iowa (MPS) — Bird flu has been confirmed at a commercial egg farm in Hardin County, and all 4.2 million hens there will be culled, Iowa agriculture officials said Monday.",
      "It is the third outbreak in an Iowa commercial flock this fall.",
      "Workers noticed a sharp rise in deaths in two barns last week.",
      "Samples tested positive for H5N1 at a federal laboratory on Sunday.",
      "State officials set up a 10-kilometer control zone around the farm, owned by Prairie Gold Egg Co.",
      "“We are moving as fast as we can to stop this from spreading,” said Iowa Agriculture Secretary Dale Kessler.",
      "In 2015, bird flu outbreaks forced Iowa producers to kill more than 30 million birds.",
    ].join("\n"),
  },
  {
    input: "bf/2",
    externalId: "b2",
    source: "The Iowa Valley Record",
    url: "https://iowavalleyrecord.example/news/wire/hardin-county-egg-farm-bird-flu",
    publishedAt: "2045-11-07T17:00:00Z",
    title: "Hardin County egg farm to cull hens after bird flu confirmed",
    originalText: [
      "All 4.2 million hens at a commercial egg farm in Hardin County will be culled after bird flu was confirmed there, state agriculture officials said on Monday.",
      "The outbreak is the third in an Iowa commercial flock this fall.",
      "A federal laboratory confirmed H5N1 in samples from the farm on Sunday.",
      "A 10-kilometer control zone has been set up around the farm, which belongs to Prairie Gold Egg Co.",
      "“We are moving as fast as we can to stop this from spreading,” Iowa Agriculture Secretary Dale Kessler said.",
      "(MPS)",
    ].join("\n"),
  },
  {
    input: "bf/3",
    externalId: "b3",
    source: "KHAR 5 News",
    url: "https://khar5news.example/news/prairie-gold-cull-begins",
    publishedAt: "2045-11-08T01:00:00Z",
    title: "Cull begins at Prairie Gold egg farm near Iowa Falls",
    originalText: [
      "Culling began this morning at the Prairie Gold Egg Co. farm near Iowa Falls, where some 3.8 million birds are housed in 18 barns.",
      "About 9% of the flock had already died before the virus was confirmed, the state veterinarian's office said.",
      "The nearest other commercial flock, a turkey farm, is about 3 miles away.",
      "A 10-kilometer control zone now surrounds the farm, and other poultry farms inside it are being tested.",
      "The farm employs about 250 people; the company said none would lose pay during the cull.",
      "“Everybody around here knows somebody who works out there,” said neighbor Carla Ruiz, 44.",
      "Crews expect the cull to take about two weeks.",
    ].join("\n"),
  },
  {
    input: "bf/4",
    externalId: "b4",
    source: "Poultry Industry Report",
    url: "https://poultryindustryreport.example/layers/prairie-gold-hpai-cull-indemnity",
    publishedAt: "2045-11-09T15:00:00Z",
    title: "Prairie Gold cull passes 1 million hens; USDA agrees indemnity",
    originalText: [
      "Culling started on Tuesday, using foam and carbon dioxide in the barns.",
      "About 1.1 million hens had been culled at Prairie Gold Egg Co.'s Hardin County complex by Wednesday night, the company said.",
      "Mortality had reached about 15 percent of the flock before the diagnosis, according to veterinarians familiar with the case.",
      "The nearest commercial flock lies roughly 5 miles from the site, a turkey operation that has tested negative so far.",
      "The USDA has agreed to pay Prairie Gold about $18m in indemnity for the birds, the company told investors.",
      "Wholesale egg prices in the Midwest rose 14% this week.",
      "According to Dr. Amy Lindqvist, Iowa's state veterinarian, “Wild ducks migrating south are the most likely source.”",
    ].join("\n"),
  },
  {
    input: "bf/5",
    externalId: "b5",
    source: "The National Ledger",
    url: "https://nationalledger.example/news/millions-of-hens-gassed-iowa",
    title: "MILLIONS OF HENS TO BE GASSED AS BIRD FLU RAVAGES EGG GIANT",
    originalText: [
      "Millions of hens are to be gassed at a giant Iowa egg farm after deadly bird flu tore through its barns.",
      "Taxpayers will hand the egg giant a 24 million dollar payout for the dead birds, according to USDA figures.",
      "Shoppers already paying $4.89 a dozen could see prices climb further.",
      "“It breaks your heart, every single bird,” one barn worker said.",
      "Prairie Gold made $62 million in profit last year.",
    ].join("\n"),
  },
  {
    input: "bf/6",
    externalId: "b6",
    source: "Midwest Press Service",
    url: "https://midwestpressservice.example/ag/prairie-gold-cull-complete",
    publishedAt: "2045-11-13T20:00:00Z",
    title: "Cull finished at Iowa egg farm as fourth flock tests positive",
    originalText: [
      "DES MOINES, Iowa (MPS) — Crews finished culling the hens at the Prairie Gold Egg Co. farm in Hardin County on Sunday, a week after the virus was confirmed.",
      "They had culled more than 2.6 million birds by Friday, the state agriculture department said.",
      "A fourth Iowa commercial flock, a 40,000-bird turkey farm in Wright County, tested positive on Saturday.",
      "The 10-kilometer (6.2-mile) control zone around Prairie Gold will stay in place for at least 30 days after cleaning and disinfection.",
      "Agriculture Secretary Dale Kessler thanked the crews.",
      "“Sunday was the hardest day many of these workers have ever had,” Kessler said.",
      "Prairie Gold said it hopes to restock the barns by next spring.",
    ].join("\n"),
  },
];

export function eggFarmBirdFluCullArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Iowa is UTC−6 in November: the KHAR stamp, 01:00 UTC
 * on the 8th, is Tuesday 7 November at 7pm). "Monday" in Tuesday's wire and its rewrite is 6
 * November, "on Sunday" there the 5th; "this morning" in Tuesday evening's TV story the 7th; "by
 * Wednesday night" and "on Tuesday" in Thursday's trade story the 8th and the 7th; "on Sunday", "by
 * Friday" and "on Saturday" in the next Monday's wire the 12th, 10th and 11th. "Last year" is 2044.
 */
export const EGG_FARM_BIRD_FLU_CULL_EXPECTED: ExpectedFacts = {
  quotes: [
    // "“…,” said Title Full Name" in the wire; "“…,” Title Full Name said" in its rewrite.
    { text: "We are moving as fast as we can to stop this from spreading", speaker: "Dale Kessler" },
    { text: "Everybody around here knows somebody who works out there", speaker: "Carla Ruiz" },
    { text: "Wild ducks migrating south are the most likely source", speaker: "Amy Lindqvist" },
    // An unnamed speaker, by the description the text gives.
    { text: "It breaks your heart, every single bird", speaker: "one barn worker" },
    // The surname alone after the full name in the sentence before.
    { text: "Sunday was the hardest day many of these workers have ever had", speaker: "Dale Kessler" },
  ],
  timeline: [
    {
      text: "all 4.2 million hens there will be culled, Iowa agriculture officials said Monday",
      dates: ["2045-11-06"],
    },
    {
      text: "will be culled after bird flu was confirmed there, state agriculture officials said on Monday",
      dates: ["2045-11-06"],
    },
    { text: "Samples tested positive for H5N1 at a federal laboratory on Sunday", dates: ["2045-11-05"] },
    { text: "A federal laboratory confirmed H5N1 in samples from the farm on Sunday", dates: ["2045-11-05"] },
    { text: "Culling began this morning at the Prairie Gold Egg Co. farm", dates: ["2045-11-07"] },
    { text: "Culling started on Tuesday, using foam", dates: ["2045-11-07"] },
    { text: "About 1.1 million hens had been culled", dates: ["2045-11-08"] },
    {
      text: "Crews finished culling the hens at the Prairie Gold Egg Co. farm in Hardin County on Sunday",
      dates: ["2045-11-12"],
    },
    { text: "They had culled more than 2.6 million birds by Friday", dates: ["2045-11-10"] },
    { text: "a 40,000-bird turkey farm in Wright County, tested positive on Saturday", dates: ["2045-11-11"] },
  ],
  neverDated: [
    { text: "In 2015, bird flu outbreaks forced Iowa producers", date: "2015" },
    { text: "Prairie Gold made $62 million in profit last year", date: "2045", exact: true },
    // "On Sunday" in a Tuesday story is the Sunday gone; in the next Monday's wire, the day before.
    { text: "Samples tested positive for H5N1 at a federal laboratory on Sunday", date: "2045-11-12", exact: true },
    {
      text: "Crews finished culling the hens at the Prairie Gold Egg Co. farm in Hardin County on Sunday",
      date: "2045-11-05",
      exact: true,
    },
    {
      text: "Crews finished culling the hens at the Prairie Gold Egg Co. farm in Hardin County on Sunday",
      date: "2045-11-19",
      exact: true,
    },
  ],
  disagreements: [
    // The flock: "all 4.2 million hens" against "some 3.8 million birds are housed".
    { values: ["4.2", "3.8"], outlets: ["Midwest Press Service", "KHAR 5 News"] },
    // The share dead before the diagnosis: "About 9% of the flock" against "about 15 percent of the flock".
    { values: ["9", "15"], outlets: ["KHAR 5 News", "Poultry Industry Report"] },
    // How far the nearest other commercial flock is.
    { values: ["3", "5"], outlets: ["KHAR 5 News", "Poultry Industry Report"] },
    // The federal indemnity: "about $18m" against "a 24 million dollar payout".
    { values: ["18", "24"], outlets: ["Poultry Industry Report", "The National Ledger"] },
  ],
  notDisagreements: [
    // Birds culled as the days went on, against the whole flock.
    ["1.1", "2.6"],
    ["1.1", "4.2"],
    ["2.6", "4.2"],
    ["2.6", "3.8"],
    // A 2015 precedent.
    ["30", "4.2"],
    ["30", "3.8"],
    // A distance and its conversion; the zone against a farm's distance in another unit.
    ["10", "6.2"],
    ["10", "5"],
    // Another farm's flock.
    ["40,000", "3.8"],
    ["40,000", "4.2"],
    // Indemnity against the company's profit.
    ["18", "62"],
    ["24", "62"],
    // A price rise against mortality, both percentages.
    ["14", "15"],
    ["14", "9"],
    // Workers against barns; a neighbour's age.
    ["250", "18"],
    ["44", "250"],
    // Days the zone stays against the forecast length of the cull.
    ["30", "two"],
  ],
  corroboration: [
    // The wire and its rewrite count once.
    { text: "It is the third outbreak in an Iowa commercial flock this fall", outlets: 1 },
    // The wire (with its rewrite) and the TV story, in other words.
    { text: "State officials set up a 10-kilometer control zone around the farm", outlets: 2 },
    // The TV story and the trade paper ("Culling started on Tuesday, using foam").
    { text: "Culling began this morning at the Prairie Gold Egg Co. farm", outlets: 2 },
  ],
  headline: ["finished culling", "finished"],
  summary: {
    holds: ["finished culling"],
    never: ["Crews expect the cull to take about two weeks", "About 1.1 million hens had been culled"],
  },
  sameEntry: [
    ["Culling began this morning at the Prairie Gold Egg Co. farm", "Culling started on Tuesday, using foam"],
  ],
  order: [
    "Samples tested positive for H5N1 at a federal laboratory on Sunday",
    "Culling began this morning at the Prairie Gold Egg Co. farm",
    "They had culled more than 2.6 million birds by Friday",
    "Crews finished culling the hens at the Prairie Gold Egg Co. farm in Hardin County on Sunday",
  ],
  supersession: {
    apart: [
      ["About 1.1 million hens had been culled", "more than 2.6 million birds by Friday"],
      ["Crews expect the cull to take about two weeks", "Crews finished culling the hens"],
      ["It is the third outbreak in an Iowa commercial flock this fall", "A fourth Iowa commercial flock"],
    ],
    current: [
      "control zone around Prairie Gold will stay in place",
      "In 2015, bird flu outbreaks forced Iowa producers",
      "Prairie Gold said it hopes to restock the barns by next spring",
    ],
  },
};
