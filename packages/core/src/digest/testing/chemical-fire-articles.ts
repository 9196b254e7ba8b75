import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts13 (2026-12-05, before running any code on it): six
 * articles from five outlets on a fire at Vantris Chemicals' resin plant in Port Alder, Ohio, late on
 * Wednesday 11 November 2026, the evacuation widened on Thursday and lifted on Friday, and the chief
 * executive's visit on Saturday. A wire story and its syndicated rewrite with a credit line, a local
 * paper with a byline (twice), a regional paper, an undated process-safety trade piece. Traps: 120
 * people "working the night shift" (the company, through the wire) against 140 "inside the plant"
 * (the county, through the local paper): a careful editor does not set these against each other, a
 * shift's workers and everyone on the site (contractors, drivers, guards) are two counts of one
 * night; residents evacuated overnight against the widened zone's 5,000 (a figure that later rises);
 * a company's offer per household against a residents' group's demand; a tank's capacity against
 * what it held; a plant's workforce against one shift; parts of the injured against the whole; ages.
 * The real disagreements: how many residents left their homes overnight, about 3,000 for Reuters
 * against about 1,800 for the Port Alder Sentinel, and how many workers were treated in hospital, 11
 * against seven, both told on Thursday. Quote styles: "“…,” said Fire Chief X", an organisation "said
 * in a statement", "“…,” X said outside …" then "“…,” Surname said.", "Mayor X said: “…”", "According to
 * Surname, “…”" with the full name in the wire (partial), a title alone ("the mayor said") in another
 * outlet, straight single quotes with "said X, who chairs …", a quote over two sentences closed by a
 * surname after the full name, and an em-dash signature with a description. Test support only.
 */
const CHEMICAL_FIRE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "plantfire/1",
    externalId: "p1",
    source: "Reuters",
    url: "https://reuters.example/vantris-port-alder-fire",
    publishedAt: "2026-11-12T15:20:00Z",
    title: "Fire at Ohio resin plant kills two workers, forces thousands from homes",
    originalText: [
      "PORT ALDER, Ohio (Reuters) — A fire at a Vantris Chemicals resin plant in Port Alder, Ohio, killed two workers late on Wednesday and forced about 3,000 residents from their homes overnight, officials said.",
      "About 120 people were working the night shift when an explosion in a storage building started the fire shortly before midnight, the company said.",
      "The company said 11 workers were treated in hospital, two of them for serious burns.",
      "“We had a tank of styrene 50 feet from the flames, and my crews held that line all night,” said Fire Chief Dana Whitcombe.",
      "Crews brought the fire under control at about 8:30 a.m. on Thursday, leaving the storage building and a warehouse in ruins.",
      "The U.S. Chemical Safety Board said it was sending a team to investigate.",
      "“Our thoughts are with the families of our two colleagues, and we will support them in every way we can,” Vantris said in a statement.",
      "Reporting by Joel Ramirez in Port Alder; Editing by Chris Reese",
    ].join("\n"),
  },
  {
    input: "plantfire/2",
    externalId: "p2",
    source: "Lakeshore Gazette",
    url: "https://lakeshoregazette.example/wire/ohio-resin-plant-fire",
    publishedAt: "2026-11-12T17:05:00Z",
    title: "Ohio resin plant fire kills two workers",
    originalText: [
      "A fire at a Vantris Chemicals resin plant in Port Alder, Ohio, killed two workers late on Wednesday and forced about 3,000 residents from their homes overnight, officials said.",
      "About 120 people were working the night shift when an explosion in a storage building started the fire shortly before midnight, the company said.",
      "“We had a tank of styrene 50 feet from the flames, and my crews held that line all night,” said Dana Whitcombe, the Port Alder fire chief.",
      "The U.S. Chemical Safety Board said it was sending a team to investigate.",
      "(Reuters)",
    ].join("\n"),
  },
  {
    input: "plantfire/3",
    externalId: "p3",
    source: "Port Alder Sentinel",
    url: "https://portaldersentinel.example/news/vantris-fire-harbor-road",
    publishedAt: "2026-11-12T22:40:00Z",
    title: "‘The whole sky went orange’: two dead in Vantris plant fire",
    originalText: [
      "By Marisol Grant, Sentinel Staff Writer",
      "Some 140 people were inside the Vantris plant on Harbor Road when an explosion shook the east side of Port Alder late Wednesday, the county emergency management office said.",
      "About 1,800 residents were evacuated from homes within a mile of the plant overnight, the office said.",
      "Seven workers were treated in hospital, a county spokeswoman said, three of them in serious condition.",
      "“I heard a bang like a truck hitting the house, and then the whole sky went orange,” Denise Farrow said outside a shelter at Lincoln Middle School.",
      "“We grabbed the kids and the dog and drove,” Farrow said.",
      "Mayor Lorraine Petrakis said: “No one goes back into the zone until the air tests are clean, not one hour sooner.”",
      "According to Whitcombe, “the sprinkler system in the storage building was not working when we arrived.”",
      "Firefighters brought the fire under control at about 8:30 a.m. Thursday.",
      "The two workers who died were named as Travis Engel, 34, and Rosa Delgado, 51.",
      "The Chemical Safety Board said Thursday it would send investigators to Port Alder.",
    ].join("\n"),
  },
  {
    input: "plantfire/4",
    externalId: "p4",
    source: "Ohio Valley Times",
    url: "https://ohiovalleytimes.example/state/port-alder-evacuation-lifted",
    publishedAt: "2026-11-13T21:00:00Z",
    title: "Port Alder residents return home after Vantris fire",
    originalText: [
      "Port Alder residents were allowed back into their homes on Friday after air tests around the Vantris Chemicals plant came back clean, two days after a fire there killed two workers.",
      "The evacuation zone had been widened to two miles on Thursday afternoon as the wind shifted, bringing the number of people told to leave to about 5,000.",
      "“It has been a long two days, and I want to thank every family for their patience,” the mayor said.",
      "Vantris said it would pay $250 a day to each evacuated household for hotels and meals. A residents’ group, Port Alder Clean Air, has demanded $600 a day.",
      "'This is the third fire at a Vantris site in five years,' said Ruth Abernathy, who chairs the group.",
      "The plant, which opened in 1987, employs 410 people and makes resins for boat hulls and wind turbine blades.",
    ].join("\n"),
  },
  {
    input: "plantfire/5",
    externalId: "p5",
    source: "Port Alder Sentinel",
    url: "https://portaldersentinel.example/news/vantris-ceo-apologises",
    publishedAt: "2026-11-14T19:10:00Z",
    title: "Vantris chief apologises to families of workers killed in fire",
    originalText: [
      "By Marisol Grant, Sentinel Staff Writer",
      "Vantris Chemicals chief executive Howard Liang visited Port Alder on Saturday and apologised to the families of the two workers killed in Wednesday’s fire.",
      "“I am sorry. We will find out what happened, and we will tell you,” Liang said at the steelworkers’ union hall.",
      "The storage tank at the centre of the fire can hold 200,000 gallons of styrene but held about 80,000 gallons on Wednesday night, Liang said.",
      "He said the company would pay for the funerals.",
      "Investigators from the Chemical Safety Board began work at the site on Friday.",
    ].join("\n"),
  },
  {
    input: "plantfire/6",
    externalId: "p6",
    source: "Process Safety Report",
    url: "https://processsafetyreport.example/analysis/port-alder-styrene-fire",
    title: "Port Alder fire puts styrene storage back under scrutiny",
    originalText: [
      "The Port Alder fire is the 14th deadly fire at a U.S. chemical plant this year, according to the Chemical Safety Board’s incident log.",
      "“Styrene storage is well understood; when it goes wrong, it is almost always maintenance, not chemistry.”",
      "— Gerald Mensah, a former Chemical Safety Board investigator now consulting in Houston",
      "Mensah said a failed sprinkler system, if confirmed, would point to gaps in inspection.",
      "Vantris was fined $1.2 million after a 2019 fire at its plant in Baytown, Texas, in which no one was hurt.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function chemicalFireArticles(): Article[] {
  return linkNearDuplicates(CHEMICAL_FIRE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts13 (2026-12-05), before running any code on them. Two real
 * disagreements, both told on Thursday: residents out of their homes overnight (about 3,000 for
 * Reuters, about 1,800 for the Sentinel) and workers treated in hospital (11 against seven). The 120
 * on the night shift against the 140 inside the plant is not one: a shift's workers and everyone on
 * the site are two measures.
 */
export const CHEMICAL_FIRE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We had a tank of styrene 50 feet from the flames", speaker: "Dana Whitcombe" },
    // An organisation in a statement, its full name earlier in the story.
    { text: "Our thoughts are with the families of our two colleagues", speaker: "Vantris Chemicals" },
    { text: "I heard a bang like a truck hitting the house", speaker: "Denise Farrow" },
    // A surname after the full name in the sentence before.
    { text: "We grabbed the kids and the dog and drove", speaker: "Denise Farrow" },
    { text: "No one goes back into the zone until the air tests are clean", speaker: "Lorraine Petrakis" },
    // The surname alone, the full name in the wire; it starts mid-sentence in lower case.
    { text: "the sprinkler system in the storage building was not working", speaker: "Dana Whitcombe", partial: true },
    // A title alone, the full name in another outlet's article.
    { text: "It has been a long two days", speaker: "Lorraine Petrakis" },
    { text: "This is the third fire at a Vantris site in five years", speaker: "Ruth Abernathy" },
    // Two sentences in one quotation, a surname after the full name.
    { text: "I am sorry. We will find out what happened", speaker: "Howard Liang" },
    { text: "Styrene storage is well understood", speaker: "Gerald Mensah" },
  ],
  timeline: [
    { text: "killed two workers late on Wednesday", dates: ["2026-11-11"] },
    { text: "Firefighters brought the fire under control at about 8:30 a.m. Thursday", dates: ["2026-11-12"] },
    { text: "The evacuation zone had been widened to two miles on Thursday afternoon", dates: ["2026-11-12"] },
    { text: "residents were allowed back into their homes on Friday", dates: ["2026-11-13"] },
    { text: "visited Port Alder on Saturday and apologised", dates: ["2026-11-14"] },
  ],
  neverDated: [
    { text: "The plant, which opened in 1987", date: "1987", exact: true },
    { text: "after a 2019 fire at its plant in Baytown", date: "2019", exact: true },
  ],
  disagreements: [
    { values: ["3,000", "1,800"], outlets: ["Reuters", "Port Alder Sentinel"] },
    { values: ["11", "Seven"], outlets: ["Reuters", "Port Alder Sentinel"] },
  ],
  notDisagreements: [
    // The night shift's workers against everyone inside the plant: two measures of one night.
    ["120", "140"],
    // A shift against the whole workforce.
    ["120", "410"],
    ["140", "410"],
    // Overnight evacuations against the widened zone's later count.
    ["3,000", "5,000"],
    ["1,800", "5,000"],
    // An offer against a demand.
    ["250", "600"],
    // A tank's capacity against what it held.
    ["200,000", "80,000"],
    // Parts of the injured against the whole, the injured against the dead.
    ["11", "two"],
    ["Seven", "three"],
    ["two", "three"],
    // Ages.
    ["34", "51"],
  ],
  corroboration: [
    // Reuters and its rewrite count once; the Sentinel gives 1,800 residents.
    { text: "killed two workers late on Wednesday and forced about 3,000 residents", outlets: 1 },
    // Reuters (with its rewrite) and the Sentinel, in other words.
    { text: "The U.S. Chemical Safety Board said it was sending a team to investigate", outlets: 2 },
    // The Sentinel states the main clause, not the ruins it left: an editor counts it.
    { text: "Crews brought the fire under control at about 8:30 a.m. on Thursday", outlets: 2 },
  ],
  headline: ["apologis", "apology"],
};
