/**
 * The lead's held-out batch M (session 28, 2026-12-07): texts and expectations written by helper heldout15 before any run, kept
 * outside the repository while unfitted (first run on 016a999 and the session's end: see the README's facts table),
 * added here at the session's end; one rule (clock times) was written after reading its misses, so it is fitted from now on.
 * A Missouri city council splits over stadium bonds in its budget, then a referendum drive, Tuesday 13 to Sunday 18 May 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "sv/1",
    externalId: "v1",
    source: "Riverton Tribune",
    url: "https://rivertontribune.example/politics/council-stadium-budget-vote-tonight",
    publishedAt: "2042-05-13T11:00:00Z",
    title: "Stadium money splits council ahead of budget vote",
    originalText: [
      "Riverton City Council will vote tonight on a budget that includes $410 million in bonds toward a downtown soccer stadium for the Riverton Rapids.",
      "The 28,000-seat stadium would cost about $690 million, with the team's owners paying the rest.",
      "Mayor Gloria Etienne, who has backed the stadium since her 2040 campaign, says it will bring 1,100 permanent jobs.",
      "“We are closing two libraries to build a soccer palace,” said council member Luis Ortega, who leads the opposition.",
      "The budget also cuts $14 million from the parks department.",
      "Voters rejected a sales-tax increase for a downtown arena in a 2036 referendum by about 1,200 votes.",
    ].join("\n"),
  },
  {
    input: "sv/2",
    externalId: "v2",
    source: "Midwest Press Association",
    url: "https://midwestpress.example/missouri/riverton-council-approves-stadium-bonds",
    publishedAt: "2042-05-14T09:00:00Z",
    title: "Riverton council narrowly backs stadium bonds",
    originalText: [
      "RIVERTON, Mo. (MPA) — The Riverton City Council voted 7-6 early Wednesday to approve a $2.1 billion budget that puts $350 million in city bonds toward a new soccer stadium, after a meeting that lasted nearly 14 hours.",
      "Council members cut the mayor's original $410 million request to $350 million in an amendment shortly before the vote.",
      "More than 140 residents signed up to speak, and the last of them finished after 1 a.m.",
      "The city's bonds will cover about 51% of the stadium's cost, the mayor's office said.",
      "The bonds are to be repaid over 30 years from hotel and sales taxes.",
      "“This city just bet its future on a soccer team,” Ortega said after the vote.",
    ].join("\n"),
  },
  {
    input: "sv/3",
    externalId: "v3",
    source: "Ozark Daily Herald",
    url: "https://ozarkdailyherald.example/state/riverton-stadium-bonds-approved",
    publishedAt: "2042-05-14T14:00:00Z",
    title: "Riverton approves stadium bonds by one vote",
    originalText: [
      "The Riverton City Council voted 7-6 early Wednesday to pass a $2.1 billion budget that puts $350 million in city bonds toward a new soccer stadium, after a meeting that lasted nearly 14 hours.",
      "In an amendment shortly before the vote, council members cut the mayor's original $410 million request to $350 million.",
      "More than 140 residents signed up to speak, the last of them finishing after 1 a.m.",
      "The city's bonds will cover about 51% of the stadium's cost, according to the mayor's office.",
      "“This city just bet its future on a soccer team,” council member Luis Ortega said after the vote.",
      "— Midwest Press Association",
    ].join("\n"),
  },
  {
    input: "sv/4",
    externalId: "v4",
    source: "KRVN News",
    url: "https://krvnnews.example/local/stadium-budget-heads-to-mayor",
    publishedAt: "2042-05-15T01:00:00Z",
    title: "Stadium budget heads to mayor's desk",
    originalText: [
      "Riverton's 1.8 billion dollar spending plan, stadium money and all, now goes to Mayor Gloria Etienne, who is expected to sign it tomorrow.",
      "About 90 people spoke at the hearing before council members voted in the early hours of this morning.",
      "The 11-hour session ended just before 3 a.m.",
      "Mayor Etienne told KRVN: “The stadium will pay for itself within 20 years.”",
      "Opponents say they will start collecting signatures on Friday to force a referendum.",
      "They need 9,000 signatures within 30 days.",
    ].join("\n"),
  },
  {
    input: "sv/5",
    externalId: "v5",
    source: "Stadium & Arena Business",
    url: "https://stadiumarenabusiness.example/projects/riverton-rapids-stadium",
    title: "Riverton Rapids stadium clears council",
    originalText: [
      "The Riverton Rapids' new stadium will hold 25,000 fans, with room to expand to 30,000.",
      "Public money covers 46 per cent of the project's cost, council documents show.",
      "The Rapids drew an average crowd of 17,400 last season at a converted college football field.",
      "Economist Lena Marsh of Kessler University, who has studied 40 stadium deals since 2000, said subsidies rarely pay back.",
      "Marsh called the mayor's jobs figure “wildly optimistic”.",
    ].join("\n"),
  },
  {
    input: "sv/6",
    externalId: "v6",
    source: "The Riverton Voice",
    url: "https://rivertonvoice.example/news/stadium-referendum-petition",
    publishedAt: "2042-05-18T15:00:00Z",
    title: "Stadium petition passes 3,100 signatures",
    originalText: [
      "Mayor Gloria Etienne signed the budget on Thursday.",
      "Opponents had gathered 3,100 signatures by Saturday night, about a third of the 9,000 they need to force a referendum on the stadium bonds.",
      "“We will get there, and the voters will decide,” said Nadia Brooks, a retired teacher who is running the petition drive.",
      "Brooks, 67, led the campaign against the arena in 2036.",
      "The council's 7-6 vote last Wednesday was the closest on a budget since 2019.",
      "The Rapids say work on the site will start in August.",
      "An earlier version of this story gave the number of signatures needed as 8,000.",
    ].join("\n"),
  },
];

export function stadiumSubsidyVoteArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run (Missouri is UTC-5 in May). "Tonight" in
 * Tuesday morning's Tribune is the 13th, though the vote came after midnight: "early Wednesday" and "the
 * early hours of this morning" (in a broadcast stamped 8pm Wednesday local) are the 14th; "tomorrow"
 * there is Thursday the 15th and "on Friday" the 16th; in the Voice of Sunday 18 May "on Thursday" is the
 * 15th, "by Saturday night" the 17th and "last Wednesday" the 14th; "in August" is this year's. The Ozark
 * Daily Herald story is the wire's copy reworded (one outlet for corroboration). Stadium & Arena
 * Business carries no date.
 */
export const STADIUM_SUBSIDY_VOTE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are closing two libraries to build a soccer palace", speaker: "Luis Ortega" },
    // "Ortega said" in the wire, after the Tribune and the rewrite name council member Luis Ortega.
    { text: "This city just bet its future on a soccer team", speaker: "Luis Ortega" },
    { text: "The stadium will pay for itself within 20 years", speaker: "Gloria Etienne" },
    { text: "wildly optimistic", speaker: "Lena Marsh", partial: true },
    { text: "We will get there, and the voters will decide", speaker: "Nadia Brooks" },
  ],
  timeline: [
    { text: "Riverton City Council will vote tonight on a budget", dates: ["2042-05-13", "2042-05-14"] },
    { text: "The Riverton City Council voted 7-6 early Wednesday to approve", dates: ["2042-05-14"] },
    { text: "The Riverton City Council voted 7-6 early Wednesday to pass", dates: ["2042-05-14"] },
    // A forecast is dated the day it was said (Wednesday the 14th, 8pm local) or the day it names, as
    // "will vote tonight" above is; the 15th alone matched only while the broadcast's day was its UTC one.
    { text: "who is expected to sign it tomorrow", dates: ["2042-05-14", "2042-05-15"] },
    { text: "before council members voted in the early hours of this morning", dates: ["2042-05-14"] },
    { text: "start collecting signatures on Friday to force a referendum", dates: ["2042-05-16"] },
    { text: "Mayor Gloria Etienne signed the budget on Thursday", dates: ["2042-05-15"] },
    { text: "Opponents had gathered 3,100 signatures by Saturday night", dates: ["2042-05-17"] },
    { text: "The council's 7-6 vote last Wednesday", dates: ["2042-05-14"] },
    { text: "The Rapids say work on the site will start in August", dates: ["2042-08"] },
  ],
  neverDated: [
    { text: "who has backed the stadium since her 2040 campaign", date: "2040" },
    { text: "in a 2036 referendum by about 1,200 votes", date: "2036" },
    { text: "led the campaign against the arena in 2036", date: "2036" },
    { text: "was the closest on a budget since 2019", date: "2019" },
    { text: "who has studied 40 stadium deals since 2000", date: "2000" },
    // "Last Wednesday" in a Sunday paper is four days before, not eleven.
    { text: "The council's 7-6 vote last Wednesday", date: "2042-05-07", exact: true },
    // "On Thursday" in a Sunday paper is the Thursday gone.
    { text: "Mayor Gloria Etienne signed the budget on Thursday", date: "2042-05-22", exact: true },
  ],
  disagreements: [
    // The whole budget: "a $2.1 billion budget" against "1.8 billion dollar spending plan".
    { values: ["2.1", "1.8"], outlets: ["Midwest Press Association", "KRVN News"] },
    // The stadium's capacity: "The 28,000-seat stadium" against "will hold 25,000 fans".
    { values: ["28,000", "25,000"], outlets: ["Riverton Tribune", "Stadium & Arena Business"] },
    // The length of the meeting: "lasted nearly 14 hours" against "The 11-hour session".
    { values: ["14", "11"], outlets: ["Midwest Press Association", "KRVN News"] },
    // The public share of the cost.
    { values: ["51", "46"], outlets: ["Midwest Press Association", "Stadium & Arena Business"] },
  ],
  notDisagreements: [
    // The mayor's request against the amended outcome.
    ["410", "350"],
    // Residents signed up against those who spoke.
    ["140", "90"],
    // Signatures gathered against those needed.
    ["3,100", "9,000"],
    // The weekly's own correction.
    ["8,000", "9,000"],
    // Capacity against room to expand, and against today's crowds.
    ["28,000", "30,000"],
    ["25,000", "30,000"],
    ["17,400", "25,000"],
    ["17,400", "28,000"],
    // The stadium's cost against the public part; other money in the same unit.
    ["690", "350"],
    ["690", "410"],
    ["14", "350"],
    // Years of repayment against the mayor's payback claim.
    ["30", "20"],
    // A 2036 referendum margin against jobs and signatures.
    ["1,200", "1,100"],
    ["1,200", "3,100"],
    // A petitioner's age against the deals an economist studied.
    ["67", "40"],
  ],
  corroboration: [
    // Carried only by the wire and its rewrite.
    { text: "Council members cut the mayor's original $410 million request to $350 million", outlets: 1 },
    // The wire and its rewrite count once; the broadcaster and the weekly tell it in other words.
    { text: "The Riverton City Council voted 7-6 early Wednesday to approve", outlets: 3 },
    { text: "They need 9,000 signatures within 30 days", outlets: 2 },
  ],
  headline: ["3,100", "signatures", "petition"],
  summary: {
    holds: ["350", "referendum"],
    never: ["will vote tonight", "who is expected to sign it tomorrow"],
  },
  sameEntry: [
    [
      "The Riverton City Council voted 7-6 early Wednesday to approve",
      "before council members voted in the early hours of this morning",
    ],
    ["The Riverton City Council voted 7-6 early Wednesday to approve", "The council's 7-6 vote last Wednesday"],
  ],
  order: [
    "The Riverton City Council voted 7-6 early Wednesday to approve",
    "Mayor Gloria Etienne signed the budget on Thursday",
    "start collecting signatures on Friday to force a referendum",
    "Opponents had gathered 3,100 signatures by Saturday night",
    "The Rapids say work on the site will start in August",
  ],
  supersession: {
    apart: [
      ["will vote tonight", "voted 7-6 early Wednesday"],
      ["who is expected to sign it tomorrow", "Mayor Gloria Etienne signed the budget on Thursday"],
      ["includes $410 million in bonds", "puts $350 million in city bonds"],
    ],
    current: [
      "The Rapids say work on the site will start in August",
      "They need 9,000 signatures within 30 days",
      "The bonds are to be repaid over 30 years",
    ],
  },
};
