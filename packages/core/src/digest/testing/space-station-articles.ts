import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline13, 2026-12-05, before any digest of it
 * was run): six dated articles from five outlets and one undated club page on a coolant leak aboard
 * the Meridian space station, found at 3:40 a.m. GMT on Sunday 27 December 2026, a spacewalk planned
 * for Wednesday 30 December and put off to Saturday 2 January 2027, and a cargo launch planned for
 * 8 January and then pushed back to 11 January. A wire report and its rewrite with a subscription
 * line. Traps: the year boundary ("Jan. 2" written in December is 2027; "Dec. 27" written in January
 * is 2026), background years in relative clauses ("which was launched in 2019", "who flew on the
 * station's first crew in 2019", "the last of them in March 2024"), "the previous Friday", a plan
 * told in the past perfect ("had first been planned for Wednesday" written on a Saturday is the
 * Wednesday gone), "yesterday", "last week's postponement", a deadline ("must decide by Jan. 31
 * whether to replace the pump module next year"), times of day, and an undated page whose Saturday
 * cannot be placed. Test support only.
 */
const SPACE_STATION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "space-station/1",
    externalId: "orbital-news-1",
    source: "Orbital News Service",
    url: "https://orbitalnews.example/2026/12/28/meridian-coolant-leak",
    publishedAt: "2026-12-28T08:30:00Z",
    title: "Coolant leak found aboard Meridian space station; crew not in danger",
    originalText: [
      "HOUSTON (Orbital News Service) — Flight controllers detected an ammonia coolant leak aboard the Meridian space station at about 3:40 a.m. GMT on Sunday, the Joint Space Agency said.",
      "The agency said on Monday that the crew of four was not in danger.",
      "A spacewalk to isolate the leaking line is planned for Wednesday, mission managers said.",
      "Meridian, which was launched in 2019, has had two smaller leaks, the last of them in March 2024.",
      "“We have time, and we have a good plan,” flight director Amara Osei said.",
    ].join("\n\n"),
  },
  {
    input: "space-station/2",
    externalId: "daily-courier-1",
    source: "Daily Courier",
    url: "https://dailycourier.example/science/meridian-leak",
    publishedAt: "2026-12-28T11:00:00Z",
    title: "Coolant leak found aboard Meridian space station",
    originalText: [
      "Flight controllers detected an ammonia coolant leak aboard the Meridian space station at about 3:40 a.m. GMT on Sunday, the Joint Space Agency said.",
      "The agency said on Monday that the crew of four was not in danger.",
      "A spacewalk to isolate the leaking line is planned for Wednesday, mission managers said.",
      "Meridian, which was launched in 2019, has had two smaller leaks, the last of them in March 2024.",
      "“We have time, and we have a good plan,” flight director Amara Osei said.",
      "Subscribe to the Daily Courier for full coverage of space and science.",
    ].join("\n\n"),
  },
  {
    input: "space-station/3",
    externalId: "science-weekly-1",
    source: "Science Weekly",
    url: "https://scienceweekly.example/news/meridian-spacewalk-postponed",
    publishedAt: "2026-12-30T17:00:00Z",
    title: "Meridian spacewalk put off to Saturday after spacesuit fault",
    originalText: [
      "Mission managers on Wednesday postponed the spacewalk to Saturday after a cooling fan in one of the spacesuits failed a check on Tuesday.",
      "Sensors had shown a small drop in pressure the previous Friday, two days before the alarm, a review found.",
      "The leak has drained about a third of the ammonia in the station's outer loop, the agency said.",
      "Commander Ilse Brandt, who flew on the station's first crew in 2019, will lead the spacewalk with engineer Tomas Reyes.",
      "The spacewalk is now scheduled to begin at 9 a.m. GMT on Saturday, Jan. 2.",
    ].join("\n\n"),
  },
  {
    input: "space-station/4",
    externalId: "orbital-news-2",
    source: "Orbital News Service",
    url: "https://orbitalnews.example/2027/01/02/meridian-spacewalk",
    publishedAt: "2027-01-02T21:00:00Z",
    title: "Spacewalkers isolate leaking line on Meridian",
    originalText: [
      "HOUSTON (Orbital News Service) — Two astronauts spent six hours and 12 minutes outside the Meridian space station on Saturday, closing a valve to isolate a coolant line that had been leaking since Dec. 27.",
      "Brandt and Reyes left the airlock at 9:05 a.m. GMT and were back inside by 3:17 p.m.",
      "The spacewalk had first been planned for Wednesday but was put off after a spacesuit fan failed.",
      "Mission managers said the cargo ship Kestrel-7 would launch on Jan. 8 with two spare pumps.",
      "“It went like a textbook,” Osei said.",
    ].join("\n\n"),
  },
  {
    input: "space-station/5",
    externalId: "tech-ledger-1",
    source: "Tech Ledger",
    url: "https://techledger.example/space/meridian-loop-holds",
    publishedAt: "2027-01-05T10:00:00Z",
    title: "Meridian's repaired loop holds; cargo launch slips to Jan. 11",
    originalText: [
      "Engineers confirmed on Monday that the isolated loop was holding pressure.",
      "The crew went back to its experiments yesterday, Brandt said in a call with reporters.",
      "The leak was first spotted on Dec. 27 by a ground controller in Houston during a routine overnight check.",
      "Last week's postponement cost the agency about $2 million, an official said.",
      "The launch of Kestrel-7 has been pushed back to Jan. 11 because of high winds at the launch site, the agency said on Monday.",
      "The station's operators must decide by Jan. 31 whether to replace the pump module next year.",
    ].join("\n\n"),
  },
  {
    input: "space-station/6",
    externalId: "wexley-stargazers-1",
    source: "Wexley Stargazers",
    url: "https://wexleystargazers.example/blog/meridian-overhead",
    title: "Meridian overhead during the spacewalk",
    originalText: [
      "Members watched Meridian pass over the town on Saturday evening while the spacewalk was still going on.",
      "The station has circled the Earth since 2019 and is easy to spot on a clear night.",
      "Our next viewing night will be on Friday, weather permitting.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function spaceStationArticles(): Article[] {
  return linkNearDuplicates(SPACE_STATION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. A plan a later article reports as
 * changed keeps its own day (the timeline shows what was planned, then what happened); a plan may
 * also be told on the day it was said. The Daily Courier's article is the wire's, copied: one outlet.
 */
export const SPACE_STATION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We have time, and we have a good plan", speaker: "Amara Osei" },
    { text: "It went like a textbook", speaker: "Amara Osei" },
  ],
  timeline: [
    { text: "detected an ammonia coolant leak aboard the Meridian space station", dates: ["2026-12-27"] },
    { text: "A spacewalk to isolate the leaking line is planned for Wednesday", dates: ["2026-12-30", "2026-12-28"] },
    { text: "Mission managers on Wednesday postponed the spacewalk to Saturday", dates: ["2026-12-30"] },
    { text: "Sensors had shown a small drop in pressure the previous Friday", dates: ["2026-12-25"] },
    // Written on 30 December: the coming 2 January, in the next year.
    { text: "The spacewalk is now scheduled to begin at 9 a.m. GMT on Saturday, Jan. 2", dates: ["2027-01-02"] },
    { text: "Two astronauts spent six hours and 12 minutes outside", dates: ["2027-01-02"] },
    { text: "the cargo ship Kestrel-7 would launch on Jan. 8", dates: ["2027-01-08", "2027-01-02"] },
    { text: "Engineers confirmed on Monday that the isolated loop was holding pressure", dates: ["2027-01-04"] },
    { text: "The crew went back to its experiments yesterday", dates: ["2027-01-04"] },
    // Written on 5 January: the December just gone.
    { text: "The leak was first spotted on Dec. 27", dates: ["2026-12-27"] },
    { text: "Last week's postponement cost the agency", dates: ["2026-12-28", "2026-12-30"] },
    { text: "The launch of Kestrel-7 has been pushed back to Jan. 11", dates: ["2027-01-11", "2027-01-04"] },
    { text: "must decide by Jan. 31 whether to replace the pump module", dates: ["2027-01-31"] },
    // The undated page: its Saturday cannot be placed.
    { text: "Members watched Meridian pass over the town on Saturday evening", dates: [null] },
  ],
  neverDated: [
    { text: "Meridian, which was launched in 2019", date: "2019" },
    { text: "Meridian, which was launched in 2019", date: "2024" },
    { text: "Commander Ilse Brandt, who flew on the station's first crew in 2019", date: "2019" },
    // Past perfect, written on a Saturday: the Wednesday gone, never the coming one.
    { text: "The spacewalk had first been planned for Wednesday", date: "2027-01-06" },
    { text: "The leak was first spotted on Dec. 27", date: "2027-12-27" },
    { text: "The spacewalk is now scheduled to begin at 9 a.m. GMT on Saturday, Jan. 2", date: "2026-01-02" },
    { text: "must decide by Jan. 31 whether to replace the pump module", date: "2026-01-31" },
    { text: "must decide by Jan. 31 whether to replace the pump module", date: "2028" },
    { text: "The station has circled the Earth since 2019", date: "2019" },
    { text: "Our next viewing night will be on Friday", date: "2026" },
    { text: "Our next viewing night will be on Friday", date: "2027" },
  ],
  disagreements: [],
  notDisagreements: [
    // Two launch days, one after the other: a plan, then the plan changed.
    ["8", "11"],
  ],
  corroboration: [
    // The Daily Courier's article is the wire's, copied.
    { text: "The agency said on Monday that the crew of four was not in danger", outlets: 1 },
  ],
};
