/**
 * Held-out batch V (lead session 33, 2026-12-07), written by heldout24 before any run; scored unfitted, then added to the bench at the session's end.
 * A distribution warehouse roof in Minnesota caves in under heavy snow, Monday 23 to Saturday 28 January 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "wr/1",
    externalId: "w1",
    source: "Great Lakes News Service",
    url: "https://greatlakesnewsservice.example/minnesota/warehouse-roof-collapse-snow",
    publishedAt: "2045-01-23T19:00:00Z",
    title: "Warehouse roof collapses under snow in Minnesota; 3 hurt",
    originalText: [
      "MAPLE FALLS, Minn. (GLNS) — Part of the roof of a grocery distribution warehouse collapsed under heavy snow Monday morning, injuring three workers, police said.",
      "About 60 workers were inside the Northstar Foods building when a 200-foot section of roof gave way at about 6:45 a.m.",
      "The area had 30 inches of snow over the weekend, the National Weather Service said.",
      "“It sounded like a freight train coming through the ceiling,” said forklift driver Dale Hurtig.",
      "The warehouse, which opened in 1996, supplies about 140 supermarkets in three states.",
      "A snow-load collapse at a Wisconsin tire depot in 2038 killed two workers.",
    ].join("\n"),
  },
  {
    input: "wr/2",
    externalId: "w2",
    source: "Twin Rivers Tribune",
    url: "https://twinriverstribune.example/region/northstar-warehouse-roof-caves-in",
    publishedAt: "2045-01-23T23:30:00Z",
    title: "Northstar warehouse roof caves in under snow; three workers hurt",
    originalText: [
      "Three workers were hurt when heavy snow brought down part of the roof of a grocery distribution warehouse in Maple Falls on Monday morning, according to police.",
      "A 200-foot section of the Northstar Foods roof fell in at about 6:45 a.m., with about 60 workers inside.",
      "The National Weather Service said 30 inches of snow fell on the area over the weekend.",
      "Forklift driver Dale Hurtig said: “It sounded like a freight train coming through the ceiling.”",
      "The warehouse opened in 1996 and serves about 140 supermarkets across three states.",
    ].join("\n"),
  },
  {
    input: "wr/3",
    externalId: "w3",
    source: "KMFL 7 News",
    url: "https://kmfl7news.example/news/northstar-roof-collapse-worker-critical",
    publishedAt: "2045-01-24T15:00:00Z",
    title: "Worker critical, 85 got out of Northstar warehouse",
    originalText: [
      "Five people are now known to have been hurt in Monday's roof collapse at the Northstar Foods warehouse, fire officials said Tuesday.",
      "Fire officials had said on Monday that four people were hurt.",
      "Eighty-five employees were on the early shift and all got out, the company said.",
      "A 52-year-old forklift driver pinned under a steel beam remains in critical condition at Hennepin Valley Medical Center.",
      "Roughly 300 feet of the roof came down over the loading bays, Fire Chief Ana Ruiz said.",
      "Forecasters had predicted 18 to 24 inches for the weekend.",
      "The warehouse will be closed for at least a month, and Northstar is trucking orders from its Fargo depot, 240 miles away.",
    ].join("\n"),
  },
  {
    input: "wr/4",
    externalId: "w4",
    source: "The Daily Scoop",
    url: "https://dailyscoop.example/news/warehouse-roof-warnings-ignored",
    title: "ROOF OF DEATH? Workers 'begged bosses' to clear snow",
    originalText: [
      "Warehouse workers say they begged bosses to clear snow off the roof days before it caved in.",
      "“We told them on Friday the beams were creaking,” one worker said.",
      "Injured driver Tom Reinholt, 49, is a father of three.",
      "The damage is likely to top $12 million, a company source said.",
    ].join("\n"),
  },
  {
    input: "wr/5",
    externalId: "w5",
    source: "Logistics Facilities Review",
    url: "https://logisticsfacilitiesreview.example/safety/northstar-maple-falls-roof-failure",
    publishedAt: "2045-01-26T14:00:00Z",
    title: "Northstar roof was designed for 30 pounds per square foot",
    originalText: [
      "The roof of the 420,000-square-foot Northstar warehouse was designed to carry 30 pounds of snow per square foot, building records show.",
      "Engineers estimate the drifted snow over the loading bays weighed about 45 pounds per square foot.",
      "Northstar said on Wednesday it had not hired crews to clear the roof before the storm.",
      "Insurers put the damage to the building and stock at 18 million dollars.",
      "According to structural engineer Lisa Mbeki, “flat roofs next to a taller wall collect drifts twice as deep.”",
      "The state's building code was last updated in 2041.",
    ].join("\n"),
  },
  {
    input: "wr/6",
    externalId: "w6",
    source: "Great Lakes News Service",
    url: "https://greatlakesnewsservice.example/minnesota/osha-northstar-roof-inquiry",
    publishedAt: "2045-01-28T18:00:00Z",
    title: "OSHA opens inquiry into Northstar warehouse roof collapse",
    originalText: [
      "MAPLE FALLS, Minn. (GLNS) — Federal safety regulators on Saturday opened an investigation into the roof collapse at the Northstar Foods warehouse.",
      "Tom Reinholt, the forklift driver who was pinned under a beam, was moved out of intensive care Thursday and is in fair condition.",
      "The roof fell in last Monday with about 60 people inside, police said.",
      "Northstar said it will pay its 410 warehouse workers in full while the building is closed.",
      "The Teamsters local wants workers paid for eight weeks; the company has committed to four.",
      "“No one should go to work under a roof they're afraid of,” union steward Carla Fenn said.",
    ].join("\n"),
  },
];

export function warehouseSnowRoofCollapseArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. Minnesota is UTC-6 in January. The roof falls on
 * Monday 23 January; "over the weekend" is the 21st-22nd; "Monday's roof collapse" and "Tuesday" in
 * Tuesday's TV story are the 23rd and 24th; "on Friday" in the undated tabloid story would be the 20th
 * if anything; "on Wednesday" in Thursday's trade story is the 25th; "on Saturday" in Saturday's wire is
 * the 28th, "Thursday" there the 26th and "last Monday" the 23rd. The Twin Rivers Tribune's story is a
 * syndicated rewrite of the wire's first.
 */
export const WAREHOUSE_SNOW_ROOF_COLLAPSE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It sounded like a freight train coming through the ceiling", speaker: "Dale Hurtig" },
    { text: "We told them on Friday the beams were creaking", speaker: "one worker" },
    // Opening in lower case after "According to …,": partial by the house rule.
    {
      text: "flat roofs next to a taller wall collect drifts twice as deep",
      speaker: "Lisa Mbeki",
      partial: true,
    },
    { text: "No one should go to work under a roof they're afraid of", speaker: "Carla Fenn" },
  ],
  timeline: [
    { text: "collapsed under heavy snow Monday morning, injuring three workers", dates: ["2045-01-23"] },
    {
      text: "brought down part of the roof of a grocery distribution warehouse in Maple Falls on Monday morning",
      dates: ["2045-01-23"],
    },
    { text: "The area had 30 inches of snow over the weekend", dates: ["2045-01-21", "2045-01-22", null] },
    {
      text: "Five people are now known to have been hurt in Monday's roof collapse",
      dates: ["2045-01-24", "2045-01-23"],
    },
    { text: "We told them on Friday the beams were creaking", dates: [null, "2045-01-20"] },
    { text: "Fire officials had said on Monday that four people were hurt", dates: ["2045-01-23"] },
    { text: "Northstar said on Wednesday it had not hired crews to clear the roof", dates: ["2045-01-25"] },
    { text: "Federal safety regulators on Saturday opened an investigation", dates: ["2045-01-28"] },
    { text: "was moved out of intensive care Thursday and is in fair condition", dates: ["2045-01-26"] },
    { text: "The roof fell in last Monday with about 60 people inside", dates: ["2045-01-23"] },
  ],
  neverDated: [
    { text: "The warehouse, which opened in 1996", date: "1996" },
    { text: "The warehouse opened in 1996", date: "1996" },
    { text: "A snow-load collapse at a Wisconsin tire depot in 2038 killed two workers", date: "2038" },
    { text: "The state's building code was last updated in 2041", date: "2041" },
    // "Last Monday" in a Saturday story is the Monday gone, not the one to come.
    { text: "The roof fell in last Monday with about 60 people inside", date: "2045-01-30", exact: true },
    { text: "Northstar said on Wednesday it had not hired crews", date: "2045-02-01", exact: true },
  ],
  disagreements: [
    // Workers inside: "About 60 workers were inside" (the wire; its rewrite once) against "Eighty-five employees".
    { values: ["60", "Eighty-five"], outlets: ["Great Lakes News Service", "KMFL 7 News"] },
    // The length of roof that fell: "a 200-foot section" against "Roughly 300 feet of the roof".
    { values: ["200", "300"], outlets: ["Great Lakes News Service", "KMFL 7 News"] },
    // The pinned driver's age: "A 52-year-old forklift driver" against "Tom Reinholt, 49,".
    { values: ["52", "49"], outlets: ["KMFL 7 News", "The Daily Scoop"] },
    // The damage: "$12 million" against "18 million dollars".
    { values: ["12", "18"], outlets: ["The Daily Scoop", "Logistics Facilities Review"] },
  ],
  notDisagreements: [
    // The injured as the count grew.
    ["three", "Five"],
    // A forecast range against the snow that fell.
    ["18 to 24 inches", "30"],
    // Design load against the load that came.
    ["30", "45"],
    // All warehouse workers against those inside.
    ["410", "60"],
    ["410", "Eighty-five"],
    // A demand against an offer.
    ["eight", "four"],
    // Supermarkets and states; a depot's distance.
    ["140", "three"],
    ["240", "300"],
    // A 2038 precedent.
    ["two", "three"],
    // The building's floor area against the fallen section.
    ["420,000", "200"],
    // The injured as fire officials counted them on Monday, then on Tuesday; the police's first count.
    ["four", "Five"],
    ["three", "four"],
    // Workers against supermarkets; an age against the workers inside.
    ["410", "140"],
    ["52", "60"],
    // Snow depth against the roof section.
    ["30", "200"],
  ],
  corroboration: [
    // The wire and its rewrite: once.
    { text: "The area had 30 inches of snow over the weekend", outlets: 1 },
    // The wire (its rewrite once), the TV story's "Monday's roof collapse at the Northstar Foods warehouse"
    // and the tabloid's "days before it caved in".
    {
      text: "Part of the roof of a grocery distribution warehouse collapsed under heavy snow Monday morning",
      outlets: 3,
    },
    // The TV story and the wire's Saturday story ("pinned under a beam").
    { text: "A 52-year-old forklift driver pinned under a steel beam", outlets: 2 },
  ],
  headline: ["investigation", "regulators"],
  summary: {
    holds: ["investigation", "Reinholt"],
    never: ["injuring three workers", "remains in critical condition"],
  },
  sameEntry: [["collapsed under heavy snow Monday morning, injuring three workers", "The roof fell in last Monday"]],
  order: [
    "The area had 30 inches of snow over the weekend",
    "collapsed under heavy snow Monday morning, injuring three workers",
    "Northstar said on Wednesday it had not hired crews to clear the roof",
    "was moved out of intensive care Thursday and is in fair condition",
    "Federal safety regulators on Saturday opened an investigation",
  ],
  supersession: {
    apart: [
      ["injuring three workers", "Five people are now known to have been hurt"],
      ["remains in critical condition", "was moved out of intensive care Thursday and is in fair condition"],
    ],
    current: [
      "The warehouse will be closed for at least a month",
      "Northstar said it will pay its 410 warehouse workers in full",
      "was designed to carry 30 pounds of snow per square foot",
    ],
  },
};
