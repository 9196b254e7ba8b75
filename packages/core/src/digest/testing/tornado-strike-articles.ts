import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * The lead's held-out batch I (session 25, 2026-12-06): texts and expectations written before any run, kept
 * outside the repository while they were unfitted and added here in session 26 (2026-12-07), after rules
 * were written from its misses (so it is fitted now).
 * A tornado hits a small Oklahoma town, April 2038 (Sunday 25 to Friday 30).
 */
const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tn/1",
    externalId: "t1",
    source: "National Press Service",
    url: "https://nationalpressservice.example/us/oklahoma-tornado-redbud",
    publishedAt: "2038-04-26T10:00:00Z",
    title: "Tornado tears through Oklahoma town, killing 4",
    originalText: [
      "REDBUD, Okla. (NPS) — A tornado tore through the small town of Redbud late Sunday, killing at least four people and destroying dozens of homes.",
      "Kiowa County Sheriff Dale Moody said 23 people had been taken to hospitals.",
      "“It looks like a bomb went off,” Moody said.",
      "Redbud, a town of about 2,100 people, lies 90 miles southwest of Oklahoma City.",
    ].join("\n"),
  },
  {
    input: "tn/2",
    externalId: "t2",
    source: "Oklahoma Daily Star",
    url: "https://oklahomadailystar.example/news/redbud-tornado-ef3-toll-six",
    publishedAt: "2038-04-26T23:00:00Z",
    title: "Redbud tornado rated EF3; death toll rises to 6",
    originalText: [
      "The death toll from Sunday night's tornado in Redbud rose to six on Monday, as crews searched the rubble of flattened homes.",
      "The National Weather Service rated the tornado an EF3, with peak winds of 150 mph.",
      "Hospitals in Altus and Lawton treated 31 people injured in the storm, hospital officials said.",
      "The storm damaged or destroyed 140 homes, the county's emergency manager, Lisa Carver, said.",
      "Gov. Ray Dunning declared a state of emergency for Kiowa County on Monday.",
      "Carver said that “the damage is as bad as anything I have seen in 30 years.”",
    ].join("\n"),
  },
  {
    input: "tn/3",
    externalId: "t3",
    source: "StormWatch Network",
    url: "https://stormwatch.example/news/redbud-tornado-survey-path",
    publishedAt: "2038-04-27T21:00:00Z",
    title: "Survey: Redbud tornado carved 22-mile path",
    originalText: [
      "A National Weather Service survey team said Tuesday that the Redbud tornado carved a 22-mile path.",
      "The weather service now estimates peak winds at 160 mph.",
      "It was the deadliest tornado in Oklahoma since 2013, when an EF5 killed 24 people in Moore.",
      "“We’re going to rebuild, every single house,” said Mayor Tom Hatcher, 58.",
    ].join("\n"),
  },
  {
    input: "tn/4",
    externalId: "t4",
    source: "Redbud Register",
    url: "https://redbudregister.example/2038/04/28/damage-survey-152-homes",
    publishedAt: "2038-04-28T17:00:00Z",
    title: "Redbud counts the cost: 152 homes damaged, survey says",
    originalText: [
      "The county's damage survey, completed on Tuesday, found 152 homes damaged or destroyed.",
      "The weather service survey found the tornado was on the ground for 19 miles.",
      "The dead ranged in age from 3 to 81.",
      "Mayor Tom Hatcher, 61, said the town's only grocery store was among the buildings lost.",
      "A fundraiser set up by Redbud Baptist Church had raised $310,000 by Wednesday morning.",
    ].join("\n"),
  },
  {
    input: "tn/5",
    externalId: "t5",
    source: "KOKC News 9",
    url: "https://kokc9.example/news/redbud-federal-disaster-declaration",
    publishedAt: "2038-04-30T22:00:00Z",
    title: "Federal disaster declaration approved for Redbud tornado",
    originalText: [
      "The White House approved a major disaster declaration for Kiowa County on Friday, freeing federal money for rebuilding.",
      "The death toll stands at seven after a woman injured in the storm died on Thursday.",
      "About 2,000 people live in Redbud.",
      "The fundraiser has now passed $500,000.",
      "“FEMA teams will be in Redbud by Monday,” said Sen. Karen Holt.",
    ].join("\n"),
  },
];

export function tornadoStrikeArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

export const TORNADO_STRIKE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It looks like a bomb went off", speaker: "Dale Moody" },
    { text: "the damage is as bad as anything I have seen in 30 years", speaker: "Lisa Carver", partial: true },
    { text: "We’re going to rebuild, every single house", speaker: "Tom Hatcher" },
    { text: "FEMA teams will be in Redbud by Monday", speaker: "Karen Holt" },
  ],
  timeline: [
    { text: "A tornado tore through the small town of Redbud late Sunday", dates: ["2038-04-25"] },
    { text: "rose to six on Monday", dates: ["2038-04-26"] },
    { text: "declared a state of emergency for Kiowa County on Monday", dates: ["2038-04-26"] },
    { text: "survey team said Tuesday", dates: ["2038-04-27"] },
    { text: "completed on Tuesday, found 152 homes", dates: ["2038-04-27"] },
    { text: "approved a major disaster declaration for Kiowa County on Friday", dates: ["2038-04-30"] },
    { text: "after a woman injured in the storm died on Thursday", dates: ["2038-04-29", "2038-04-30"] },
  ],
  neverDated: [{ text: "deadliest tornado in Oklahoma since 2013", date: "2013" }],
  disagreements: [
    { values: ["22", "19"], outlets: ["StormWatch Network", "Redbud Register"] },
    { values: ["58", "61"], outlets: ["StormWatch Network", "Redbud Register"] },
    { values: ["23", "31"], outlets: ["National Press Service", "Oklahoma Daily Star"] },
  ],
  notDisagreements: [
    ["four", "six"],
    ["six", "seven"],
    ["four", "seven"],
    ["150", "160"],
    ["140", "152"],
    ["24", "six"],
    ["24", "seven"],
    ["2,100", "2,000"],
    ["310,000", "500,000"],
    ["3", "81"],
    ["90", "22"],
    ["90", "19"],
    ["23", "six"],
    ["31", "six"],
    ["23", "seven"],
    ["31", "seven"],
    ["24", "four"],
  ],
  corroboration: [{ text: "approved a major disaster declaration", outlets: 1 }],
  headline: ["disaster declaration", "seven"],
  summary: { holds: ["seven"], never: [] },
  supersession: {
    apart: [
      ["killing at least four people", "The death toll stands at seven"],
      ["rose to six on Monday", "The death toll stands at seven"],
      ["damaged or destroyed 140 homes", "found 152 homes damaged or destroyed"],
      ["had raised $310,000", "has now passed $500,000"],
      ["with peak winds of 150 mph", "now estimates peak winds at 160 mph"],
    ],
    current: ["declared a state of emergency for Kiowa County", "approved a major disaster declaration"],
  },
};
