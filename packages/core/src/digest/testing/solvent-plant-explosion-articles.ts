import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts29 (2026-12-06, texts and expectations before running any
 * code on them): five articles from four outlets on an explosion at a solvents plant in Port Anselm on
 * Thursday 16 November 2028, from that night to the Monday after. Real disagreements, each worded
 * differently by each side: the workers killed, one count dated by the blast's day ("The blast on
 * Thursday killed six workers") and the other by the day it was given ("Eight workers were killed,
 * Delacroix Solvents said in a statement on Friday"); the fire's alarm level, a count as an adjective
 * ("a four-alarm fire" against "The five-alarm blaze"); and the workers inside, a range against a
 * hedged figure ("Between 40 and 50 workers" against "Nearly 70 workers"). Traps: the injured, 19 on
 * Thursday night and 27 on Saturday for the same sheriff (a count that grew); four of the injured in
 * critical condition (part of the whole); homes evacuated against residents allowed home (another
 * noun); the union's demand against the company's fund (demand and offer); a family's suit seeking
 * $25 million against an award in an older case; an old fine. Test support only.
 */
const SOLVENT_PLANT_EXPLOSION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "solvent-plant/1",
    externalId: "s1",
    source: "Gulf Coast Wire",
    url: "https://gulfcoastwire.example/news/port-anselm-plant-explosion",
    publishedAt: "2028-11-17T03:00:00Z",
    title: "Explosion rocks Port Anselm solvents plant",
    originalText: [
      "An explosion tore through the Delacroix Solvents plant in Port Anselm on Thursday afternoon, injuring 19 people, the Harlow Parish sheriff's office said.",
      "Firefighters battled a four-alarm fire at the plant for six hours.",
      "About 300 homes within a mile of the plant were evacuated as a plume of black smoke drifted over the town.",
      "“Deputies went door to door to get people out,” Sheriff Anton Guidry said.",
    ].join("\n"),
  },
  {
    input: "solvent-plant/2",
    externalId: "s2",
    source: "Port Anselm Herald",
    url: "https://portanselmherald.example/local/delacroix-blast-victims",
    publishedAt: "2028-11-17T12:00:00Z",
    title: "Six dead in Delacroix plant blast",
    originalText: [
      "The blast on Thursday killed six workers, parish officials said.",
      "The five-alarm blaze was brought under control shortly before midnight.",
      "Between 40 and 50 workers were inside the building when it exploded.",
      "Four of the injured remain in critical condition at Harlow General Hospital.",
      "“The whole street shook, and then the windows came in,” said Marisol Fontenot, who lives across the road from the plant.",
    ].join("\n"),
  },
  {
    input: "solvent-plant/3",
    externalId: "s3",
    source: "Chemical Industry Daily",
    url: "https://chemicalindustrydaily.example/safety/delacroix-port-anselm",
    publishedAt: "2028-11-17T21:00:00Z",
    title: "Delacroix confirms deaths at Louisiana plant",
    originalText: [
      "Eight workers were killed, Delacroix Solvents said in a statement on Friday.",
      "The company was fined $84,000 in 2025 over safety violations at the same plant.",
      "Chief executive Paul Marchand said the company would set up a $1.5 million fund for the victims' families.",
      "“Nothing matters more to us now than the families of our colleagues,” Marchand said.",
    ].join("\n"),
  },
  {
    input: "solvent-plant/4",
    externalId: "s4",
    source: "KPAN News Radio",
    url: "https://kpan.example/news/delacroix-injured-rises",
    publishedAt: "2028-11-18T18:00:00Z",
    title: "Injured in plant blast rises to 27",
    originalText: [
      "The number of people injured in the blast has risen to 27, the sheriff's office said on Saturday.",
      "Nearly 70 workers were inside the building at the time, according to the steelworkers' union local.",
      "The union is demanding that the company put $5 million into the families' fund.",
      "About 1,100 residents were allowed to return home on Saturday morning.",
    ].join("\n"),
  },
  {
    input: "solvent-plant/5",
    externalId: "s5",
    source: "Gulf Coast Wire",
    url: "https://gulfcoastwire.example/news/delacroix-lawsuit",
    publishedAt: "2028-11-20T15:00:00Z",
    title: "Family of dead worker sues Delacroix",
    originalText: [
      "The family of one of the workers killed in the explosion sued Delacroix Solvents on Monday, seeking $25 million in damages.",
      "In 2026 a jury awarded $3 million to a worker burned at the plant.",
      "The Chemical Safety Board said its investigation could take 18 months.",
      "“This was not an accident waiting to happen. It was an accident they were warned about,” said the family's lawyer, Renee Batiste.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function solventPlantExplosionArticles(): Article[] {
  return linkNearDuplicates(SOLVENT_PLANT_EXPLOSION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts29 (2026-12-06), before running any code on them. "On Thursday
 * afternoon" in a Friday-morning wire (Thursday night in Louisiana) is 16 November; "on Friday" in a
 * Friday report that day; "on Saturday" in a Saturday bulletin that day; "on Monday" in a Monday wire
 * that day; "in 2025" and "in 2026" are background.
 */
export const SOLVENT_PLANT_EXPLOSION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Deputies went door to door to get people out", speaker: "Anton Guidry" },
    { text: "The whole street shook, and then the windows came in", speaker: "Marisol Fontenot" },
    { text: "Nothing matters more to us now than the families of our colleagues", speaker: "Paul Marchand" },
    { text: "This was not an accident waiting to happen", speaker: "Renee Batiste" },
  ],
  timeline: [
    { text: "An explosion tore through the Delacroix Solvents plant", dates: ["2028-11-16"] },
    { text: "has risen to 27, the sheriff's office said on Saturday", dates: ["2028-11-18"] },
    { text: "sued Delacroix Solvents on Monday", dates: ["2028-11-20"] },
  ],
  neverDated: [
    { text: "The company was fined $84,000 in 2025", date: "2028", exact: true },
    { text: "In 2026 a jury awarded $3 million", date: "2028", exact: true },
  ],
  disagreements: [
    // Workers killed: one count dated by the blast's day, the other by the day the company gave it.
    { values: ["six", "Eight"], outlets: ["Port Anselm Herald", "Chemical Industry Daily"] },
    // The fire's alarm level, a count as an adjective both times.
    { values: ["four", "five"], outlets: ["Gulf Coast Wire", "Port Anselm Herald"] },
    // Workers inside: a range against a hedged figure.
    { values: ["50", "70"], outlets: ["Port Anselm Herald", "KPAN News Radio"] },
  ],
  notDisagreements: [
    // The injured on Thursday night and on Saturday, for the same sheriff: a count that grew.
    ["19", "27"],
    // Four of the injured in critical condition: part of the whole.
    ["Four", "19"],
    ["Four", "27"],
    // Homes evacuated against residents allowed home.
    ["300", "1,100"],
    // The union's demand against the company's fund; a suit's claim against an older award; an old fine.
    ["5 million", "1.5 million"],
    ["25 million", "3 million"],
    ["84,000", "1.5 million"],
    // The dead against the injured or the workers inside.
    ["six", "19"],
    ["Eight", "27"],
    ["Eight", "50"],
    ["six", "70"],
  ],
  corroboration: [{ text: "The blast on Thursday killed six workers", outlets: 1 }],
};
