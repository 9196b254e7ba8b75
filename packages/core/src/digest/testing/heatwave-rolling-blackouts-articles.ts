/**
 * Held-out batch Y (lead session 34, 2026-12-08), written by heldout27 before any run; scored unfitted, then added to the bench at the session's end.
 * Arizona's grid operator orders rolling blackouts in a record heatwave, Monday 17 to Thursday 20 July 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "hb/1",
    externalId: "y1",
    source: "United Press Network",
    url: "https://unitedpressnetwork.example/us/arizona-rolling-blackouts-heat",
    publishedAt: "2045-07-18T01:30:00Z",
    title: "Arizona orders rolling blackouts as heat drives record demand",
    originalText: [
      "PHOENIX (UPN) — Arizona's grid operator ordered rolling blackouts across the state on Monday afternoon as the temperature in Phoenix reached 118 degrees and air conditioners pushed demand to a record.",
      "About 1.2 million customers lost power in rotating outages that began at 3:40 p.m., the Desert Southwest Grid Operator said.",
      "Demand peaked at 31,400 megawatts, beating the record of 30,100 set in 2041.",
      "Nearly 18% of the state's generating capacity was offline, including two units at the Palo Seco gas plant that tripped in the heat, the operator said.",
      "“We had no choice but to shed load to protect the grid,” said Teresa Villalobos, the operator's chief executive.",
      "The blackouts are the first ordered in Arizona since August 2036.",
    ].join("\n"),
  },
  {
    input: "hb/2",
    externalId: "y2",
    source: "Sonoran Daily Star",
    url: "https://sonorandailystar.example/news/rolling-blackouts-arizona-record-demand",
    publishedAt: "2045-07-18T04:00:00Z",
    title: "Record heat forces rolling blackouts across Arizona",
    originalText: [
      "The operator of Arizona's power grid ordered rotating blackouts on Monday afternoon, with Phoenix at 118 degrees and air-conditioning demand at an all-time high.",
      "Some 1.2 million customers lost power as outages rolled across the state from 3:40 p.m., according to the Desert Southwest Grid Operator.",
      "Demand reached a peak of 31,400 megawatts, above the previous record of 30,100 from 2041.",
      "Close to 18% of generating capacity in the state was out of service, among it two Palo Seco gas units that tripped in the heat.",
      "“We had no choice but to shed load to protect the grid,” said Teresa Villalobos, the operator's chief executive. (UPN)",
    ].join("\n"),
  },
  {
    input: "hb/3",
    externalId: "y3",
    source: "KSUN 5 News",
    url: "https://ksun5.example/news/valley-power-restored-more-outages-likely",
    publishedAt: "2045-07-18T15:00:00Z",
    title: "Power back for most of the Valley, but more outages likely",
    originalText: [
      "More than 1.4 million customers were without power at some point yesterday, according to utility figures compiled by KSUN.",
      "Power was back on for most of the Valley by 9 p.m., but the grid operator warned more outages were likely today and Wednesday.",
      "The operator cut power to neighborhoods in turns before moving on to the next.",
      "“It was 104 degrees in my living room by five o'clock,” said Luis Ortega, 71, of Mesa.",
      "Phoenix opened 42 cooling centers, up from 25 last week.",
      "The Maricopa County medical examiner is investigating three deaths that may be heat-related.",
    ].join("\n"),
  },
  {
    input: "hb/4",
    externalId: "y4",
    source: "Grid & Power Journal",
    url: "https://gridandpowerjournal.example/markets/desert-southwest-peak-capacity-shortfall",
    publishedAt: "2045-07-19T13:00:00Z",
    title: "Desert Southwest demand hit all-time high as a fifth of fleet sat idle",
    originalText: [
      "Demand on the Desert Southwest grid hit 32,050MW on Monday, an all-time high, the operator's preliminary data show.",
      "About 22 per cent of installed capacity, some 9,800MW, was unavailable at the peak.",
      "Wholesale prices sat at the $5,000-per-megawatt-hour cap for six hours.",
      "Tuesday's outages were shorter and affected about 600,000 customers, the operator said.",
      "Operator chief executive Teresa Villalobos has ordered a review of the Palo Seco plant's cooling systems.",
      "“Our fleet was not built for five straight days above 115 degrees,” the chief executive told analysts on Tuesday.",
    ].join("\n"),
  },
  {
    input: "hb/5",
    externalId: "y5",
    source: "The National Courier",
    url: "https://nationalcourier.example/us/grandmother-dies-blackout-phoenix",
    title: "Grandmother dies in sweltering home as blackouts hit Phoenix",
    originalText: [
      "An 86-year-old grandmother was found dead in her Phoenix home on Monday after power to her street was cut in the rolling blackouts, her family said.",
      "Her daughter, Janet Caldwell, said the power on the street was off for more than two hours.",
      "Janet Caldwell said: “She told me on the phone she was fine, just a little warm.”",
      "The widow had lived in the same house since 1979.",
    ].join("\n"),
  },
  {
    input: "hb/6",
    externalId: "y6",
    source: "United Press Network",
    url: "https://unitedpressnetwork.example/us/arizona-ends-rolling-blackouts",
    publishedAt: "2045-07-20T23:00:00Z",
    title: "Arizona ends rolling blackouts as heat eases",
    originalText: [
      "PHOENIX (UPN) — Arizona's grid operator said Thursday it would end rolling blackouts after temperatures eased to 109 degrees and the Palo Seco units returned to service.",
      "The outages, which began Monday, hit about 1.9 million customers over four days.",
      "The Maricopa County medical examiner has now confirmed seven heat-related deaths this week, including Ruth Caldwell, 83, who died after power to her home was cut.",
      "Gov. Dana Whitcomb said the state would ask regulators to investigate: “Arizonans were promised a grid that could take the heat.”",
      "Consumer groups want customers to get a $200 credit; the utility has offered $50.",
      "Forecasters expect temperatures to climb again next week.",
    ].join("\n"),
  },
];

export function heatwaveRollingBlackoutsArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. Arizona is UTC-7 all year: Monday's wire (01:30 UTC
 * Tuesday) is Monday 17 July at 6:30 p.m. local, and the Daily Star's rewrite (04:00 UTC) Monday
 * 9 p.m.; "on Monday" in both is the 17th. KSUN's Tuesday-morning story (8 a.m. local): "yesterday" is
 * the 17th, "today" the 18th. "On Monday" in Wednesday's trade story is the 17th, "Tuesday's" and
 * "on Tuesday" the 18th. "Thursday" in Thursday's wire is the 20th and "began Monday" the 17th. The
 * Courier's story is undated: its "on Monday" may stay undated or take the 17th.
 */
export const HEATWAVE_ROLLING_BLACKOUTS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We had no choice but to shed load to protect the grid", speaker: "Teresa Villalobos" },
    { text: "It was 104 degrees in my living room by five o'clock", speaker: "Luis Ortega" },
    // Title-only attribution; the chief executive is named in the sentence before.
    { text: "Our fleet was not built for five straight days above 115 degrees", speaker: "Teresa Villalobos" },
    { text: "She told me on the phone she was fine, just a little warm", speaker: "Janet Caldwell" },
    { text: "Arizonans were promised a grid that could take the heat", speaker: "Dana Whitcomb" },
  ],
  timeline: [
    { text: "ordered rolling blackouts across the state on Monday afternoon", dates: ["2045-07-17"] },
    { text: "ordered rotating blackouts on Monday afternoon", dates: ["2045-07-17"] },
    { text: "More than 1.4 million customers were without power at some point yesterday", dates: ["2045-07-17"] },
    { text: "Demand on the Desert Southwest grid hit 32,050MW on Monday", dates: ["2045-07-17"] },
    { text: "Tuesday's outages were shorter and affected about 600,000 customers", dates: ["2045-07-18"] },
    { text: "the chief executive told analysts on Tuesday", dates: ["2045-07-18"] },
    { text: "was found dead in her Phoenix home on Monday", dates: [null, "2045-07-17"] },
    { text: "Arizona's grid operator said Thursday it would end rolling blackouts", dates: ["2045-07-20"] },
  ],
  neverDated: [
    { text: "beating the record of 30,100 set in 2041", date: "2041" },
    { text: "above the previous record of 30,100 from 2041", date: "2041" },
    { text: "The blackouts are the first ordered in Arizona since August 2036", date: "2036-08" },
    { text: "The widow had lived in the same house since 1979", date: "1979" },
    // "Tuesday's" in a Wednesday story is the day before, never the next Tuesday.
    { text: "Tuesday's outages were shorter", date: "2045-07-25", exact: true },
  ],
  disagreements: [
    // Customers cut on the Monday: "About 1.2 million customers lost power" (the wire; its rewrite counts
    // once) against "More than 1.4 million customers were without power".
    { values: ["1.2", "1.4"], outlets: ["United Press Network", "KSUN 5 News"] },
    // Monday's peak demand: "peaked at 31,400 megawatts" against "hit 32,050MW".
    { values: ["31,400", "32,050"], outlets: ["United Press Network", "Grid & Power Journal"] },
    // The share of capacity out at the peak: "Nearly 18%" against "About 22 per cent".
    { values: ["18", "22"], outlets: ["United Press Network", "Grid & Power Journal"] },
    // The dead woman's age: "An 86-year-old grandmother" against ", 83,".
    { values: ["86", "83"], outlets: ["The National Courier", "United Press Network"] },
  ],
  notDisagreements: [
    // Monday's customers against Tuesday's and against the four-day total.
    ["1.2", "600,000"],
    ["1.4", "600,000"],
    ["1.2", "1.9"],
    ["1.4", "1.9"],
    // The new record against the old one.
    ["31,400", "30,100"],
    ["32,050", "30,100"],
    // Capacity out in megawatts against the demand.
    ["9,800", "32,050"],
    // Temperatures: Monday's peak, a living room, the eased heat, a threshold.
    ["118", "109"],
    ["118", "104"],
    ["115", "118"],
    // Deaths under investigation, then confirmed.
    ["three", "seven"],
    // Cooling centers this week against last week.
    ["42", "25"],
    // A demand against an offer.
    ["200", "50"],
    // A street's outage against the hours prices sat at the cap.
    ["two", "six"],
    // A witness's age against the dead woman's.
    ["71", "83"],
    ["71", "86"],
  ],
  corroboration: [
    // The wire and its rewrite count once; KSUN gives another figure (a disagreement, not support).
    { text: "About 1.2 million customers lost power in rotating outages", outlets: 1 },
    // A record demand on Monday: the trade journal and the wire ("pushed demand to a record"), in other words.
    { text: "Demand on the Desert Southwest grid hit 32,050MW on Monday, an all-time high", outlets: 2 },
    // The Courier and Thursday's wire (Ruth Caldwell, who died after power to her home was cut).
    { text: "An 86-year-old grandmother was found dead in her Phoenix home", outlets: 2 },
  ],
  headline: ["end rolling blackouts", "ends rolling blackouts", "ending rolling blackouts", "blackouts end"],
  summary: {
    holds: ["end rolling blackouts", "seven"],
    never: ["is investigating three deaths", "warned more outages were likely today and Wednesday"],
  },
  sameEntry: [
    [
      "ordered rolling blackouts across the state on Monday afternoon",
      "More than 1.4 million customers were without power at some point yesterday",
    ],
  ],
  order: [
    "ordered rolling blackouts across the state on Monday afternoon",
    "Tuesday's outages were shorter and affected about 600,000 customers",
    "Arizona's grid operator said Thursday it would end rolling blackouts",
  ],
  supersession: {
    apart: [
      ["is investigating three deaths that may be heat-related", "has now confirmed seven heat-related deaths"],
      ["warned more outages were likely today and Wednesday", "said Thursday it would end rolling blackouts"],
    ],
    current: [
      "Demand peaked at 31,400 megawatts",
      "Consumer groups want customers to get a $200 credit",
      "Forecasters expect temperatures to climb again next week",
    ],
  },
};
