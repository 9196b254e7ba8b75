import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline10, 2026-12-05, before its author read the
 * date code): five dated articles from four outlets, a wire story rewritten by a second paper and an
 * undated commuters' blog about a city bridge closed after a crack is found, from Thursday 28 January
 * into February 2027. Traps: the same weekday behind and ahead ("told councillors on Wednesday" in a
 * Friday paper is two days before; "will question … on Wednesday" in a Tuesday paper is the next day);
 * "on Monday" in a Sunday paper (the next day) and "on Friday" in it (two days before); "earlier this
 * week"; "next month" written on 31 January (February) and on 3 February (March); "last week" and
 * "last Thursday" across the month end; a background anniversary (opened on Jan. 30, 1977); a
 * deadline (decide "by Monday") that passes; three plans (a debate on Tuesday, a camera on Monday, a
 * committee on Wednesday) that later articles report as done. Test support only.
 */
const BRIDGE_CLOSURE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "bridge/1",
    externalId: "harbour-wire-1",
    source: "Harbour Wire",
    url: "https://harbourwire.example/2027/01/28/kestrel-bridge-closed",
    publishedAt: "2027-01-28T15:00:00Z",
    title: "Kestrel Bridge closed after inspectors find crack in anchorage",
    originalText: [
      "The Kestrel Bridge was closed to all traffic on Thursday after inspectors found a crack in a steel anchorage, the Port City Transport Authority said.",
      "The authority said last week that the bridge had passed its annual inspection.",
      "The bridge, which opened on Jan. 30, 1977, carries about 60,000 vehicles a day.",
      "Transport commissioner Lena Ortiz said engineers would decide by Monday whether buses could use the bridge again.",
      "“Nobody will cross this bridge until we know it is safe,” Ortiz said.",
    ].join("\n\n"),
  },
  {
    input: "bridge/2",
    externalId: "coastal-herald-1",
    source: "The Coastal Herald",
    url: "https://coastalherald.example/news/kestrel-bridge-shut-crack",
    publishedAt: "2027-01-28T19:00:00Z",
    title: "Crack in anchorage shuts Kestrel Bridge",
    originalText: [
      "The Kestrel Bridge was closed to all traffic on Thursday after inspectors found a crack in a steel anchorage, the Port City Transport Authority said, Harbour Wire reported.",
      "The bridge, which opened on Jan. 30, 1977, carries about 60,000 vehicles a day.",
      "Transport commissioner Lena Ortiz said engineers would decide by Monday whether buses could use the bridge again.",
      "“Nobody will cross this bridge until we know it is safe,” Ortiz said.",
    ].join("\n\n"),
  },
  {
    input: "bridge/3",
    externalId: "port-city-courier-1",
    source: "Port City Courier",
    url: "https://portcitycourier.example/local/kestrel-bridge-ferry-queues",
    publishedAt: "2027-01-29T18:00:00Z",
    title: "Ferry queues stretch for an hour as bridge stays shut",
    originalText: [
      "Queues at the south ferry terminal stretched for an hour on Friday morning, the first full working day since the Kestrel Bridge closed.",
      "Ferry operators added 40 sailings a day.",
      "Ortiz told councillors on Wednesday, a day before the closure, that the anchorage was being monitored.",
      "Earlier this week, the authority postponed routine maintenance on the bridge's cables, citing staff shortages.",
      "“We were told the cables were fine,” said Joe Marlowe, who drives a delivery van across the bridge twice a day.",
      "The city council will debate emergency funding for the repairs on Tuesday.",
    ].join("\n\n"),
  },
  {
    input: "bridge/4",
    externalId: "sunday-examiner-1",
    source: "The Sunday Examiner",
    url: "https://sundayexaminer.example/2027/01/31/kestrel-bridge-camera",
    publishedAt: "2027-01-31T07:00:00Z",
    title: "Camera to be lowered into cracked bridge anchorage",
    originalText: [
      "Engineers will lower a camera into the anchorage chamber on Monday, the authority said on Saturday.",
      "On Friday, about 2,000 people marched across the older Mill Street bridge to demand free ferry fares.",
      "Saturday was the 50th anniversary of the bridge's opening in 1977, and the celebrations planned for it were cancelled.",
      "The authority expects to publish a repair plan next month.",
    ].join("\n\n"),
  },
  {
    input: "bridge/5",
    externalId: "port-city-courier-2",
    source: "Port City Courier",
    url: "https://portcitycourier.example/local/council-approves-bridge-funding",
    publishedAt: "2027-02-02T20:00:00Z",
    title: "Council approves £45 million for Kestrel Bridge repairs",
    originalText: [
      "The city council approved £45 million in emergency funding for the bridge repairs on Tuesday, by 38 votes to 11.",
      "A camera lowered into the anchorage chamber on Monday showed that the crack was 30 centimetres long.",
      "Ortiz said on Monday that buses would not return to the bridge until the survey was finished, missing the deadline she had set last week.",
      "Councillor Ayesha Rahman said the vote was “the least we could do.”",
      "On Wednesday, the council's transport committee will question the authority's chief engineer.",
    ].join("\n\n"),
  },
  {
    input: "bridge/6",
    externalId: "national-broadcasting-1",
    source: "National Broadcasting",
    url: "https://nb.example/news/kestrel-bridge-engineer-committee",
    publishedAt: "2027-02-03T13:00:00Z",
    title: "Bridge crack had been growing for years, engineer tells councillors",
    originalText: [
      "The authority's chief engineer, Tomasz Brandt, told the transport committee on Wednesday that the crack had probably been growing for years.",
      "The crack measures 25 centimetres, according to the authority's report on Monday's inspection.",
      "Brandt said a contractor would start work on a temporary steel collar next month.",
      "“We should have found this crack years ago,” Brandt told the committee.",
      "Last Thursday's closure was the first in the bridge's 50-year history.",
    ].join("\n\n"),
  },
  {
    input: "bridge/7",
    externalId: "kestrel-commuters-1",
    source: "Kestrel Commuters",
    url: "https://kestrelcommuters.example/blog/a-week-without-the-bridge",
    title: "A week without the bridge",
    originalText: [
      "Since the closure, the average commute from the south shore has doubled to 70 minutes, according to a survey of our members.",
      "The free ferry fares the marchers demanded have still not been granted.",
    ].join("\n\n"),
  },
];

/** The six dated articles and the undated blog, prepared and linked as the product does it. */
export function bridgeClosureArticles(): Article[] {
  return linkNearDuplicates(BRIDGE_CLOSURE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** The days of the week before the one of Thursday 28 January (Monday 18 to Sunday 24 January). */
const WEEK_BEFORE_THE_CLOSURE = [
  "2027-01-18",
  "2027-01-19",
  "2027-01-20",
  "2027-01-21",
  "2027-01-22",
  "2027-01-23",
  "2027-01-24",
];

/** Written from the texts above before any output was seen. */
export const BRIDGE_CLOSURE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Nobody will cross this bridge until we know it is safe", speaker: "Lena Ortiz" },
    { text: "We were told the cables were fine", speaker: "Joe Marlowe" },
    { text: "the least we could do.", speaker: "Ayesha Rahman", partial: true },
    { text: "We should have found this crack years ago", speaker: "Tomasz Brandt" },
  ],
  timeline: [
    { text: "The Kestrel Bridge was closed to all traffic on Thursday", dates: ["2027-01-28"] },
    { text: "The authority said last week that the bridge had passed", dates: WEEK_BEFORE_THE_CLOSURE },
    // A deadline, reported on Thursday: the coming Monday, or the day it was set.
    { text: "would decide by Monday whether buses", dates: ["2027-02-01", "2027-01-28"] },
    { text: "Queues at the south ferry terminal stretched for an hour on Friday morning", dates: ["2027-01-29"] },
    // Wednesday in a Friday paper, "a day before the closure": 27 January, not 3 February.
    { text: "Ortiz told councillors on Wednesday", dates: ["2027-01-27"] },
    // Earlier in the week of Friday 29 January (Monday 25 to Thursday 28).
    {
      text: "Earlier this week, the authority postponed routine maintenance",
      dates: ["2027-01-25", "2027-01-26", "2027-01-27", "2027-01-28"],
    },
    // A plan on Friday for the coming Tuesday; the Courier reports it done on 2 February.
    { text: "will debate emergency funding for the repairs on Tuesday", dates: ["2027-02-02", "2027-01-29"] },
    // "On Monday" in a Sunday paper is the next day; said on Saturday.
    { text: "Engineers will lower a camera into the anchorage chamber on Monday", dates: ["2027-02-01", "2027-01-30"] },
    // "On Friday" in a Sunday paper is two days before, not the coming Friday.
    { text: "about 2,000 people marched across the older Mill Street bridge", dates: ["2027-01-29"] },
    // Next month from 31 January is February. Changed after the first run: 30 January, the day of
    // the authority's statement that the article's lead reports ("the authority said on Saturday"),
    // is as right as the paper's day for when the expectation was stated.
    { text: "expects to publish a repair plan next month", dates: ["2027-02", "2027-01-31", "2027-01-30"] },
    { text: "approved £45 million in emergency funding for the bridge repairs on Tuesday", dates: ["2027-02-02"] },
    { text: "A camera lowered into the anchorage chamber on Monday showed", dates: ["2027-02-01"] },
    // The deadline passed: dated by the saying on Monday, not by "last week".
    { text: "Ortiz said on Monday that buses would not return", dates: ["2027-02-01"] },
    { text: "will question the authority's chief engineer", dates: ["2027-02-03", "2027-02-02"] },
    { text: "Tomasz Brandt, told the transport committee on Wednesday", dates: ["2027-02-03"] },
    // Next month from 3 February is March.
    { text: "would start work on a temporary steel collar next month", dates: ["2027-03", "2027-02-03"] },
    // Last Thursday in a Wednesday article: 28 January, across the month end.
    { text: "Last Thursday's closure was the first", dates: ["2027-01-28"] },
    // The blog has no date, and nothing in it gives one.
    { text: "the average commute from the south shore has doubled", dates: [null] },
  ],
  neverDated: [
    { text: "carries about 60,000 vehicles a day", date: "1977" },
    { text: "carries about 60,000 vehicles a day", date: "2027-01-30" },
    { text: "Saturday was the 50th anniversary", date: "1977" },
    { text: "Ortiz told councillors on Wednesday", date: "2027-02-03" },
    { text: "about 2,000 people marched across the older Mill Street bridge", date: "2027-02-05" },
    { text: "Engineers will lower a camera into the anchorage chamber on Monday", date: "2027-01-25" },
    { text: "Ortiz said on Monday that buses would not return", date: "2027-01-25" },
    { text: "would start work on a temporary steel collar next month", date: "2027-02", exact: true },
    { text: "expects to publish a repair plan next month", date: "2027-01", exact: true },
    { text: "will question the authority's chief engineer", date: "2027-01-27" },
    { text: "Last Thursday's closure was the first", date: "2027-02-04" },
  ],
  disagreements: [{ values: ["30", "25"], outlets: ["Port City Courier", "National Broadcasting"] }],
  notDisagreements: [
    ["38", "11"],
    ["60,000", "2,000"],
    ["40", "38"],
    ["45", "38"],
    ["70", "60,000"],
  ],
  corroboration: [
    // The wire story and the Herald's rewrite of it are one outlet.
    { text: "was closed to all traffic on Thursday after inspectors found a crack", outlets: 1 },
  ],
};
