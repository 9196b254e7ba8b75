import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * The lead's held-out batch H (session 25, 2026-12-06): texts and expectations written before any run, kept
 * outside the repository while they were unfitted and added here after (the rules its first run showed
 * missing were written from it, so it is fitted now).
 * A British football club docked points for breaking spending rules, then cut on appeal, March 2037
 * (Monday 9 to Friday 20).
 */
const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "pd/1",
    externalId: "p1",
    source: "Sports Desk",
    url: "https://sportsdesk.example/football/castlebridge-docked-12-points",
    publishedAt: "2037-03-09T17:00:00Z",
    title: "Castlebridge United docked 12 points for breaking spending rules",
    originalText: [
      "Castlebridge United have been deducted 12 points with immediate effect after an independent commission found they breached the league's financial rules.",
      "The Premier League had asked the commission for a 15-point deduction.",
      "The penalty drops Castlebridge from 14th to 19th in the table, two points from safety.",
      "The commission found the club's losses over three seasons were £118m.",
      'Chairman Peter Oduya said the club was "shocked and deeply disappointed" by the decision.',
    ].join("\n"),
  },
  {
    input: "pd/2",
    externalId: "p2",
    source: "Castlebridge Chronicle",
    url: "https://castlebridgechronicle.example/sport/fans-march-points-penalty",
    publishedAt: "2037-03-10T12:00:00Z",
    title: "Fury as United fans march over points penalty",
    originalText: [
      "About 3,000 supporters marched from the town hall to Riverside Park last night in protest at the points deduction.",
      "Chairman Peter Oduya confirmed yesterday the club will appeal.",
      '"We will fight this with everything we have," Oduya told the crowd.',
      "The club's losses over the three seasons were put at £116m by the commission.",
      "Owner Harlan Marsh, who paid £140m for the club in 2031, did not attend.",
      "Castlebridge were last relegated from the top flight in 2011.",
    ].join("\n"),
  },
  {
    input: "pd/3",
    externalId: "p3",
    source: "The Ledger",
    url: "https://theledger.example/sport/football/castlebridge-appeal-date",
    publishedAt: "2037-03-11T07:00:00Z",
    title: "Castlebridge appeal against points deduction to be heard next week",
    originalText: [
      "Castlebridge United's appeal against their 12-point deduction will be heard on March 19, the league confirmed on Tuesday.",
      "Around 2,500 fans took part in Monday night's march.",
      "Manager Lena Sørensen said: “The players cannot control what happens in a courtroom. They can control Saturday.”",
      "The club employs 420 staff at the stadium and training ground.",
      "Castlebridge play Millbrook Rovers at home on Saturday.",
    ].join("\n"),
  },
  {
    input: "pd/4",
    externalId: "p4",
    source: "Football Finance Weekly",
    url: "https://footballfinanceweekly.example/clubs/castlebridge-owe-owner-64m",
    publishedAt: "2037-03-12T10:00:00Z",
    title: "Castlebridge owe £64m to owner, accounts show",
    originalText: [
      "Castlebridge United owe £64m to their owner, Harlan Marsh, according to accounts filed on Wednesday.",
      "Marsh bought the club in 2031 for £150m.",
      "The club's wage bill rose to £92m in the year to June 2036, from £81m a year earlier.",
      "“The accounts show a club living well beyond its means,” said Kieran Doyle, a football finance lecturer at the University of Salford.",
    ].join("\n"),
  },
  {
    input: "pd/5",
    externalId: "p5",
    source: "Northern Broadcaster",
    url: "https://northernbroadcaster.example/sport/castlebridge-deduction-cut",
    publishedAt: "2037-03-20T14:00:00Z",
    title: "Castlebridge United's points deduction cut to six on appeal",
    originalText: [
      "An appeal board ruled on Friday that Castlebridge United's 12-point deduction should be cut to six points.",
      "The ruling lifts the club from 19th to 16th, four points clear of the relegation zone.",
      "The board said the original commission had given too little weight to the club's co-operation.",
      "Peter Oduya, the club's chairman, called it “a fair outcome after a difficult month.”",
      "The Premier League said it was considering whether to challenge the decision.",
    ].join("\n"),
  },
];

export function pointsDeductionArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

export const POINTS_DEDUCTION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "shocked and deeply disappointed", speaker: "Peter Oduya", partial: true },
    { text: "We will fight this with everything we have", speaker: "Peter Oduya" },
    {
      text: "The players cannot control what happens in a courtroom. They can control Saturday.",
      speaker: "Lena Sørensen",
    },
    { text: "The accounts show a club living well beyond its means", speaker: "Kieran Doyle" },
    { text: "a fair outcome after a difficult month", speaker: "Peter Oduya", partial: true },
  ],
  timeline: [
    { text: "have been deducted 12 points with immediate effect", dates: ["2037-03-09"] },
    { text: "marched from the town hall to Riverside Park last night", dates: ["2037-03-09"] },
    { text: "confirmed yesterday the club will appeal", dates: ["2037-03-09"] },
    { text: "will be heard on March 19, the league confirmed on Tuesday", dates: ["2037-03-10", "2037-03-19"] },
    { text: "according to accounts filed on Wednesday", dates: ["2037-03-11"] },
    { text: "An appeal board ruled on Friday", dates: ["2037-03-20"] },
  ],
  neverDated: [
    { text: "Castlebridge were last relegated from the top flight in 2011", date: "2037" },
    { text: "Marsh bought the club in 2031 for £150m", date: "2037" },
  ],
  disagreements: [
    { values: ["118", "116"], outlets: ["Sports Desk", "Castlebridge Chronicle"] },
    { values: ["3,000", "2,500"], outlets: ["Castlebridge Chronicle", "The Ledger"] },
    { values: ["140", "150"], outlets: ["Castlebridge Chronicle", "Football Finance Weekly"] },
  ],
  notDisagreements: [
    ["15", "12"],
    ["12", "six"],
    ["14th", "19th"],
    ["19th", "16th"],
    ["two", "four"],
    ["92", "81"],
    ["64", "118"],
    ["64", "116"],
    ["150", "118"],
    ["140", "116"],
    ["420", "3,000"],
    ["420", "2,500"],
    ["2011", "2031"],
    ["64", "140"],
    ["64", "150"],
    ["15", "six"],
  ],
  corroboration: [{ text: "should be cut to six points", outlets: 1 }],
  headline: ["six"],
  summary: { holds: ["six"], never: [] },
  supersession: {
    apart: [
      ["have been deducted 12 points with immediate effect", "should be cut to six points"],
      ["drops Castlebridge from 14th to 19th", "lifts the club from 19th to 16th"],
      ["confirmed yesterday the club will appeal", "should be cut to six points"],
      ["will be heard on March 19", "should be cut to six points"],
    ],
    current: ["owe £64m to their owner", "was considering whether to challenge the decision"],
  },
};
