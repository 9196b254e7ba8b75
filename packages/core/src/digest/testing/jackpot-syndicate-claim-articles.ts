/**
 * Held-out batch P (lead session 30, 2026-12-07), written by heldout18 before any run; unfitted.
 * Two syndicates claim one lottery jackpot in South Yorkshire and the operator rules, Saturday 5 to Friday 11 March 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "js/1",
    externalId: "q1",
    source: "Britannia Press Agency",
    url: "https://britanniapressagency.example/uk/eurostar-jackpot-two-syndicates",
    publishedAt: "2044-03-07T10:00:00Z",
    title: "Two syndicates claim £38.6m EuroStar jackpot",
    originalText: [
      "SHEFFIELD (BPA) — Two lottery syndicates have each claimed the £38.6m EuroStar jackpot from Saturday's draw, and the operator has frozen the prize while it investigates.",
      "Both groups say the winning ticket was bought by Darren Hollis, 52, a bus driver who pays into a 14-member syndicate at the Hallam Road depot and a separate one at the Crown and Anchor pub in Rotherham.",
      "The ticket was sold at a newsagent on Fitzwilliam Street at 6.12pm on Saturday, less than two hours before sales closed.",
      "“We have never had two groups claim one ticket in this way,” a spokeswoman for National Draw, which runs the game, said.",
      "Under the operator's rules a prize is normally paid within 28 days of a valid claim.",
      "The largest jackpot previously won in South Yorkshire was £21m, in 2037.",
    ].join("\n"),
  },
  {
    input: "js/2",
    externalId: "q2",
    source: "Midlands Evening Post",
    url: "https://midlandseveningpost.example/news/lottery-jackpot-frozen-syndicates",
    publishedAt: "2044-03-07T15:00:00Z",
    title: "Lottery jackpot frozen as two syndicates stake claims",
    originalText: [
      "Two lottery syndicates are each claiming Saturday's £38.6m EuroStar jackpot, leading the operator to freeze the prize while it looks into the case.",
      "Each group says Darren Hollis, a 52-year-old bus driver, bought the winning ticket; he pays into a 14-member syndicate at the Hallam Road depot in Sheffield and another at the Crown and Anchor pub in Rotherham.",
      "It was sold at a Fitzwilliam Street newsagent at 6.12pm on Saturday, under two hours before sales closed.",
      "A National Draw spokeswoman said: “We have never had two groups claim one ticket in this way.”",
      "The operator normally pays prizes within 28 days of a valid claim.",
    ].join("\n"),
  },
  {
    input: "js/3",
    externalId: "q3",
    source: "The Sheffield Chronicle",
    url: "https://sheffieldchronicle.example/news/hallam-road-depot-lottery-claim",
    publishedAt: "2044-03-08T07:00:00Z",
    title: "Depot drivers say jackpot ticket was bought with their money",
    originalText: [
      "The depot syndicate's organiser, Gary Finch, said yesterday that the 54-year-old driver had put his £2 stake in the depot envelope every Friday since 2031.",
      "“Darren bought that ticket with our money, and the lads want what's theirs,” Finch said.",
      "The depot group has 12 drivers and cleaners, who would each take about £3.2m if the jackpot were theirs.",
      "Mr Hollis has not spoken publicly since the draw.",
      "According to Crown and Anchor landlady Sheila Moran, “Darren filled in the pub slip at the bar and went straight to the shop.”",
    ].join("\n"),
  },
  {
    input: "js/4",
    externalId: "q4",
    source: "The Daily Rocket",
    url: "https://dailyrocket.example/news/pub-v-depot-lottery-war",
    title: "PUB v DEPOT: war over £36.8m ticket",
    originalText: [
      "Boozer regulars and bus drivers are at war over a £36.8m lottery ticket bought by one man who paid into both their syndicates.",
      "The winning Lucky Dip was bought at 6.40pm, minutes before the Crown and Anchor's quiz night started.",
      "Landlady Sheila Moran, 61, said the pub's nine-strong syndicate had 'never missed a week in ten years'.",
      "One driver said: “It's the talk of every bus in Sheffield.”",
      "Each pub member stands to pocket more than £4m.",
    ].join("\n"),
  },
  {
    input: "js/5",
    externalId: "q5",
    source: "Lottery & Gaming Review",
    url: "https://lotterygamingreview.example/operators/national-draw-rules-split-claim",
    publishedAt: "2044-03-10T16:00:00Z",
    title: "National Draw awards disputed jackpot to pub syndicate",
    originalText: [
      "National Draw ruled on Thursday that the £38.6m prize will be paid to the Crown and Anchor syndicate, because the winning line was entered on that group's registered play slip.",
      "The operator's claims panel met for about four hours before reaching its decision.",
      "“A ticket belongs to the slip it was played from, not to the pocket that paid for it.” — Karen Oduya, head of player protection at National Draw",
      "It had said on Monday it expected to take up to 14 days.",
      "Disputed claims are rare: the operator handled three in 2043, none above £1m.",
      "The jackpot had rolled over six times before the draw.",
    ].join("\n"),
  },
  {
    input: "js/6",
    externalId: "q6",
    source: "Britannia Press Agency",
    url: "https://britanniapressagency.example/uk/depot-syndicate-high-court-jackpot",
    publishedAt: "2044-03-11T12:00:00Z",
    title: "Depot syndicate to take jackpot fight to High Court",
    originalText: [
      "SHEFFIELD (BPA) — Members of the Hallam Road depot syndicate will go to the High Court to claim half of the £38.6m EuroStar jackpot, their solicitor said on Friday.",
      "The operator awarded the whole prize to the Rotherham pub syndicate yesterday after a four-hour hearing of its claims panel.",
      "The prize was paid into the pub syndicate's account on Thursday evening.",
      "The depot group is seeking £19.3m; the pub syndicate has offered it £500,000 “as a goodwill gesture”, its solicitor said.",
      "Each of the pub syndicate's nine members will receive about £4.3m, National Draw said.",
      "“We'll let the court decide,” said Imran Qureshi, the depot group's solicitor.",
      "The jackpot is worth about €45m at current exchange rates.",
    ].join("\n"),
  },
];

export function jackpotSyndicateClaimArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. UK time is UTC in March. The draw is Saturday
 * 5 March; "yesterday" in Tuesday's Chronicle is Monday 7th; "on Thursday" in Thursday's trade
 * story is the 10th, "on Monday" there the 7th; "yesterday" and "on Thursday evening" in Friday's
 * agency story are the 10th. The Midlands Evening Post's story is a syndicated rewrite of the
 * agency's first.
 */
export const JACKPOT_SYNDICATE_CLAIM_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We have never had two groups claim one ticket in this way", speaker: "a spokeswoman for National Draw" },
    { text: "Darren bought that ticket with our money, and the lads want what's theirs", speaker: "Gary Finch" },
    { text: "Darren filled in the pub slip at the bar and went straight to the shop", speaker: "Sheila Moran" },
    { text: "never missed a week in ten years", speaker: "Sheila Moran", partial: true },
    { text: "It's the talk of every bus in Sheffield", speaker: "One driver" },
    {
      text: "A ticket belongs to the slip it was played from, not to the pocket that paid for it",
      speaker: "Karen Oduya",
    },
    { text: "as a goodwill gesture", speaker: null, partial: true },
    { text: "We'll let the court decide", speaker: "Imran Qureshi" },
  ],
  timeline: [
    // The claims were made by Monday about Saturday's draw: either day is acceptable.
    { text: "have each claimed the £38.6m EuroStar jackpot from Saturday's draw", dates: ["2044-03-05", "2044-03-07"] },
    { text: "The ticket was sold at a newsagent on Fitzwilliam Street at 6.12pm on Saturday", dates: ["2044-03-05"] },
    { text: "It was sold at a Fitzwilliam Street newsagent at 6.12pm on Saturday", dates: ["2044-03-05"] },
    { text: "Gary Finch, said yesterday", dates: ["2044-03-07"] },
    { text: "National Draw ruled on Thursday", dates: ["2044-03-10"] },
    { text: "It had said on Monday it expected to take up to 14 days", dates: ["2044-03-07"] },
    { text: "their solicitor said on Friday", dates: ["2044-03-11"] },
    { text: "awarded the whole prize to the Rotherham pub syndicate yesterday", dates: ["2044-03-10"] },
    { text: "The prize was paid into the pub syndicate's account on Thursday evening", dates: ["2044-03-10"] },
  ],
  neverDated: [
    { text: "in the depot envelope every Friday since 2031", date: "2031" },
    { text: "The largest jackpot previously won in South Yorkshire was £21m, in 2037", date: "2037" },
    { text: "the operator handled three in 2043", date: "2043" },
    // "Yesterday" in a Tuesday paper is Monday, never the paper's own day.
    { text: "Gary Finch, said yesterday", date: "2044-03-08", exact: true },
    // "On Monday" in a Thursday story is the Monday gone.
    { text: "It had said on Monday it expected", date: "2044-03-14", exact: true },
  ],
  disagreements: [
    // Hollis's age: after his name in the agency's story, in a modifier in the Chronicle's.
    { values: ["52", "54"], outlets: ["Britannia Press Agency", "The Sheffield Chronicle"] },
    // Members of the depot syndicate: "a 14-member syndicate" against "12 drivers and cleaners".
    { values: ["14", "12"], outlets: ["Britannia Press Agency", "The Sheffield Chronicle"] },
    // The jackpot itself.
    { values: ["38.6", "36.8"], outlets: ["Britannia Press Agency", "The Daily Rocket"] },
    // The time the winning ticket was sold.
    { values: ["6.12", "6.40"], outlets: ["Britannia Press Agency", "The Daily Rocket"] },
  ],
  notDisagreements: [
    // A demand against an offer, and the demand as a part of the whole.
    ["19.3", "500,000"],
    ["38.6", "19.3"],
    // A conversion.
    ["38.6", "45"],
    // A precedent from 2037.
    ["38.6", "21"],
    ["36.8", "21"],
    // A share against the whole, and the two groups' would-be shares.
    ["4.3", "38.6"],
    ["4.3", "3.2"],
    // The tabloid's "more than £4m" against the agency's "about £4.3m": a bound and a point inside it.
    ["4", "4.3"],
    // The two syndicates' sizes.
    ["14", "nine"],
    ["12", "nine"],
    // The landlady's age against Hollis's.
    ["61", "52"],
    ["61", "54"],
    // Forecast days to rule against the usual days to pay; hours the panel sat.
    ["14", "28"],
    ["four", "14"],
    // Rollovers and past disputes against syndicate members.
    ["six", "nine"],
    ["three", "nine"],
    // A weekly stake against a share.
    ["2", "3.2"],
  ],
  corroboration: [
    // The agency and its rewrite count once; the tabloid gives another time.
    { text: "The ticket was sold at a newsagent on Fitzwilliam Street at 6.12pm on Saturday", outlets: 1 },
    // The trade paper and the agency's Friday story.
    {
      text: "National Draw ruled on Thursday that the £38.6m prize will be paid to the Crown and Anchor syndicate",
      outlets: 2,
    },
    // The agency's Friday story and the tabloid's "nine-strong syndicate".
    { text: "Each of the pub syndicate's nine members will receive about £4.3m", outlets: 2 },
  ],
  headline: ["High Court", "go to the High Court"],
  summary: {
    holds: ["Crown and Anchor", "High Court"],
    never: ["the operator has frozen the prize while it investigates", "It's the talk of every bus in Sheffield"],
  },
  sameEntry: [["National Draw ruled on Thursday", "awarded the whole prize to the Rotherham pub syndicate yesterday"]],
  order: [
    "The ticket was sold at a newsagent on Fitzwilliam Street at 6.12pm on Saturday",
    "Gary Finch, said yesterday",
    "National Draw ruled on Thursday",
    "their solicitor said on Friday",
  ],
  supersession: {
    apart: [
      [
        "the operator has frozen the prize while it investigates",
        "The prize was paid into the pub syndicate's account",
      ],
      ["leading the operator to freeze the prize", "National Draw ruled on Thursday"],
    ],
    current: [
      "The depot group is seeking £19.3m",
      "The largest jackpot previously won in South Yorkshire was £21m",
      "Each of the pub syndicate's nine members will receive about £4.3m",
    ],
  },
};
