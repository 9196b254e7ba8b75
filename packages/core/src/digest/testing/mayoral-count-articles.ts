import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline22, 2026-12-06, before running any code on
 * it): five articles from five outlets on an election night run past midnight, the Castlebridge
 * mayoral election of Thursday 6 May 2027 (polls closed at 10pm British time, 21:00 UTC), won by an
 * independent "early on Friday". A local live page as polls closed ("tonight", "in the early hours of
 * Friday"), a wire stamped 02:40 UTC on the Friday ("early on Friday", "on Monday"), a national paper
 * stamped 23:30 UTC on the Friday ("in the early hours of Friday", "on Friday evening", "next
 * Wednesday"), a weekly on the Tuesday ("yesterday", "last Thursday's election", "by the end of
 * June"), and an undated blog. Traps: background years in sentences about the night ("in May 2023",
 * "up from 29 per cent in 2023", "in 2002"). Test support only.
 */
const MAYORAL_COUNT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "mayor/1",
    externalId: "m1",
    source: "Castlebridge Live",
    url: "https://castlebridgelive.example/news/polls-close-mayoral-election",
    publishedAt: "2027-05-06T21:15:00Z",
    title: "Polls close in Castlebridge mayoral election",
    originalText: [
      "Polls closed at 10pm on Thursday in the Castlebridge mayoral election, with turnout expected to be about 35 per cent.",
      "Counting will begin at the Riverside Centre tonight, and the result is expected in the early hours of Friday.",
      "The last mayoral election, in May 2023, was won by Labour's Helen Price with 41 per cent of the vote.",
    ].join("\n"),
  },
  {
    input: "mayor/2",
    externalId: "m2",
    source: "Regional Press Wire",
    url: "https://regionalpress.example/news/kearney-elected-castlebridge-mayor",
    publishedAt: "2027-05-07T02:40:00Z",
    title: "Independent Kearney elected mayor of Castlebridge",
    originalText: [
      "Independent candidate Rob Kearney was elected mayor of Castlebridge early on Friday, beating Labour's Helen Price by 1,204 votes.",
      "The result was declared at 3.20am after recounts in two wards.",
      "“Castlebridge has voted for change, and I will not waste a day of it,” Kearney said in his victory speech.",
      "He will be sworn in on Monday.",
    ].join("\n"),
  },
  {
    input: "mayor/3",
    externalId: "m3",
    source: "The National Chronicle",
    url: "https://nationalchronicle.example/politics/castlebridge-kearney-council-tax",
    publishedAt: "2027-05-07T23:30:00Z",
    title: "Castlebridge's new mayor promises council tax freeze",
    originalText: [
      "Rob Kearney, who was elected mayor of Castlebridge in the early hours of Friday, said on Friday evening that his first act would be to freeze council tax.",
      "Turnout was 38 per cent, up from 29 per cent in 2023.",
      "Labour will choose a new leader for its council group next Wednesday.",
      "“We have to listen to what the voters told us,” said Helen Price.",
    ].join("\n"),
  },
  {
    input: "mayor/4",
    externalId: "m4",
    source: "Castlebridge Courier",
    url: "https://castlebridgecourier.example/news/kearney-sworn-in",
    publishedAt: "2027-05-11T06:00:00Z",
    title: "Kearney sworn in as Castlebridge mayor",
    originalText: [
      "Rob Kearney was sworn in as mayor yesterday at a short ceremony in the Guildhall.",
      "He won last Thursday's election by 1,204 votes.",
      "Kearney has promised a review of the town's bus contracts by the end of June.",
      "The town last elected an independent mayor in 2002.",
    ].join("\n"),
  },
  {
    input: "mayor/5",
    externalId: "m5",
    source: "Castlebridge Politics Blog",
    url: "https://castlebridgepolitics.example/2027/kearney-what-next",
    title: "Kearney's win: what next for Castlebridge?",
    originalText: [
      "The town has had a directly elected mayor since 2002.",
      "Kearney's victory owed much to anger over bus cuts in the north of the town.",
      "“People felt nobody at the Guildhall was listening,” said Dr Meera Shah, a politics lecturer at Castlebridge University.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function mayoralCountArticles(): Article[] {
  return linkNearDuplicates(MAYORAL_COUNT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline22 (2026-12-06), before running any code on them. "Early on
 * Friday" at 02:40 UTC on the Friday is that day; "on Friday evening" at 23:30 UTC on the Friday is
 * that Friday, not the next; "next Wednesday" in a Friday paper is five days on; "yesterday" in a
 * Tuesday paper is the Monday of the swearing-in; "last Thursday's election" is election day.
 */
export const MAYORAL_COUNT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Castlebridge has voted for change", speaker: "Rob Kearney" },
    { text: "We have to listen to what the voters told us", speaker: "Helen Price" },
    { text: "People felt nobody at the Guildhall was listening", speaker: "Meera Shah" },
  ],
  timeline: [
    { text: "Polls closed at 10pm on Thursday in the Castlebridge mayoral election", dates: ["2027-05-06"] },
    { text: "Counting will begin at the Riverside Centre tonight", dates: ["2027-05-06", "2027-05-07"] },
    { text: "was elected mayor of Castlebridge early on Friday", dates: ["2027-05-07"] },
    { text: "He will be sworn in on Monday", dates: ["2027-05-10"] },
    { text: "said on Friday evening that his first act would be to freeze council tax", dates: ["2027-05-07"] },
    { text: "Labour will choose a new leader for its council group next Wednesday", dates: ["2027-05-12"] },
    { text: "Rob Kearney was sworn in as mayor yesterday", dates: ["2027-05-10"] },
    {
      text: "Kearney has promised a review of the town's bus contracts by the end of June",
      dates: ["2027-06", "2027-05-11"],
    },
  ],
  neverDated: [
    { text: "The last mayoral election, in May 2023", date: "2027" },
    { text: "Turnout was 38 per cent, up from 29 per cent in 2023", date: "2023" },
    { text: "The town last elected an independent mayor in 2002", date: "2027" },
    // A report stamped late in its UTC day: its "Friday evening" is not the next Friday.
    { text: "said on Friday evening that his first act would be", date: "2027-05-14", exact: true },
    // Stamped early in its UTC day, its "early on Friday" is not a week back.
    { text: "was elected mayor of Castlebridge early on Friday", date: "2027-04-30", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    ["38", "29"],
    ["35", "38"],
    ["41", "38"],
  ],
  corroboration: [{ text: "was elected mayor of Castlebridge early on Friday", outlets: 3 }],
  headline: ["sworn in"],
  order: [
    "Polls closed at 10pm on Thursday in the Castlebridge mayoral election",
    "was elected mayor of Castlebridge early on Friday",
    "Rob Kearney was sworn in as mayor yesterday",
    "Labour will choose a new leader for its council group next Wednesday",
  ],
};
