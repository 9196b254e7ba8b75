import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of the summary by summary14 (2026-12-05, before running any code
 * on it): five articles from four outlets on the contest for the leadership of the Rural Alliance, a
 * small party, between Anneke Brandt and Joel Marsden, whose members' ballot closed on Thursday 3
 * June 2027 and whose result was announced on Friday 4 June: Brandt won with 54 percent. Before it
 * the reports tell what each side claimed and what a poll forecast ("said she had the support of most
 * of the party's councillors", "Marsden has said he will quit the party's front bench if he loses",
 * "A poll of members … suggested Marsden would win narrowly"); after it, the result, the loser's
 * concession and a reshuffle still to come. A party-politics site on Monday and Friday, a national
 * paper on Wednesday, a regional paper on Friday, a wire on Saturday. Traps: 54 percent against the
 * poll's 51, the turnout of 71 percent, 38 councillors, 12,400 members. Test support only.
 */
const LEADERSHIP_CONTEST_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "leadership/1",
    externalId: "l1",
    source: "Westminster Insider",
    url: "https://westminsterinsider.example/parties/rural-alliance-contest-final-week",
    publishedAt: "2027-05-31T10:00:00Z",
    title: "Rural Alliance leadership race enters final week",
    originalText: [
      "The Rural Alliance's 12,400 members have until Thursday to choose between Anneke Brandt and Joel Marsden as the party's next leader.",
      "Brandt said on Sunday that she had the support of most of the party's 38 councillors.",
      "Marsden has said he will quit the party's front bench if he loses.",
      "The result will be announced on Friday.",
    ].join("\n"),
  },
  {
    input: "leadership/2",
    externalId: "l2",
    source: "The National Chronicle",
    url: "https://nationalchronicle.example/politics/marsden-ahead-in-members-poll",
    publishedAt: "2027-06-02T07:30:00Z",
    title: "Marsden edges ahead in Rural Alliance poll",
    originalText: [
      "A poll of members published on Tuesday suggested Marsden would win narrowly, with 51 percent.",
      "Brandt insists the poll is wrong. “The members I meet want a party that wins seats, not arguments,” she said.",
      "Both candidates have promised to keep the party's pledge to cut fuel duty for farmers.",
    ].join("\n"),
  },
  {
    input: "leadership/3",
    externalId: "l3",
    source: "Westminster Insider",
    url: "https://westminsterinsider.example/parties/brandt-wins-rural-alliance-leadership",
    publishedAt: "2027-06-04T13:00:00Z",
    title: "Brandt elected Rural Alliance leader",
    originalText: [
      "Anneke Brandt was elected leader of the Rural Alliance on Friday, winning 54 percent of the members' votes against 46 percent for Joel Marsden.",
      "Turnout was 71 percent.",
      "“This party has chosen to look outward,” Brandt said in her victory speech.",
    ].join("\n"),
  },
  {
    input: "leadership/4",
    externalId: "l4",
    source: "Fenland Post",
    url: "https://fenlandpost.example/news/brandt-new-leader",
    publishedAt: "2027-06-04T18:15:00Z",
    title: "Fenland's Anneke Brandt to lead Rural Alliance",
    originalText: [
      "Anneke Brandt, the MP for South Fenland, won the Rural Alliance leadership contest on Friday.",
      "Marsden conceded defeat and said he would serve in her shadow cabinet if asked.",
      "Brandt is expected to announce her front-bench team next week.",
    ].join("\n"),
  },
  {
    input: "leadership/5",
    externalId: "l5",
    source: "Press Association Wire",
    url: "https://pawire.example/politics/rural-alliance-reshuffle",
    publishedAt: "2027-06-05T09:00:00Z",
    title: "New Rural Alliance leader plans reshuffle",
    originalText: [
      "The new leader of the Rural Alliance, Anneke Brandt, will name her front-bench team on Tuesday, a party spokesman said on Saturday.",
      "Brandt defeated Joel Marsden by 54 percent to 46 in a ballot of the party's members that closed on Thursday.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function leadershipContestArticles(): Article[] {
  return linkNearDuplicates(LEADERSHIP_CONTEST_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by summary14 (2026-12-05), before running any code on them. No real
 * disagreement. The summary must tell the result and none of the claims and the forecast it settled;
 * what is said after it (the concession, the reshuffle on Tuesday) is news.
 */
export const LEADERSHIP_CONTEST_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The members I meet want a party that wins seats", speaker: "Anneke Brandt" },
    { text: "This party has chosen to look outward", speaker: "Anneke Brandt" },
  ],
  timeline: [
    { text: "Anneke Brandt was elected leader of the Rural Alliance on Friday", dates: ["2027-06-04"] },
    { text: "will name her front-bench team on Tuesday", dates: ["2027-06-08"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    // The poll's forecast against the result; the result's two sides; turnout.
    ["51", "54"],
    ["54", "46"],
    ["71", "54"],
  ],
  corroboration: [{ text: "Anneke Brandt was elected leader of the Rural Alliance on Friday", outlets: 3 }],
  headline: ["Brandt"],
  summary: {
    holds: ["54 percent"],
    never: [
      "she had the support of most of the party's 38 councillors",
      "Marsden has said he will quit",
      "suggested Marsden would win narrowly",
      "Brandt insists the poll is wrong",
      "The result will be announced on Friday",
    ],
  },
};
