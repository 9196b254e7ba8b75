import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of the headline and the summary's lead by latest10 (2026-12-06,
 * texts and expectations written before running any code on them): six articles from five outlets
 * (British and US) on a Victorian cliff railway in a seaside town whose car hit the buffers on
 * Saturday 18 June 2033, injuring four passengers. It is closed; on Monday engineers find a worn brake
 * cable; the council says it hopes to reopen on Wednesday if tests pass; on Wednesday morning it
 * reopens, the story's last main development. Traps: a US travel site's Thursday piece retells the
 * crash in its lead and mentions the reopening after; a Thursday letter-style opinion piece; a
 * Thursday follow-up adds a minor detail (free rides for the rest of the week). Test support only.
 * First run, before any fix: quotes 3/3, timeline 3/3 in order, no disagreement or trap taken,
 * corroboration 0/1 (the reopening counted from one outlet), headline wrong ("Seaside towns cannot run
 * Victorian machines on Victorian budgets", the opinion piece's lead), summary 1/1 wanted, 1 unwanted
 * (that lead), opening with "The four passengers hurt on Saturday have all been sent home"; superseded
 * pairs kept apart 1/2 (the 250-word summary held "has been closed" beside the reopening), current
 * statements kept 2/2.
 */
const CLIFF_RAILWAY_REOPENING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cliff-railway/1",
    externalId: "cr1",
    source: "Scarcliffe Gazette",
    url: "https://scarcliffegazette.example/news/cliff-railway-crash",
    publishedAt: "2033-06-18T16:00:00Z",
    title: "Four hurt as cliff railway car hits buffers",
    originalText: [
      "Four passengers were hurt when a car on the Scarcliffe Cliff Railway hit the buffers at the bottom station on Saturday morning.",
      "None of the injuries is thought to be serious.",
      "The 1884 railway, which carries visitors 200 feet between the promenade and the town, has been closed.",
      "“There was a bang and everyone was thrown forward,” said passenger Karen Dobbs.",
    ].join("\n"),
  },
  {
    input: "cliff-railway/2",
    externalId: "cr2",
    source: "North Coast News",
    url: "https://northcoastnews.example/news/cliff-railway-brake-cable",
    publishedAt: "2033-06-20T15:00:00Z",
    title: "Worn brake cable found on Scarcliffe cliff railway",
    originalText: [
      "Engineers inspecting the Scarcliffe Cliff Railway found a worn brake cable on Monday, the borough council said.",
      "A replacement cable is being made in Leeds.",
      "The council said it hoped to reopen the railway on Wednesday if safety tests were passed.",
      "“Safety comes before everything else,” said council leader Martin Firth.",
    ].join("\n"),
  },
  {
    input: "cliff-railway/3",
    externalId: "cr3",
    source: "Scarcliffe Gazette",
    url: "https://scarcliffegazette.example/news/cliff-railway-reopens",
    publishedAt: "2033-06-22T11:30:00Z",
    title: "Scarcliffe cliff railway reopens after brake repair",
    originalText: [
      "The Scarcliffe Cliff Railway reopened on Wednesday morning after its new brake cable passed safety tests overnight.",
      "The first car left the promenade station at 10am carrying the mayor, Councillor Julie Sharp.",
      "An inspector from the Office of Rail and Road watched the tests.",
      "“It is wonderful to hear the cars running again,” said Ms Sharp.",
    ].join("\n"),
  },
  {
    input: "cliff-railway/4",
    externalId: "cr4",
    source: "Coastal Travel Wire",
    url: "https://coastaltravelwire.example/england/scarcliffe-funicular",
    publishedAt: "2033-06-23T09:00:00Z",
    title: "England's oldest water-free funicular back after crash",
    originalText: [
      "A funicular car slammed into the buffers at the foot of an English seaside cliff on Saturday, hurting four riders.",
      "The Scarcliffe Cliff Railway, a favorite with American visitors to Yorkshire, reopened Wednesday.",
      "The ride costs £2, about $2.60, each way.",
    ].join("\n"),
  },
  {
    input: "cliff-railway/5",
    externalId: "cr5",
    source: "North Coast News",
    url: "https://northcoastnews.example/news/cliff-railway-free-rides",
    publishedAt: "2033-06-23T12:00:00Z",
    title: "Free rides on cliff railway this week",
    originalText: [
      "Rides on the Scarcliffe Cliff Railway will be free until Sunday as a thank-you to residents, the council said on Thursday.",
      "The four passengers hurt on Saturday have all been sent home from hospital.",
    ].join("\n"),
  },
  {
    input: "cliff-railway/6",
    externalId: "cr6",
    source: "The Yorkshire Observer",
    url: "https://yorkshireobserver.example/opinion/cliff-railways-heritage",
    publishedAt: "2033-06-23T07:00:00Z",
    title: "Our view: Cliff railways are heritage worth paying for",
    originalText: [
      "Seaside towns cannot run Victorian machines on Victorian budgets.",
      "Scarcliffe's scare should be a warning to every council that owns one.",
      "Central government should set up a fund for the upkeep of historic lifts and railways.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function cliffRailwayReopeningArticles(): Article[] {
  return linkNearDuplicates(CLIFF_RAILWAY_REOPENING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by latest10 (2026-12-06), before running any code on them. No real
 * disagreement: £2 and $2.60 are one fare in two currencies; 1884 is the railway's year, 200 feet its
 * height, four the passengers hurt.
 */
export const CLIFF_RAILWAY_REOPENING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "There was a bang and everyone was thrown forward", speaker: "Karen Dobbs" },
    { text: "Safety comes before everything else", speaker: "Martin Firth" },
    { text: "It is wonderful to hear the cars running again", speaker: "Julie Sharp" },
  ],
  timeline: [
    { text: "Four passengers were hurt when a car", dates: ["2033-06-18"] },
    { text: "found a worn brake cable on Monday", dates: ["2033-06-20"] },
    { text: "reopened on Wednesday morning", dates: ["2033-06-22"] },
  ],
  neverDated: [{ text: "The 1884 railway", date: "1884", exact: true }],
  disagreements: [],
  notDisagreements: [
    ["£2", "$2.60"],
    ["1884", "200 feet"],
  ],
  corroboration: [{ text: "reopened on Wednesday morning", outlets: 2 }],
  // The newest main development is the reopening; free rides are a minor follow-up, the travel
  // site's lead a retelling of Saturday's crash.
  headline: ["reopened", "reopens"],
  summary: {
    holds: ["reopened"],
    never: ["cannot run Victorian machines", "should set up a fund", "hoped to reopen the railway on Wednesday"],
  },
  order: [
    "Four passengers were hurt when a car",
    "found a worn brake cable on Monday",
    "reopened on Wednesday morning",
  ],
  supersession: {
    apart: [
      ["has been closed", "reopened on Wednesday morning"],
      ["hoped to reopen the railway on Wednesday", "reopened on Wednesday morning"],
    ],
    current: ["found a worn brake cable on Monday", "have all been sent home from hospital"],
  },
};
