import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts16 (2026-12-05, before running any code on it): five
 * articles from five outlets on a mudslide that buried part of the Andean mining town of Quebrada
 * Honda on Sunday night, 8 November 2026. A wire on Monday and a regional paper's syndicated rewrite
 * of it, a national paper and a broadcaster on Tuesday, the mining press on Wednesday. The real
 * disagreements: the homes destroyed as of Tuesday, nearly 300 for the national paper (the civil
 * defence agency) against about 250 for the broadcaster (the mayor); how far the mud travelled, about
 * three kilometres for the wire against 2.5 miles (4 km) for the national paper. Traps: the toll of at
 * least 18 on Monday, 27 on Tuesday (a figure then a later one); about 60 missing on Monday, 31 still
 * missing on Tuesday; more than 40 injured against 46 (a bound that allows it); 46 injured against 27
 * dead; an opposition lawmaker's "as many as 100" dead, rejected by the agency; the mayor's demand of
 * 150 million soles against the company's 20 million; the company's profit this year and last; a
 * waste dump's "about 1.2 million cubic metres" against the exact 1,187,000. Test support only.
 */
const MINING_MUDSLIDE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "mudslide/1",
    externalId: "q1",
    source: "Global Wire",
    url: "https://globalwire.example/world/peru-mudslide-quebrada-honda",
    publishedAt: "2026-11-09T06:00:00Z",
    title: "Mudslide buries Peruvian mining town, killing at least 18",
    originalText: [
      "QUEBRADA HONDA, Peru (Global Wire) — A mudslide buried part of the Andean mining town of Quebrada Honda on Sunday night, killing at least 18 people, officials said on Monday.",
      "More than 40 people were injured and about 60 were missing, the regional governor, Rosa Villanueva, said.",
      "The torrent of mud and rock travelled about three kilometres down the valley before it stopped at the river, she said.",
      "“We are digging with our hands because the machines cannot reach the houses,” Villanueva said.",
      "Heavy rain had fallen on the region for five days.",
    ].join("\n"),
  },
  {
    input: "mudslide/2",
    externalId: "q2",
    source: "Andes Daily",
    url: "https://andesdaily.example/news/quebrada-honda-mudslide",
    publishedAt: "2026-11-09T08:30:00Z",
    title: "At least 18 killed as mudslide buries mining town",
    originalText: [
      "A mudslide buried part of the Andean mining town of Quebrada Honda on Sunday night, killing at least 18 people, officials said on Monday.",
      "More than 40 people were injured and about 60 were missing, regional governor Rosa Villanueva said.",
      "The torrent of mud and rock travelled about three kilometres down the valley before it stopped at the river.",
      "Heavy rain had fallen on the region for five days.",
      "Global Wire",
    ].join("\n"),
  },
  {
    input: "mudslide/3",
    externalId: "q3",
    source: "Lima Herald",
    url: "https://limaherald.example/peru/quebrada-honda-toll-rises",
    publishedAt: "2026-11-10T09:00:00Z",
    title: "Quebrada Honda mudslide toll rises to 27",
    originalText: [
      "The death toll from the Quebrada Honda mudslide rose to 27 on Tuesday as rescuers pulled more bodies from the mud, Peru's civil defence agency said.",
      "Nearly 300 homes were destroyed, the agency said, and 31 people were still missing.",
      "The slide began when a waste dump holding about 1.2 million cubic metres of rock gave way above the town and swept 2.5 miles down the valley.",
      "President Jorge Salcedo declared three days of national mourning.",
      "Opposition lawmaker Diego Paredes said as many as 100 people may have died, a figure the civil defence agency rejected.",
    ].join("\n"),
  },
  {
    input: "mudslide/4",
    externalId: "q4",
    source: "Pacific Broadcasting",
    url: "https://pacificbroadcasting.example/news/peru-mudslide-mourning",
    publishedAt: "2026-11-10T15:00:00Z",
    title: "Peru mourns as mudslide toll reaches 27",
    originalText: [
      "Twenty-seven people have died and 46 were injured in the mudslide that hit Quebrada Honda on Sunday night, officials said on Tuesday.",
      "About 250 homes were destroyed, according to the town's mayor, Luis Ccori.",
      "President Jorge Salcedo declared three days of national mourning on Tuesday.",
      "“There is no Quebrada Honda left on the east bank of the river,” Ccori said.",
    ].join("\n"),
  },
  {
    input: "mudslide/5",
    externalId: "q5",
    source: "Mining Journal",
    url: "https://miningjournal.example/news/cerro-alto-quebrada-honda-fund",
    publishedAt: "2026-11-11T10:00:00Z",
    title: "Cerro Alto offers families 20 million soles after deadly slide",
    originalText: [
      "Cerro Alto Mining, which runs the copper mine above Quebrada Honda, said on Wednesday it would give 20 million soles to the families of the town.",
      "The town's mayor, Luis Ccori, has demanded 150 million soles from the company, which he blames for the slide.",
      "Cerro Alto said the waste dump that gave way held 1,187,000 cubic metres of rock and had passed an inspection in June.",
      "The company reported a profit of $412 million last year, up from $365 million the year before.",
      "“We will not hide from our responsibilities,” said Cerro Alto's chief executive, Martín Espinoza.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function miningMudslideArticles(): Article[] {
  return linkNearDuplicates(MINING_MUDSLIDE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts16 (2026-12-05), before running any code on them. Two real
 * disagreements: the homes destroyed as of Tuesday (nearly 300 against about 250) and how far the mud
 * travelled (about three kilometres against 2.5 miles).
 */
export const MINING_MUDSLIDE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are digging with our hands because the machines cannot reach the houses", speaker: "Rosa Villanueva" },
    { text: "There is no Quebrada Honda left on the east bank of the river", speaker: "Luis Ccori" },
    { text: "We will not hide from our responsibilities", speaker: "Martín Espinoza" },
  ],
  timeline: [
    { text: "A mudslide buried part of the Andean mining town", dates: ["2026-11-08"] },
    { text: "The death toll from the Quebrada Honda mudslide rose to 27 on Tuesday", dates: ["2026-11-10"] },
    { text: "declared three days of national mourning on Tuesday", dates: ["2026-11-10"] },
    { text: "said on Wednesday it would give 20 million soles", dates: ["2026-11-11"] },
  ],
  neverDated: [{ text: "had passed an inspection in June", date: "2026-11-11" }],
  disagreements: [
    { values: ["300", "250"], outlets: ["Lima Herald", "Pacific Broadcasting"] },
    { values: ["three", "2.5"], outlets: ["Global Wire", "Lima Herald"] },
  ],
  notDisagreements: [
    // The toll and the missing on Monday, then on Tuesday.
    ["18", "27"],
    ["Twenty-seven", "18"],
    ["60", "31"],
    // More than 40 injured allows 46; the injured are not the dead.
    ["40", "46"],
    ["46", "27"],
    ["46", "Twenty-seven"],
    // A lawmaker's figure the agency rejected.
    ["100", "27"],
    ["100", "Twenty-seven"],
    // The mayor's demand and the company's offer; the company's profit this year and last.
    ["150", "20"],
    ["412", "365"],
    // The waste dump, rounded and exact.
    ["1.2", "1,187,000"],
  ],
  corroboration: [
    // The wire's Monday toll, carried again by its rewrite only.
    { text: "killing at least 18 people, officials said on Monday", outlets: 1 },
    { text: "President Jorge Salcedo declared three days of national mourning", outlets: 2 },
    { text: "The death toll from the Quebrada Honda mudslide rose to 27 on Tuesday", outlets: 2 },
    { text: "it would give 20 million soles to the families", outlets: 1 },
  ],
};
