/**
 * The lead's held-out batch L (session 28, 2026-12-07): texts and expectations written by helper heldout14 before any run, kept
 * outside the repository while unfitted (first run on 016a999 and the session's end: see the README's facts table),
 * added here at the session's end; one rule (clock times) was written after reading its misses, so it is fitted from now on.
 * Graduate workers at a Michigan university vote to strike, then settle days before the walkout, Monday 13 to Sunday 19 April 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "gs/1",
    externalId: "u1",
    source: "Great Lakes Wire",
    url: "https://greatlakeswire.example/education/western-lakes-graduate-strike-vote",
    publishedAt: "2043-04-14T13:00:00Z",
    title: "Western Lakes graduate workers vote to authorize strike",
    originalText: [
      "HARLOW, Mich. (GLW) — Graduate student workers at Western Lakes University have voted to authorize a strike, with 91% of those voting backing a walkout, their union said Monday.",
      "Graduate Workers United, which represents about 3,200 teaching and research assistants, said 2,104 members voted yes and 208 voted no.",
      "The union said a strike would begin on April 20 if no agreement is reached.",
      "Graduate workers are paid a minimum stipend of $28,500 a year; the union is asking for $45,000, and the university has offered $32,000.",
      "“Nobody can live in Harlow on twenty-eight thousand dollars,” union president Adaeze Whitford said.",
      "University spokeswoman Janine Ruiz said classes would continue as normal.",
      "Graduate workers at Western Lakes last went on strike in 2031, for 11 days.",
    ].join("\n"),
  },
  {
    input: "gs/2",
    externalId: "u2",
    source: "Harlow Daily Tribune",
    url: "https://harlowdailytribune.example/news/grad-workers-strike-authorization",
    publishedAt: "2043-04-14T17:00:00Z",
    title: "WLU grad workers authorize strike",
    originalText: [
      "Graduate student workers at Western Lakes University have voted to authorize a strike, with 91% of ballots cast in favor of a walkout, their union announced Monday.",
      "Graduate Workers United, which represents roughly 3,200 teaching and research assistants, said 2,104 members voted yes and 208 no.",
      "A strike would start on April 20 without an agreement, the union said.",
      "The minimum stipend is $28,500 a year; the union wants $45,000 and the university has offered $32,000.",
      "“Nobody can live in Harlow on twenty-eight thousand dollars,” union president Adaeze Whitford said.",
      "Western Lakes graduate workers last struck in 2031, for 11 days.",
      "— Great Lakes Wire",
    ].join("\n"),
  },
  {
    input: "gs/3",
    externalId: "u3",
    source: "The Western Lakes Lantern",
    url: "https://westernlakeslantern.example/campus/grad-union-strike-vote-numbers",
    publishedAt: "2043-04-15T20:00:00Z",
    title: "Grad union's strike vote: what the numbers say",
    originalText: [
      "Nearly 89 percent of graduate workers who voted in last week's ballot backed a strike, according to figures the union released Monday.",
      "Turnout was 72 percent, the highest in the union's history, organizers said.",
      "Teaching assistants lead about 40 percent of undergraduate discussion sections at Western Lakes, according to the provost's office.",
      "'I grade 120 papers a week and still work weekends at a coffee shop,' said Priyanka Das, a fourth-year chemistry student.",
      "Bargaining resumed on Wednesday with a federal mediator in the room.",
      "Negotiators on both sides have said privately that a deal would land between $35,000 and $38,000.",
      "Provost Martin Kessler said the university's offer was “fair and sustainable.”",
    ].join("\n"),
  },
  {
    input: "gs/4",
    externalId: "u4",
    source: "Higher Ed Ledger",
    url: "https://higheredledger.example/labor/western-lakes-graduate-unrest",
    title: "Western Lakes strike vote adds to wave of graduate unrest",
    originalText: [
      "Western Lakes is the seventh university this academic year where graduate workers have voted to strike, according to a count kept by the Higher Ed Ledger.",
      "Graduate Workers United, which represents roughly 3,600 graduate workers, is affiliated with the United Auto Workers.",
      "The university's $32,000 offer would still leave stipends below those at Lakeshore State, which pays $34,750.",
      "“Universities have built their teaching model on underpaid graduate labor, and that model is cracking,” said Howard Tsai, who studies academic labor at Brookfield University.",
      "A strike at the University of Calder in 2040 lasted 23 days.",
    ].join("\n"),
  },
  {
    input: "gs/5",
    externalId: "u5",
    source: "News 4 Harlow",
    url: "https://news4harlow.example/local/tentative-deal-averts-wlu-strike",
    publishedAt: "2043-04-18T16:00:00Z",
    title: "Tentative deal averts Western Lakes graduate strike",
    originalText: [
      "Western Lakes University and its graduate workers reached a tentative agreement early Saturday, calling off a strike that was set to begin Monday.",
      "The three-year contract raises the minimum stipend to $36,500 from the fall semester and adds full dental coverage, both sides said.",
      "“This is a contract people can actually live on,” said Adaeze Whitford, the union's president.",
      "“We never wanted a strike, and neither did they,” the provost said in a statement.",
      "The agreement came after a 19-hour bargaining session that ended at about 4 a.m.",
      "Members will vote on ratifying the deal next week.",
    ].join("\n"),
  },
  {
    input: "gs/6",
    externalId: "u6",
    source: "The Western Lakes Lantern",
    url: "https://westernlakeslantern.example/campus/whats-in-the-tentative-contract",
    publishedAt: "2043-04-19T15:00:00Z",
    title: "What's in the tentative contract",
    originalText: [
      "The tentative agreement reached yesterday sets a $37,000 minimum stipend from the fall semester, up from $28,500.",
      "The deal runs for four years and includes raises of 3 percent a year after the first.",
      "Whitford called the agreement “the best graduate contract in the state.”",
      "The university estimates the deal will cost about $14 million over its life.",
      "Union members will vote on the deal on Thursday.",
    ].join("\n"),
  },
];

export function graduateStrikeSettlementArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Michigan is UTC−4 in April; every stamp falls on the
 * same local day). "Monday" in Tuesday's wire, its rewrite and Wednesday's campus paper is 13 April;
 * "April 20" is this year's, the Monday after; "on Wednesday" in Wednesday's Lantern is the 15th;
 * "early Saturday" in Saturday's TV story the 18th, "Monday" there the 20th; "yesterday" in Sunday's
 * Lantern the 18th and "on Thursday" there the 23rd, the Thursday to come.
 */
export const GRADUATE_STRIKE_SETTLEMENT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Nobody can live in Harlow on twenty-eight thousand dollars", speaker: "Adaeze Whitford" },
    // Straight single quotes, "said X, a …".
    { text: "I grade 120 papers a week and still work weekends at a coffee shop", speaker: "Priyanka Das" },
    { text: "fair and sustainable", speaker: "Martin Kessler", partial: true },
    {
      text: "Universities have built their teaching model on underpaid graduate labor",
      speaker: "Howard Tsai",
    },
    { text: "This is a contract people can actually live on", speaker: "Adaeze Whitford" },
    // A title alone; the provost's full name is in the campus paper.
    { text: "We never wanted a strike, and neither did they", speaker: "Martin Kessler" },
    // The surname alone, the full name in other outlets' stories; a lower-case fragment.
    { text: "the best graduate contract in the state", speaker: "Adaeze Whitford", partial: true },
  ],
  timeline: [
    { text: "with 91% of those voting backing a walkout, their union said Monday", dates: ["2043-04-13"] },
    { text: "with 91% of ballots cast in favor of a walkout, their union announced Monday", dates: ["2043-04-13"] },
    { text: "The union said a strike would begin on April 20", dates: ["2043-04-20", "2043-04-13"] },
    { text: "according to figures the union released Monday", dates: ["2043-04-13"] },
    { text: "Bargaining resumed on Wednesday with a federal mediator in the room", dates: ["2043-04-15"] },
    { text: "reached a tentative agreement early Saturday", dates: ["2043-04-18"] },
    { text: "The tentative agreement reached yesterday sets a $37,000 minimum stipend", dates: ["2043-04-18"] },
    { text: "Union members will vote on the deal on Thursday", dates: ["2043-04-23"] },
  ],
  neverDated: [
    { text: "last went on strike in 2031, for 11 days", date: "2031" },
    { text: "last struck in 2031, for 11 days", date: "2031" },
    { text: "A strike at the University of Calder in 2040 lasted 23 days", date: "2040" },
    { text: "Union members will vote on the deal on Thursday", date: "2043-04-16", exact: true },
    { text: "The union said a strike would begin on April 20", date: "2044-04-20", exact: true },
  ],
  disagreements: [
    // The share backing a strike: "91% of those voting" against "Nearly 89 percent of graduate workers who voted".
    { values: ["91", "89"], outlets: ["Great Lakes Wire", "The Western Lakes Lantern"] },
    // Workers the union represents: "represents about 3,200 teaching and research assistants" against "roughly 3,600 graduate workers".
    { values: ["3,200", "3,600"], outlets: ["Great Lakes Wire", "Higher Ed Ledger"] },
    // The settled minimum stipend from the fall: "raises … to $36,500" against "sets a $37,000 minimum".
    { values: ["36,500", "37,000"], outlets: ["News 4 Harlow", "The Western Lakes Lantern"] },
    // The contract's length: "The three-year contract" against "runs for four years".
    { values: ["three", "four"], outlets: ["News 4 Harlow", "The Western Lakes Lantern"] },
  ],
  notDisagreements: [
    // A demand, an offer and the stipend they started from.
    ["45,000", "32,000"],
    ["28,500", "32,000"],
    ["28,500", "45,000"],
    // The offer and the old stipend against the settlement.
    ["32,000", "36,500"],
    ["32,000", "37,000"],
    ["28,500", "36,500"],
    ["28,500", "37,000"],
    ["45,000", "36,500"],
    // A range talked of against the deal inside it.
    ["35,000", "36,500"],
    ["38,000", "37,000"],
    // Another university's stipend.
    ["32,000", "34,750"],
    ["34,750", "36,500"],
    // Turnout and sections taught against the yes share; the raise.
    ["91", "72"],
    ["89", "72"],
    ["40", "72"],
    ["3", "91"],
    // Yes votes against no votes and against everyone represented.
    ["2,104", "208"],
    ["2,104", "3,200"],
    // Precedents of other strikes.
    ["11", "23"],
    // The all-night session against a past strike's days.
    ["19", "11"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the Lantern gives nearly 89 percent.
    { text: "with 91% of those voting backing a walkout", outlets: 1 },
    // The wire (with its rewrite) and the TV story ("a strike that was set to begin Monday").
    { text: "The union said a strike would begin on April 20 if no agreement is reached", outlets: 2 },
    // The TV story and Sunday's Lantern ("The tentative agreement reached yesterday").
    { text: "reached a tentative agreement early Saturday, calling off a strike", outlets: 2 },
  ],
  headline: ["tentative agreement", "agreement", "deal", "contract"],
  summary: {
    holds: ["tentative agreement"],
    never: ["The union said a strike would begin on April 20", "the university has offered $32,000"],
  },
  sameEntry: [
    [
      "reached a tentative agreement early Saturday",
      "The tentative agreement reached yesterday sets a $37,000 minimum stipend",
    ],
  ],
  order: [
    "with 91% of those voting backing a walkout, their union said Monday",
    "Bargaining resumed on Wednesday with a federal mediator in the room",
    "reached a tentative agreement early Saturday",
    "Union members will vote on the deal on Thursday",
  ],
  supersession: {
    apart: [
      ["The union said a strike would begin on April 20", "calling off a strike that was set to begin Monday"],
      ["the university has offered $32,000", "raises the minimum stipend to $36,500"],
      ["that a deal would land between $35,000 and $38,000", "raises the minimum stipend to $36,500"],
    ],
    current: [
      "Union members will vote on the deal on Thursday",
      "last went on strike in 2031, for 11 days",
      "Turnout was 72 percent",
    ],
  },
};
