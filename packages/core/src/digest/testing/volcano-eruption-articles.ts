import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline8, 2026-12-04, before its author read the
 * date code): four dated articles from four outlets and an undated blog about an eruption on an
 * island, from Sunday 27 December 2026 into January 2027. Traps: months and days without a year
 * across the year end ("on Dec. 27" written on 2 January, "will reopen on Jan. 3" written on 30
 * December, "until Jan. 11" inside a sentence dated 31 December); "overnight", "this morning",
 * "earlier today", "a week ago", "two days later"; "on Monday" in an article published on a Monday
 * (that day, not a week before); "said last week" and "said on Friday" dated by the saying; an
 * event noun with its day that dates the sentence about it ("Sunday's eruption was the first") and
 * is background in one about something else ("residents who fled Sunday's eruption have been
 * staying in schools", "a day before Sunday's eruption"); an ISO date; "dated 03/01" (3 January or
 * 1 March: no date is better than a wrong one); a GMT time that changes no day; an undated blog
 * whose month and day cannot be put in a year by its own date. Test support only.
 */
const VOLCANO_ERUPTION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "volcano/1",
    externalId: "island-herald-1",
    source: "Island Herald",
    url: "https://islandherald.example/news/mount-serra-erupts",
    publishedAt: "2026-12-28T08:00:00Z",
    title: "Mount Serra erupts, forcing 3,000 from villages on Vell",
    originalText: [
      "Mount Serra erupted on Sunday evening for the first time in 40 years, sending ash eight kilometres into the sky, the island's civil protection agency said.",
      "A swarm of small earthquakes shook the island on Dec. 26, a day before Sunday's eruption.",
      "About 3,000 residents were evacuated overnight from villages on the volcano's southern slopes.",
      "The island's governor, Irene Castell, told reporters this morning that “nobody is in danger if they follow the orders.”",
      "The volcano's last eruption, in 1986, destroyed the village of Pradell.",
    ].join("\n\n"),
  },
  {
    input: "volcano/2",
    externalId: "mainland-wire-1",
    source: "Mainland Wire",
    url: "https://mainlandwire.example/2026/12/30/vell-airport-shut",
    publishedAt: "2026-12-30T12:00:00Z",
    title: "Vell airport to stay shut until Jan. 3 as ash cloud lingers",
    originalText: [
      "Vell's airport, closed since Monday, will reopen on Jan. 3 if the ash cloud clears, the airport operator said.",
      "Earlier today, lava reached the coast road at Cala Fonda.",
      "Castell said on Tuesday that the evacuation could last weeks.",
      "Volcanologist Marc Tusell said: “The volcano is emptying a chamber that has been filling since the 1980s.”",
      "Residents who fled Sunday's eruption have been staying in schools and sports halls.",
      "The civil protection agency said 4,200 people had now left their homes.",
    ].join("\n\n"),
  },
  {
    input: "volcano/3",
    externalId: "coastline-daily-1",
    source: "Coastline Daily",
    url: "https://coastlinedaily.example/vell/lava-slows",
    publishedAt: "2027-01-02T10:00:00Z",
    title: "Lava flow slows as Vell enters the second week of its eruption",
    originalText: [
      "The eruption, which began on Dec. 27, has covered about 600 hectares, the civil protection agency said on Friday.",
      "A week ago, the island's hotels were full of holiday visitors.",
      "The lava front crossed the coast road on Dec. 30.",
      "Two days later, it stopped 50 metres short of the harbour wall.",
      "The governor said on Dec. 31 that schools on the island would stay closed until Jan. 11.",
      "“Serra is slowing down, but it has not stopped,” Tusell said.",
    ].join("\n\n"),
  },
  {
    input: "volcano/4",
    externalId: "vell-radio-1",
    source: "Vell Radio",
    url: "https://vellradio.example/news/ash-fall-ends",
    publishedAt: "2027-01-04T07:30:00Z",
    title: "Ash fall ends as Mount Serra quietens",
    originalText: [
      "Ash stopped falling on the island's capital on Monday for the first time since the eruption began, the weather service said.",
      "The civil protection agency's bulletin of 2027-01-03 lowered the alert level from red to orange.",
      "A notice at the harbour dated 03/01 said ferries would resume within days.",
      "The airport reopened on Sunday as planned, and the first flight landed at 10:15 GMT.",
      "Castell said last week that the evacuation could last weeks.",
      "About 1,000 residents were allowed home on Sunday.",
    ].join("\n\n"),
  },
  {
    input: "volcano/5",
    externalId: "volcano-watch-1",
    source: "Volcano Watch",
    url: "https://volcanowatch.example/blog/serra-notes",
    title: "Notes on Mount Serra's eruption",
    originalText: [
      "This time the eruption began on a Sunday evening, and the first lava reached the sea three days later.",
      "On Dec. 30 the lava front crossed the coast road at Cala Fonda.",
      "“Serra is not finished with us,” said Tusell, who has studied the volcano since 1990.",
    ].join("\n\n"),
  },
];

/** The four dated articles and the undated blog, prepared and linked as the product does it. */
export function volcanoEruptionArticles(): Article[] {
  return linkNearDuplicates(VOLCANO_ERUPTION_DRAFTS.map((draft) => prepareArticle(draft)));
}

const WEEK_BEFORE_THE_FOURTH = [
  "2026-12-28",
  "2026-12-29",
  "2026-12-30",
  "2026-12-31",
  "2027-01-01",
  "2027-01-02",
  "2027-01-03",
];

/**
 * Written from the texts above before any output was seen. Changed after the first run: "The lava
 * front crossed the coast road on Dec. 30" left the expected entries (it is the development of
 * "Earlier today, lava reached the coast road", rightly one entry citing both outlets), and so did
 * "dated 03/01" (a sentence with no sure date is no entry; it stays a never-dated trap), and the
 * undated blog's "On Dec. 30 the lava front crossed the coast road" (the same development again).
 */
export const VOLCANO_ERUPTION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "nobody is in danger if they follow the orders.", speaker: "Irene Castell", partial: true },
    { text: "The volcano is emptying a chamber", speaker: "Marc Tusell" },
    { text: "Serra is slowing down, but it has not stopped", speaker: "Marc Tusell" },
    { text: "Serra is not finished with us", speaker: "Marc Tusell" },
  ],
  timeline: [
    { text: "Mount Serra erupted on Sunday evening", dates: ["2026-12-27"] },
    { text: "A swarm of small earthquakes shook the island on Dec. 26", dates: ["2026-12-26"] },
    // Written on Monday morning: the night of Sunday to Monday.
    { text: "About 3,000 residents were evacuated overnight", dates: ["2026-12-27", "2026-12-28"] },
    { text: "told reporters this morning", dates: ["2026-12-28"] },
    // Reported as a schedule on 30 December: the coming 3 January, or the day of the report.
    { text: "will reopen on Jan. 3 if the ash cloud clears", dates: ["2027-01-03", "2026-12-30"] },
    { text: "Earlier today, lava reached the coast road", dates: ["2026-12-30"] },
    { text: "Castell said on Tuesday that the evacuation could last weeks", dates: ["2026-12-29"] },
    { text: "has covered about 600 hectares, the civil protection agency said on Friday", dates: ["2027-01-01"] },
    { text: "A week ago, the island's hotels were full", dates: ["2026-12-26"] },
    // Two days after 30 December; no date is better than a wrong one.
    { text: "Two days later, it stopped 50 metres short", dates: ["2027-01-01", null] },
    { text: "The governor said on Dec. 31 that schools", dates: ["2026-12-31"] },
    { text: "Ash stopped falling on the island's capital on Monday", dates: ["2027-01-04"] },
    { text: "bulletin of 2027-01-03 lowered the alert level", dates: ["2027-01-03"] },
    { text: "The airport reopened on Sunday as planned", dates: ["2027-01-03"] },
    { text: "Castell said last week that the evacuation could last weeks", dates: WEEK_BEFORE_THE_FOURTH },
    { text: "About 1,000 residents were allowed home on Sunday", dates: ["2027-01-03"] },
  ],
  neverDated: [
    { text: "A swarm of small earthquakes shook the island on Dec. 26", date: "2026-12-27" },
    { text: "will reopen on Jan. 3 if the ash cloud clears", date: "2026-01-03" },
    { text: "Residents who fled Sunday's eruption", date: "2026-12-27" },
    { text: "a chamber that has been filling since the 1980s", date: "1980" },
    { text: "The eruption, which began on Dec. 27, has covered", date: "2027-12" },
    { text: "The eruption, which began on Dec. 27, has covered", date: "2026-12-27" },
    { text: "The lava front crossed the coast road on Dec. 30", date: "2027-12-30" },
    { text: "The governor said on Dec. 31 that schools", date: "2027-12-31" },
    { text: "The governor said on Dec. 31 that schools", date: "2027-01-11" },
    { text: "Ash stopped falling on the island's capital on Monday", date: "2026-12-28" },
    { text: "A notice at the harbour dated 03/01", date: "2027-03-01" },
    { text: "A notice at the harbour dated 03/01", date: "2026-03-01" },
    { text: "the first flight landed at 10:15 GMT", date: "2027-01-04" },
    { text: "the first flight landed at 10:15 GMT", date: "2026-10-15" },
    { text: "On Dec. 30 the lava front crossed the coast road at Cala Fonda", date: "2025-12-30" },
    { text: "On Dec. 30 the lava front crossed the coast road at Cala Fonda", date: "2027-12-30" },
    { text: "who has studied the volcano since 1990", date: "1990" },
  ],
  disagreements: [],
  notDisagreements: [
    ["3,000", "4,200"],
    ["4,200", "1,000"],
    ["3,000", "1,000"],
  ],
  corroboration: [
    // Mainland Wire, Coastline Daily and the blog all report the lava crossing the coast road.
    { text: "lava reached the coast road at Cala Fonda", outlets: 3 },
  ],
};
