import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of staleness by latest12 (2026-12-07, texts and expectations
 * written before running any code on them): five articles from four British outlets on faulty lift
 * brackets, from Monday 19 to Friday 23 May 2031. An order to check about 600 lifts is widened to
 * about 1,050; lifts that remain out of service return to service; a list to be published on
 * Wednesday is published; a decision due on Friday is taken; a running total of inspections "by
 * Thursday evening" is overtaken by Friday's. What stays: the fall and its four injured, the years
 * the brackets were fitted, Monday's inspections told with their own day, the rule that cracked lifts
 * stay out of use, the replacement deadline announced with the decision. First run (before any fix):
 * quotes 4/4, timeline 4/4, headline right, summary 1/1 and 0 unwanted, supersession 4/5 pairs apart
 * (the order's first scope of about 600 lifts beside the widened 1,050 at 250 words) and 5/6 current
 * kept (Monday's 140 inspections left out as outdated by later totals), 0 stale lines alone; and a
 * mis-written neverDated expectation (see below). Test support only.
 */
const LIFT_BRACKET_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "lift/1",
    externalId: "l1",
    source: "Construction Weekly",
    url: "https://constructionweekly.example/news/hse-orders-lift-checks",
    publishedAt: "2031-05-19T11:00:00Z",
    title: "Regulator orders checks on lifts after Bristol fall",
    originalText: [
      "The Health and Safety Executive has ordered urgent checks on about 600 passenger lifts fitted with guide-rail brackets made by Corvane Engineering, after a lift car dropped two floors at a Bristol office block on Saturday.",
      "Four people were hurt in the fall at Castlemead House, none of them seriously.",
      "The brackets were fitted between 2018 and 2022, the regulator said.",
      "The lifts at Castlemead House remain out of service while investigators examine the car.",
      "“Owners must not wait for an inspection before taking action,” said Helen Marsh, the HSE's head of engineering.",
    ].join("\n"),
  },
  {
    input: "lift/2",
    externalId: "l2",
    source: "Northern Broadcasting",
    url: "https://northernbroadcasting.example/news/cracked-lift-brackets-found",
    publishedAt: "2031-05-20T14:00:00Z",
    title: "Cracked brackets found in 11 lifts on first day of checks",
    originalText: [
      "Engineers inspected 140 lifts on Monday and found cracked brackets in 11 of them, the regulator said on Tuesday.",
      "Corvane Engineering said it would publish a list of the affected buildings on Wednesday.",
      "Several lift maintenance firms said they had postponed routine servicing to meet the demand.",
      "“We are cooperating fully with the regulator,” said Alan Petrie, Corvane's managing director.",
    ].join("\n"),
  },
  {
    input: "lift/3",
    externalId: "l3",
    source: "The Courier",
    url: "https://thecourier.example/uk/lift-checks-widened",
    publishedAt: "2031-05-21T21:00:00Z",
    title: "Lift checks widened after second batch of brackets comes to light",
    originalText: [
      "The HSE widened its order on Wednesday to cover about 1,050 lifts, after Corvane disclosed that a second batch of brackets had been sold through a distributor.",
      "Corvane published a list of 412 affected buildings on Wednesday, among them three hospitals.",
      "Lifts found with cracked brackets must stay out of use until the parts are replaced.",
      "“We should have been told about the second batch on day one,” said Ms Marsh.",
    ].join("\n"),
  },
  {
    input: "lift/4",
    externalId: "l4",
    source: "National Press Wire",
    url: "https://nationalpresswire.example/castlemead-lifts-back-in-service",
    publishedAt: "2031-05-22T19:00:00Z",
    title: "Castlemead House lifts back in service",
    originalText: [
      "The lifts at Castlemead House returned to service on Thursday after their brackets were replaced, the building's managers said.",
      "By Thursday evening engineers had inspected 610 lifts and found cracked brackets in 37, the HSE said.",
      "The regulator will decide on Friday whether to order the brackets replaced in every lift.",
    ].join("\n"),
  },
  {
    input: "lift/5",
    externalId: "l5",
    source: "The Courier",
    url: "https://thecourier.example/uk/all-corvane-brackets-to-be-replaced",
    publishedAt: "2031-05-23T18:00:00Z",
    title: "All Corvane lift brackets to be replaced, regulator rules",
    originalText: [
      "The HSE ordered on Friday that the Corvane brackets be replaced in all 1,050 lifts by the end of August.",
      "In all, 880 lifts had been inspected by Friday, and cracked brackets were found in 49 of them.",
      "Corvane said it would meet the cost of the replacement parts.",
      "“This is the only way to be sure,” said Ms Marsh.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function liftBracketChecksArticles(): Article[] {
  return linkNearDuplicates(LIFT_BRACKET_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by latest12 (2026-12-07), before running any code on them. No real
 * disagreement: about 600 lifts then about 1,050; 140 inspected on Monday, 610 by Thursday, 880 by
 * Friday; 11, 37 and 49 cracked at those times.
 */
export const LIFT_BRACKET_CHECKS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Owners must not wait for an inspection before taking action", speaker: "Helen Marsh" },
    { text: "We are cooperating fully with the regulator", speaker: "Alan Petrie" },
    { text: "We should have been told about the second batch on day one", speaker: "Helen Marsh" },
    { text: "This is the only way to be sure", speaker: "Helen Marsh" },
  ],
  timeline: [
    { text: "Engineers inspected 140 lifts on Monday", dates: ["2031-05-19"] },
    { text: "widened its order on Wednesday to cover about 1,050 lifts", dates: ["2031-05-21"] },
    { text: "returned to service on Thursday", dates: ["2031-05-22"] },
    { text: "ordered on Friday that the Corvane brackets be replaced", dates: ["2031-05-23"] },
  ],
  // Corrected after the first run: written as "2031", which forbade the report's own day; the fitting
  // years may date the sentence, so there is nothing it must never get.
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["600", "1,050"],
    ["140", "610"],
    ["610", "880"],
    ["11", "37"],
    ["37", "49"],
  ],
  corroboration: [{ text: "Corvane published a list of 412 affected buildings", outlets: 1 }],
  headline: ["replaced", "replace"],
  summary: {
    holds: ["1,050"],
    never: ["about 600 passenger lifts", "remain out of service while investigators", "will decide on Friday"],
  },
  supersession: {
    apart: [
      // A scope widened by a later order.
      ["checks on about 600 passenger lifts", "widened its order on Wednesday to cover about 1,050"],
      // A state that ended.
      ["remain out of service while investigators examine", "returned to service on Thursday"],
      // A list and a decision to come, then made.
      ["would publish a list of the affected buildings on Wednesday", "published a list of 412 affected buildings"],
      ["will decide on Friday whether to order", "ordered on Friday that the Corvane brackets be replaced"],
      // A running total to a day, then the later one.
      ["By Thursday evening engineers had inspected 610 lifts", "In all, 880 lifts had been inspected by Friday"],
    ],
    current: [
      "Four people were hurt in the fall",
      "fitted between 2018 and 2022",
      "Engineers inspected 140 lifts on Monday",
      "must stay out of use until the parts are replaced",
      "by the end of August",
      "In all, 880 lifts had been inspected by Friday",
    ],
  },
};
