import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts19 (2026-12-05, before running any code on it): five
 * articles from five outlets on the Harrowgate Grand Prix athletics meeting of Saturday 5 September
 * 2026, where a women's 1500 metres world record fell. A wire on Saturday night and a regional paper's
 * syndicated rewrite of it, a national Sunday paper and a broadcaster on Sunday, a weekly magazine on
 * Monday. The real disagreements: the crowd, 41,250 for the wire (the organisers) against 38,600 for
 * the Sunday paper (the stadium's turnstiles); the winning long jump, 8.21 metres for the wire against
 * 8.12 metres for the Sunday paper. Traps: the record time 3:48.71 against the old record's 3:49.04;
 * a crowd against the stadium's 50,000 capacity, the 44,000 tickets sold and the 45,000 forecast, and
 * last year's 29,800; a world record bonus of $50,000 told again as about £39,000 (two currencies of
 * one sum), the $10,000 winner's prize against the meeting's $420,000 prize fund (a part of the
 * whole); the jumper's previous best of 8.05 metres and the British record of 8.51 metres; a last lap
 * of 58.9 seconds. Test support only.
 */
const RECORD_RUN_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "record/1",
    externalId: "g1",
    source: "Global Sports Wire",
    url: "https://globalsportswire.example/athletics/wanjiru-world-record-harrowgate",
    publishedAt: "2026-09-05T20:30:00Z",
    title: "Wanjiru breaks 1500m world record in Harrowgate",
    originalText: [
      "Kenya's Faith Wanjiru broke the women's 1500 metres world record at the Harrowgate Grand Prix on Saturday, running 3 minutes 48.71 seconds.",
      "The previous record of 3:49.04 had stood for three years.",
      "A crowd of 41,250 watched in the 50,000-capacity Harrowgate Stadium, the organisers said.",
      "Wanjiru earns a $50,000 world record bonus on top of the $10,000 winner's prize.",
      "Britain's Tom Ashby won the long jump with 8.21 metres, beating his previous best of 8.05 metres.",
      "“I felt the crowd carry me down the home straight,” Wanjiru said.",
    ].join("\n"),
  },
  {
    input: "record/2",
    externalId: "g2",
    source: "Harrowgate Echo",
    url: "https://harrowgateecho.example/sport/world-record-at-harrowgate-stadium",
    publishedAt: "2026-09-05T22:00:00Z",
    title: "World record falls at Harrowgate Stadium",
    originalText: [
      "Kenya's Faith Wanjiru broke the women's 1500 metres world record at the Harrowgate Grand Prix on Saturday, running 3 minutes 48.71 seconds.",
      "A crowd of 41,250 watched in the 50,000-capacity Harrowgate Stadium, the organisers said.",
      "Britain's Tom Ashby won the long jump with 8.21 metres, beating his previous best of 8.05 metres.",
      "“I felt the crowd carry me down the home straight,” Wanjiru said.",
      "Global Sports Wire",
    ].join("\n"),
  },
  {
    input: "record/3",
    externalId: "g3",
    source: "The Sunday Standard",
    url: "https://sundaystandard.example/sport/wanjiru-record-half-empty-stadium",
    publishedAt: "2026-09-06T07:00:00Z",
    title: "Wanjiru record lights up a stadium three-quarters full",
    originalText: [
      "Faith Wanjiru's world record in the 1500 metres on Saturday was watched by 38,600 spectators, according to the stadium's turnstile count.",
      "Organisers had sold 44,000 tickets and had forecast a crowd of 45,000.",
      "Last year's meeting drew 29,800.",
      "Wanjiru collects a bonus worth about £39,000 for the record.",
      "Tom Ashby's winning jump of 8.12 metres was still well short of the British record of 8.51 metres.",
      "“We are thrilled with the crowd and we will be back bigger next year,” said the meeting director, Paul Drummond.",
    ].join("\n"),
  },
  {
    input: "record/4",
    externalId: "g4",
    source: "Radio Sport National",
    url: "https://radiosportnational.example/athletics/wanjiru-record-ratification",
    publishedAt: "2026-09-06T12:00:00Z",
    title: "Wanjiru record to be ratified after tests",
    originalText: [
      "World Athletics said on Sunday that Faith Wanjiru's 1500 metres world record would be ratified once routine drug tests had been completed.",
      "Wanjiru, 24, ran the last lap in 58.9 seconds to take the record in 3:48.71.",
      "She took up running in 2017 after a teacher spotted her at a school sports day.",
      "“Faith has been building to this all summer,” said her coach, Daniel Mutua.",
    ].join("\n"),
  },
  {
    input: "record/5",
    externalId: "g5",
    source: "Track & Field Weekly",
    url: "https://trackfieldweekly.example/news/harrowgate-grand-prix-review",
    publishedAt: "2026-09-07T09:00:00Z",
    title: "Harrowgate delivers a night to remember",
    originalText: [
      "The Harrowgate Grand Prix paid out $420,000 in prize money on Saturday, the most in the meeting's history.",
      "Each event winner took home $10,000.",
      "Wanjiru's time of 3:48.71 took 0.33 seconds off the record set by Ethiopia's Hiwot Bekele.",
      "“It was a privilege to be on the track that night,” said the long jump runner-up, Marco Rinaldi.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function recordRunArticles(): Article[] {
  return linkNearDuplicates(RECORD_RUN_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts19 (2026-12-05), before running any code on them. Two real
 * disagreements: the crowd (41,250 against 38,600) and the winning long jump (8.21 against 8.12
 * metres).
 */
export const RECORD_RUN_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "I felt the crowd carry me down the home straight", speaker: "Faith Wanjiru" },
    { text: "We are thrilled with the crowd", speaker: "Paul Drummond" },
    { text: "Faith has been building to this all summer", speaker: "Daniel Mutua" },
    { text: "It was a privilege to be on the track that night", speaker: "Marco Rinaldi" },
  ],
  timeline: [
    {
      text: "broke the women's 1500 metres world record at the Harrowgate Grand Prix on Saturday",
      dates: ["2026-09-05"],
    },
    { text: "World Athletics said on Sunday that Faith Wanjiru's 1500 metres world record", dates: ["2026-09-06"] },
  ],
  neverDated: [{ text: "She took up running in 2017", date: "2026" }],
  disagreements: [
    { values: ["41,250", "38,600"], outlets: ["Global Sports Wire", "The Sunday Standard"] },
    { values: ["8.21", "8.12"], outlets: ["Global Sports Wire", "The Sunday Standard"] },
  ],
  notDisagreements: [
    // The new record and the old one; a last lap.
    ["3:48.71", "3:49.04"],
    ["48.71", "49.04"],
    ["48.71", "58.9"],
    // A crowd against the capacity, the tickets sold, the forecast and last year's crowd.
    ["41,250", "50,000"],
    ["38,600", "50,000"],
    ["41,250", "44,000"],
    ["38,600", "44,000"],
    ["41,250", "45,000"],
    ["38,600", "45,000"],
    ["41,250", "29,800"],
    ["38,600", "29,800"],
    // One bonus in two currencies; a winner's prize against the prize fund.
    ["50,000", "39,000"],
    ["10,000", "420,000"],
    ["50,000", "420,000"],
    // The winning jump against a previous best and the national record.
    ["8.21", "8.05"],
    ["8.12", "8.05"],
    ["8.21", "8.51"],
    ["8.12", "8.51"],
  ],
  corroboration: [
    // The record, told by the wire (and its rewrite), the Sunday paper and the broadcaster.
    { text: "broke the women's 1500 metres world record at the Harrowgate Grand Prix on Saturday", outlets: 3 },
    { text: "The previous record of 3:49.04 had stood for three years", outlets: 1 },
    { text: "Organisers had sold 44,000 tickets and had forecast a crowd of 45,000", outlets: 1 },
    { text: "Last year's meeting drew 29,800", outlets: 1 },
    { text: "paid out $420,000 in prize money on Saturday", outlets: 1 },
  ],
};
