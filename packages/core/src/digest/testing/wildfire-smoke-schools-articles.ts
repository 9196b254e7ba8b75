/**
 * Held-out batch X (lead session 34, 2026-12-08), written by heldout26 before any run; scored unfitted, then added to the bench at the session's end.
 * Smoke from a distant wildfire shuts a Washington city's schools for four days, Monday 8 to Friday 12 September 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ws/1",
    externalId: "ws1",
    source: "Pacific Wire",
    url: "https://pacificwire.example/northwest/easton-falls-smoke-schools-closed",
    publishedAt: "2042-09-08T23:30:00Z",
    title: "Wildfire smoke closes Easton Falls schools as air turns hazardous",
    originalText: [
      "EASTON FALLS, Wash. (PW) — Smoke from a wildfire burning 80 miles away pushed the air quality index in Easton Falls to 412 on Monday afternoon, deep into the hazardous range, state ecology officials said.",
      "The Easton Falls School District said all 31 of its schools would be closed Tuesday and Wednesday, keeping about 18,500 students at home.",
      "Readings above 300 are considered hazardous to everyone, not only to people with asthma or heart disease.",
      "“Nobody should be exercising outdoors in this,” said Dr. Helen Oduya, the county health officer.",
      "In 2035, smoke from the Tanner Creek Fire shut the district's schools for four days.",
      "The Copper Ridge Fire, sparked by lightning on Aug. 29, is 10 percent contained.",
    ].join("\n"),
  },
  {
    input: "ws/2",
    externalId: "ws2",
    source: "Inland Northwest News",
    url: "https://inlandnorthwestnews.example/wire/easton-falls-air-quality-412",
    publishedAt: "2042-09-09T06:00:00Z",
    title: "Easton Falls air quality hits 412; schools shut",
    originalText: [
      "Wildfire smoke from 80 miles away drove Easton Falls' air quality index to 412 on Monday afternoon, deep in the hazardous range, according to state ecology officials.",
      "All 31 schools in the Easton Falls School District will be closed Tuesday and Wednesday, the district said, keeping about 18,500 students home.",
      "“Nobody should be exercising outdoors in this,” county health officer Dr. Helen Oduya said.",
      "The Copper Ridge Fire was started by lightning on Aug. 29 and is 10 percent contained.",
    ].join("\n"),
  },
  {
    input: "ws/3",
    externalId: "ws3",
    source: "Easton Falls Gazette-Times",
    url: "https://eastonfallsgazettetimes.example/local/smoke-schools-closed-monitor-reading",
    publishedAt: "2042-09-09T15:00:00Z",
    title: "Schools dark as smoke smothers Easton Falls",
    originalText: [
      "The downtown monitor on Fourth Street recorded an air quality reading of 389 at its peak yesterday afternoon, the highest since the station opened in 2029.",
      "The district's 34 schools closed today, and Superintendent Mark Delacroix said they may stay shut through Thursday.",
      "Fine-particle pollution reached 246 micrograms per cubic meter, more than 16 times the World Health Organization's daily guideline of 15.",
      "The teachers' union has asked for an air purifier in every one of the district's 1,200 classrooms; the district has bought 400 so far.",
      "Delacroix said: “We can't teach kids who can't breathe.”",
      "The fire had burned 38,500 acres by Tuesday morning, fire officials said.",
    ].join("\n"),
  },
  {
    input: "ws/4",
    externalId: "ws4",
    source: "Fraser Valley Star",
    url: "https://fraservalleystar.example/news/copper-ridge-smoke-crosses-border",
    publishedAt: "2042-09-10T05:00:00Z",
    title: "Washington wildfire smoke drifts into Fraser Valley",
    originalText: [
      "Smoke from the 42,000-acre Copper Ridge Fire in Washington state drifted north across the border on Tuesday, prompting special air quality statements for the Fraser Valley.",
      "South of the border, Easton Falls, about 80 miles (129 km) from the fire, has closed its schools.",
      "According to Environment Canada meteorologist Ravi Sandhu, “the smoke will linger until the wind turns, probably on Friday.”",
      "Pharmacies in Chilliwack reported selling out of N95 masks by Tuesday evening.",
      "Emergency visits for breathing problems in the region were up about 30 per cent on last week, the health authority said.",
    ].join("\n"),
  },
  {
    input: "ws/5",
    externalId: "ws5",
    source: "KEFT 4 News",
    url: "https://keft4news.example/local/parents-scramble-smoke-school-closures",
    title: "Parents scramble as smoke keeps kids home",
    originalText: [
      "Parents scrambled for child care Tuesday as smoke kept thousands of Easton Falls kids home from school.",
      "“I've got two kids climbing the walls and a job I can't do from home,” said Jess Halvorsen, a mother of two.",
      "The city opened three clean-air centers at libraries, each with room for about 150 people.",
      "The Copper Ridge Fire is burning about 65 miles northeast of the city.",
      "Monday's reading of 412 was the worst in the state, ecology officials said.",
    ].join("\n"),
  },
  {
    input: "ws/6",
    externalId: "ws6",
    source: "Pacific Wire",
    url: "https://pacificwire.example/northwest/easton-falls-schools-reopen",
    publishedAt: "2042-09-12T22:00:00Z",
    title: "Easton Falls schools to reopen as wind clears smoke",
    originalText: [
      "EASTON FALLS, Wash. (PW) — Easton Falls schools will reopen Monday after a shift in the wind cleared much of the smoke, the district said Friday.",
      "The air quality index, which peaked at 468 on Wednesday, had fallen to 85 by Friday afternoon.",
      "Schools were closed for four days in all, after the district twice extended the closure.",
      "The Copper Ridge Fire has grown to 51,000 acres and is 35 percent contained.",
      "The district has now bought 900 air purifiers.",
      "“The kids have lost a week, and we will find a way to make it up,” Superintendent Mark Delacroix said.",
    ].join("\n"),
  },
];

export function wildfireSmokeSchoolsArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Washington is UTC-7 in September: Monday's wire is
 * 4:30 p.m. Monday, the rewrite 11 p.m. Monday, the Star 10 p.m. Tuesday, Friday's wire 3 p.m. Friday).
 * "On Monday afternoon" is 8 September; "Tuesday and Wednesday" the 9th and 10th; "Aug. 29" is this
 * year's; "yesterday afternoon" in Tuesday's Gazette-Times is the 8th and "today" the 9th; "on
 * Tuesday"/"by Tuesday" the 9th; "on Wednesday" in Friday's wire the 10th; "Monday" there the 15th.
 * Inland Northwest News runs the wire story reworded: it counts once.
 */
export const WILDFIRE_SMOKE_SCHOOLS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Nobody should be exercising outdoors in this", speaker: "Helen Oduya" },
    { text: "We can't teach kids who can't breathe", speaker: "Mark Delacroix" },
    // Opening in lower case after "According to …,": partial.
    { text: "the smoke will linger until the wind turns, probably on Friday", speaker: "Ravi Sandhu", partial: true },
    { text: "I've got two kids climbing the walls and a job I can't do from home", speaker: "Jess Halvorsen" },
    { text: "The kids have lost a week, and we will find a way to make it up", speaker: "Mark Delacroix" },
  ],
  timeline: [
    { text: "pushed the air quality index in Easton Falls to 412 on Monday afternoon", dates: ["2042-09-08"] },
    { text: "drove Easton Falls' air quality index to 412 on Monday afternoon", dates: ["2042-09-08"] },
    { text: "said all 31 of its schools would be closed Tuesday and Wednesday", dates: ["2042-09-08", "2042-09-09"] },
    { text: "sparked by lightning on Aug. 29", dates: ["2042-08-29"] },
    { text: "recorded an air quality reading of 389 at its peak yesterday afternoon", dates: ["2042-09-08"] },
    { text: "The district's 34 schools closed today", dates: ["2042-09-09"] },
    { text: "had burned 38,500 acres by Tuesday morning", dates: ["2042-09-09"] },
    { text: "drifted north across the border on Tuesday", dates: ["2042-09-09"] },
    { text: "Parents scrambled for child care Tuesday", dates: [null, "2042-09-09"] },
    { text: "which peaked at 468 on Wednesday", dates: ["2042-09-10", "2042-09-12"] },
    { text: "will reopen Monday after a shift in the wind", dates: ["2042-09-12", "2042-09-15"] },
  ],
  neverDated: [
    { text: "In 2035, smoke from the Tanner Creek Fire", date: "2035" },
    { text: "the highest since the station opened in 2029", date: "2029" },
    { text: "sparked by lightning on Aug. 29", date: "2043-08-29", exact: true },
    // "On Wednesday" in a Friday story is the Wednesday gone.
    { text: "which peaked at 468 on Wednesday", date: "2042-09-17", exact: true },
  ],
  disagreements: [
    // Monday afternoon's peak downtown: "to 412" against "a reading of 389".
    { values: ["412", "389"], outlets: ["Pacific Wire", "Easton Falls Gazette-Times"] },
    // How many schools the district has: "all 31 of its schools" against "The district's 34 schools".
    { values: ["31", "34"], outlets: ["Pacific Wire", "Easton Falls Gazette-Times"] },
    // How far the fire is from the city: "burning 80 miles away" against "about 65 miles northeast".
    { values: ["80", "65"], outlets: ["Pacific Wire", "KEFT 4 News"] },
    // The fire's size on Tuesday: inside a modifier against after a verb.
    { values: ["42,000", "38,500"], outlets: ["Fraser Valley Star", "Easton Falls Gazette-Times"] },
  ],
  notDisagreements: [
    // Readings over the week.
    ["412", "468"],
    ["468", "85"],
    ["412", "85"],
    ["389", "468"],
    // A reading against the hazardous threshold.
    ["412", "300"],
    // Fine particles against the guideline.
    ["246", "15"],
    // A demand against what was bought, and later purchases.
    ["1,200", "400"],
    ["400", "900"],
    // The fire as it grew.
    ["42,000", "51,000"],
    ["38,500", "51,000"],
    ["10", "35"],
    // A distance and its conversion.
    ["80", "129"],
    // Schools against students; centres against places.
    ["31", "18,500"],
    ["three", "150"],
    // Mask-selling region's visits against containment.
    ["30", "35"],
  ],
  corroboration: [
    // The wire and its rewrite count once.
    { text: "said all 31 of its schools would be closed Tuesday and Wednesday", outlets: 1 },
    // The wire (with its rewrite) and KEFT ("Monday's reading of 412 was the worst in the state").
    { text: "pushed the air quality index in Easton Falls to 412 on Monday afternoon", outlets: 2 },
    // Friday's wire only.
    { text: "Easton Falls schools will reopen Monday", outlets: 1 },
  ],
  headline: ["reopen"],
  summary: {
    holds: ["reopen", "468"],
    never: ["is 10 percent contained"],
  },
  sameEntry: [
    [
      "pushed the air quality index in Easton Falls to 412 on Monday afternoon",
      "recorded an air quality reading of 389 at its peak yesterday afternoon",
    ],
  ],
  order: [
    "sparked by lightning on Aug. 29",
    "pushed the air quality index in Easton Falls to 412 on Monday afternoon",
    "The district's 34 schools closed today",
    "which peaked at 468 on Wednesday",
  ],
  supersession: {
    apart: [
      ["is 10 percent contained", "35 percent contained"],
      ["the district has bought 400 so far", "has now bought 900 air purifiers"],
      ["would be closed Tuesday and Wednesday", "will reopen Monday"],
      ["38,500 acres by Tuesday morning", "has grown to 51,000 acres"],
    ],
    current: ["In 2035, smoke from the Tanner Creek Fire", "Readings above 300 are considered hazardous"],
  },
};
