/**
 * Held-out batch R (lead session 31, 2026-12-07), written by heldout20 before any run; unfitted.
 * A Michigan city marathon halted after runners collapse in a heatwave, Sunday 8 to Thursday 12 June 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "lm/1",
    externalId: "h1",
    source: "Great Lakes Wire",
    url: "https://greatlakeswire.example/sports/lakeshore-marathon-halted-heat",
    publishedAt: "2042-06-08T22:00:00Z",
    title: "Lakeshore Marathon halted as runners collapse in heat",
    originalText: [
      "MADDOX, Mich. (GLW) — Organizers halted the Lakeshore Marathon on Sunday morning after dozens of runners collapsed as temperatures climbed to 34C (93F), officials said.",
      "About 9,200 runners started the race at 7 a.m.; forecasters had predicted a high of 31C.",
      "More than 60 runners were treated on the course and 14 were taken to hospital, Fire Chief Dan Okoro told a 1 p.m. briefing.",
      "Kevin Dunleavy, a 31-year-old from Grand Rapids, collapsed near the 39km marker and was in critical condition.",
      "“We made the call as soon as the medical tents filled up,” race director Paula Kerrigan said.",
      "The course had 12 water stations.",
    ].join("\n"),
  },
  {
    input: "lm/2",
    externalId: "h2",
    source: "WMDX 6 News",
    url: "https://wmdx6news.example/local/marathon-runners-hospital-heat",
    publishedAt: "2042-06-09T01:30:00Z",
    title: "Runners hospitalized after Lakeshore Marathon heat",
    originalText: [
      "At a 1 p.m. briefing, Fire Chief Dan Okoro said 17 runners had been transported to area hospitals.",
      "Kevin Dunleavy, 29, of Grand Rapids went down at the 37-kilometer point and was flown to Maddox Memorial Hospital.",
      "Runners told WMDX there were only nine water stops along the route, and several ran out of cups before 9 a.m.",
      "'It felt like running inside an oven,' said Alicia Moreno, who stopped at mile 20.",
      "The marathon had about 11,000 entrants this year.",
    ].join("\n"),
  },
  {
    input: "lm/3",
    externalId: "h3",
    source: "Stride Monthly",
    url: "https://stridemonthly.example/features/lakeshore-heat-lessons",
    title: "What Lakeshore tells us about racing in the heat",
    originalText: [
      "Organizers stopped the Lakeshore race with only about 2,600 of its 9,200 starters across the finish line.",
      "Heatstroke can set in once the body's core temperature passes 40C, and cooling a runner within 30 minutes is what saves lives.",
      "“Most of these collapses happen in the last ten kilometres, when runners push through warning signs,” said Dr Hannah Lowe, a sports physician.",
      "The race was last cut short in 2031, by a thunderstorm.",
      "Last year, the Lakeshore organizers cut the field by 1,500 places to ease crowding.",
    ].join("\n"),
  },
  {
    input: "lm/4",
    externalId: "h4",
    source: "Great Lakes Wire",
    url: "https://greatlakeswire.example/sports/lakeshore-marathon-review-start",
    publishedAt: "2042-06-09T20:00:00Z",
    title: "Lakeshore Marathon to review start time after heat halt",
    originalText: [
      "MADDOX, Mich. (GLW) — Organizers said Monday they would review the Lakeshore Marathon's 7 a.m. start, a day after heat forced them to stop the race.",
      "Dunleavy remained in a medically induced coma, his family said.",
      "Nineteen runners were treated in hospitals, up from 14 on Sunday, the fire department said.",
      "A petition signed by more than 3,000 runners calls for refunds of the $140 entry fee; organizers have offered a $50 credit toward next year's race.",
      "Kerrigan said: “We will look at everything, including the date.”",
    ].join("\n"),
  },
  {
    input: "lm/5",
    externalId: "h5",
    source: "Michigan Daily Star",
    url: "https://michigandailystar.example/sports/marathon-organizers-start-time-review",
    publishedAt: "2042-06-10T11:00:00Z",
    title: "Marathon organizers to rethink start time",
    originalText: [
      "Lakeshore Marathon organizers said Monday they would review the race's 7 a.m. start, a day after heat led them to halt it.",
      "Dunleavy was still in a medically induced coma, according to his family.",
      "The number of runners treated in hospitals rose to 19 from 14 on Sunday, the fire department said.",
      "More than 3,000 runners have signed a petition for refunds of the $140 entry fee, while organizers are offering a $50 credit for next year's race.",
      "“We will look at everything, including the date,” Kerrigan said.",
    ].join("\n"),
  },
  {
    input: "lm/6",
    externalId: "h6",
    source: "The Maddox Gazette",
    url: "https://maddoxgazette.example/news/dunleavy-wakes-marathon-moves-may",
    publishedAt: "2042-06-12T12:00:00Z",
    title: "Runner wakes from coma as marathon moves to May",
    originalText: [
      "Kevin Dunleavy woke from his coma on Wednesday and has been moved out of intensive care, Maddox Memorial said.",
      "The Lakeshore Marathon will start at 6 a.m. next year and move to May, the organizers announced yesterday.",
      "In all, 22 runners were treated in hospital, the county health department said on Tuesday.",
      "The city spent about $180,000 on police and medical cover for Sunday's race.",
      "“We got the big call right and some of the small ones wrong,” Kerrigan told the Gazette.",
    ].join("\n"),
  },
];

export function lakeshoreMarathonHeatArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Michigan is UTC-4 in June: WMDX's stamp, 01:30 UTC on
 * the 9th, is 21:30 on Sunday the 8th). "On Sunday morning" in Sunday's wire is 8 June; "On Monday" and
 * "a day after" in Monday's wire (and its rewrite, stamped Tuesday) are the 9th and the 8th; "on
 * Sunday" in those is the 8th; in Thursday's Gazette "on Wednesday" and "yesterday" are the 11th, "on
 * Tuesday" the 10th and "Sunday's race" the 8th. Stride Monthly is undated. The Michigan Daily Star's
 * story is a syndicated rewrite of the wire's Monday one.
 */
export const LAKESHORE_MARATHON_HEAT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We made the call as soon as the medical tents filled up", speaker: "Paula Kerrigan" },
    { text: "It felt like running inside an oven", speaker: "Alicia Moreno" },
    {
      text: "Most of these collapses happen in the last ten kilometres, when runners push through warning signs",
      speaker: "Hannah Lowe",
    },
    { text: "We will look at everything, including the date", speaker: "Paula Kerrigan" },
    { text: "We got the big call right and some of the small ones wrong", speaker: "Paula Kerrigan" },
  ],
  timeline: [
    { text: "Organizers halted the Lakeshore Marathon on Sunday morning", dates: ["2042-06-08"] },
    { text: "Organizers said Monday they would review the Lakeshore Marathon's 7 a.m. start", dates: ["2042-06-09"] },
    { text: "organizers said Monday they would review the race's 7 a.m. start", dates: ["2042-06-09"] },
    { text: "Nineteen runners were treated in hospitals, up from 14 on Sunday", dates: ["2042-06-09", "2042-06-08"] },
    { text: "Kevin Dunleavy woke from his coma on Wednesday", dates: ["2042-06-11"] },
    { text: "the organizers announced yesterday", dates: ["2042-06-11"] },
    { text: "the county health department said on Tuesday", dates: ["2042-06-10"] },
  ],
  neverDated: [
    { text: "The race was last cut short in 2031, by a thunderstorm", date: "2031" },
    { text: "will start at 6 a.m. next year and move to May", date: "2042-05" },
    // "On Wednesday" in a Thursday paper is the day before, not the next week's.
    { text: "Kevin Dunleavy woke from his coma on Wednesday", date: "2042-06-18", exact: true },
    { text: "the county health department said on Tuesday", date: "2042-06-17", exact: true },
  ],
  disagreements: [
    // Runners taken to hospital, told at the same 1 p.m. briefing: "14 were taken" against "17 … had been transported".
    { values: ["14", "17"], outlets: ["Great Lakes Wire", "WMDX 6 News"] },
    // The critically ill runner's age: "a 31-year-old" against ", 29,".
    { values: ["31", "29"], outlets: ["Great Lakes Wire", "WMDX 6 News"] },
    // Where he collapsed: "near the 39km marker" against "at the 37-kilometer point".
    { values: ["39", "37"], outlets: ["Great Lakes Wire", "WMDX 6 News"] },
    // Drinks stops on the course: "12 water stations" against "only nine water stops".
    { values: ["12", "nine"], outlets: ["Great Lakes Wire", "WMDX 6 News"] },
  ],
  notDisagreements: [
    // The hospital count as it grew, told by other sources over the days.
    ["14", "19"],
    ["17", "19"],
    ["19", "22"],
    ["14", "22"],
    // Treated on the course against taken to hospital.
    ["60", "14"],
    ["60", "17"],
    // A forecast against the outcome, a conversion, and a body temperature.
    ["31", "34"],
    ["34", "93"],
    ["34", "40"],
    // Starters against entrants and finishers; last year's cut in places.
    ["9,200", "11,000"],
    ["2,600", "9,200"],
    ["1,500", "11,000"],
    // A demand against an offer, and the city's costs.
    ["140", "50"],
    ["180,000", "140"],
    // Miles against kilometres.
    ["20", "39"],
    // Start times this year and next.
    ["7", "6"],
    // The petition's signers against the hospital count.
    ["3,000", "22"],
  ],
  corroboration: [
    // The wire's Monday story and its rewrite count once.
    { text: "Nineteen runners were treated in hospitals, up from 14 on Sunday", outlets: 1 },
    // The halt, told by the wire and by the undated monthly in other words ("Organizers stopped the Lakeshore race").
    { text: "Organizers halted the Lakeshore Marathon on Sunday morning", outlets: 2 },
    { text: "Kevin Dunleavy woke from his coma on Wednesday", outlets: 1 },
  ],
  headline: ["woke", "coma", "May"],
  summary: {
    holds: ["halted", "22"],
    never: ["Dunleavy remained in a medically induced coma", "was in critical condition"],
  },
  sameEntry: [
    ["Organizers halted the Lakeshore Marathon on Sunday morning", "a day after heat forced them to stop the race"],
  ],
  order: [
    "Organizers halted the Lakeshore Marathon on Sunday morning",
    "Organizers said Monday they would review the Lakeshore Marathon's 7 a.m. start",
    "the county health department said on Tuesday",
    "Kevin Dunleavy woke from his coma on Wednesday",
  ],
  supersession: {
    apart: [
      ["14 were taken to hospital", "In all, 22 runners were treated in hospital"],
      ["Nineteen runners were treated in hospitals", "In all, 22 runners were treated in hospital"],
      ["Dunleavy remained in a medically induced coma", "Kevin Dunleavy woke from his coma on Wednesday"],
      ["they would review the Lakeshore Marathon's 7 a.m. start", "will start at 6 a.m. next year and move to May"],
    ],
    current: [
      "About 9,200 runners started the race at 7 a.m.",
      "The city spent about $180,000 on police and medical cover",
      "organizers have offered a $50 credit toward next year's race",
    ],
  },
};
