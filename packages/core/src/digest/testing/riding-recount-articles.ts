/**
 * The lead's held-out batch L (session 28, 2026-12-07): texts and expectations written by helper heldout14 before any run, kept
 * outside the repository while unfitted (first run on 016a999 and the session's end: see the README's facts table),
 * added here at the session's end; one rule (clock times) was written after reading its misses, so it is fitted from now on.
 * A provincial election seat in Nova Scotia goes to a judicial recount that decides the governing party's majority,
 * Monday 16 to Saturday 21 October 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "rr/1",
    externalId: "v1",
    source: "Maritime Press Agency",
    url: "https://maritimepressagency.example/politics/cape-rowan-recount-majority",
    publishedAt: "2045-10-17T10:00:00Z",
    title: "Nova Scotia Tory majority hangs on 14 votes in Cape Rowan",
    originalText: [
      "HALIFAX (MPA) — Progressive Conservative incumbent Martin Aucoin led Liberal challenger Priya Landry by 14 votes in Cape Rowan after Monday's provincial election, leaving the party's majority hanging on a single riding.",
      "The Tories won or led in 28 of the legislature's 55 seats, the bare minimum for a majority, with the Liberals on 23 and the New Democrats on four.",
      "Aucoin, 61, took 6,412 votes to Landry's 6,398, according to unofficial results posted by Elections Nova Scotia.",
      "Turnout in the riding was 58 per cent, well above the province-wide figure of 51 per cent.",
      "“Every one of those ballots deserves a second look,” Landry told supporters in Port Marsh shortly after midnight.",
      "Premier Colin Sturdee said: “Nova Scotians have given us a mandate, and we will respect whatever the count finally says.”",
      "A pre-election poll by Harbourview Research had put the Tories on course for 31 seats.",
      "In 2031, a judicial recount in Yarmouth Centre overturned a nine-vote lead.",
    ].join("\n"),
  },
  {
    input: "rr/2",
    externalId: "v2",
    source: "The Rowan Shore Courier",
    url: "https://rowanshorecourier.example/news/aucoin-landry-14-votes",
    publishedAt: "2045-10-17T14:00:00Z",
    title: "Aucoin ahead by 14 as Cape Rowan decides Tory majority",
    originalText: [
      "Progressive Conservative MLA Martin Aucoin was 14 votes ahead of Liberal Priya Landry in Cape Rowan after Monday's provincial vote, leaving the Tory majority resting on one riding.",
      "The Progressive Conservatives won or were leading in 28 of 55 seats, the smallest possible majority; the Liberals had 23 and the NDP four.",
      "Unofficial results from Elections Nova Scotia gave Aucoin, 61, 6,412 votes and Landry 6,398.",
      "“Every one of those ballots deserves a second look,” Landry told supporters in Port Marsh after midnight.",
      "In 2031, a recount in Yarmouth Centre overturned a nine-vote lead.",
      "(MPA)",
    ].join("\n"),
  },
  {
    input: "rr/3",
    externalId: "v3",
    source: "CKRW News",
    url: "https://ckrwnews.example/local/landry-campaign-applies-for-recount",
    publishedAt: "2045-10-18T20:00:00Z",
    title: "Landry campaign applies for judicial recount in Cape Rowan",
    originalText: [
      "The Liberal campaign in Cape Rowan applied for a judicial recount on Wednesday, two days after Progressive Conservative Martin Aucoin finished election night with a 17-vote lead.",
      "Liberal lawyers want a hand recount of all 41 polling stations; the Progressive Conservatives say only the 12 where the margin was closest need rechecking.",
      "Elections Nova Scotia estimates the recount will cost $48,000.",
      "Aucoin, a 63-year-old former fisheries officer, was first elected in 2033.",
      "'We are not asking for anything more than the law allows,' said campaign manager Ruth Okonkwo.",
      "Justice Helen Marchetti of the Supreme Court of Nova Scotia will oversee the recount, which is set to begin on Friday.",
    ].join("\n"),
  },
  {
    input: "rr/4",
    externalId: "v4",
    source: "Legislative Affairs Weekly",
    url: "https://legislativeaffairsweekly.example/provinces/cape-rowan-what-a-recount-means",
    title: "What a Cape Rowan recount means for Nova Scotia's legislature",
    originalText: [
      "Judicial recounts in Nova Scotia are rare: there have been six since 2000, and only two changed the winner.",
      "The 2031 Yarmouth Centre recount, which overturned a nine-vote margin, cost the province about $35,000.",
      "The Cape Rowan recount is expected to cost about 60,000 dollars, an Elections Nova Scotia spokesperson said.",
      "At the count, 212 ballots were rejected, most of them for stray marks, and both campaigns have lawyers poring over them.",
      "If Aucoin's lead holds, the Tories will govern with 28 seats; if it falls, the legislature will be hung at 27 seats to the opposition's 28.",
      "“A one-seat majority is a majority that lives in fear of the flu.”",
      "— Lena Fairweather, who teaches politics at Cabot Harbour University",
    ].join("\n"),
  },
  {
    input: "rr/5",
    externalId: "v5",
    source: "Maritime Press Agency",
    url: "https://maritimepressagency.example/politics/recount-keeps-cape-rowan-tory",
    publishedAt: "2045-10-21T01:00:00Z",
    title: "Recount keeps Cape Rowan Tory by five votes, sealing Sturdee majority",
    originalText: [
      "HALIFAX (MPA) — A judicial recount on Friday confirmed Progressive Conservative Martin Aucoin as the winner in Cape Rowan, but cut his margin to five votes, giving Premier Colin Sturdee a one-seat majority.",
      "Justice Helen Marchetti restored 11 of the 212 ballots rejected on election night and set aside 16 others that had been counted in error.",
      "The final count gave Aucoin 6,405 votes and Liberal Priya Landry 6,400.",
      "The recount took about ten hours.",
      "“The system worked exactly as it should,” Aucoin said outside the courthouse in Port Marsh.",
      "Landry conceded on Friday night, saying she would not appeal.",
      "According to Landry, “five votes is close enough to hurt, not close enough to fight.”",
    ].join("\n"),
  },
  {
    input: "rr/6",
    externalId: "v6",
    source: "The Chronicle Ledger",
    url: "https://chronicleledger.example/politics/sturdee-cabinet-after-recount",
    publishedAt: "2045-10-21T11:00:00Z",
    title: "Sturdee to name cabinet after recount seals majority",
    originalText: [
      "Martin Aucoin held Cape Rowan by five votes in yesterday's recount, far closer than the election-night count had suggested.",
      "Premier Colin Sturdee will name his new cabinet on Thursday, his office said.",
      "Sturdee called the result “a reminder to every party that nothing is safe”.",
      "The recount cost Elections Nova Scotia $51,300, the agency said.",
      "Landry, 34, a former school principal, has ruled out a court challenge and said she would run again.",
      "In Cape Rowan, 62 per cent of eligible voters cast a ballot, against 51 per cent across the province, down from 55 per cent in 2041.",
    ].join("\n"),
  },
];

export function ridingRecountArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Nova Scotia is UTC−3 in October: the stamps fall on
 * the same local day, except the Saturday 01:00 UTC wire, which is Friday evening there). "Monday's
 * provincial election" is 16 October; "on Wednesday" in Wednesday's radio story the 18th; "on Friday"
 * in that story (the recount to come) and in Friday night's wire the 20th; "yesterday's recount" in
 * Saturday's Ledger the 20th; "on Thursday" in a Saturday paper is the 26th, the Thursday to come.
 */
export const RIDING_RECOUNT_EXPECTED: ExpectedFacts = {
  quotes: [
    // A surname after the full name earlier in the story (and in the rewrite).
    { text: "Every one of those ballots deserves a second look", speaker: "Priya Landry" },
    { text: "Nova Scotians have given us a mandate", speaker: "Colin Sturdee" },
    // Straight single quotes, "said campaign manager X".
    { text: "We are not asking for anything more than the law allows", speaker: "Ruth Okonkwo" },
    // An em-dash signature on the next line.
    { text: "A one-seat majority is a majority that lives in fear of the flu", speaker: "Lena Fairweather" },
    { text: "The system worked exactly as it should", speaker: "Martin Aucoin" },
    // "According to Surname," opening in lower case: partial by the house rule.
    { text: "five votes is close enough to hurt, not close enough to fight", speaker: "Priya Landry", partial: true },
    { text: "a reminder to every party that nothing is safe", speaker: "Colin Sturdee", partial: true },
  ],
  timeline: [
    { text: "by 14 votes in Cape Rowan after Monday's provincial election", dates: ["2045-10-16"] },
    {
      text: "was 14 votes ahead of Liberal Priya Landry in Cape Rowan after Monday's provincial vote",
      dates: ["2045-10-16"],
    },
    { text: "applied for a judicial recount on Wednesday", dates: ["2045-10-18"] },
    { text: "will oversee the recount, which is set to begin on Friday", dates: ["2045-10-20"] },
    { text: "A judicial recount on Friday confirmed Progressive Conservative Martin Aucoin", dates: ["2045-10-20"] },
    { text: "Landry conceded on Friday night", dates: ["2045-10-20"] },
    { text: "held Cape Rowan by five votes in yesterday's recount", dates: ["2045-10-20"] },
    { text: "will name his new cabinet on Thursday", dates: ["2045-10-26"] },
  ],
  neverDated: [
    { text: "In 2031, a judicial recount in Yarmouth Centre overturned a nine-vote lead", date: "2031" },
    { text: "The 2031 Yarmouth Centre recount", date: "2031" },
    { text: "was first elected in 2033", date: "2033" },
    { text: "there have been six since 2000", date: "2000" },
    { text: "down from 55 per cent in 2041", date: "2041", exact: true },
    // "On Thursday" in a Saturday story about a cabinet to come is the Thursday ahead, not the one gone.
    { text: "will name his new cabinet on Thursday", date: "2045-10-19", exact: true },
  ],
  disagreements: [
    // The election-night margin: a lead after a verb against one inside a modifier.
    { values: ["14", "17"], outlets: ["Maritime Press Agency", "CKRW News"] },
    // The incumbent's age: ", 61," against "a 63-year-old".
    { values: ["61", "63"], outlets: ["Maritime Press Agency", "CKRW News"] },
    // The agency's estimate of the recount's cost, "$48,000" against "about 60,000 dollars".
    { values: ["48,000", "60,000"], outlets: ["CKRW News", "Legislative Affairs Weekly"] },
    // Turnout in the riding, one election, two shares.
    { values: ["58", "62"], outlets: ["Maritime Press Agency", "The Chronicle Ledger"] },
  ],
  notDisagreements: [
    // The election-night margin against the recount's.
    ["14", "five"],
    ["17", "five"],
    // Each candidate's night total against the recount's, and the two candidates against each other.
    ["6,412", "6,405"],
    ["6,398", "6,400"],
    ["6,412", "6,398"],
    ["6,405", "6,400"],
    // Seats won against the whole house; a poll's forecast against the outcome; a hung house.
    ["28", "55"],
    ["31", "28"],
    ["27", "28"],
    // A 2031 precedent's margin and cost.
    ["nine", "14"],
    ["35,000", "48,000"],
    ["35,000", "60,000"],
    // A demand against the other side's answer.
    ["41", "12"],
    // Rejected ballots against those restored and set aside.
    ["212", "11"],
    ["212", "16"],
    // Estimates against the real cost.
    ["48,000", "51,300"],
    ["60,000", "51,300"],
    // The riding's turnout against the province's, then and now.
    ["58", "51"],
    ["62", "51"],
    ["51", "55"],
    // Recounts held against those that changed the winner; the challenger's age against the incumbent's.
    ["six", "two"],
    ["34", "61"],
    ["34", "63"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the radio gives 17.
    { text: "led Liberal challenger Priya Landry by 14 votes", outlets: 1 },
    // The wire and the Ledger ("held Cape Rowan by five votes in yesterday's recount"), in other words.
    { text: "A judicial recount on Friday confirmed Progressive Conservative Martin Aucoin as the winner", outlets: 2 },
    // The wire ("would not appeal") and the Ledger ("has ruled out a court challenge").
    { text: "Landry conceded on Friday night, saying she would not appeal", outlets: 2 },
  ],
  headline: ["recount", "five votes", "majority", "cabinet"],
  summary: {
    holds: ["five votes"],
    never: ["which is set to begin on Friday", "led Liberal challenger Priya Landry by 14 votes"],
  },
  sameEntry: [
    [
      "A judicial recount on Friday confirmed Progressive Conservative Martin Aucoin",
      "held Cape Rowan by five votes in yesterday's recount",
    ],
  ],
  order: [
    "by 14 votes in Cape Rowan after Monday's provincial election",
    "applied for a judicial recount on Wednesday",
    "A judicial recount on Friday confirmed Progressive Conservative Martin Aucoin",
    "will name his new cabinet on Thursday",
  ],
  supersession: {
    apart: [
      ["led Liberal challenger Priya Landry by 14 votes", "cut his margin to five votes"],
      ["took 6,412 votes to Landry's 6,398", "The final count gave Aucoin 6,405 votes"],
      ["which is set to begin on Friday", "A judicial recount on Friday confirmed"],
      [
        "Elections Nova Scotia estimates the recount will cost $48,000",
        "The recount cost Elections Nova Scotia $51,300",
      ],
    ],
    current: ["will name his new cabinet on Thursday", "was first elected in 2033", "has ruled out a court challenge"],
  },
};
