/**
 * Held-out batch P (lead session 30, 2026-12-07), written by heldout18 before any run; unfitted.
 * A wolf pack kills sheep in a Savoie valley and the prefect signs a cull permit, Friday 12 to Thursday 18 May 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "wp/1",
    externalId: "w1",
    source: "Alpine Press Agency",
    url: "https://alpinepressagency.example/france/wolves-kill-sheep-maurienne",
    publishedAt: "2045-05-13T08:00:00Z",
    title: "Wolf pack kills 37 sheep in Savoie valley",
    originalText: [
      "CHAMBÉRY, France (APA) — A wolf pack killed 37 sheep overnight on a mountain pasture above Saint-Aurel-en-Maurienne, the Savoie prefecture said on Saturday.",
      "The flock belonged to Jean-Luc Bérard, 58, who had moved it up to the summer grazing only a week earlier.",
      "“They went through the netting as if it wasn't there,” Bérard said.",
      "Officials believe a pack of five wolves was responsible, based on tracks and camera-trap images.",
      "France's wolf population was estimated at about 1,100 animals last winter.",
      "Farmers in the valley lost 212 sheep to wolves in 2044.",
    ].join("\n"),
  },
  {
    input: "wp/2",
    externalId: "w2",
    source: "France Today Online",
    url: "https://francetodayonline.example/news/savoie-wolf-attack-flock",
    publishedAt: "2045-05-13T12:00:00Z",
    title: "Wolves savage Savoie flock, killing 37 sheep",
    originalText: [
      "Wolves killed 37 sheep overnight on high pasture above Saint-Aurel-en-Maurienne, according to the Savoie prefecture, which announced the toll on Saturday.",
      "The animals belonged to 58-year-old farmer Jean-Luc Bérard, who had taken them up to summer grazing just a week before.",
      "Bérard said: “They went through the netting as if it wasn't there.”",
      "Tracks and camera-trap pictures point to a pack of five wolves, officials said.",
      "Last winter France was thought to have about 1,100 wolves.",
    ].join("\n"),
  },
  {
    input: "wp/3",
    externalId: "w3",
    source: "The Maurienne Echo",
    url: "https://maurienneecho.example/actualite/second-wolf-attack-saint-aurel",
    publishedAt: "2045-05-14T06:00:00Z",
    title: "Second wolf attack as valley toll climbs",
    originalText: [
      "Forty-three sheep died in Friday night's attack, Mr Bérard said, several of them after the flock stampeded over a ledge.",
      "A second attack last night killed nine more ewes on a neighbouring farm, bringing the valley's toll since Friday to 52.",
      "Farmers in the valley say the pack numbers seven wolves, including this year's young.",
      "“We are not asking for a war on wolves, we are asking to keep our flocks,” said union official Marie Chevallaz.",
      "The union wants the whole pack shot.",
    ].join("\n"),
  },
  {
    input: "wp/4",
    externalId: "w4",
    source: "Hill Farmer Monthly",
    url: "https://hillfarmermonthly.example/features/alpine-shepherds-wolves",
    title: "Alpine shepherds count the cost of wolves",
    originalText: [
      "Shepherds in the French Alps say compensation of €180 a ewe barely covers the cost of a replacement animal.",
      "Jean-Luc Bérard's flock was penned behind electric netting 1.5 metres high when it was attacked.",
      "“A good ewe costs me more than that before I've fed her,” said Jean-Luc Bérard, whose family has farmed above Saint-Aurel since 1962.",
      "Guard dogs such as the Patou cost about €1,500 each — around £1,300 — and take two years to train.",
      "'Every summer it's worse,' one herder told us.",
    ].join("\n"),
  },
  {
    input: "wp/5",
    externalId: "w5",
    source: "Agri-Environment Europe",
    url: "https://agrienvironmenteurope.example/policy/savoie-prefect-wolf-permit",
    publishedAt: "2045-05-16T09:00:00Z",
    title: "Savoie prefect signs permit to shoot two wolves",
    originalText: [
      "The Savoie prefect on Monday signed a permit allowing licensed hunters to shoot up to two wolves from the pack around Saint-Aurel-en-Maurienne, valid for 30 days.",
      "Farmers' unions had asked for the whole pack to be culled; the conservation group Loup Vivant said it would challenge the permit in court.",
      "The state pays breeders 200 euros a head for sheep killed by wolves, plus a share of vet costs.",
      "The flock had been kept behind a 1.2-metre electric fence, the prefecture's report says.",
      "France now allows up to 19 per cent of its estimated wolf population to be culled each year, a ceiling raised from 10 per cent in 2019.",
      "Loup Vivant's director, Hélène Garnier, said: “Shooting two wolves will not stop a pack; it will scatter it.”",
    ].join("\n"),
  },
  {
    input: "wp/6",
    externalId: "w6",
    source: "Alpine Press Agency",
    url: "https://alpinepressagency.example/france/hunters-shoot-wolf-savoie",
    publishedAt: "2045-05-18T15:00:00Z",
    title: "Hunters shoot first wolf under Savoie cull permit",
    originalText: [
      "CHAMBÉRY, France (APA) — Hunters shot a male wolf near Saint-Aurel-en-Maurienne late on Wednesday, the first kill under Monday's permit to shoot up to two wolves, the prefecture said on Thursday.",
      "The animal weighed 38 kilograms, an official said.",
      "No attacks have been reported in the valley since Saturday night, when nine ewes were killed on a neighbouring farm.",
      "Garnier's group filed its court challenge to the permit on Wednesday.",
      "Wolves killed about 11,200 sheep across France last year, according to farm ministry figures.",
    ].join("\n"),
  },
];

export function wolfPackCullArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. Savoie is UTC+2 in May. The first attack is the night
 * of Friday 12 to Saturday 13 May ("overnight" in a Saturday-morning story); the second is Saturday
 * night, the 13th ("last night" in the Echo's Sunday paper, "Saturday night" in the agency's
 * Thursday story). "On Monday" in Tuesday's trade story is the 15th; "Wednesday" in Thursday's story
 * the 17th. France Today Online's story is a syndicated rewrite of the agency's first.
 */
export const WOLF_PACK_CULL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "They went through the netting as if it wasn't there", speaker: "Jean-Luc Bérard" },
    { text: "We are not asking for a war on wolves, we are asking to keep our flocks", speaker: "Marie Chevallaz" },
    { text: "A good ewe costs me more than that before I've fed her", speaker: "Jean-Luc Bérard" },
    { text: "Every summer it's worse", speaker: "one herder" },
    { text: "Shooting two wolves will not stop a pack; it will scatter it", speaker: "Hélène Garnier" },
  ],
  timeline: [
    { text: "A wolf pack killed 37 sheep overnight", dates: ["2045-05-12", "2045-05-13"] },
    { text: "Wolves killed 37 sheep overnight on high pasture", dates: ["2045-05-12", "2045-05-13"] },
    { text: "Forty-three sheep died in Friday night's attack", dates: ["2045-05-12"] },
    { text: "A second attack last night killed nine more ewes", dates: ["2045-05-13"] },
    { text: "The Savoie prefect on Monday signed a permit", dates: ["2045-05-15"] },
    {
      text: "Hunters shot a male wolf near Saint-Aurel-en-Maurienne late on Wednesday",
      dates: ["2045-05-17", "2045-05-18"],
    },
    { text: "since Saturday night, when nine ewes were killed on a neighbouring farm", dates: ["2045-05-13"] },
    { text: "Garnier's group filed its court challenge to the permit on Wednesday", dates: ["2045-05-17"] },
  ],
  neverDated: [
    { text: "Farmers in the valley lost 212 sheep to wolves in 2044", date: "2044" },
    { text: "whose family has farmed above Saint-Aurel since 1962", date: "1962" },
    { text: "a ceiling raised from 10 per cent in 2019", date: "2019" },
    // "On Monday" in a Tuesday story is the day before, not the Monday after.
    { text: "The Savoie prefect on Monday signed a permit", date: "2045-05-22", exact: true },
    // "Saturday night" in a Thursday story is the Saturday gone.
    { text: "since Saturday night, when nine ewes were killed", date: "2045-05-20", exact: true },
  ],
  disagreements: [
    // Sheep killed in the first night's attack: the prefecture's toll against the farmer's.
    { values: ["37", "Forty-three"], outlets: ["Alpine Press Agency", "The Maurienne Echo"] },
    // The size of the pack: officials' "a pack of five wolves" against farmers' "numbers seven wolves".
    { values: ["five", "seven"], outlets: ["Alpine Press Agency", "The Maurienne Echo"] },
    // The height of the fence around the flock: after a noun in one, in a modifier in the other.
    { values: ["1.5", "1.2"], outlets: ["Hill Farmer Monthly", "Agri-Environment Europe"] },
    // The state's compensation per sheep killed.
    { values: ["180", "200"], outlets: ["Hill Farmer Monthly", "Agri-Environment Europe"] },
  ],
  notDisagreements: [
    // The first night against the valley's toll after the second, and the second night's kill.
    ["37", "52"],
    ["Forty-three", "52"],
    ["nine", "52"],
    ["nine", "37"],
    // The permit against the pack.
    ["two", "five"],
    ["two", "seven"],
    // A precedent year's losses and the national figures.
    ["212", "37"],
    ["212", "52"],
    ["11,200", "212"],
    ["1,100", "52"],
    // A conversion.
    ["1,500", "1,300"],
    // The cull ceiling now and before.
    ["19", "10"],
    // Compensation against a guard dog's price.
    ["180", "1,500"],
    ["200", "1,500"],
    // The farmer's age against the wolf's weight; the permit's days against the kill.
    ["58", "38"],
    ["30", "two"],
  ],
  corroboration: [
    // The agency and its syndicated rewrite count once; the Echo gives seven.
    { text: "Officials believe a pack of five wolves was responsible", outlets: 1 },
    // The trade paper and the agency's Thursday story.
    { text: "signed a permit allowing licensed hunters to shoot up to two wolves", outlets: 2 },
    // The Echo and the agency's Thursday story.
    { text: "A second attack last night killed nine more ewes on a neighbouring farm", outlets: 2 },
  ],
  headline: ["shot a male wolf", "shot"],
  summary: {
    holds: ["permit", "wolf"],
    never: ["Every summer it's worse", "said it would challenge the permit in court"],
  },
  sameEntry: [
    [
      "A second attack last night killed nine more ewes",
      "since Saturday night, when nine ewes were killed on a neighbouring farm",
    ],
  ],
  order: [
    "Forty-three sheep died in Friday night's attack",
    "A second attack last night killed nine more ewes",
    "The Savoie prefect on Monday signed a permit",
    "Hunters shot a male wolf near Saint-Aurel-en-Maurienne late on Wednesday",
  ],
  supersession: {
    apart: [
      ["said it would challenge the permit in court", "filed its court challenge to the permit on Wednesday"],
      ["A wolf pack killed 37 sheep overnight", "bringing the valley's toll since Friday to 52"],
    ],
    current: [
      "valid for 30 days",
      "France's wolf population was estimated at about 1,100",
      "The state pays breeders 200 euros a head",
    ],
  },
};
