import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of disagreements (facts23, 2026-12-06, before running any code on
 * it): five articles from four outlets on the Harwick bus drivers' 48-hour strike from Monday 12 July
 * 2027. A wire on the Monday morning and a regional paper's rewrite of it with a credit line, the city
 * paper that evening, a radio station on the Tuesday, a national paper on the Friday. Real
 * disagreements: the drivers on strike, about 1,800 for the union (the wire) against 1,200 for the
 * company (the city paper) the same day; the passengers the company carries a day, about 320,000 (the
 * wire) against 230,000 (the national paper) four days later (a daily ridership does not change in a
 * week). Traps: the union's claim against the offers, and the offer against the earlier and the later
 * ones; drivers on strike against the workforce; routes suspended on Monday against Tuesday's and the
 * whole network; buses out against the fleet. Test support only.
 */
const BUS_STRIKE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "bus/1",
    externalId: "b1",
    source: "National Press Wire",
    url: "https://nationalpresswire.example/news/harwick-bus-drivers-strike",
    publishedAt: "2027-07-12T09:00:00Z",
    title: "Harwick bus drivers walk out over pay",
    originalText: [
      "About 1,800 bus drivers in Harwick walked out on Monday at the start of a 48-hour strike over pay, the Transport Workers' Union said.",
      "The union is seeking a rise of 8%; Redline Buses has offered 4.5%, up from 3.5% in May.",
      "Redline's buses carry about 320,000 passengers a day.",
      "“Our members have not had a real-terms rise in four years,” said union organiser Dave Kerrigan.",
    ].join("\n"),
  },
  {
    input: "bus/2",
    externalId: "b2",
    source: "Westfield Gazette",
    url: "https://westfieldgazette.example/news/harwick-bus-strike-begins",
    publishedAt: "2027-07-12T11:00:00Z",
    title: "Bus drivers strike in Harwick",
    originalText: [
      "About 1,800 bus drivers in Harwick walked out on Monday at the start of a 48-hour strike over pay, the Transport Workers' Union said.",
      "The union is seeking a rise of 8%; Redline Buses has offered 4.5%.",
      "“Our members have not had a real-terms rise in four years,” said union organiser Dave Kerrigan.",
      "National Press Wire",
    ].join("\n"),
  },
  {
    input: "bus/3",
    externalId: "b3",
    source: "Harwick Echo",
    url: "https://harwickecho.example/news/redline-routes-suspended-strike",
    publishedAt: "2027-07-12T17:30:00Z",
    title: "Two in three Redline routes suspended",
    originalText: [
      "By Sam Okoro",
      "Redline said 1,200 of its 2,600 drivers had joined the walkout and that 64 of its 112 routes were suspended.",
      "Only 380 of the company's 950 buses left the depots on Monday morning.",
      "“The offer on the table is fair and affordable,” said Redline's managing director, Claire Hobson.",
      "Schools in the city stayed open, though the council said attendance fell to 81%.",
    ].join("\n"),
  },
  {
    input: "bus/4",
    externalId: "b4",
    source: "Central Radio",
    url: "https://centralradio.example/news/harwick-strike-day-two",
    publishedAt: "2027-07-13T12:00:00Z",
    title: "Bus strike enters second day",
    originalText: [
      "Redline said 71 routes were suspended on Tuesday, the second day of the strike.",
      "The city's chamber of commerce said the strike was costing businesses about £1.5 million a day.",
      "Hobson said the company would not improve its offer while the strike went on.",
    ].join("\n"),
  },
  {
    input: "bus/5",
    externalId: "b5",
    source: "The Daily Courier",
    url: "https://dailycourier.example/news/redline-talks-resume",
    publishedAt: "2027-07-16T06:00:00Z",
    title: "Second Harwick bus strike suspended as talks resume",
    originalText: [
      "Talks between Redline Buses and the Transport Workers' Union resumed on Thursday, and a second 48-hour strike planned for next week was suspended.",
      "Redline, which carries 230,000 passengers a day, has raised its offer to 5.2%.",
      "The union will ballot its members on the new offer by July 30.",
      "“This is progress, but it is not yet a deal,” Kerrigan said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function busStrikeArticles(): Article[] {
  return linkNearDuplicates(BUS_STRIKE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts23 (2026-12-06), before running any code on them. "On Thursday"
 * in a Friday paper is the day before; "July 30" is this year's.
 */
export const BUS_STRIKE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Our members have not had a real-terms rise in four years", speaker: "Dave Kerrigan" },
    { text: "The offer on the table is fair and affordable", speaker: "Claire Hobson" },
    { text: "This is progress, but it is not yet a deal", speaker: "Dave Kerrigan" },
  ],
  timeline: [
    { text: "About 1,800 bus drivers in Harwick walked out on Monday", dates: ["2027-07-12"] },
    { text: "Only 380 of the company's 950 buses left the depots on Monday morning", dates: ["2027-07-12"] },
    { text: "Redline said 71 routes were suspended on Tuesday", dates: ["2027-07-13"] },
    { text: "Talks between Redline Buses and the Transport Workers' Union resumed on Thursday", dates: ["2027-07-15"] },
    { text: "The union will ballot its members on the new offer by July 30", dates: ["2027-07-30"] },
  ],
  neverDated: [],
  disagreements: [
    { values: ["1,800", "1,200"], outlets: ["National Press Wire", "Harwick Echo"] },
    { values: ["320,000", "230,000"], outlets: ["National Press Wire", "The Daily Courier"] },
  ],
  notDisagreements: [
    // The union's claim against the offers; the offer against the earlier and the later ones.
    ["8%", "4.5%"],
    ["8%", "5.2%"],
    ["4.5%", "5.2%"],
    ["3.5%", "4.5%"],
    // Drivers on strike against the workforce.
    ["1,200", "2,600"],
    ["1,800", "2,600"],
    // Routes suspended on two days, and against the network; buses out against the fleet.
    ["64", "71"],
    ["64", "112"],
    ["380", "950"],
  ],
  corroboration: [
    // The wire and its credited rewrite count once.
    { text: "About 1,800 bus drivers in Harwick walked out on Monday", outlets: 1 },
    { text: "Redline said 1,200 of its 2,600 drivers had joined the walkout", outlets: 1 },
  ],
};
