/**
 * Held-out batch T (lead session 32, 2026-12-07), written by heldout22 before any run; unfitted.
 * A ticket seller's website crashes in a stadium-tour presale, fans are charged twice and refunded, Tuesday 8 to Monday 14 March 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tp/1",
    externalId: "t1",
    source: "British Press Wire",
    url: "https://britishpresswire.example/entertainment/tixvault-presale-crash",
    publishedAt: "2044-03-08T16:00:00Z",
    title: "Ticket site crashes as fans rush for Marisol Vane presale",
    originalText: [
      "LONDON (BPW) — The website of ticket seller TixVault crashed within minutes of opening a presale for Marisol Vane's stadium tour on Tuesday morning, leaving fans staring at error pages.",
      "More than 1.1 million people were waiting in the online queue when the presale opened at 10am, the company said.",
      "Tickets for the 14-date tour, which opens at Wembley Stadium on June 17, cost from £65 to £240.",
      "“We are aware of the problems and our engineers are working flat out to fix them,” a TixVault spokeswoman said.",
      "Vane's last UK tour, in 2039, sold out in under an hour.",
    ].join("\n"),
  },
  {
    input: "tp/2",
    externalId: "t2",
    source: "Live Trade Review",
    url: "https://livetradereview.example/ticketing/tixvault-outage-vane-presale",
    publishedAt: "2044-03-09T10:00:00Z",
    title: "TixVault outage: what went wrong in the Vane presale",
    originalText: [
      "TixVault's site went down at 10.04am on Tuesday and stayed down for about 100 minutes, according to figures the company gave promoters.",
      "The company told promoters that about 1.4 million fans had been in the queue at opening.",
      "Only 38,000 of the 210,000 presale tickets had been sold before the crash, rising to about 96,000 by Tuesday evening.",
      "According to Dan Okoye, head of ticketing at promoter Greenlight Live, “the load was four times what the system had been tested for.”",
      "The ticket seller was fined £1.2m by regulators in 2041 over hidden booking fees.",
    ].join("\n"),
  },
  {
    input: "tp/3",
    externalId: "t3",
    source: "British Press Wire",
    url: "https://britishpresswire.example/entertainment/tixvault-refunds-double-charged-fans",
    publishedAt: "2044-03-10T13:00:00Z",
    title: "TixVault to refund double-charged Vane fans and rerun sale",
    originalText: [
      "LONDON (BPW) — TixVault will refund fans who were charged twice in Tuesday's Marisol Vane presale and will reopen sales next Monday, chief executive Hannah Brisco said on Thursday.",
      "About 52,000 fans were charged twice for the same tickets, and refunds worth £4.6m will be paid within 10 working days, the company said.",
      "“We let the fans down, and we are sorry,” said Brisco.",
      "The consumer group Fair Ticket has demanded £50 in compensation for every fan caught up in the crash; TixVault has offered a £15 voucher.",
      "Tickets start at £65 (about €76).",
    ].join("\n"),
  },
  {
    input: "tp/4",
    externalId: "t4",
    source: "The Midland Gazette",
    url: "https://midlandgazette.example/whats-on/tixvault-refunds-vane-sale-reopens",
    publishedAt: "2044-03-10T17:00:00Z",
    title: "Vane fans to get refunds after presale fiasco",
    originalText: [
      "TixVault chief executive Hannah Brisco said on Thursday that fans charged twice during Tuesday's Marisol Vane presale would get their money back and that sales would reopen next Monday.",
      "Some 52,000 fans paid twice for the same tickets, the company said, and £4.6m in refunds will go out within 10 working days.",
      "“We let the fans down, and we are sorry,” Brisco said.",
      "Fair Ticket wants £50 in compensation for each affected fan, while TixVault is offering a £15 voucher.",
    ].join("\n"),
  },
  {
    input: "tp/5",
    externalId: "t5",
    source: "The Irwell Evening Star",
    url: "https://irwelleveningstar.example/news/vane-tickets-sell-out-rerun",
    publishedAt: "2044-03-14T14:00:00Z",
    title: "Vane tour sells out in 41 minutes as rerun sale goes smoothly",
    originalText: [
      "The rescheduled sale for Marisol Vane's tour ran without a hitch this morning, and all 14 dates sold out in 41 minutes.",
      "It came six days after TixVault's website collapsed during last Tuesday's presale.",
      "TixVault said it had begun paying back 4.2 million pounds to fans wrongly charged in that presale.",
      "Salford nurse Kelly Dunn, 29, was charged £480 twice for a pair of tickets.",
      "Dunn said: “I sat there for two hours refreshing and ended up with nothing but a bill.”",
      "She got her tickets at the second attempt today.",
    ].join("\n"),
  },
  {
    input: "tp/6",
    externalId: "t6",
    source: "The Daily Clarion",
    url: "https://dailyclarion.example/showbiz/vane-ticket-meltdown-fans-fury",
    title: "Vane fans' fury at ticket meltdown",
    originalText: [
      "Furious Marisol Vane fans have slammed TixVault after a 160-minute website meltdown wrecked the presale for her stadium tour.",
      "Nearly 47,000 fans were billed twice for tickets they were never sent.",
      "‘It was a shambles from start to finish,’ said Leeds fan Becky Oduya, 17, who queued from 7am.",
      "Vane told her 40 million followers she was “heartbroken” for fans.",
      "The star has played to more than two million people since 2038.",
    ].join("\n"),
  },
];

export function presaleCrashRefundsArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. "On Tuesday" in Tuesday's, Wednesday's and Thursday's stories
 * is 8 March; "on Thursday" in Thursday's the 10th, and "next Monday" the 14th; "this morning" and "today" in
 * Monday's Star the 14th, and its "last Tuesday" the 8th; "June 17" is this year's, a plan. The Midland
 * Gazette's story is a syndicated rewrite of the wire's Thursday story. The Clarion's story is undated.
 */
export const PRESALE_CRASH_REFUNDS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are aware of the problems and our engineers are working flat out to fix them", speaker: null },
    { text: "the load was four times what the system had been tested for", speaker: "Dan Okoye", partial: true },
    { text: "We let the fans down, and we are sorry", speaker: "Hannah Brisco" },
    { text: "I sat there for two hours refreshing and ended up with nothing but a bill", speaker: "Kelly Dunn" },
    { text: "It was a shambles from start to finish", speaker: "Becky Oduya" },
    { text: "heartbroken", speaker: "Marisol Vane", partial: true },
  ],
  timeline: [
    {
      text: "crashed within minutes of opening a presale for Marisol Vane's stadium tour on Tuesday morning",
      dates: ["2044-03-08"],
    },
    { text: "which opens at Wembley Stadium on June 17", dates: ["2044-06-17"] },
    { text: "TixVault's site went down at 10.04am on Tuesday", dates: ["2044-03-08"] },
    {
      text: "will reopen sales next Monday, chief executive Hannah Brisco said on Thursday",
      dates: ["2044-03-10", "2044-03-14"],
    },
    {
      text: "chief executive Hannah Brisco said on Thursday that fans charged twice",
      dates: ["2044-03-10", "2044-03-14"],
    },
    { text: "ran without a hitch this morning, and all 14 dates sold out in 41 minutes", dates: ["2044-03-14"] },
    { text: "collapsed during last Tuesday's presale", dates: ["2044-03-08"] },
    // A past act of the story's own actor in its own main clause: dated at its year (house rule, expected-facts.ts).
    { text: "was fined £1.2m by regulators in 2041", dates: ["2041"] },
  ],
  neverDated: [
    { text: "Vane's last UK tour, in 2039, sold out in under an hour", date: "2039" },
    { text: "The star has played to more than two million people since 2038", date: "2038" },
    { text: "which opens at Wembley Stadium on June 17", date: "2045-06-17", exact: true },
    // "Last Tuesday" in a Monday paper is six days back, not the next day.
    { text: "collapsed during last Tuesday's presale", date: "2044-03-15", exact: true },
  ],
  disagreements: [
    // Fans in the queue when the presale opened: "More than 1.1 million people" against "about 1.4 million fans".
    { values: ["1.1", "1.4"], outlets: ["British Press Wire", "Live Trade Review"] },
    // How long the site was down: after "for about" against inside a modifier.
    { values: ["100", "160"], outlets: ["Live Trade Review", "The Daily Clarion"] },
    // The refunds: "£4.6m" against "4.2 million pounds" (the wire; its rewrite counts once).
    { values: ["4.6", "4.2"], outlets: ["British Press Wire", "The Irwell Evening Star"] },
    // Fans charged twice: "charged twice" against "billed twice".
    { values: ["52,000", "47,000"], outlets: ["British Press Wire", "The Daily Clarion"] },
  ],
  notDisagreements: [
    // Tickets sold as the day went on, against all presale tickets.
    ["38,000", "96,000"],
    ["38,000", "210,000"],
    ["96,000", "210,000"],
    // The fans in the queue against the tickets on sale.
    ["1.4", "210,000"],
    // The ends of a price range, a price and its conversion, and a pair against one ticket.
    ["65", "240"],
    ["65", "76"],
    ["480", "240"],
    // A demand against an offer.
    ["50", "15"],
    // The refunds against a 2041 fine.
    ["4.6", "1.2"],
    // Tour dates against minutes to sell out; a wait in hours against the outage in minutes.
    ["14", "41"],
    ["two", "100"],
    // Working days to refund against the dates.
    ["10", "14"],
    // Followers against people the star has played to.
    ["40", "two"],
    // Two fans' ages.
    ["29", "17"],
    // The promoter's load factor against the queue.
    ["four", "1.1"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the Star tells the repayment in other words.
    { text: "refunds worth £4.6m will be paid within 10 working days", outlets: 2 },
    // The wire (with its rewrite) and the Star tell the sale's reopening Monday.
    { text: "will reopen sales next Monday", outlets: 2 },
    // The wire, the trade paper, the Star and the Clarion all tell the crash.
    { text: "The website of ticket seller TixVault crashed within minutes", outlets: 4 },
  ],
  headline: ["sold out", "rescheduled sale", "without a hitch"],
  summary: {
    holds: ["TixVault", "41 minutes"],
    never: ["Only 38,000 of the 210,000 presale tickets had been sold before the crash"],
  },
  sameEntry: [
    [
      "crashed within minutes of opening a presale for Marisol Vane's stadium tour on Tuesday morning",
      "collapsed during last Tuesday's presale",
    ],
  ],
  order: [
    "crashed within minutes of opening a presale for Marisol Vane's stadium tour on Tuesday morning",
    "will reopen sales next Monday, chief executive Hannah Brisco said on Thursday",
    "ran without a hitch this morning, and all 14 dates sold out in 41 minutes",
    "which opens at Wembley Stadium on June 17",
  ],
  supersession: {
    apart: [
      ["rising to about 96,000 by Tuesday evening", "all 14 dates sold out in 41 minutes"],
      ["our engineers are working flat out to fix them", "ran without a hitch this morning"],
    ],
    current: [
      "which opens at Wembley Stadium on June 17",
      "has demanded £50 in compensation for every fan",
      "had begun paying back 4.2 million pounds",
    ],
  },
};
