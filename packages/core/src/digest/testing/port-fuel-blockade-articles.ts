/**
 * Held-out batch X (lead session 34, 2026-12-08), written by heldout26 before any run; scored unfitted, then added to the bench at the session's end.
 * Fishermen blockade a Breton ferry port over marine diesel prices until a fuel-aid deal, Monday 14 to Friday 18 March 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "pb/1",
    externalId: "pb1",
    source: "Continental Press Agency",
    url: "https://continentalpressagency.example/france/saint-aurel-fishermen-blockade",
    publishedAt: "2044-03-14T18:00:00Z",
    title: "French fishermen blockade ferry port over diesel prices",
    originalText: [
      "SAINT-AUREL, France (CPA) — About 80 trawlers blocked the harbour mouth at Saint-Aurel on Monday, halting cross-Channel ferries in protest at the soaring price of marine diesel, port officials said.",
      "The boats moved into position at 5am and tied themselves together in a line across the entrance.",
      "Fishermen say a litre of marine diesel now costs €1.20, up from 60 cents a year ago.",
      "“At these prices, every trip we make loses money,” said Yann Le Goff, head of the local fishermen's committee.",
      "The fishermen want the government to cover 40 cents of every litre.",
      "In 2038, a fuel blockade at the same port lasted nine days.",
    ].join("\n"),
  },
  {
    input: "pb/2",
    externalId: "pb2",
    source: "Atlantic Coast Times",
    url: "https://atlanticcoasttimes.example/europe/trawlers-block-saint-aurel",
    publishedAt: "2044-03-15T07:00:00Z",
    title: "Trawlers block Saint-Aurel harbour in diesel protest",
    originalText: [
      "Around 80 trawlers blockaded the mouth of the harbour at Saint-Aurel on Monday, stopping cross-Channel ferries in a protest against the soaring cost of marine diesel, according to port officials.",
      "The boats took up position at 5am, lashed together in a line across the entrance.",
      "A litre of marine diesel now costs €1.20, against 60 cents a year ago, fishermen say.",
      "“At these prices, every trip we make loses money,” Yann Le Goff, who heads the local fishermen's committee, said.",
    ].join("\n"),
  },
  {
    input: "pb/3",
    externalId: "pb3",
    source: "Brittany Gazette",
    url: "https://brittanygazette.example/news/saint-aurel-blockade-day-two",
    publishedAt: "2044-03-15T15:00:00Z",
    title: "Blockade day two: lorries stranded as boats hold the harbour",
    originalText: [
      "Some 65 boats from Saint-Aurel and neighbouring harbours have sealed off the port since shortly after 6 a.m. yesterday, the harbourmaster's office said.",
      "Lorries bound for the ferries were backed up for 18 kilometres along the N12 by Tuesday afternoon, police said.",
      "About 900 lorry drivers are stranded, many of them sleeping in their cabs.",
      "Fuel at the quay pumps sold for between €1.10 and €1.25 a litre last week, depending on volume.",
      "Le Goff said: “We will stay until Paris puts money on the table.”",
      "The boats in the blockade are roughly half of the harbour's 140-strong fleet.",
    ].join("\n"),
  },
  {
    input: "pb/4",
    externalId: "pb4",
    source: "The Morning Bugle",
    url: "https://morningbugle.example/news/brits-stranded-french-ferry-blockade",
    title: "Brit families trapped as French fishermen blockade ferry port",
    originalText: [
      "Hundreds of British holidaymakers were stranded in France after furious fishermen blockaded a ferry port.",
      "Lorries queued in a 12km tailback outside Saint-Aurel on Tuesday afternoon as the blockade entered its second day.",
      "'We've been sat in the car for nine hours with two kids and no food,' fumed dad-of-two Gary Pratt, 44, from Swindon.",
      "Brittany Line, which runs the crossing, said about 1,300 passengers had been rebooked onto sailings from other ports.",
      "Tickets for the crossing cost €180 (about £155) for a car and two adults.",
    ].join("\n"),
  },
  {
    input: "pb/5",
    externalId: "pb5",
    source: "Continental Press Agency",
    url: "https://continentalpressagency.example/france/saint-aurel-blockade-lifted",
    publishedAt: "2044-03-18T12:00:00Z",
    title: "Fishermen lift Saint-Aurel blockade after fuel aid deal",
    originalText: [
      "SAINT-AUREL, France (CPA) — Fishermen lifted their four-day blockade of Saint-Aurel on Friday morning after the government agreed late on Thursday to pay 30 cents towards every litre of marine diesel for three months.",
      "The €45 million package covers about 4,000 boats nationwide, the sea ministry said.",
      "The first ferry left for Plymouth at 9:40am.",
      "“It's not what we asked for, but it keeps the boats at sea,” Le Goff said.",
      "Sea Minister Hélène Forestier said the aid would be reviewed in June.",
    ].join("\n"),
  },
  {
    input: "pb/6",
    externalId: "pb6",
    source: "Fishing Fleet Weekly",
    url: "https://fishingfleetweekly.example/policy/saint-aurel-fuel-deal",
    publishedAt: "2044-03-18T16:00:00Z",
    title: "Saint-Aurel deal: 30 cents a litre for three months",
    originalText: [
      "Talks between the fishermen's committee and the sea ministry broke up on Wednesday without a deal after the government offered 20 cents a litre against the 40 cents the fleet demands.",
      "According to the sea ministry, the offer “is the most the budget can bear this year.”",
      "By Wednesday evening around 2,000 lorries were stuck on approach roads, police said.",
      "Under the deal struck late on Thursday, the state will pay 30 cents a litre for three months in a 54-million-euro package, the fishermen's committee said.",
      "Fuel now makes up about 35 per cent of a trawler's running costs, up from 22 per cent in 2040.",
      "The blockade cost the port an estimated €3 million a day in lost trade, the chamber of commerce said.",
    ].join("\n"),
  },
];

export function portFuelBlockadeArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (France is UTC+1 in March: every stamp falls on the same
 * local day). "On Monday" in Monday's wire and Tuesday's rewrite is 14 March; "yesterday" in Tuesday's
 * Gazette is the 14th; "by Tuesday afternoon" there is the 15th; "on Tuesday afternoon" in the undated
 * Bugle is the 15th if anything; "on Wednesday" in Friday's trade story is the 16th; "late on Thursday"
 * in Friday's stories is the 17th; "on Friday morning" the 18th; "in June" is June 2044. The Atlantic
 * Coast Times runs the wire story reworded: it counts once.
 */
export const PORT_FUEL_BLOCKADE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "At these prices, every trip we make loses money", speaker: "Yann Le Goff" },
    { text: "We will stay until Paris puts money on the table", speaker: "Yann Le Goff" },
    { text: "We've been sat in the car for nine hours with two kids and no food", speaker: "Gary Pratt" },
    { text: "It's not what we asked for, but it keeps the boats at sea", speaker: "Yann Le Goff" },
    // Opening in lower case after "According to …,": partial; an unnamed source by its description.
    { text: "is the most the budget can bear this year", speaker: "the sea ministry", partial: true },
  ],
  timeline: [
    { text: "blocked the harbour mouth at Saint-Aurel on Monday", dates: ["2044-03-14"] },
    { text: "blockaded the mouth of the harbour at Saint-Aurel on Monday", dates: ["2044-03-14"] },
    { text: "have sealed off the port since shortly after 6 a.m. yesterday", dates: ["2044-03-14"] },
    { text: "backed up for 18 kilometres along the N12 by Tuesday afternoon", dates: ["2044-03-15"] },
    { text: "Lorries queued in a 12km tailback outside Saint-Aurel on Tuesday afternoon", dates: [null, "2044-03-15"] },
    { text: "broke up on Wednesday without a deal", dates: ["2044-03-16"] },
    { text: "By Wednesday evening around 2,000 lorries were stuck", dates: ["2044-03-16"] },
    { text: "Under the deal struck late on Thursday", dates: ["2044-03-17"] },
    { text: "lifted their four-day blockade of Saint-Aurel on Friday morning", dates: ["2044-03-18", "2044-03-17"] },
    { text: "the aid would be reviewed in June", dates: ["2044-06"] },
  ],
  neverDated: [
    { text: "In 2038, a fuel blockade at the same port lasted nine days", date: "2038" },
    { text: "up from 22 per cent in 2040", date: "2040" },
    { text: "the aid would be reviewed in June", date: "2043-06" },
    // "On Wednesday" in a Friday story is the Wednesday gone.
    { text: "broke up on Wednesday without a deal", date: "2044-03-23", exact: true },
  ],
  disagreements: [
    // Boats in the blockade on its first day: "About 80 trawlers" against "Some 65 boats".
    { values: ["80", "65"], outlets: ["Continental Press Agency", "Brittany Gazette"] },
    // When the boats moved in on Monday.
    { values: ["5", "6"], outlets: ["Continental Press Agency", "Brittany Gazette"] },
    // Tuesday afternoon's tailback: after a verb in one, inside a modifier in the other.
    { values: ["18", "12"], outlets: ["Brittany Gazette", "The Morning Bugle"] },
    // The cost of the same three-month deal, by the ministry and by the fishermen's committee.
    { values: ["45", "54"], outlets: ["Continental Press Agency", "Fishing Fleet Weekly"] },
  ],
  notDisagreements: [
    // A demand, an offer and the deal.
    ["40", "20"],
    ["40", "30"],
    ["20", "30"],
    // The price now against a year ago.
    ["1.20", "60"],
    // Last week's range against the point.
    ["1.10", "1.20"],
    ["1.25", "1.20"],
    // Boats in the blockade against the whole fleet.
    ["80", "140"],
    ["65", "140"],
    // Stranded drivers, then lorries stuck a day later; passengers against drivers.
    ["900", "2,000"],
    ["1,300", "900"],
    // A 2038 precedent against this blockade.
    ["nine", "four"],
    // A fare and its conversion.
    ["180", "155"],
    // Fuel's share then and now.
    ["35", "22"],
    // The deal against a day's lost trade.
    ["45", "3"],
    ["54", "3"],
    // A father's age against hours in the car.
    ["44", "nine"],
  ],
  corroboration: [
    // The wire and its rewrite count once.
    { text: "Fishermen say a litre of marine diesel now costs €1.20, up from 60 cents a year ago.", outlets: 1 },
    // The wire and the trade paper, in other words ("the 40 cents the fleet demands").
    { text: "The fishermen want the government to cover 40 cents of every litre.", outlets: 2 },
    // The wire and the trade paper ("Under the deal struck late on Thursday, the state will pay 30 cents a litre").
    { text: "the government agreed late on Thursday to pay 30 cents towards every litre", outlets: 2 },
  ],
  headline: ["lifted", "lift", "30 cents", "deal"],
  summary: {
    holds: ["30 cents"],
    never: ["broke up on Wednesday without a deal"],
  },
  sameEntry: [
    [
      "blocked the harbour mouth at Saint-Aurel on Monday",
      "have sealed off the port since shortly after 6 a.m. yesterday",
    ],
  ],
  order: [
    "blocked the harbour mouth at Saint-Aurel on Monday",
    "broke up on Wednesday without a deal",
    "Under the deal struck late on Thursday",
    "lifted their four-day blockade of Saint-Aurel on Friday morning",
  ],
  supersession: {
    apart: [
      ["broke up on Wednesday without a deal", "Under the deal struck late on Thursday"],
      ["About 900 lorry drivers are stranded", "around 2,000 lorries were stuck"],
      ["We will stay until Paris puts money on the table", "lifted their four-day blockade"],
    ],
    current: ["now costs €1.20, up from 60 cents", "the aid would be reviewed in June"],
  },
};
