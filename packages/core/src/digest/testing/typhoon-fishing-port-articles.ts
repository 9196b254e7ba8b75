import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of disagreements (facts37, 2026-12-07, texts and expectations
 * before running any code on them): six articles from four outlets on Typhoon Kalia striking the
 * fishing port of San Isidro on Tuesday 14 September 2027, from the eve of landfall to the Friday. A US
 * wire, a London daily, the island's English-language paper and a weather trade site. Real
 * disagreements, each told in other words or units: the sustained wind at landfall (185 km/h from the
 * state weather bureau against "140mph" in the London daily), the dead on the Wednesday ("kills 14" in a
 * headline-like lead against "Eleven people died" in the local paper's body), the damage (the provincial
 * government's "$40m" against a broker's "losses of about $55 million"), and the storm surge (a surge of
 * 3 metres against "a 13ft wall of water"). Traps: gusts against sustained winds, the forecast against
 * the landfall, a toll that grew over days, the missing as the coast guard revised them itself, insured
 * losses as a part of all losses, fishermen among the dead, boats sunk among boats damaged, a range of
 * evacuees that holds the other figure, waves against the surge. First run, before any fix: disagreements
 * 1/4 right (the dead, 14 against Eleven), 0 wrong, 0 of the 25 traps taken; quotes 6/6; timeline 4/4 (one
 * background year counted taken: the sentence about Kalia dated as its report's day, which its neverDated
 * entry had forbidden by the story's year; the lead corrected it to Typhoon Doro's 2019, session 26);
 * corroboration 1/2. Test support only.
 */
const TYPHOON_FISHING_PORT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "typhoon/1",
    externalId: "k1",
    source: "Pacific Newswire",
    url: "https://pacificnewswire.example/asia/typhoon-kalia-nears-san-isidro",
    publishedAt: "2027-09-13T21:00:00Z",
    title: "Typhoon Kalia bears down on fishing port",
    originalText: [
      "SAN ISIDRO (Pacific Newswire) — Typhoon Kalia was expected to make landfall near the fishing port of San Isidro early Tuesday, the state weather bureau said.",
      "Forecasters said winds could reach 200 km/h at landfall and warned of a storm surge of up to 4 meters.",
      "Between 2,000 and 3,000 families had left low-lying villages by Monday evening, the provincial disaster office said.",
      "“We are telling everyone on the shore to go now, not tomorrow,” said Governor Ramon Villareal.",
    ].join("\n"),
  },
  {
    input: "typhoon/2",
    externalId: "k2",
    source: "Pacific Newswire",
    url: "https://pacificnewswire.example/asia/typhoon-kalia-landfall",
    publishedAt: "2027-09-14T10:00:00Z",
    title: "Typhoon Kalia slams into San Isidro",
    originalText: [
      "SAN ISIDRO (Pacific Newswire) — Typhoon Kalia made landfall near San Isidro before dawn on Tuesday with maximum sustained winds of 185 km/h and gusts of up to 240 km/h, the state weather bureau said.",
      "A storm surge of 3 meters swept through the harbor, local officials said.",
      "About 2,400 families spent the night in evacuation centers, the provincial disaster office said.",
      "The coast guard said 27 fishermen were missing, but later lowered the figure to 22 after several crews reached a neighboring island.",
      "“The harbor is gone,” said Elena Bautista, who runs a fish market on the quay.",
    ].join("\n"),
  },
  {
    input: "typhoon/3",
    externalId: "k3",
    source: "The Daily Chronicle",
    url: "https://dailychronicle.example/world/asia/typhoon-kalia-kills-14",
    publishedAt: "2027-09-15T06:00:00Z",
    title: "Typhoon Kalia kills 14 in Philippine fishing port",
    originalText: [
      "Typhoon Kalia kills 14 in fishing port",
      "By Sarah Whitcombe, Asia Correspondent",
      "A typhoon packing sustained winds of 140mph and gusts of 150mph tore through the fishing port of San Isidro on Tuesday, killing at least 14 people, police said.",
      "A 13ft wall of water surged through the harbour, smashing boats against the sea wall.",
      "Waves of up to 30ft were seen offshore, fishermen said.",
      "Seven of the dead were fishermen caught at sea, according to the police.",
      "“We had no warning this strong,” said Father Tomas Aquino, the parish priest.",
    ].join("\n"),
  },
  {
    input: "typhoon/4",
    externalId: "k4",
    source: "Island Morning Star",
    url: "https://islandmorningstar.example/news/san-isidro-counts-its-dead",
    publishedAt: "2027-09-15T08:30:00Z",
    title: "San Isidro counts its dead as the water goes down",
    originalText: [
      "Eleven people died in San Isidro when Typhoon Kalia struck on Tuesday, the provincial disaster office said on Wednesday morning.",
      "The provincial government put the damage to the port, boats and homes at $40m in a first estimate.",
      "More than 300 fishing boats were destroyed or damaged, and about 120 of them sank in the harbour, the fisheries bureau said.",
      "The coast guard said 22 fishermen were still missing.",
      "“We will rebuild every boat,” Governor Ramon Villareal said.",
    ].join("\n"),
  },
  {
    input: "typhoon/5",
    externalId: "k5",
    source: "Storm Desk",
    url: "https://stormdesk.example/analysis/kalia-loss-estimate",
    publishedAt: "2027-09-15T15:00:00Z",
    title: "Kalia losses estimated at $55 million",
    originalText: [
      "Economic losses from Typhoon Kalia are likely to be about $55 million, Meridian Re, the reinsurance broker, estimated on Wednesday.",
      "Insured losses will come to only about $12 million because few fishing boats in the province are insured, the broker said.",
      "Kalia was the strongest storm to hit the province since Typhoon Doro in 2019, which killed 31 people.",
      "“Most of this loss falls on families with no cover at all,” said Priya Menon, Meridian Re's head of catastrophe analytics.",
    ].join("\n"),
  },
  {
    input: "typhoon/6",
    externalId: "k6",
    source: "Pacific Newswire",
    url: "https://pacificnewswire.example/asia/kalia-toll-rises",
    publishedAt: "2027-09-17T09:00:00Z",
    title: "Kalia death toll rises to 19",
    originalText: [
      "SAN ISIDRO (Pacific Newswire) — The death toll from Typhoon Kalia rose to 19 on Friday after divers recovered five bodies from sunken boats, the provincial disaster office said.",
      "Fifteen fishermen remain missing, the coast guard said.",
      "President Isabel Cortez flew over the port on Thursday and promised 500 new boats.",
      "“No family here will be left to rebuild alone,” Cortez said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function typhoonFishingPortArticles(): Article[] {
  return linkNearDuplicates(TYPHOON_FISHING_PORT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts37 (2026-12-07), before running any code on them. Landfall
 * "early Tuesday" is 14 September; "on Wednesday" in the papers of the 15th is that day; Friday is the
 * 17th and the President's Thursday the 16th. 140mph is about 225 km/h, a sixth more than 185 km/h;
 * 13ft is about 4 metres against 3. The gusts (240 km/h, 150mph) agree with each other and are never
 * set against sustained winds.
 */
export const TYPHOON_FISHING_PORT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are telling everyone on the shore to go now", speaker: "Ramon Villareal" },
    { text: "The harbor is gone", speaker: "Elena Bautista" },
    { text: "We had no warning this strong", speaker: "Tomas Aquino" },
    { text: "We will rebuild every boat", speaker: "Ramon Villareal" },
    { text: "Most of this loss falls on families with no cover at all", speaker: "Priya Menon" },
    { text: "No family here will be left to rebuild alone", speaker: "Isabel Cortez" },
  ],
  timeline: [
    { text: "Typhoon Kalia made landfall near San Isidro before dawn on Tuesday", dates: ["2027-09-14"] },
    { text: "Eleven people died in San Isidro", dates: ["2027-09-14", "2027-09-15"] },
    { text: "The death toll from Typhoon Kalia rose to 19 on Friday", dates: ["2027-09-17"] },
    { text: "President Isabel Cortez flew over the port on Thursday", dates: ["2027-09-16"] },
  ],
  neverDated: [{ text: "since Typhoon Doro in 2019", date: "2019" }],
  disagreements: [
    { values: ["185", "140"], outlets: ["Pacific Newswire", "The Daily Chronicle"] },
    { values: ["14", "Eleven"], outlets: ["The Daily Chronicle", "Island Morning Star"] },
    { values: ["40m", "55 million"], outlets: ["Island Morning Star", "Storm Desk"] },
    { values: ["3 meters", "13ft"], outlets: ["Pacific Newswire", "The Daily Chronicle"] },
  ],
  notDisagreements: [
    // Gusts against sustained winds, in one unit and across units.
    ["185", "240"],
    ["140", "150"],
    ["185", "150"],
    ["240", "140"],
    ["240", "150"],
    // The forecast against the landfall.
    ["200", "185"],
    ["200", "140"],
    ["4 meters", "3 meters"],
    ["4 meters", "13ft"],
    // A toll that grew over days.
    ["19", "14"],
    ["19", "Eleven"],
    // The missing as the coast guard revised them, and later.
    ["27", "22"],
    ["22", "Fifteen"],
    ["27", "Fifteen"],
    // Insured losses as a part of all losses.
    ["12 million", "55 million"],
    ["12 million", "40m"],
    // Fishermen among the dead; boats sunk among boats damaged; new boats promised.
    ["Seven", "14"],
    ["Seven", "Eleven"],
    ["300", "120"],
    ["500", "300"],
    // A range of evacuees that holds the later figure.
    ["2,400", "3,000"],
    ["2,400", "2,000"],
    // Waves against the surge; the last typhoon's toll.
    ["30ft", "13ft"],
    ["30ft", "3 meters"],
    ["31", "19"],
  ],
  corroboration: [
    { text: "Typhoon Kalia made landfall near San Isidro before dawn on Tuesday", outlets: 3 },
    { text: "Economic losses from Typhoon Kalia are likely to be about $55 million", outlets: 1 },
  ],
};
