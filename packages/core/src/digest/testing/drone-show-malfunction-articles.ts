/**
 * Held-out batch Y (lead session 34, 2026-12-08), written by heldout27 before any run; scored unfitted, then added to the bench at the session's end.
 * A harbour festival's drone light show fails and drones fall on the crowd in Saltmouth, Saturday 12 to Tuesday 15 September 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ds/1",
    externalId: "y1",
    source: "National News Agency",
    url: "https://nationalnewsagency.example/uk/saltmouth-drone-show-crowd-injured",
    publishedAt: "2043-09-13T07:00:00Z",
    title: "Drones fall on crowd at Saltmouth harbour festival",
    originalText: [
      "SALTMOUTH (NNA) — Dozens of drones fell from the sky onto spectators at a harbour festival in Saltmouth on Saturday night after a light show went wrong, injuring 23 people, police said.",
      "The 1,500-drone display was eight minutes into its 15-minute run when about 200 of the drones dropped out of formation and fell into the crowd on the quayside.",
      "An estimated 30,000 people were watching.",
      "“They were coming down like hailstones,” said Megan Price, 34, who was with her two sons.",
      "Eleven of the injured were taken to hospital, most of them with cuts to the head and face.",
      "Organisers said the show had been rehearsed twice in the past week.",
    ].join("\n"),
  },
  {
    input: "ds/2",
    externalId: "y2",
    source: "Western Daily Post",
    url: "https://westerndailypost.example/news/saltmouth-drones-fall-festival-crowd",
    publishedAt: "2043-09-13T09:30:00Z",
    title: "Spectators hurt as festival drones crash into crowd",
    originalText: [
      "Twenty-three people were hurt when dozens of drones plunged onto the crowd during a light show at Saltmouth's harbour festival on Saturday night, police said.",
      "About 200 drones from the 1,500-drone display broke formation eight minutes into the 15-minute show and fell on the quayside.",
      "Some 30,000 people are thought to have been watching.",
      "“They were coming down like hailstones,” said Megan Price, 34, who was there with her two sons.",
      "Eleven people went to hospital, mostly with head and facial cuts. (NNA)",
    ].join("\n"),
  },
  {
    input: "ds/3",
    externalId: "y3",
    source: "Saltmouth Evening Chronicle",
    url: "https://saltmouthchronicle.example/news/harbour-festival-drone-show-families-flee",
    publishedAt: "2043-09-13T16:00:00Z",
    title: "Families flee quayside as drone show goes wrong",
    originalText: [
      "Families fled the quayside last night as drones fell from the sky during the Saltmouth Harbour Festival's light show.",
      "Sky Lumen, the Bristol firm that ran the show, said it had flown 1,200 drones over the harbour.",
      "The drones, each weighing 340 grams, fell from a height of about 120 metres.",
      "The council paid £85,000 for the display, the largest in the festival's 38-year history.",
      "“We are heartbroken that people were hurt,” Sky Lumen's managing director, Priya Kaur, said.",
      "The number of injured has risen to 27, Saltmouth Police said this afternoon.",
    ].join("\n"),
  },
  {
    input: "ds/4",
    externalId: "y4",
    source: "Drone Operator Today",
    url: "https://droneoperatortoday.example/news/sky-lumen-saltmouth-positioning-failure",
    publishedAt: "2043-09-14T10:00:00Z",
    title: "Saltmouth failure: what we know about the Sky Lumen swarm",
    originalText: [
      "The drones in Saturday's Saltmouth show were Sky Lumen's own L4 quadcopter, a 520g aircraft with an LED payload.",
      "Early flight logs suggest the swarm lost its positioning signal 12 minutes into the show, said Tom Reyes, an analyst at Skyward Insight.",
      "According to Reyes, “a loss of positioning should trigger a controlled landing, not a fall.”",
      "Sky Lumen has flown more than 300 shows since it was founded in 2036.",
      "Drones flying over crowds must keep at least 50 metres of height above spectators under current rules.",
    ].join("\n"),
  },
  {
    input: "ds/5",
    externalId: "y5",
    source: "The Sunday Flame",
    url: "https://sundayflame.example/news/drone-horror-girl-stitches",
    title: "DRONE HORROR: GIRL, 7, NEEDS 14 STITCHES",
    originalText: [
      "A GIRL of seven needed 14 stitches after a drone smashed into her head at a seaside light show on Saturday.",
      "Some 140 drones rained down on families at Saltmouth's harbour festival when the display went haywire.",
      "Her mum, Kelly Drummond, 31, said: 'She was screaming and covered in blood, and all around us people were running.'",
      "Tickets for the quayside viewing area cost £12.50.",
    ].join("\n"),
  },
  {
    input: "ds/6",
    externalId: "y6",
    source: "National News Agency",
    url: "https://nationalnewsagency.example/uk/sky-lumen-permission-suspended",
    publishedAt: "2043-09-15T12:00:00Z",
    title: "Aviation regulator grounds drone show firm after Saltmouth injuries",
    originalText: [
      "LONDON (NNA) — The Civil Aviation Authority has suspended Sky Lumen's permission to fly displays while it investigates Saturday's malfunction at Saltmouth, the regulator said on Tuesday.",
      "Twenty-seven people were hurt, three of whom remain in hospital.",
      "Sky Lumen said on Monday that a software update installed on Friday had caused the drones' positioning system to fail.",
      "“We will not fly again until we know exactly what happened,” Kaur said.",
      "A show the firm had planned in Leeds on 3 October has been cancelled.",
      "In 2039, a drone display in Melbourne was halted after 40 drones fell into the Yarra River.",
    ].join("\n"),
  },
];

export function droneShowMalfunctionArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Britain is UTC+1 in September: every stamp falls on
 * the same local day). "On Saturday night" in Sunday's agency story and its rewrite is 12 September;
 * "last night" in Sunday's Chronicle is the 12th and "this afternoon" the 13th; "Saturday's" in Monday's
 * trade story and Tuesday's wire is the 12th; "on Tuesday" in Tuesday's wire is the 15th, "on Monday"
 * the 14th, "on Friday" the 11th; "on 3 October" is this year's. The Flame's story is undated: its "on
 * Saturday" may stay undated or take the 12th. The Western Daily Post rewrites the first agency story.
 */
export const DRONE_SHOW_MALFUNCTION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "They were coming down like hailstones", speaker: "Megan Price" },
    { text: "We are heartbroken that people were hurt", speaker: "Priya Kaur" },
    // Opening in lower case after "According to …,", by surname only: partial.
    {
      text: "a loss of positioning should trigger a controlled landing, not a fall",
      speaker: "Tom Reyes",
      partial: true,
    },
    // Single quotation marks, a tabloid's.
    {
      text: "She was screaming and covered in blood, and all around us people were running",
      speaker: "Kelly Drummond",
    },
    // Surname only; the managing director is named in the Chronicle.
    { text: "We will not fly again until we know exactly what happened", speaker: "Priya Kaur" },
  ],
  timeline: [
    { text: "onto spectators at a harbour festival in Saltmouth on Saturday night", dates: ["2043-09-12"] },
    { text: "Families fled the quayside last night", dates: ["2043-09-12", "2043-09-13"] },
    { text: "The number of injured has risen to 27, Saltmouth Police said this afternoon", dates: ["2043-09-13"] },
    { text: "The drones in Saturday's Saltmouth show", dates: ["2043-09-12"] },
    { text: "smashed into her head at a seaside light show on Saturday", dates: [null, "2043-09-12"] },
    { text: "the regulator said on Tuesday", dates: ["2043-09-15"] },
    {
      text: "Sky Lumen said on Monday that a software update installed on Friday",
      dates: ["2043-09-14", "2043-09-11"],
    },
    { text: "A show the firm had planned in Leeds on 3 October", dates: ["2043-10-03"] },
  ],
  neverDated: [
    { text: "In 2039, a drone display in Melbourne was halted", date: "2039" },
    { text: "since it was founded in 2036", date: "2036" },
    { text: "A show the firm had planned in Leeds on 3 October", date: "2044-10-03", exact: true },
    // "Saturday's" in a Tuesday story is the Saturday gone.
    { text: "while it investigates Saturday's malfunction at Saltmouth", date: "2043-09-19", exact: true },
  ],
  disagreements: [
    // Drones in the show: "The 1,500-drone display" (the agency; its rewrite counts once) against "flown 1,200 drones".
    { values: ["1,500", "1,200"], outlets: ["National News Agency", "Saltmouth Evening Chronicle"] },
    // Drones that fell: "about 200 of the drones" against "Some 140 drones rained down".
    { values: ["200", "140"], outlets: ["National News Agency", "The Sunday Flame"] },
    // Each drone's weight: "each weighing 340 grams" against "a 520g aircraft".
    { values: ["340", "520"], outlets: ["Saltmouth Evening Chronicle", "Drone Operator Today"] },
    // When in the show it failed: "eight minutes into its 15-minute run" against "12 minutes into the show".
    { values: ["eight", "12"], outlets: ["National News Agency", "Drone Operator Today"] },
  ],
  notDisagreements: [
    // The injured as the count rose, and those in hospital then and later.
    ["23", "27"],
    ["Twenty-three", "Twenty-seven"],
    ["Eleven", "three"],
    ["27", "Eleven"],
    // A part against the whole: drones that fell against drones flown; minutes into the show against its length.
    ["1,500", "200"],
    ["1,200", "140"],
    ["15", "eight"],
    ["15", "12"],
    // The crowd against the drones.
    ["30,000", "1,500"],
    // A 2039 precedent.
    ["40", "200"],
    ["40", "140"],
    // The firm's shows against drones.
    ["300", "1,200"],
    // The height they fell from against the rule's minimum.
    ["120", "50"],
    // The girl's age against her stitches; two witnesses' ages.
    ["seven", "14"],
    ["34", "31"],
    // The council's fee against a ticket.
    ["85,000", "12.50"],
  ],
  corroboration: [
    // The agency and its rewrite count once; the Chronicle and the Flame tell the fall in other words.
    { text: "Dozens of drones fell from the sky onto spectators", outlets: 3 },
    { text: "The number of injured has risen to 27", outlets: 2 },
    { text: "a software update installed on Friday had caused the drones' positioning system to fail", outlets: 1 },
  ],
  headline: ["suspended", "grounds", "suspends"],
  summary: {
    holds: ["suspended", "27"],
    never: ["injuring 23 people", "Eleven of the injured were taken to hospital"],
  },
  sameEntry: [
    ["onto spectators at a harbour festival in Saltmouth on Saturday night", "Families fled the quayside last night"],
  ],
  order: [
    "onto spectators at a harbour festival in Saltmouth on Saturday night",
    "the regulator said on Tuesday",
    "A show the firm had planned in Leeds on 3 October",
  ],
  supersession: {
    apart: [
      ["injuring 23 people", "The number of injured has risen to 27"],
      ["injuring 23 people", "Twenty-seven people were hurt"],
      ["Eleven of the injured were taken to hospital", "three of whom remain in hospital"],
    ],
    current: [
      "The council paid £85,000 for the display",
      "A show the firm had planned in Leeds on 3 October has been cancelled",
      "Sky Lumen has flown more than 300 shows",
    ],
  },
};
