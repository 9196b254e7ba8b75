import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline23, 2026-12-06, before running any code on
 * it): six articles from five outlets on a red extreme heat warning in England, issued on Thursday 15
 * July 2027 for Sunday and Monday, extended to Tuesday on the Saturday night and lifted on the Tuesday
 * evening. A US-style wire on the Thursday ("on Tuesday" two days back, "from Sunday"), a British
 * daily on the Friday evening, a Sunday paper ("yesterday", "said last night", "On Thursday" in the
 * week just ending), a British wire stamped 00:30 UTC on the Tuesday ("last night", "Earlier on
 * Monday", "Last week"), an undated explainer, and the wire on the Wednesday ("on Tuesday evening",
 * "on Monday", "next month"). Traps: a planned end that moved ("which had been due to end on Monday
 * night"), the record's date in a relative clause ("set at Coningsby … on July 19, 2022", a July 19
 * that is also this heatwave's Monday), background years inside sentences about the news ("since
 * 2022", "since 1976", a year in a quote). Test support only.
 */
const HEATWAVE_WARNING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "heat/1",
    externalId: "h1",
    source: "Reuters",
    url: "https://reuters.example/world/uk/britain-red-heat-warning",
    publishedAt: "2027-07-15T14:20:00Z",
    title: "UK issues red extreme heat warning as temperatures set to hit 39C",
    originalText: [
      "LONDON, July 15 (Reuters) - Britain's Met Office on Thursday issued its first red extreme heat warning since 2022, saying temperatures could reach 39 degrees Celsius in parts of southern England.",
      "The warning runs from Sunday until midnight on Monday.",
      "The record of 40.3C, set at Coningsby in Lincolnshire on July 19, 2022, could be threatened, forecasters said.",
      "The UK Health Security Agency raised its heat-health alert to amber on Tuesday.",
      "Reporting by Kate Holden; Editing by Mark Potter",
    ].join("\n"),
  },
  {
    input: "heat/2",
    externalId: "h2",
    source: "The Daily Courier",
    url: "https://dailycourier.example/uk/heatwave-trains-speed-limits",
    publishedAt: "2027-07-16T21:30:00Z",
    title: "Trains slowed and schools on alert as red heat warning looms",
    originalText: [
      "Network Rail said on Friday it would impose speed restrictions on lines across the south of England on Sunday and Monday.",
      "The heatwave follows the driest spring in England since 1976, and a hosepipe ban imposed by Southern Water in May is still in force.",
      "“People think of heat as a nice day out, but in 2022 it killed nearly 3,000 people in England,” said Dr Amira Shah, a consultant at the UKHSA.",
      "Head teachers have been told they may close schools early if classrooms become too hot.",
    ].join("\n"),
  },
  {
    input: "heat/3",
    externalId: "h3",
    source: "The Sunday Courier",
    url: "https://sundaycourier.example/uk/heat-warning-extended-tuesday",
    publishedAt: "2027-07-18T05:00:00Z",
    title: "Red heat warning extended to Tuesday as Heathrow hits 34C",
    originalText: [
      "Temperatures reached 34.2C at Heathrow yesterday, the hottest day of the year so far.",
      "The Met Office said last night that the red warning, which had been due to end on Monday night, would be extended until Tuesday evening.",
      "On Thursday, the government's Cobra committee met to discuss the heat.",
      "Water companies have asked customers to use no more water than they need.",
    ].join("\n"),
  },
  {
    input: "heat/4",
    externalId: "h4",
    source: "Press Association",
    url: "https://pressassociation.example/news/hackney-marshes-fire-homes-evacuated",
    publishedAt: "2027-07-20T00:30:00Z",
    title: "Homes evacuated as grass fire spreads on Hackney Marshes",
    originalText: [
      "A grass fire on Hackney Marshes forced the evacuation of 40 homes last night, the London Fire Brigade said.",
      "Earlier on Monday, the temperature reached 38.1C at Northolt in west London, provisional Met Office figures showed.",
      "Last week, the Environment Agency said reservoir levels in the south-east had fallen to 68%.",
      "“We are asking people not to have barbecues in parks,” said Assistant Commissioner Tom Reilly.",
    ].join("\n"),
  },
  {
    input: "heat/5",
    externalId: "h5",
    source: "Weather Watch",
    url: "https://weatherwatch.example/explainers/red-extreme-heat-warning",
    title: "What does a red extreme heat warning mean?",
    originalText: [
      "The Met Office introduced the extreme heat warning in 2021 and first used it at red level in July 2022.",
      "A red warning means there is a risk to life even for fit and healthy people.",
      "Warnings are usually issued no more than five days ahead.",
    ].join("\n"),
  },
  {
    input: "heat/6",
    externalId: "h6",
    source: "Reuters",
    url: "https://reuters.example/world/uk/britain-lifts-heat-warning",
    publishedAt: "2027-07-21T11:00:00Z",
    title: "Britain lifts red heat warning as cooler air arrives",
    originalText: [
      "LONDON, July 21 (Reuters) - The Met Office lifted its red warning on Tuesday evening, a day later than first planned, as cooler air moved in from the Atlantic.",
      "Temperatures peaked at 38.1C at Northolt on Monday, short of the national record.",
      "The Office for National Statistics will publish estimates of heat-related deaths next month.",
      "Reporting by Kate Holden; Editing by Alex Richardson",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function heatwaveWarningArticles(): Article[] {
  return linkNearDuplicates(HEATWAVE_WARNING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline23 (2026-12-06), before running any code on them. "On
 * Tuesday" in a Thursday wire is two days back; "yesterday" and "last night" in a Sunday paper are the
 * Saturday; "On Thursday" in a Sunday paper is three days back; "last night" at 00:30 UTC on a Tuesday
 * is Monday night; "Last week" in a Tuesday paper is the week before (by its Monday, or any day of it);
 * "next month" in July is August. A plan is told at its day; the warning's extension, told on the
 * Saturday night, may be dated then or at its new end.
 */
export const HEATWAVE_WARNING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "People think of heat as a nice day out", speaker: "Amira Shah" },
    { text: "We are asking people not to have barbecues in parks", speaker: "Tom Reilly" },
  ],
  timeline: [
    { text: "Britain's Met Office on Thursday issued its first red extreme heat warning", dates: ["2027-07-15"] },
    { text: "The warning runs from Sunday until midnight on Monday", dates: ["2027-07-18"] },
    { text: "raised its heat-health alert to amber on Tuesday", dates: ["2027-07-13"] },
    { text: "Network Rail said on Friday it would impose speed restrictions", dates: ["2027-07-16", "2027-07-18"] },
    { text: "Temperatures reached 34.2C at Heathrow yesterday", dates: ["2027-07-17"] },
    {
      text: "The Met Office said last night that the red warning, which had been due to end",
      dates: ["2027-07-17", "2027-07-20"],
    },
    { text: "On Thursday, the government's Cobra committee met", dates: ["2027-07-15"] },
    { text: "forced the evacuation of 40 homes last night", dates: ["2027-07-19"] },
    { text: "Earlier on Monday, the temperature reached 38.1C at Northolt", dates: ["2027-07-19"] },
    {
      text: "Last week, the Environment Agency said reservoir levels",
      dates: ["2027-07-12", "2027-07-13", "2027-07-14", "2027-07-15", "2027-07-16", "2027-07-17", "2027-07-18"],
    },
    { text: "The Met Office lifted its red warning on Tuesday evening", dates: ["2027-07-20"] },
    { text: "Temperatures peaked at 38.1C at Northolt on Monday", dates: ["2027-07-19"] },
    { text: "will publish estimates of heat-related deaths next month", dates: ["2027-08"] },
  ],
  neverDated: [
    // Background years and the record's day inside sentences about this week.
    { text: "issued its first red extreme heat warning since 2022", date: "2022" },
    { text: "The record of 40.3C, set at Coningsby", date: "2022-07-19", exact: true },
    { text: "The record of 40.3C, set at Coningsby", date: "2027-07-19", exact: true },
    { text: "The heatwave follows the driest spring in England since 1976", date: "1976" },
    { text: "People think of heat as a nice day out", date: "2022" },
    // The warning's old end is not the day its extension was told.
    { text: "The Met Office said last night that the red warning", date: "2027-07-19", exact: true },
    // "last night" at 00:30 UTC on a Tuesday is not the Tuesday.
    { text: "forced the evacuation of 40 homes last night", date: "2027-07-20", exact: true },
    // "On Thursday" in a Sunday paper is the Thursday just gone, not the one to come.
    { text: "On Thursday, the government's Cobra committee met", date: "2027-07-22", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // A forecast, a record, the day's readings at other places and days.
    ["39", "40.3"],
    ["34.2", "38.1"],
    ["38.1", "40.3"],
    ["39", "38.1"],
  ],
  corroboration: [
    { text: "Temperatures reached 34.2C at Heathrow yesterday", outlets: 1 },
    { text: "the temperature reached 38.1C at Northolt in west London", outlets: 2 },
  ],
  headline: ["lifts", "lifted"],
  sameEntry: [
    [
      "Earlier on Monday, the temperature reached 38.1C at Northolt",
      "Temperatures peaked at 38.1C at Northolt on Monday",
    ],
  ],
  order: [
    "raised its heat-health alert to amber on Tuesday",
    "Britain's Met Office on Thursday issued its first red extreme heat warning",
    "Temperatures reached 34.2C at Heathrow yesterday",
    "Earlier on Monday, the temperature reached 38.1C at Northolt",
    "The Met Office lifted its red warning on Tuesday evening",
  ],
};
