/**
 * The lead's held-out batch O (session 29, 2026-12-07): texts and expectations written by helper heldout17 before any run, kept
 * outside the repository while unfitted (first run on 0a381dc3 and after the session's merges: see the README's facts
 * table), added here at the session's end; the lead read their misses after the unfitted runs, so they are fitted from now on.
 * A burst water main floods an Australian city's metro tunnel and shuts the line, Monday 13 to Friday 17 March 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "mt/1",
    externalId: "t1",
    source: "Southern Cross Newswire",
    url: "https://southerncrossnewswire.example/news/port-carrick-metro-tunnel-flooded",
    publishedAt: "2045-03-13T02:00:00Z",
    title: "Burst main floods Port Carrick metro tunnel, passengers evacuated",
    originalText: [
      "PORT CARRICK (SCN) — A burst water main flooded a section of Port Carrick's Harbour Line tunnel early on Monday, forcing the evacuation of about 150 passengers from a stalled train and shutting the line in the morning rush.",
      "The 1.2-metre trunk main, laid in 1926, ruptured beneath Collins Square at 5.42am, Harbour Water said.",
      "An estimated 20 million litres of water poured into the tunnel between Collins Square and Ferry Street stations.",
      "“The water was up to the carriage doors within minutes,” said passenger Mei Lin Tan, 27, a nurse on her way to a shift.",
      "Metro Carrick said the line would be closed for at least seven days, with 120 replacement buses running.",
      "The Harbour Line, which opened in 1979, carries about 210,000 passengers a day.",
    ].join("\n"),
  },
  {
    input: "mt/2",
    externalId: "t2",
    source: "Coastal Herald",
    url: "https://coastalherald.example/national/wire/port-carrick-tunnel-flood",
    publishedAt: "2045-03-13T04:30:00Z",
    title: "Port Carrick commuters evacuated as water floods Harbour Line",
    originalText: [
      "About 150 passengers were led off a stalled train after a burst water main flooded part of Port Carrick's Harbour Line tunnel early on Monday, closing the line in the morning peak.",
      "Harbour Water said its 1.2-metre trunk main, which dates from 1926, gave way beneath Collins Square at 5.42am.",
      "Some 20 million litres of water are estimated to have flowed into the tunnel between Collins Square and Ferry Street.",
      "“The water was up to the carriage doors within minutes,” said passenger Mei Lin Tan, 27, a nurse on her way to a shift.",
      "The line will stay shut for at least seven days, Metro Carrick said.",
      "(SCN)",
    ].join("\n"),
  },
  {
    input: "mt/3",
    externalId: "t3",
    source: "Carrick 10 News",
    url: "https://carrick10news.example/news/harbour-line-flood-commuters-walk-tunnel",
    publishedAt: "2045-03-13T09:00:00Z",
    title: "Commuters walk flooded tunnel as Harbour Line shuts",
    originalText: [
      "More than 300 commuters had to walk along the flooded tunnel to Ferry Street station after their train stopped in rising water, emergency services said.",
      "The main burst under Collins Square just before 6am this morning.",
      "Fire crews estimated that 35 million litres had flooded the tunnel by mid-morning.",
      "Two people were treated for hypothermia.",
      "Nine of the line's 16 stations are closed, and the main had been flagged for replacement in a 2038 audit.",
      "According to Metro Carrick chief executive Daniel Okoro, “Every pump we own is in that tunnel tonight.”",
    ].join("\n"),
  },
  {
    input: "mt/4",
    externalId: "t4",
    source: "The Carrick Mail",
    url: "https://carrickmail.example/news/harbour-line-commuter-chaos",
    title: "COMMUTER HELL: Harbour Line shut for weeks after tunnel turned into river",
    originalText: [
      "Commuters face weeks of chaos after a century-old water main burst and turned the Harbour Line into an underground river.",
      "It took crews 19 hours to pump the tunnel dry.",
      "'I waded through water up to my knees with my laptop over my head,' said office worker Craig Dunmore, 44.",
      "Metro Carrick bosses expect the repair bill to reach 25 million dollars.",
      "Commuter groups are demanding refunds of $175 for every season-ticket holder; Metro Carrick has offered $40.",
    ].join("\n"),
  },
  {
    input: "mt/5",
    externalId: "t5",
    source: "Tunnels & Rail Review",
    url: "https://tunnelsrailreview.example/incidents/harbour-line-flood-repairs",
    publishedAt: "2045-03-15T03:00:00Z",
    title: "Harbour Line faces three-week closure after main bursts into tunnel",
    originalText: [
      "Pumping crews cleared the Harbour Line tunnel in 14 hours, working through Monday night, Metro Carrick said.",
      "The 1926 cast-iron main split under Collins Square, sending water down a ventilation shaft into the running tunnel.",
      "Repairs to track, signalling cables and power systems will cost an estimated A$18m (about US$12m), the operator said.",
      "The line will stay closed for three weeks while 1.8km of track and cabling are replaced, the operator now says.",
      "Replacement buses have risen to 200, from 120 on Monday.",
      "A flood in 1998 closed the same stretch for five weeks.",
      "“Old cast iron and a modern metro make a bad marriage,” said Sarah Whitcombe, a tunnelling engineer at Carrick University.",
    ].join("\n"),
  },
  {
    input: "mt/6",
    externalId: "t6",
    source: "Southern Cross Newswire",
    url: "https://southerncrossnewswire.example/news/harbour-water-corrosion-burst-main",
    publishedAt: "2045-03-17T01:00:00Z",
    title: "Corrosion caused Port Carrick burst main, water authority says",
    originalText: [
      "PORT CARRICK (SCN) — Corrosion caused the burst main that flooded the Harbour Line tunnel, Harbour Water said on Friday, as it apologised to commuters.",
      "“We failed this city on Monday morning, and we are sorry,” Harbour Water managing director Grace Whitfield said.",
      "Metro Carrick said the line would partly reopen on April 3, between Ferry Street and the airport.",
      "Trips on the parallel Eastern Line rose 40% this week.",
      "The state government has ordered an inspection of all 60km of trunk mains older than 80 years.",
    ].join("\n"),
  },
];

export function metroTunnelFloodArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Port Carrick keeps Australian eastern daylight time,
 * UTC+11, in March: every stamp falls on the same local day). "Early on Monday" in Monday's wire
 * and its rewrite is 13 March, and "at 5.42am" in them is that morning, as is "this morning" in Monday evening's TV story; in Wednesday's trade story
 * "Monday night" and "on Monday" are the 13th; in Friday's wire "on Friday" is the 17th and "on April
 * 3" is this year's, still to come. The undated Mail names no day.
 */
export const METRO_TUNNEL_FLOOD_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The water was up to the carriage doors within minutes", speaker: "Mei Lin Tan" },
    // "According to X, “…”" opening in upper case: a whole quotation.
    { text: "Every pump we own is in that tunnel tonight", speaker: "Daniel Okoro" },
    // Single quotes, the tabloid's style.
    { text: "I waded through water up to my knees with my laptop over my head", speaker: "Craig Dunmore" },
    { text: "Old cast iron and a modern metro make a bad marriage", speaker: "Sarah Whitcombe" },
    { text: "We failed this city on Monday morning, and we are sorry", speaker: "Grace Whitfield" },
  ],
  timeline: [
    { text: "flooded a section of Port Carrick's Harbour Line tunnel early on Monday", dates: ["2045-03-13"] },
    { text: "flooded part of Port Carrick's Harbour Line tunnel early on Monday", dates: ["2045-03-13"] },
    { text: "ruptured beneath Collins Square at 5.42am", dates: ["2045-03-13", null] },
    {
      text: "cleared the Harbour Line tunnel in 14 hours, working through Monday night",
      dates: ["2045-03-13", "2045-03-14"],
    },
    { text: "The main burst under Collins Square just before 6am this morning", dates: ["2045-03-13"] },
    { text: "Replacement buses have risen to 200, from 120 on Monday", dates: ["2045-03-13", "2045-03-15"] },
    {
      text: "Corrosion caused the burst main that flooded the Harbour Line tunnel, Harbour Water said on Friday",
      dates: ["2045-03-17"],
    },
    { text: "the line would partly reopen on April 3", dates: ["2045-04-03"] },
  ],
  neverDated: [
    { text: "The 1.2-metre trunk main, laid in 1926", date: "1926" },
    { text: "The Harbour Line, which opened in 1979", date: "1979" },
    { text: "flagged for replacement in a 2038 audit", date: "2038" },
    { text: "A flood in 1998 closed the same stretch for five weeks", date: "1998" },
    { text: "The 1926 cast-iron main split under Collins Square", date: "1926" },
    { text: "the line would partly reopen on April 3", date: "2044-04-03", exact: true },
    // "Monday night" in a Wednesday story is the Monday gone.
    {
      text: "cleared the Harbour Line tunnel in 14 hours, working through Monday night",
      date: "2045-03-20",
      exact: true,
    },
  ],
  disagreements: [
    // People evacuated from the train: "about 150 passengers" against "More than 300 commuters had to walk".
    { values: ["150", "300"], outlets: ["Southern Cross Newswire", "Carrick 10 News"] },
    // Water into the tunnel: "An estimated 20 million litres … poured" against "35 million litres had flooded".
    { values: ["20", "35"], outlets: ["Southern Cross Newswire", "Carrick 10 News"] },
    // How long the pumping took: "It took crews 19 hours" against "cleared … in 14 hours".
    { values: ["19", "14"], outlets: ["The Carrick Mail", "Tunnels & Rail Review"] },
    // The operator's repair estimate: "25 million dollars" against "A$18m".
    { values: ["25", "18"], outlets: ["The Carrick Mail", "Tunnels & Rail Review"] },
  ],
  notDisagreements: [
    // A first forecast of the closure against the operator's later one.
    ["seven", "three"],
    // Replacement buses as they rose.
    ["120", "200"],
    // Stations closed against the line's stations; people evacuated against daily passengers.
    ["Nine", "16"],
    ["150", "210,000"],
    ["300", "210,000"],
    // A cost and its conversion.
    ["18", "12"],
    // A demand against an offer, and either against the repair bill.
    ["175", "40"],
    ["25", "175"],
    // A 1998 precedent's closure against this one's.
    ["five", "three"],
    // Those treated for hypothermia against those evacuated.
    ["Two", "150"],
    ["Two", "300"],
    // The pipe's width, track replaced and mains to inspect: other things in metres.
    ["1.2", "1.8"],
    ["1.8", "60"],
    // A passenger's age against another's; a share of trips against ages.
    ["27", "44"],
    ["40%", "44"],
  ],
  corroboration: [
    // The wire (with its rewrite), the TV story and the trade journal, in other words.
    { text: "ruptured beneath Collins Square at 5.42am", outlets: 3 },
    // The wire and its rewrite count once; TV gives another count.
    { text: "forcing the evacuation of about 150 passengers from a stalled train", outlets: 1 },
    // Only the wire's Friday story.
    { text: "Corrosion caused the burst main that flooded the Harbour Line tunnel", outlets: 1 },
  ],
  headline: ["corrosion", "Corrosion", "reopen"],
  summary: {
    holds: ["three weeks"],
    never: ["would be closed for at least seven days", "Every pump we own is in that tunnel tonight"],
  },
  sameEntry: [
    [
      "flooded a section of Port Carrick's Harbour Line tunnel early on Monday",
      "The main burst under Collins Square just before 6am this morning",
    ],
  ],
  order: [
    "flooded a section of Port Carrick's Harbour Line tunnel early on Monday",
    "Corrosion caused the burst main that flooded the Harbour Line tunnel, Harbour Water said on Friday",
    "the line would partly reopen on April 3",
  ],
  supersession: {
    apart: [
      ["the line would be closed for at least seven days", "The line will stay closed for three weeks"],
      ["with 120 replacement buses running", "Replacement buses have risen to 200"],
      ["Every pump we own is in that tunnel tonight", "cleared the Harbour Line tunnel in 14 hours"],
    ],
    current: [
      "the line would partly reopen on April 3",
      "carries about 210,000 passengers a day",
      "Commuter groups are demanding refunds of $175",
    ],
  },
};
