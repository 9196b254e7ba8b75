import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * The lead's held-out batch H (session 25, 2026-12-06): texts and expectations written before any run, kept
 * outside the repository while they were unfitted and added here after (the rules its first run showed
 * missing were written from it, so it is fitted now).
 * Part of a glacier collapses on to hikers in the Italian Alps, July 2037 (Tuesday 14 to Saturday 18).
 */
const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "gc/1",
    externalId: "g1",
    source: "World Wire",
    url: "https://worldwire.example/europe/italy-glacier-collapse-hikers",
    publishedAt: "2037-07-14T18:00:00Z",
    title: "Glacier collapse in Italian Alps kills at least three, many missing",
    originalText: [
      "A huge section of the Vedretta Alta glacier broke away on Tuesday afternoon, sending ice and rock down onto hikers on a popular trail in northern Italy, killing at least three people.",
      "Rescuers said 15 people were unaccounted for.",
      "The block of ice that broke off was about 200 meters wide and 60 meters high, officials said.",
      "The collapse came a day after a record temperature of 10C was measured at the glacier's summit.",
      "“It was an avalanche of ice, snow and rock,” said Walter Milesi, a spokesman for the National Alpine and Speleological Rescue Corps.",
    ].join("\n"),
  },
  {
    input: "gc/2",
    externalId: "g2",
    source: "Daily Meridian",
    url: "https://dailymeridian.example/world/britons-missing-alpine-glacier",
    publishedAt: "2037-07-15T08:00:00Z",
    title: "Britons among missing after Alpine glacier collapse",
    originalText: [
      "Two British walkers are among those missing after part of a glacier collapsed in the Dolomites yesterday afternoon.",
      "The Foreign Office said it was in contact with the Italian authorities and supporting the families.",
      "Italian officials last night put the number of missing at 17.",
      "Drones and helicopters were used to search the debris overnight, but the risk of further collapses halted the ground search.",
    ].join("\n"),
  },
  {
    input: "gc/3",
    externalId: "g3",
    source: "Continental Times",
    url: "https://continentaltimes.example/2037/07/15/italy-glacier-toll-seven",
    publishedAt: "2037-07-15T20:00:00Z",
    title: "Italy glacier collapse: death toll rises to seven as search continues",
    originalText: [
      "The death toll from Tuesday's glacier collapse in the Dolomites rose to seven on Wednesday, with 11 people still missing.",
      "The chunk of glacier that gave way was roughly 250 meters wide and 80 meters tall, according to the regional civil protection agency.",
      "Prime Minister Giulia Ferraro visited the area on Wednesday.",
      "“This is a tragedy that tells us the climate is changing,” she said.",
      "Glaciers in the Alps have lost more than half their volume since 1900, scientists say.",
    ].join("\n"),
  },
  {
    input: "gc/4",
    externalId: "g4",
    source: "Daily Meridian",
    url: "https://dailymeridian.example/world/british-walkers-bodies-recovered",
    publishedAt: "2037-07-17T09:00:00Z",
    title: "Bodies of two British walkers recovered from glacier debris",
    originalText: [
      "The bodies of two British walkers have been recovered from the debris of Tuesday's glacier collapse, the Foreign Office confirmed last night.",
      "They were named as Tom Ashby, 34, and his partner Chloe Reyes, 31, from Kendal.",
      "Their families said in a statement: “They died doing what they loved, together in the mountains.”",
      "The confirmed death toll now stands at nine.",
    ].join("\n"),
  },
  {
    input: "gc/5",
    externalId: "g5",
    source: "World Wire",
    url: "https://worldwire.example/europe/italy-ends-glacier-search",
    publishedAt: "2037-07-18T15:00:00Z",
    title: "Italy ends search for glacier collapse victims; toll at 11",
    originalText: [
      "Italian authorities called off the search for victims of Tuesday's glacier collapse on Saturday, saying the remaining debris was too unstable for rescuers.",
      "The bodies of 11 people have been recovered, and seven are still listed as missing.",
      "Among the dead is Tom Ashby, 35, a mountain guide from Kendal in England.",
      "Walter Milesi said the decision to end the search was “the hardest we have had to make.”",
      "Prosecutors in Trento have opened an investigation into whether the trail should have been closed.",
    ].join("\n"),
  },
];

export function glacierCollapseArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

export const GLACIER_COLLAPSE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It was an avalanche of ice, snow and rock", speaker: "Walter Milesi" },
    { text: "This is a tragedy that tells us the climate is changing", speaker: "Giulia Ferraro" },
    { text: "They died doing what they loved, together in the mountains", speaker: null },
    { text: "the hardest we have had to make", speaker: "Walter Milesi", partial: true },
  ],
  timeline: [
    { text: "glacier broke away on Tuesday afternoon", dates: ["2037-07-14"] },
    { text: "Two British walkers are among those missing", dates: ["2037-07-14", "2037-07-15"] },
    { text: "rose to seven on Wednesday", dates: ["2037-07-15"] },
    { text: "Prime Minister Giulia Ferraro visited the area on Wednesday", dates: ["2037-07-15"] },
    { text: "the Foreign Office confirmed last night", dates: ["2037-07-16"] },
    { text: "called off the search for victims of Tuesday's glacier collapse on Saturday", dates: ["2037-07-18"] },
  ],
  neverDated: [{ text: "lost more than half their volume since 1900", date: "1900" }],
  disagreements: [
    { values: ["200", "250"], outlets: ["World Wire", "Continental Times"] },
    { values: ["60", "80"], outlets: ["World Wire", "Continental Times"] },
    { values: ["34", "35"], outlets: ["Daily Meridian", "World Wire"] },
  ],
  notDisagreements: [
    ["three", "seven"],
    ["seven", "nine"],
    ["nine", "11"],
    ["three", "11"],
    ["15", "17"],
    ["17", "11"],
    ["15", "11"],
    ["10", "three"],
    ["34", "31"],
    ["35", "31"],
    ["two", "three"],
    ["seven", "11"],
    ["two", "seven"],
  ],
  corroboration: [{ text: "called off the search for victims", outlets: 1 }],
  headline: ["called off", "ends search", "end the search", "11"],
  summary: { holds: ["called off"], never: [] },
  supersession: {
    apart: [
      ["killing at least three people", "rose to seven on Wednesday"],
      ["rose to seven on Wednesday", "The bodies of 11 people have been recovered"],
      ["Rescuers said 15 people were unaccounted for", "seven are still listed as missing"],
      ["with 11 people still missing", "seven are still listed as missing"],
    ],
    current: ["Prosecutors in Trento have opened an investigation"],
  },
};
