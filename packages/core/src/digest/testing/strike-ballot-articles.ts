import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts18 (2026-12-05, before running any code on it): five
 * articles from four outlets on a firefighters' strike ballot whose result the Fire and Rescue
 * Workers' Union announced on Wednesday 11 November 2026, and the employers' improved offer on Friday
 * 13 November. A wire on Wednesday and an evening paper's syndicated rewrite of it, a national paper
 * and a regional paper on Thursday, a national broadcaster on Friday. The real disagreements: the
 * turnout, 61 percent for the wire (the union) against 54 percent for the national paper (the
 * employers, who count firefighters the union left off its list); the Yes votes, 9,412 for the wire
 * against 9,214 for the regional paper (a transposition, but two counts of one thing). Traps: "Yes
 * votes" and "No votes" counted as votes; 82 percent Yes against 2022's 79 percent and 42 percent
 * turnout; the legal threshold of 50 percent; a claim of 12 percent against an offer of 4 percent,
 * then 5.5 percent (a demand, an offer and a later offer); one station's 25 Yes votes and a county's
 * 412 Yes and 61 No (parts of the whole, one the same number as the turnout in percent); the members
 * balloted against the votes returned. Test support only.
 */
const STRIKE_BALLOT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ballot/1",
    externalId: "f1",
    source: "Anglian News Agency",
    url: "https://anglian.example/news/firefighters-vote-to-strike",
    publishedAt: "2026-11-11T13:00:00Z",
    title: "Firefighters vote to strike over pay",
    originalText: [
      "Firefighters have voted by 82 percent to strike over pay, the Fire and Rescue Workers' Union said on Wednesday.",
      "The ballot produced 9,412 Yes votes and 2,066 No votes on a turnout of 61 percent, the union said.",
      "The union had asked for a rise of 12 percent; employers have offered 4 percent.",
      "Under the law, a strike ballot is valid only if at least 50 percent of members vote.",
      "“Our members have spoken loud and clear,” said the union's general secretary, Dave Kerrigan.",
    ].join("\n"),
  },
  {
    input: "ballot/2",
    externalId: "f2",
    source: "The Evening Mercury",
    url: "https://eveningmercury.example/news/firefighters-back-strike",
    publishedAt: "2026-11-11T17:00:00Z",
    title: "Firefighters back strike action",
    originalText: [
      "Firefighters have voted by 82 percent to strike over pay, the Fire and Rescue Workers' Union said on Wednesday.",
      "The ballot produced 9,412 Yes votes and 2,066 No votes on a turnout of 61 percent.",
      "The union had asked for a rise of 12 percent; employers have offered 4 percent.",
      "“Our members have spoken loud and clear,” said the union's general secretary, Dave Kerrigan.",
      "Anglian News Agency",
    ].join("\n"),
  },
  {
    input: "ballot/3",
    externalId: "f3",
    source: "The National Chronicle",
    url: "https://nationalchronicle.example/news/fire-employers-question-ballot",
    publishedAt: "2026-11-12T07:00:00Z",
    title: "Fire employers say only 54 percent voted in strike ballot",
    originalText: [
      "The National Fire Employers' Council said on Wednesday that only 54 percent of eligible firefighters had voted in the strike ballot, because the union had left about 2,400 part-time firefighters off its list.",
      "The union balloted 18,800 members, of whom 11,478 returned a vote.",
      "Employers have offered 4 percent against the union's claim of 12 percent.",
      "“We remain at the table and our offer is a fair one,” said the council's chair, Rebecca Lowe.",
      "In a ballot in 2022, 79 percent of members backed action but turnout was 42 percent, below the legal threshold.",
      "Firefighters last went on national strike in 2003, when they stayed out for eight days.",
    ].join("\n"),
  },
  {
    input: "ballot/4",
    externalId: "f4",
    source: "Redmarsh Gazette",
    url: "https://redmarshgazette.example/news/redmarsh-firefighters-vote-as-one",
    publishedAt: "2026-11-12T10:00:00Z",
    title: "Redmarsh firefighters vote as one for strike",
    originalText: [
      "Redmarsh fire station returned 25 Yes votes and not a single No, the station's union representative, Carl Nyberg, said.",
      "Across the county, 412 firefighters voted Yes and 61 voted No.",
      "Nationally, 9,214 firefighters voted for strike action, the union said.",
      "Nyberg, a firefighter since 2009, said on Wednesday night that the station had voted as one.",
      "“Nobody here wants to walk out, but nobody can live on promises either,” he said.",
    ].join("\n"),
  },
  {
    input: "ballot/5",
    externalId: "f5",
    source: "Radio National News",
    url: "https://radionational.example/news/fire-employers-improve-offer",
    publishedAt: "2026-11-13T12:00:00Z",
    title: "Fire employers improve pay offer to 5.5%",
    originalText: [
      "Employers improved their pay offer to firefighters to 5.5% on Friday, two days after firefighters voted to strike.",
      "The Fire and Rescue Workers' Union said 82% of those voting had backed a strike.",
      "The union said it would put the new offer to its members but would still name strike dates.",
      "Firefighters were paid an average of £36,000 last year, the employers said.",
      "“This is a real improvement and we hope the union sees it that way,” said Rebecca Lowe, chair of the National Fire Employers' Council.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function strikeBallotArticles(): Article[] {
  return linkNearDuplicates(STRIKE_BALLOT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts18 (2026-12-05), before running any code on them. Two real
 * disagreements: the turnout (61 against 54 percent) and the Yes votes (9,412 against 9,214).
 */
export const STRIKE_BALLOT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Our members have spoken loud and clear", speaker: "Dave Kerrigan" },
    { text: "We remain at the table and our offer is a fair one", speaker: "Rebecca Lowe" },
    { text: "Nobody here wants to walk out", speaker: "Carl Nyberg" },
    { text: "This is a real improvement", speaker: "Rebecca Lowe" },
  ],
  timeline: [
    { text: "Firefighters have voted by 82 percent to strike over pay", dates: ["2026-11-11"] },
    { text: "Employers improved their pay offer to firefighters to 5.5% on Friday", dates: ["2026-11-13"] },
  ],
  neverDated: [{ text: "a firefighter since 2009", date: "2009" }],
  disagreements: [
    { values: ["61", "54"], outlets: ["Anglian News Agency", "The National Chronicle"] },
    { values: ["9,412", "9,214"], outlets: ["Anglian News Agency", "Redmarsh Gazette"] },
  ],
  notDisagreements: [
    // A claim, an offer, a later offer.
    ["12", "4"],
    ["4", "5.5"],
    ["12", "5.5"],
    // This ballot and 2022's; the legal threshold.
    ["82", "79"],
    ["61", "42"],
    ["54", "42"],
    ["61", "50"],
    ["54", "50"],
    // Yes against No, a station's and a county's Yes votes against the nation's.
    ["9,412", "2,066"],
    ["9,412", "25"],
    ["9,412", "412"],
    ["9,214", "412"],
    ["412", "25"],
    ["412", "61"],
    // Members balloted and votes returned.
    ["18,800", "11,478"],
  ],
  corroboration: [
    // The result, told by the wire (and its rewrite) and the broadcaster ("82%").
    { text: "Firefighters have voted by 82 percent to strike over pay", outlets: 2 },
    { text: "The ballot produced 9,412 Yes votes and 2,066 No votes", outlets: 1 },
    // The offer and the claim, told by the wire and the national paper in other words.
    { text: "The union had asked for a rise of 12 percent; employers have offered 4 percent", outlets: 2 },
    { text: "Firefighters last went on national strike in 2003", outlets: 1 },
    { text: "Employers improved their pay offer to firefighters to 5.5% on Friday", outlets: 1 },
  ],
};
