import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline24, 2026-12-06, texts and expectations
 * before running any code on them): five articles from four outlets on a British orchestra's Asian
 * tour, whose opening concert in Seoul was cancelled on Monday 28 February 2028 because the cargo plane
 * with its instruments was diverted; the crates reached Incheon on the Tuesday (29 February, a leap
 * day) and the tour went on. A US-style arts wire with a dateline on the Monday (a cancellation as the
 * main verb, "on Saturday", the freight "expected to reach Incheon on Tuesday", the last Asian tour "in
 * 2016"), a Sheffield paper on the Tuesday evening ("today", "On Sunday", then the orchestra's promise
 * with no day, the last cancellation "since 2009" told with another event), a Seoul English-language
 * paper on the Wednesday ("on Tuesday night", "on March 9" with no year, "Last week"), an undated
 * music blog, and the wire on the Friday ("on Thursday", a tour of China "called off", "since 2025",
 * "on March 14"). Traps: the freight expected on Tuesday and the crates unloaded "today" told in other
 * words (one development, no pending plan), statements dated by the sentence before them, background
 * and future years inside sentences about the news. Test support only.
 */
const ORCHESTRA_TOUR_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tour/1",
    externalId: "o1",
    source: "Arts Wire",
    url: "https://artswire.example/music/hallam-philharmonic-seoul-cancelled",
    publishedAt: "2028-02-28T08:00:00Z",
    title: "British orchestra cancels Seoul opener as instruments stuck in Shanghai",
    originalText: [
      "SEOUL, Feb. 28 — The Hallam Philharmonic cancelled the opening concert of its Asian tour on Monday after the cargo plane carrying its instruments was diverted to Shanghai with engine trouble.",
      "The orchestra's 94 musicians arrived in Seoul on Saturday.",
      "Organizers said the freight, including two concert grand pianos and the orchestra's timpani, was expected to reach Incheon on Tuesday.",
      "The orchestra last toured Asia in 2016, when it played 11 concerts in 14 days.",
    ].join("\n\n"),
  },
  {
    input: "tour/2",
    externalId: "o2",
    source: "The Northern Standard",
    url: "https://northernstandard.example/culture/hallam-phil-instruments-arrive",
    publishedAt: "2028-02-29T21:00:00Z",
    title: "Hallam Phil's instruments arrive in Korea three days late",
    originalText: [
      "The crates holding the Hallam Philharmonic's instruments were finally unloaded at Incheon airport today, three days late.",
      "On Sunday, the players rehearsed on instruments borrowed from the Seoul Philharmonic.",
      "The orchestra said it would give a free concert for ticket holders of the cancelled opening night.",
      "“Playing a borrowed cello is like wearing someone else's shoes,” said the principal cellist, Tomasz Wren.",
      "Monday's cancellation was the orchestra's first since 2009, when snow stranded it in Vienna.",
    ].join("\n"),
  },
  {
    input: "tour/3",
    externalId: "o3",
    source: "The Korea Ledger",
    url: "https://korealedger.example/culture/hallam-philharmonic-opens-tour",
    publishedAt: "2028-03-01T03:00:00Z",
    title: "Hallam Philharmonic opens tour at last",
    originalText: [
      "The Hallam Philharmonic finally opened its tour on Tuesday night with Elgar and Mahler before a full house at the Lotte Concert Hall.",
      "The free concert for holders of tickets to the cancelled opening will be held on March 9, the orchestra said.",
      "Last week, the orchestra's freight agent had warned its managers that the cargo flight was overbooked, a spokeswoman said.",
    ].join("\n\n"),
  },
  {
    input: "tour/4",
    externalId: "o4",
    source: "Concert Notes",
    url: "https://concertnotes.example/blog/hallam-in-seoul",
    title: "Borrowed cellos and a long night: the Hallam in Seoul",
    originalText: [
      "The players spent the first two days in their hotel rooms practising on whatever they could borrow.",
      "When the crates finally arrived, the stage crew unpacked them through the night.",
      "The tour ends in Osaka in the middle of March.",
    ].join("\n\n"),
  },
  {
    input: "tour/5",
    externalId: "o5",
    source: "Arts Wire",
    url: "https://artswire.example/music/hallam-philharmonic-tokyo-china-tour",
    publishedAt: "2028-03-03T10:00:00Z",
    title: "Hallam Philharmonic drops China tour after costly delays",
    originalText: [
      "TOKYO, March 3 — The Hallam Philharmonic played to a sold-out Suntory Hall in Tokyo on Thursday, its third concert in three nights.",
      "The orchestra's board called off a planned 2029 tour of China, citing the cost of this week's delays.",
      "The cargo airline, Kestrel Freight, said on Wednesday it would pay for the lost concert.",
      "The tour, planned since 2025, ends in Osaka on March 14.",
    ].join("\n\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function orchestraTourArticles(): Article[] {
  return linkNearDuplicates(ORCHESTRA_TOUR_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline24 (2026-12-06), before running any code on them. "On
 * Saturday" in a Monday wire is two days back; "today" in a Tuesday paper is the Tuesday, 29 February,
 * and the crates unloaded then are the freight expected "on Tuesday" (one development); "On Sunday" is
 * two days back, and the promise told after it states no day, so it is the Tuesday paper's. "On Tuesday
 * night" in a Wednesday paper is the day before; "on March 9" and "on March 14" are this year's; "Last
 * week" in a Wednesday paper is the week before (any day of it). "On Wednesday" and "on Thursday" in a
 * Friday wire are this week's; the board's calling off states no day: the Friday's. The blog's entries
 * stay undated.
 */
export const ORCHESTRA_TOUR_EXPECTED: ExpectedFacts = {
  quotes: [{ text: "Playing a borrowed cello is like wearing someone else's shoes", speaker: "Tomasz Wren" }],
  timeline: [
    { text: "cancelled the opening concert of its Asian tour on Monday", dates: ["2028-02-28"] },
    { text: "The orchestra's 94 musicians arrived in Seoul on Saturday", dates: ["2028-02-26"] },
    { text: "were finally unloaded at Incheon airport today", dates: ["2028-02-29"] },
    { text: "On Sunday, the players rehearsed on instruments borrowed", dates: ["2028-02-27"] },
    { text: "The orchestra said it would give a free concert", dates: ["2028-02-29"] },
    { text: "finally opened its tour on Tuesday night", dates: ["2028-02-29"] },
    { text: "will be held on March 9", dates: ["2028-03-09"] },
    {
      text: "Last week, the orchestra's freight agent had warned its managers",
      dates: ["2028-02-21", "2028-02-22", "2028-02-23", "2028-02-24", "2028-02-25", "2028-02-26", "2028-02-27"],
    },
    { text: "played to a sold-out Suntory Hall in Tokyo on Thursday", dates: ["2028-03-02"] },
    { text: "The orchestra's board called off a planned 2029 tour of China", dates: ["2028-03-03"] },
    { text: "Kestrel Freight, said on Wednesday it would pay for the lost concert", dates: ["2028-03-01"] },
    { text: "ends in Osaka on March 14", dates: ["2028-03-14"] },
    { text: "The players spent the first two days in their hotel rooms", dates: [null] },
    { text: "When the crates finally arrived, the stage crew unpacked them", dates: [null] },
  ],
  neverDated: [
    // Earlier tours and cancellations, told for comparison; a year still to come; the tour's planning.
    { text: "The orchestra last toured Asia in 2016", date: "2016" },
    { text: "Monday's cancellation was the orchestra's first since 2009", date: "2009" },
    { text: "called off a planned 2029 tour of China", date: "2029" },
    { text: "The tour, planned since 2025", date: "2025" },
    // Statements with no day of their own are not the day of the sentence before them.
    { text: "The orchestra said it would give a free concert", date: "2028-02-27", exact: true },
    { text: "called off a planned 2029 tour of China", date: "2028-03-02", exact: true },
    // A leap day: "today" on 29 February is not 1 March, nor the Monday wire's day.
    { text: "were finally unloaded at Incheon airport today", date: "2028-03-01", exact: true },
    { text: "was expected to reach Incheon on Tuesday", date: "2028-02-28", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // An earlier tour's concerts and days against this week's.
    ["11", "94"],
    ["14", "94"],
  ],
  corroboration: [{ text: "The orchestra's 94 musicians arrived in Seoul on Saturday", outlets: 1 }],
  headline: ["called off", "Suntory", "Tokyo", "China"],
  sameEntry: [["was expected to reach Incheon on Tuesday", "were finally unloaded at Incheon airport today"]],
  order: [
    "The orchestra's 94 musicians arrived in Seoul on Saturday",
    "On Sunday, the players rehearsed on instruments borrowed",
    "cancelled the opening concert of its Asian tour on Monday",
    "were finally unloaded at Incheon airport today",
    "Kestrel Freight, said on Wednesday it would pay for the lost concert",
    "played to a sold-out Suntory Hall in Tokyo on Thursday",
    "will be held on March 9",
    "ends in Osaka on March 14",
  ],
};
