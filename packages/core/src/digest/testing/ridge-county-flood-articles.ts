import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of staleness by latest12 (2026-12-07, texts and expectations
 * written before running any code on them): five articles from four outlets (US and British styles) on
 * flash floods in a mountain county of North Carolina, from Monday 13 to Thursday 16 October 2031.
 * 38 people missing fall to 12 as people are found safe, then to 10; a highway that remains closed
 * reopens; a disaster declaration to be requested is requested and approved. What stays: the five
 * dead (a toll that did not change), the rain that fell, the people rescued on Sunday and Monday (a
 * part told with its own days beside the week's total), a recovery center to open on Friday
 * (announced the same day as a development, its day not come). First run (before any fix): quotes 4/4,
 * timeline 5/5, corroboration 0/1 (the two outlets' "found two people alive" counted as one), headline
 * right, summary 1/1 and 0 unwanted, supersession 6/6 pairs apart, 4/6 current kept ("The death toll
 * remains at five" and "Searchers found two more people alive on Thursday" left out as outdated), 2
 * stale lines alone ("About 2,300 homes ... have no power" told without its restoration at 120 and
 * 250 words). Test support only.
 */
const RIDGE_COUNTY_FLOOD_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "flood/1",
    externalId: "f1",
    source: "Associated Wire",
    url: "https://associatedwire.example/north-carolina-flash-floods",
    publishedAt: "2031-10-13T16:00:00Z",
    title: "Flash floods kill 5 in North Carolina mountains; dozens missing",
    originalText: [
      "MILLBROOK, N.C. (AW) — Flash flooding from a stalled storm killed at least five people in western North Carolina on Sunday, and 38 people are missing, officials said Monday.",
      "The storm dropped 11 inches of rain on Millbrook in 14 hours, the National Weather Service said.",
      "State Route 226 remains closed between Millbrook and Ashcombe after a mudslide buried the road.",
      "Gov. Elena Marquez said she will request a major disaster declaration on Tuesday.",
      "“We are going house to house,” said Sheriff Dale Hutchins of Avery Ridge County.",
    ].join("\n"),
  },
  {
    input: "flood/2",
    externalId: "f2",
    source: "WCRN News",
    url: "https://wcrn.example/news/avery-ridge-rescues",
    publishedAt: "2031-10-14T21:00:00Z",
    title: "Crews pull dozens from floodwaters in Avery Ridge County",
    originalText: [
      "Rescue crews pulled 64 people from flooded homes and cars on Sunday and Monday, the county's emergency manager, Tonya Reese, said Tuesday.",
      "Marquez formally requested a major disaster declaration on Tuesday afternoon.",
      "About 2,300 homes in the county have no power, Blue Ridge Electric said.",
      "“Every hour matters now,” Reese said.",
    ].join("\n"),
  },
  {
    input: "flood/3",
    externalId: "f3",
    source: "The Morning Ledger",
    url: "https://morningledger.example/world/north-carolina-floods-missing-fall",
    publishedAt: "2031-10-15T22:00:00Z",
    title: "Number missing in North Carolina floods falls to 12",
    originalText: [
      "The number of people missing after last weekend's flash floods in North Carolina has fallen to 12, as many of those reported missing were found safe in shelters or with relatives, officials said on Wednesday.",
      "The death toll remains at five.",
      "Route 226 reopened to traffic on Wednesday afternoon after crews cleared the mudslide.",
      "The White House approved the disaster declaration on Wednesday, freeing federal money for the county.",
      "The county will open a recovery centre in Millbrook on Friday, Ms Reese said.",
    ].join("\n"),
  },
  {
    input: "flood/4",
    externalId: "f4",
    source: "Carolina Mountain Herald",
    url: "https://carolinamountainherald.example/news/two-more-found-alive",
    publishedAt: "2031-10-16T20:00:00Z",
    title: "Two more found alive; 10 still missing after floods",
    originalText: [
      "Searchers found two more people alive on Thursday near Ashcombe, bringing the number still missing to 10, Sheriff Hutchins said.",
      "In all, 112 people were rescued from floodwaters between Sunday and Wednesday, Reese said.",
      "Power has been restored to all but about 400 homes.",
      "“We are not giving up on anyone,” Hutchins said.",
    ].join("\n"),
  },
  {
    input: "flood/5",
    externalId: "f5",
    source: "Associated Wire",
    url: "https://associatedwire.example/north-carolina-floods-search-continues",
    publishedAt: "2031-10-16T23:00:00Z",
    title: "Search for 10 missing continues in North Carolina",
    originalText: [
      "MILLBROOK, N.C. (AW) — Searchers in western North Carolina found two people alive on Thursday, leaving 10 missing four days after flash floods killed five people.",
      "Cadaver dogs and helicopters joined the search along the Toe River on Thursday.",
      "“We still have families waiting for news,” said Marquez.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function ridgeCountyFloodArticles(): Article[] {
  return linkNearDuplicates(RIDGE_COUNTY_FLOOD_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by latest12 (2026-12-07), before running any code on them. No real
 * disagreement: 38 missing, then 12, then 10; 64 rescued on two days, 112 in all; 2,300 homes without
 * power, then about 400.
 */
export const RIDGE_COUNTY_FLOOD_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are going house to house", speaker: "Dale Hutchins" },
    { text: "Every hour matters now", speaker: "Tonya Reese" },
    { text: "We are not giving up on anyone", speaker: "Dale Hutchins" },
    { text: "We still have families waiting for news", speaker: "Elena Marquez" },
  ],
  timeline: [
    { text: "killed at least five people in western North Carolina on Sunday", dates: ["2031-10-12"] },
    { text: "formally requested a major disaster declaration on Tuesday", dates: ["2031-10-14"] },
    { text: "Route 226 reopened to traffic on Wednesday afternoon", dates: ["2031-10-15"] },
    { text: "approved the disaster declaration on Wednesday", dates: ["2031-10-15"] },
    { text: "Searchers found two more people alive on Thursday", dates: ["2031-10-16"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["38", "12"],
    ["12", "10"],
    ["64", "112"],
    ["2,300", "400"],
  ],
  corroboration: [{ text: "found two more people alive on Thursday", outlets: 2 }],
  headline: ["10", "found two more", "found two people alive"],
  summary: {
    holds: ["10"],
    never: ["38 people are missing", "remains closed between Millbrook and Ashcombe", "will request a major disaster"],
  },
  supersession: {
    apart: [
      // A count a later report revised downward.
      ["38 people are missing", "has fallen to 12"],
      ["38 people are missing", "bringing the number still missing to 10"],
      ["has fallen to 12", "bringing the number still missing to 10"],
      // A state that ended.
      ["remains closed between Millbrook and Ashcombe", "Route 226 reopened to traffic"],
      // A request to be made, then made and approved.
      ["she will request a major disaster declaration on Tuesday", "formally requested a major disaster declaration"],
      // A count of homes without power, then a later one.
      ["About 2,300 homes in the county have no power", "restored to all but about 400 homes"],
    ],
    current: [
      "The storm dropped 11 inches of rain",
      "The death toll remains at five",
      "Rescue crews pulled 64 people from flooded homes and cars on Sunday and Monday",
      "will open a recovery centre in Millbrook on Friday",
      "In all, 112 people were rescued",
      "Searchers found two more people alive on Thursday",
    ],
  },
};
