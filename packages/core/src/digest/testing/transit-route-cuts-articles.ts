/**
 * Held-out batch U (lead session 32, 2026-12-07), written by heldout23 before any run; unfitted.
 * A transit authority cuts 14 bus routes and raises fares over a budget gap, Monday 2 to Friday 6 March 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tc/1",
    externalId: "u1",
    source: "Coastal Wire Service",
    url: "https://coastalwire.example/oregon/calder-bay-transit-cuts-routes",
    publishedAt: "2043-03-03T06:00:00Z",
    title: "Calder Bay transit board votes to cut 14 bus routes, raise fares",
    originalText: [
      "PORT CALDER, Ore. (CWS) — The Calder Bay Transit Authority board voted Monday to eliminate 14 bus routes and raise the base fare from $2.50 to $3.25 to close a $48 million budget gap, officials said.",
      "The vote came after a six-hour public hearing at which dozens of riders pleaded with the board to find another way.",
      "The cuts take effect on April 6 and will affect about 21,000 daily riders, the agency estimated.",
      "“Nobody on this board wanted to be here tonight,” board chair Denise Okonkwo said.",
      "Ridership has recovered to only 61% of its 2019 level.",
      "The authority last raised fares in 2036, when the base fare went from $2 to $2.50.",
    ].join("\n"),
  },
  {
    input: "tc/2",
    externalId: "u2",
    source: "Pacific Times-Courier",
    url: "https://pacifictimescourier.example/region/transit-board-cuts-bus-routes-fares",
    publishedAt: "2043-03-03T08:00:00Z",
    title: "Transit board cuts 14 bus routes and raises fares",
    originalText: [
      "PORT CALDER, Ore. (CWS) — The Calder Bay Transit Authority board voted on Monday to scrap 14 bus routes and lift the base fare from $2.50 to $3.25 to close a $48 million budget gap, officials said.",
      "The vote followed a six-hour public hearing at which dozens of riders begged the board to find another way.",
      "The cuts take effect on April 6 and will hit about 21,000 daily riders, the agency estimated.",
      "“Nobody on this board wanted to be here tonight,” board chair Denise Okonkwo said.",
      "Ridership has recovered to just 61% of its 2019 level.",
    ].join("\n"),
  },
  {
    input: "tc/3",
    externalId: "u3",
    source: "The Port Calder Ledger",
    url: "https://portcalderledger.example/news/local/riders-pack-hearing-as-board-slashes-service",
    publishedAt: "2043-03-03T14:00:00Z",
    title: "Riders pack hearing as transit board slashes service",
    originalText: [
      "The Calder Bay Transit Authority board, chaired by Denise Okonkwo, voted 7-2 late yesterday to axe 14 routes, most of them in the city's eastern neighborhoods.",
      "More than 200 people signed up to speak, and the meeting ran for five hours before the vote.",
      "The agency faces a shortfall of 52 million dollars in the year starting July 1, according to its finance staff.",
      "'I don't drive, and I can't walk two miles to the next stop,' said Maria Delgado, 67, who rides the No. 12 to dialysis three times a week.",
      "Okonkwo said after the vote that the board had 'no good options left'.",
      "Agency documents show the cuts will do away with 110 driver jobs.",
    ].join("\n"),
  },
  {
    input: "tc/4",
    externalId: "u4",
    source: "Transit Finance Weekly",
    url: "https://transitfinanceweekly.example/agencies/cbta-service-cuts-fare-increase",
    title: "CBTA trims network and lifts fares 30% as relief money runs dry",
    originalText: [
      "The Calder Bay Transit Authority (CBTA) will cut 14 of its 63 bus routes and lift its base fare by 30%, the steepest rise among West Coast agencies this year.",
      "The authority's operating budget is $412 million, and federal pandemic relief, which covered $31 million a year, ran out in 2041.",
      "Ridership stands at 58% of its pre-pandemic 2019 level, CBTA figures show.",
      "General manager Victor Haines said the authority had asked the state for $20 million in emergency aid.",
      "According to Haines, “every route we cut is a route we will struggle to bring back.”",
      "Neighboring Tillamook Valley Transit cut nine routes in 2039 and has restored only two.",
    ].join("\n"),
  },
  {
    input: "tc/5",
    externalId: "u5",
    source: "KPCB 7 News",
    url: "https://kpcb7.example/news/transit-union-driver-jobs-cuts",
    publishedAt: "2043-03-04T22:00:00Z",
    title: "Union vows to fight transit cuts as 95 driver jobs go",
    originalText: [
      "The union representing Calder Bay bus drivers said Wednesday it would fight the service cuts approved by the transit board this week.",
      "The authority's plan eliminates 95 driver positions, most of them through retirements and attrition, a spokesperson confirmed on Tuesday.",
      "“They are balancing the budget on the backs of the people who can least afford it,” said Ray Kowalczyk, president of Amalgamated Transit Union Local 1187.",
      "The union wants the board to delay the cuts for 90 days.",
      "A monthly pass will rise from $90 to $115 under the new fare table.",
    ].join("\n"),
  },
  {
    input: "tc/6",
    externalId: "u6",
    source: "Coastal Wire Service",
    url: "https://coastalwire.example/oregon/state-aid-restores-calder-bay-routes",
    publishedAt: "2043-03-06T21:00:00Z",
    title: "State aid restores four Calder Bay bus routes",
    originalText: [
      "PORT CALDER, Ore. (CWS) — Oregon lawmakers on Friday approved $8 million in emergency aid for the Calder Bay Transit Authority, enough to save four of the 14 bus routes the board voted to cut on Monday.",
      "The authority will now eliminate 10 routes on April 6, and the fare increase to $3.25 will go ahead.",
      "Haines had asked the state for $20 million.",
      "“It is a lifeline, not a rescue,” Haines said.",
      "The restored routes carry about 6,000 riders a day.",
    ].join("\n"),
  },
];

export function transitRouteCutsArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run. The first wire story is stamped 06:00 UTC
 * Tuesday (Monday night in Oregon). "Monday" in it and in its rewrite, "late
 * yesterday" in the Ledger's Tuesday paper and "on Monday" in Friday's wire are 2 March; "Tuesday" in
 * a Wednesday story is the 3rd; "Wednesday" the 4th; "Friday" the 6th; "April 6" is this year's.
 */
export const TRANSIT_ROUTE_CUTS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Nobody on this board wanted to be here tonight", speaker: "Denise Okonkwo" },
    // Straight single quotes, "said X" after the quotation.
    { text: "I don't drive, and I can't walk two miles to the next stop", speaker: "Maria Delgado" },
    // Surname only, the full name earlier in the same story; a fragment.
    { text: "no good options left", speaker: "Denise Okonkwo", partial: true },
    // "According to Surname", the full name in the sentence before; opens in lower case.
    { text: "every route we cut is a route we will struggle to bring back", speaker: "Victor Haines", partial: true },
    {
      text: "They are balancing the budget on the backs of the people who can least afford it",
      speaker: "Ray Kowalczyk",
    },
    { text: "It is a lifeline, not a rescue", speaker: "Victor Haines" },
  ],
  timeline: [
    { text: "board voted Monday to eliminate 14 bus routes", dates: ["2043-03-02"] },
    { text: "board voted on Monday to scrap 14 bus routes", dates: ["2043-03-02"] },
    { text: "voted 7-2 late yesterday to axe 14 routes", dates: ["2043-03-02"] },
    { text: "The cuts take effect on April 6 and will affect", dates: ["2043-04-06"] },
    { text: "a spokesperson confirmed on Tuesday", dates: ["2043-03-03"] },
    { text: "said Wednesday it would fight the service cuts", dates: ["2043-03-04"] },
    { text: "Oregon lawmakers on Friday approved $8 million", dates: ["2043-03-06"] },
    { text: "The authority will now eliminate 10 routes on April 6", dates: ["2043-04-06"] },
  ],
  neverDated: [
    { text: "The authority last raised fares in 2036", date: "2036" },
    { text: "Ridership has recovered to only 61% of its 2019 level", date: "2019" },
    { text: "ran out in 2041", date: "2041" },
    { text: "Neighboring Tillamook Valley Transit cut nine routes in 2039", date: "2039" },
    { text: "The cuts take effect on April 6 and will affect", date: "2044-04-06", exact: true },
    // "The year starting July 1" is a budget year, not an event of the story.
    { text: "in the year starting July 1", date: "2042-07-01", exact: true },
  ],
  disagreements: [
    // The budget gap the cuts close: "$48 million budget gap" against "a shortfall of 52 million dollars".
    { values: ["48", "52"], outlets: ["Coastal Wire Service", "The Port Calder Ledger"] },
    // How long Monday's hearing lasted: "a six-hour public hearing" against "ran for five hours".
    { values: ["six", "five"], outlets: ["Coastal Wire Service", "The Port Calder Ledger"] },
    // Ridership as a share of 2019: "recovered to only 61%" against "stands at 58%".
    { values: ["61", "58"], outlets: ["Coastal Wire Service", "Transit Finance Weekly"] },
    // Driver jobs the same plan removes, both from the agency: "110 driver jobs" against "95 driver positions".
    { values: ["110", "95"], outlets: ["The Port Calder Ledger", "KPCB 7 News"] },
  ],
  notDisagreements: [
    // Routes voted to cut, then the routes cut after the aid; saved routes; the whole network.
    ["14", "10"],
    ["14", "four"],
    ["14", "63"],
    // A precedent from another agency and year.
    ["nine", "14"],
    ["two", "four"],
    // Fares before and after; the 2036 fare; a pass against a single fare.
    ["2.50", "3.25"],
    ["2", "2.50"],
    ["90", "115"],
    // A demand against what was granted.
    ["20", "8"],
    // The gap against the whole budget and the lost relief.
    ["48", "412"],
    ["52", "31"],
    // Riders affected against the riders of the restored routes.
    ["21,000", "6,000"],
    // The union's wished delay in days against the driver jobs; the fare rise's share against ridership's.
    ["90", "95"],
    ["30", "61"],
    // A rider's age against the route's number.
    ["67", "12"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the Ledger and the trade paper say it in other words.
    { text: "board voted Monday to eliminate 14 bus routes", outlets: 3 },
    // Only the wire (and its rewrite) gives the riders affected.
    { text: "will affect about 21,000 daily riders", outlets: 1 },
    // The trade paper and Friday's wire.
    { text: "had asked the state for $20 million in emergency aid", outlets: 2 },
  ],
  headline: ["emergency aid", "$8 million", "10 routes"],
  summary: {
    holds: ["10 routes", "3.25"],
    never: ["Nobody on this board wanted to be here tonight"],
  },
  sameEntry: [["board voted Monday to eliminate 14 bus routes", "voted 7-2 late yesterday to axe 14 routes"]],
  order: [
    "board voted Monday to eliminate 14 bus routes",
    "a spokesperson confirmed on Tuesday",
    "said Wednesday it would fight the service cuts",
    "Oregon lawmakers on Friday approved $8 million",
    "The cuts take effect on April 6 and will affect",
  ],
  supersession: {
    apart: [
      ["board voted Monday to eliminate 14 bus routes", "The authority will now eliminate 10 routes on April 6"],
      ["had asked the state for $20 million in emergency aid", "Oregon lawmakers on Friday approved $8 million"],
    ],
    current: [
      "the fare increase to $3.25 will go ahead",
      "Ridership stands at 58% of its pre-pandemic 2019 level",
      "The union wants the board to delay the cuts for 90 days",
    ],
  },
};
