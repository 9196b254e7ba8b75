import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts27 (2026-12-06, before running any code on it): five
 * articles from five outlets on an explosion at a grain silo in the port of Dunmere on the evening of
 * Wednesday 8 March 2028. Real disagreements: the workers injured (17 for the operator, 23 as the fire
 * service "put the number"), the wheat in the silo when it blew (about 12,000 tonnes for the operator,
 * around 9,500 for the harbour master) and the cost of the damage (€38 million for the operator, €52
 * million for its insurer). Traps: the dead then a later toll, the injured still in hospital then and
 * later, union members among the injured, firefighters and engines, residents evacuated and those still
 * out, the port's staff and those on shift, a year's throughput against the silo's load and against the
 * year before, wheat salvaged, a union's demand against the company's offer, a market's rise in the
 * morning against its close, berths reopened of all berths, a background blast's toll. Test support only.
 */
const GRAIN_SILO_BLAST_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "silo/1",
    externalId: "g1",
    source: "Continental Press Agency",
    url: "https://continentalpress.example/europe/dunmere-silo-explosion",
    publishedAt: "2028-03-09T05:30:00Z",
    title: "Two killed in grain silo blast at Dunmere port",
    originalText: [
      "An explosion ripped through a grain silo at the port of Dunmere on Wednesday evening, killing two workers and injuring 17 others, the terminal's operator, Baltic Grain Handling, said.",
      "The silo held about 12,000 tonnes of wheat awaiting export, the company said.",
      "Some 40 firefighters and 12 engines fought the blaze for five hours.",
      "“The whole building shook and then the roof came down,” said crane driver Piotr Malek, who was working on a ship nearby.",
      "The terminal, the largest on the coast, opened in 1998.",
    ].join("\n"),
  },
  {
    input: "silo/2",
    externalId: "g2",
    source: "Dunmere Gazette",
    url: "https://dunmeregazette.example/news/port-explosion-injured",
    publishedAt: "2028-03-09T16:00:00Z",
    title: "Fire service: 23 hurt in port explosion",
    originalText: [
      "The fire service put the number of injured at 23, seven of whom remain in hospital.",
      "Police evacuated about 450 residents from streets near the port on Wednesday night as a precaution.",
      "Around 9,500 tonnes of wheat were stored in the silo when it exploded, according to the harbour master, Ingrid Solberg.",
      "The port employs 640 people, about 150 of whom were on shift at the time.",
      "“We were lucky it was not far worse,” Ms Solberg said.",
    ].join("\n"),
  },
  {
    input: "silo/3",
    externalId: "g3",
    source: "Northern Commodities Journal",
    url: "https://northerncommodities.example/grain/dunmere-damage-estimate",
    publishedAt: "2028-03-10T07:00:00Z",
    title: "Dunmere blast damage estimated at €38 million",
    originalText: [
      "Baltic Grain Handling estimated the damage to the terminal at €38 million on Thursday.",
      "Wheat futures in Rotterdam jumped 3.2% on Thursday morning before closing 1.8% higher.",
      "The terminal handled 2.1 million tonnes of grain last year, up from 1.7 million tonnes in 2026.",
      "The company expects to resume exports within six weeks.",
      "“Our priority is the families of those who died,” said Baltic Grain's chief executive, Henrik Dahl.",
    ].join("\n"),
  },
  {
    input: "silo/4",
    externalId: "g4",
    source: "Radio Nord",
    url: "https://radionord.example/news/third-worker-dies-dunmere",
    publishedAt: "2028-03-10T18:00:00Z",
    title: "Third worker dies after Dunmere silo explosion",
    originalText: [
      "The death toll from Wednesday's silo explosion rose to three on Friday after a 34-year-old worker died in hospital.",
      "Eleven of the injured were members of the dockers' union, the union said.",
      "The union is demanding €5,000 for each injured worker, but the company has offered €2,000.",
      "Investigators said grain dust had probably ignited in a conveyor tunnel.",
      "The operator's insurer, Hanse Re, puts the cost of the damage at €52 million.",
      "“This was a disaster waiting to happen,” said union organiser Lena Brandt.",
    ].join("\n"),
  },
  {
    input: "silo/5",
    externalId: "g5",
    source: "The Coastal Times",
    url: "https://coastaltimes.example/business/dunmere-port-partly-reopens",
    publishedAt: "2028-03-11T11:00:00Z",
    title: "Dunmere port partly reopens",
    originalText: [
      "The port reopened two of its five berths on Saturday morning.",
      "About 120 residents had still not been allowed home on Saturday.",
      "Salvage crews had recovered 1,200 tonnes of wheat by Saturday.",
      "Six of the injured remained in hospital on Saturday, two of them in a critical condition.",
      "Investigators believe grain dust ignited in a conveyor tunnel.",
      "The blast was the worst at a European grain terminal since an explosion in Antwerp in 2011 killed five people.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function grainSiloBlastArticles(): Article[] {
  return linkNearDuplicates(GRAIN_SILO_BLAST_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts27 (2026-12-06), before running any code on them. "On Wednesday
 * evening" in a Thursday morning wire is the day before; "on Thursday" in a Friday paper is the day
 * before; "on Friday" in a Friday evening bulletin is that day; "last year" in March 2028 is 2027.
 */
export const GRAIN_SILO_BLAST_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The whole building shook and then the roof came down", speaker: "Piotr Malek" },
    { text: "We were lucky it was not far worse", speaker: "Ingrid Solberg" },
    { text: "Our priority is the families of those who died", speaker: "Henrik Dahl" },
    { text: "This was a disaster waiting to happen", speaker: "Lena Brandt" },
  ],
  timeline: [
    {
      text: "An explosion ripped through a grain silo at the port of Dunmere on Wednesday evening",
      dates: ["2028-03-08"],
    },
    {
      text: "Police evacuated about 450 residents from streets near the port on Wednesday night",
      dates: ["2028-03-08"],
    },
    { text: "estimated the damage to the terminal at €38 million on Thursday", dates: ["2028-03-09"] },
    { text: "The death toll from Wednesday's silo explosion rose to three on Friday", dates: ["2028-03-10"] },
    { text: "The port reopened two of its five berths on Saturday morning", dates: ["2028-03-11"] },
  ],
  neverDated: [
    { text: "The terminal, the largest on the coast, opened in 1998", date: "1998" },
    { text: "since an explosion in Antwerp in 2011 killed five people", date: "2011" },
    { text: "The terminal handled 2.1 million tonnes of grain last year", date: "2026", exact: true },
  ],
  disagreements: [
    // The workers one blast injured: the operator's count against the fire service's.
    { values: ["17", "23"], outlets: ["Continental Press Agency", "Dunmere Gazette"] },
    // The wheat in the silo when it blew: the operator's load against the harbour master's.
    { values: ["12,000", "9,500"], outlets: ["Continental Press Agency", "Dunmere Gazette"] },
    // The cost of one blast's damage: the operator's estimate against its insurer's.
    { values: ["38 million", "52 million"], outlets: ["Northern Commodities Journal", "Radio Nord"] },
  ],
  notDisagreements: [
    // The dead, then a later toll; a background blast's toll.
    ["two", "three"],
    ["three", "five"],
    ["two", "five"],
    // The injured, those still in hospital then and later, the critical, union members among them.
    ["17", "seven"],
    ["23", "seven"],
    ["seven", "Six"],
    ["Six", "two"],
    ["17", "Eleven"],
    ["23", "Eleven"],
    ["23", "Six"],
    ["17", "Six"],
    // Firefighters and engines.
    ["40", "12"],
    // Residents evacuated and those still out days later.
    ["450", "120"],
    // The port's staff and those on shift; against the injured.
    ["640", "150"],
    ["150", "23"],
    ["150", "17"],
    // A year's throughput, the year before, the silo's load, wheat salvaged.
    ["2.1 million", "1.7 million"],
    ["2.1 million", "12,000"],
    ["12,000", "1,200"],
    ["9,500", "1,200"],
    // A union's demand against the company's offer; against the damage.
    ["5,000", "2,000"],
    // A market's rise in the morning against its close.
    ["3.2%", "1.8%"],
    // Berths reopened of all berths (and the Antwerp toll above).
  ],
  corroboration: [
    { text: "Investigators said grain dust had probably ignited in a conveyor tunnel", outlets: 2 },
    { text: "Police evacuated about 450 residents", outlets: 1 },
  ],
  order: [
    "An explosion ripped through a grain silo at the port of Dunmere on Wednesday evening",
    "estimated the damage to the terminal at €38 million on Thursday",
    "The death toll from Wednesday's silo explosion rose to three on Friday",
    "The port reopened two of its five berths on Saturday morning",
  ],
};
