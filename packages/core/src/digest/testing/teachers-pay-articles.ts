import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts20 (2026-12-05, before running any code on it): five
 * articles from five outlets on a teachers' pay dispute, from the union's rejection of an offer on
 * Monday 10 May 2027 to its members' vote on the deal, announced on Friday 4 June. A wire on the
 * rejection, an education paper on the deal of Tuesday 18 May and a regional paper's syndicated
 * rewrite of it, a national paper and a broadcaster on the ballot's result. The real disagreements:
 * the deal's cost a year, £2.1 billion for the education paper (the Treasury) against about £2.3
 * billion for the national paper (the Institute for Fiscal Studies); the share of members voting to
 * accept, 76 percent for the national paper against 72 percent for the broadcaster. Traps: an offer of
 * 5.5 percent against the demand of 8 percent, the first offer of 4.5 percent and the 6.5 percent
 * agreed; starting salaries up 9 percent; the rejected offer's cost of £1.9 billion against the deal's;
 * a turnout of 61 percent against the shares voting to accept; six strike days held, two more called
 * off. Test support only.
 */
const TEACHERS_PAY_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "teachers/1",
    externalId: "t1",
    source: "National News Service",
    url: "https://nationalnews.example/education/teachers-reject-pay-offer",
    publishedAt: "2027-05-11T10:00:00Z",
    title: "Teachers' union rejects 5.5 percent pay offer",
    originalText: [
      "The National Union of Teachers on Monday rejected the government's offer of a 5.5 percent pay rise, saying it fell far short of its demand for 8 percent.",
      "The offer, up from 4.5 percent in March, would cost about £1.9 billion a year, the Department for Education said.",
      "Teachers have walked out on six days since January.",
      "“This offer would still leave teachers poorer than they were in 2010,” said the union's general secretary, Kate Morrow.",
    ].join("\n"),
  },
  {
    input: "teachers/2",
    externalId: "t2",
    source: "Schools Daily",
    url: "https://schoolsdaily.example/pay/teachers-agree-6-5-percent-deal",
    publishedAt: "2027-05-18T16:00:00Z",
    title: "Teachers and government agree 6.5 percent pay deal",
    originalText: [
      "Teachers in England will get a 6.5 percent pay rise from September after the National Union of Teachers and the government reached a deal on Tuesday.",
      "Starting salaries will rise by 9 percent, to £34,000.",
      "The deal will cost £2.1 billion a year, the Treasury said.",
      "Union members will vote on the deal in an online ballot closing on June 4.",
      "“This is a fair settlement that recognises the work teachers do,” Education Secretary Michael Grant said.",
    ].join("\n"),
  },
  {
    input: "teachers/3",
    externalId: "t3",
    source: "Northern Post",
    url: "https://northernpost.example/news/teachers-pay-deal-agreed",
    publishedAt: "2027-05-18T19:30:00Z",
    title: "Teachers' pay deal agreed",
    originalText: [
      "Teachers in England will get a 6.5 percent pay rise from September after the National Union of Teachers and the government reached a deal on Tuesday.",
      "Starting salaries will rise by 9 percent, to £34,000.",
      "The deal will cost £2.1 billion a year, the Treasury said.",
      "“This is a fair settlement that recognises the work teachers do,” Education Secretary Michael Grant said.",
      "Schools Daily",
    ].join("\n"),
  },
  {
    input: "teachers/4",
    externalId: "t4",
    source: "The Evening Chronicle",
    url: "https://eveningchronicle.example/education/teachers-back-pay-deal",
    publishedAt: "2027-06-05T07:00:00Z",
    title: "Teachers back pay deal, ending strikes",
    originalText: [
      "Members of the National Union of Teachers have voted to accept the government's pay deal, with 76 percent of those voting in favour, the union said on Friday.",
      "Turnout in the ballot was 61 percent.",
      "The 6.5 percent rise will cost about £2.3 billion a year, according to the Institute for Fiscal Studies.",
      "“Schools will have to cut somewhere to pay for this,” said Paul Adeyemi, head teacher of Brookfield Primary School.",
    ].join("\n"),
  },
  {
    input: "teachers/5",
    externalId: "t5",
    source: "Radio Capital",
    url: "https://radiocapital.example/news/teachers-vote-to-accept",
    publishedAt: "2027-06-05T09:00:00Z",
    title: "Teachers vote to accept pay deal",
    originalText: [
      "Teachers voted by 72 percent to accept the pay deal, the National Union of Teachers said on Friday, on a turnout of 61 percent.",
      "Two strike days planned for June 10 and 11 have been called off.",
      "“Our members have won this through their own determination,” Kate Morrow said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function teachersPayArticles(): Article[] {
  return linkNearDuplicates(TEACHERS_PAY_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts20 (2026-12-05), before running any code on them. Two real
 * disagreements: the deal's cost a year (£2.1 against about £2.3 billion) and the share voting to
 * accept it (76 against 72 percent).
 */
export const TEACHERS_PAY_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This offer would still leave teachers poorer than they were in 2010", speaker: "Kate Morrow" },
    { text: "This is a fair settlement that recognises the work teachers do", speaker: "Michael Grant" },
    { text: "Schools will have to cut somewhere to pay for this", speaker: "Paul Adeyemi" },
    { text: "Our members have won this through their own determination", speaker: "Kate Morrow" },
  ],
  timeline: [
    { text: "on Monday rejected the government's offer of a 5.5 percent pay rise", dates: ["2027-05-10"] },
    { text: "reached a deal on Tuesday", dates: ["2027-05-18"] },
    { text: "have voted to accept the government's pay deal", dates: ["2027-06-04"] },
  ],
  neverDated: [{ text: "poorer than they were in 2010", date: "2027" }],
  disagreements: [
    { values: ["2.1 billion", "2.3 billion"], outlets: ["Schools Daily", "The Evening Chronicle"] },
    { values: ["76", "72"], outlets: ["The Evening Chronicle", "Radio Capital"] },
  ],
  notDisagreements: [
    // An offer, the demand, the first offer, the deal.
    ["5.5", "8"],
    ["4.5", "5.5"],
    ["6.5", "8"],
    ["6.5", "5.5"],
    // Starting salaries, a part of the whole.
    ["9", "6.5"],
    // The rejected offer's cost against the deal's.
    ["1.9 billion", "2.1 billion"],
    ["1.9 billion", "2.3 billion"],
    // The turnout against the shares voting to accept.
    ["61", "72"],
    ["61", "76"],
    // Strike days held against days called off.
    ["six", "Two"],
  ],
  corroboration: [
    // The deal, told by the education paper (and its rewrite) only.
    { text: "Teachers in England will get a 6.5 percent pay rise from September", outlets: 1 },
    { text: "The deal will cost £2.1 billion a year", outlets: 1 },
    // The turnout, told by the national paper and the broadcaster.
    { text: "Turnout in the ballot was 61 percent", outlets: 2 },
    { text: "Teachers have walked out on six days since January", outlets: 1 },
  ],
};
