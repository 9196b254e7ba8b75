/**
 * Held-out batch P (lead session 30, 2026-12-07), written by heldout18 before any run; unfitted.
 * An Oregon city council votes a 5 percent rent cap and landlords sue, Tuesday 9 to Friday 12 October 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "rc/1",
    externalId: "v1",
    source: "Pacific Wire Service",
    url: "https://pacificwireservice.example/oregon/port-alden-rent-cap-vote",
    publishedAt: "2046-10-10T06:00:00Z",
    title: "Port Alden council caps rent increases at 5 percent",
    originalText: [
      "PORT ALDEN, Ore. (PWS) — The Port Alden City Council voted 7-4 on Tuesday night to cap yearly rent increases at 5 percent for most apartments in the city.",
      "The cap, which takes effect Jan. 1, will cover about 41,000 apartments, according to city housing staff.",
      "Buildings less than 15 years old are exempt.",
      "Tenant groups had pushed for a 3 percent cap, while landlords proposed 8 percent.",
      "“This is the night renters in this city stop being afraid of the mail,” said council member Rosa Delgado, who wrote the measure.",
      "More than 200 people spoke during public comment, which ran past 10 p.m.",
      "Oregon's statewide law, passed in 2019, caps increases at 7 percent plus inflation.",
    ].join("\n"),
  },
  {
    input: "rc/2",
    externalId: "v2",
    source: "Cascade Daily Briefing",
    url: "https://cascadedailybriefing.example/politics/port-alden-approves-rent-cap",
    publishedAt: "2046-10-10T13:00:00Z",
    title: "Port Alden approves 5% rent cap",
    originalText: [
      "Port Alden's City Council on Tuesday night approved, by 7 votes to 4, a limit of 5 percent a year on rent increases for most of the city's apartments.",
      "City housing staff say the limit, which starts Jan. 1, will apply to about 41,000 apartments.",
      "Buildings under 15 years old are exempt.",
      "Tenant groups wanted a 3 percent limit; landlords offered 8 percent.",
      "Council member Rosa Delgado, the measure's author, said: “This is the night renters in this city stop being afraid of the mail.”",
      "Public comment drew more than 200 speakers and ran past 10 p.m.",
    ].join("\n"),
  },
  {
    input: "rc/3",
    externalId: "v3",
    source: "The Port Alden Tribune",
    url: "https://portaldentribune.example/local/rent-cap-vote-what-it-means",
    publishedAt: "2046-10-10T14:00:00Z",
    title: "Rent cap passes after marathon hearing",
    originalText: [
      "The council's 7-4 vote last night to hold rent increases to 5 percent a year followed a hearing of nearly six hours with 146 speakers.",
      "Supporters said the city's median rent of $2,150 a month had risen 31 percent in four years.",
      "Renters make up 56 percent of the city's households, census figures show.",
      "Greg Halvorsen, president of the Port Alden Rental Housing Association, said landlords would consider a court challenge.",
      "“We will see fewer apartments built, not more,” Halvorsen said.",
      "Mayor Tom Brackett, who votes only to break ties, has not said whether he will sign the ordinance.",
      "Neighboring Lakeview rejected a 6 percent cap in March.",
    ].join("\n"),
  },
  {
    input: "rc/4",
    externalId: "v4",
    source: "The Renters' Voice",
    url: "https://rentersvoice.example/news/we-won-port-alden-cap",
    title: "We won: Port Alden caps rents",
    originalText: [
      "Tenants packed City Hall for Tuesday's vote, many of them in red shirts.",
      "Nearly 61% of Port Alden households rent their homes, and the median rent is 2,350 dollars a month, according to the Renters' Alliance.",
      "'We won tonight, but the landlords will be back,' organizer Keisha Monroe told the crowd.",
      "Some renters in the city have faced increases of 20 to 25 percent in a single year.",
    ].join("\n"),
  },
  {
    input: "rc/5",
    externalId: "v5",
    source: "Multifamily Investor Weekly",
    url: "https://multifamilyinvestorweekly.example/markets/port-alden-rent-cap-investors",
    publishedAt: "2046-10-11T15:00:00Z",
    title: "Investors pause Port Alden projects after 5% rent cap",
    originalText: [
      "Port Alden's 5 percent rent cap, approved Tuesday, will apply to roughly 38,000 rental units.",
      "At least two investors have paused projects in the city since the vote, brokers said.",
      "Landlords may still raise rents by up to 10 percent when a unit changes tenants.",
      "The 15-year exemption for new buildings matches the one in the 2019 state law.",
      "According to broker Dana Whitfield of Ridgeline Capital, “Cap rates in Port Alden just moved 50 basis points overnight.”",
      "Apartments in the metro area sold for about $310,000 a unit last quarter.",
    ].join("\n"),
  },
  {
    input: "rc/6",
    externalId: "v6",
    source: "Pacific Wire Service",
    url: "https://pacificwireservice.example/oregon/landlords-sue-port-alden-rent-cap",
    publishedAt: "2046-10-12T20:00:00Z",
    title: "Landlords sue to block Port Alden rent cap",
    originalText: [
      "PORT ALDEN, Ore. (PWS) — Landlords filed suit in Alden County Circuit Court on Friday seeking to block Port Alden's new rent cap before it takes effect Jan. 1.",
      "The Port Alden Rental Housing Association argues that the 5 percent cap conflicts with state law.",
      "Mayor Tom Brackett signed the ordinance on Thursday.",
      "The cap was first proposed in April at 4 percent and raised to 5 percent by an amendment on the night of the vote.",
      "“The council acted within its powers and we will defend it,” City Attorney Lena Ortiz said.",
      "Council member Rosa Delgado said the city would fight the suit. “Let them sue,” Delgado said.",
    ].join("\n"),
  },
];

export function rentCapVoteArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. Oregon is UTC-7 in October: the first agency story
 * is 11pm on Tuesday 9 October, so "Tuesday night" is the 9th; "last night" in the Tribune's
 * Wednesday-morning paper is the 9th; "Tuesday" in Thursday's trade story the 9th; "on Thursday"
 * and "on Friday" in Friday's story the 11th and 12th. "Jan. 1" ahead is 2047's; "March" and
 * "April" behind are 2046's. Cascade Daily Briefing's story is a syndicated rewrite of the agency's first.
 */
export const RENT_CAP_VOTE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This is the night renters in this city stop being afraid of the mail", speaker: "Rosa Delgado" },
    { text: "We will see fewer apartments built, not more", speaker: "Greg Halvorsen" },
    { text: "We won tonight, but the landlords will be back", speaker: "Keisha Monroe" },
    { text: "Cap rates in Port Alden just moved 50 basis points overnight", speaker: "Dana Whitfield" },
    { text: "The council acted within its powers and we will defend it", speaker: "Lena Ortiz" },
    { text: "Let them sue", speaker: "Rosa Delgado" },
  ],
  timeline: [
    { text: "The Port Alden City Council voted 7-4 on Tuesday night", dates: ["2046-10-09"] },
    { text: "Port Alden's City Council on Tuesday night approved", dates: ["2046-10-09"] },
    { text: "The council's 7-4 vote last night", dates: ["2046-10-09"] },
    { text: "The cap, which takes effect Jan. 1", dates: ["2047-01-01"] },
    { text: "Neighboring Lakeview rejected a 6 percent cap in March", dates: ["2046-03"] },
    { text: "Tenants packed City Hall for Tuesday's vote", dates: [null, "2046-10-09"] },
    { text: "Port Alden's 5 percent rent cap, approved Tuesday", dates: ["2046-10-09"] },
    { text: "Landlords filed suit in Alden County Circuit Court on Friday", dates: ["2046-10-12"] },
    { text: "Mayor Tom Brackett signed the ordinance on Thursday", dates: ["2046-10-11"] },
    { text: "The cap was first proposed in April at 4 percent", dates: ["2046-04"] },
  ],
  neverDated: [
    { text: "Oregon's statewide law, passed in 2019", date: "2019" },
    { text: "matches the one in the 2019 state law", date: "2019" },
    // "Jan. 1" ahead in October is next year's.
    { text: "The cap, which takes effect Jan. 1", date: "2046-01-01", exact: true },
    { text: "before it takes effect Jan. 1", date: "2046-01-01", exact: true },
    // "March" behind in October is this year's.
    { text: "Neighboring Lakeview rejected a 6 percent cap in March", date: "2047-03", exact: true },
    // "On Thursday" in a Friday story is the day before.
    { text: "Mayor Tom Brackett signed the ordinance on Thursday", date: "2046-10-18", exact: true },
  ],
  disagreements: [
    // Homes the cap covers: "about 41,000 apartments" against "roughly 38,000 rental units".
    { values: ["41,000", "38,000"], outlets: ["Pacific Wire Service", "Multifamily Investor Weekly"] },
    // People who spoke at the hearing: "More than 200 people spoke" against "146 speakers".
    { values: ["200", "146"], outlets: ["Pacific Wire Service", "The Port Alden Tribune"] },
    // The city's median monthly rent.
    { values: ["2,150", "2,350"], outlets: ["The Port Alden Tribune", "The Renters' Voice"] },
    // The share of households that rent.
    { values: ["56", "61"], outlets: ["The Port Alden Tribune", "The Renters' Voice"] },
  ],
  notDisagreements: [
    // Tenants' demand and landlords' offer against the cap voted.
    ["3", "8"],
    ["3", "5"],
    ["8", "5"],
    // The proposal against the amended cap.
    ["4", "5"],
    // The state's cap, a neighbour's rejected cap, and the vacancy allowance.
    ["7", "5"],
    ["6", "5"],
    ["10", "5"],
    // The vote's two sides.
    ["7", "4"],
    // A range's ends, and increases some renters faced against the cap.
    ["20", "25"],
    ["25", "5"],
    // The rise in rent against the share who rent.
    ["31", "56"],
    ["31", "61"],
    // A sale price per unit against the monthly rent.
    ["310,000", "2,150"],
    // The exemption's years against the cap.
    ["15", "5"],
    // Hours of hearing against speakers.
    ["six", "146"],
  ],
  corroboration: [
    // The agency (its rewrite once), the Tribune and the trade weekly.
    { text: "voted 7-4 on Tuesday night to cap yearly rent increases at 5 percent", outlets: 3 },
    // The agency (its rewrite once) and the trade weekly's "15-year exemption".
    { text: "Buildings less than 15 years old are exempt", outlets: 2 },
    // The agency and its rewrite: once; the trade weekly gives 38,000.
    { text: "will cover about 41,000 apartments", outlets: 1 },
  ],
  headline: ["filed suit", "sue"],
  summary: {
    holds: ["5 percent", "suit"],
    never: ["said landlords would consider a court challenge", "has not said whether he will sign the ordinance"],
  },
  sameEntry: [["The Port Alden City Council voted 7-4 on Tuesday night", "The council's 7-4 vote last night"]],
  order: [
    "The cap was first proposed in April at 4 percent",
    "The Port Alden City Council voted 7-4 on Tuesday night",
    "Mayor Tom Brackett signed the ordinance on Thursday",
    "Landlords filed suit in Alden County Circuit Court on Friday",
    "The cap, which takes effect Jan. 1",
  ],
  supersession: {
    apart: [
      ["said landlords would consider a court challenge", "Landlords filed suit in Alden County Circuit Court"],
      ["has not said whether he will sign the ordinance", "Mayor Tom Brackett signed the ordinance on Thursday"],
    ],
    current: [
      "Buildings less than 15 years old are exempt",
      "caps increases at 7 percent plus inflation",
      "Landlords may still raise rents by up to 10 percent",
    ],
  },
};
