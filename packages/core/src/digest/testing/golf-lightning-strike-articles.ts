/**
 * The lead's held-out batch J (session 26, 2026-12-07): texts and expectations written by helper heldout12 before any run, kept
 * outside the repository while they were unfitted (first run: 3 of 20 disagreements; 4 of 20 at the end of session 26) and added
 * here in session 27 (2026-12-07), when rules were written from its misses told in other words (so it is fitted now).
 * The expectations' values were rewritten to bare figures ("95" for "95-foot") before the first run, the house convention.
 * Lightning strikes a tree sheltering spectators at a North Carolina golf tournament, Saturday 18 to Wednesday 22 June 2039.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "gl/1",
    externalId: "g1",
    source: "United Press Service",
    url: "https://unitedpressservice.example/sports/golf-lightning-carolina-classic",
    publishedAt: "2039-06-18T23:30:00Z",
    title: "Lightning strike injures six spectators at Carolina Classic",
    originalText: [
      "CEDAR HOLLOW, N.C. (UPS) — Lightning struck a 60-foot oak near the 14th green at the Carolina Classic on Saturday afternoon, injuring six spectators who had taken shelter beneath it, tournament officials said.",
      "About 30 people had crowded under the tree when it was hit at 3:41 p.m.",
      "Four of the injured were taken to Sandhill Regional Medical Center.",
      "Play had been suspended about 90 seconds before the strike, according to the Coastal Golf Tour.",
      "Officials planned to finish the third round on Sunday and play the final round Monday.",
      "“It sounded like a bomb going off right next to us,” said Mark Delaney, 47, of Raleigh.",
    ].join("\n"),
  },
  {
    input: "gl/2",
    externalId: "g2",
    source: "WRLN 5 News",
    url: "https://wrln5.example/news/cedar-hollow-lightning-horn",
    publishedAt: "2039-06-19T16:00:00Z",
    title: "Spectators say horn sounded minutes before Cedar Hollow lightning strike",
    originalText: [
      "Spectators told WRLN 5 the warning horn sounded about four minutes before lightning hit the 75-foot oak beside the 14th green.",
      "Two of those hurt remain in serious condition, the hospital said Sunday morning.",
      "Saturday's crowd was estimated at 25,000, the club said.",
      "Club president Frank Albright said: “Our thoughts are with everyone who was hurt, and with their families.”",
    ].join("\n"),
  },
  {
    input: "gl/3",
    externalId: "g3",
    source: "GolfWorld Daily",
    url: "https://golfworlddaily.example/tours/carolina-classic-final-round-canceled",
    publishedAt: "2039-06-20T01:00:00Z",
    title: "Carolina Classic cut to 54 holes; Mori declared winner",
    originalText: [
      "The Coastal Golf Tour canceled the final round of the Carolina Classic on Sunday and declared Kenji Mori the winner after 54 holes.",
      "Mori, who finished at 12 under par, collects $1.8 million.",
      "The event was scheduled for 72 holes.",
      "Thirty-six players were still on the course when the horn sounded on Saturday.",
      "A record crowd of 31,000 attended on Saturday, the tour said.",
      "“I don't feel like celebrating,” Mori said.",
    ].join("\n"),
  },
  {
    input: "gl/4",
    externalId: "g4",
    source: "The London Chronicle",
    url: "https://londonchronicle.example/sport/golf/surrey-caddie-lightning-strike",
    publishedAt: "2039-06-20T06:00:00Z",
    title: "Surrey caddie hurt as lightning hits US golf crowd",
    originalText: [
      "A caddie from Surrey was among those hurt when lightning struck during an American golf tournament on Saturday.",
      "The number injured has risen to eight, after two more spectators were treated for burns.",
      "Sam Whitworth, 29, was standing beside the tree when it was hit at about 3.40pm local time (8.40pm BST).",
      "His mother, Helen Whitworth, said he was “shaken but very lucky”.",
      "Japan's Kenji Mori was declared the winner and takes home $1.62 million (about £1.3m).",
    ].join("\n"),
  },
  {
    input: "gl/5",
    externalId: "g5",
    source: "The Sandhill Ledger",
    url: "https://sandhillledger.example/news/southern-pines-man-dies-lightning",
    publishedAt: "2039-06-22T11:00:00Z",
    title: "Southern Pines man dies after Cedar Hollow lightning strike",
    originalText: [
      "Gary Pruett, 58, of Southern Pines, who was struck by lightning at Cedar Hollow Golf Club on Saturday, died Tuesday at Sandhill Regional Medical Center, his family said.",
      "He is the first spectator to die of a lightning strike at a tour event since 2012.",
      "Tournament officials now estimate about 45 people were under the tree.",
      "The lightning struck sometime between 3:35 and 3:45 p.m., according to the tour's timeline.",
      "“He loved this tournament and never missed a day of it,” said his daughter, Amy Pruett.",
    ].join("\n"),
  },
  {
    input: "gl/6",
    externalId: "g6",
    source: "United Press Service",
    url: "https://unitedpressservice.example/sports/golf-tour-lightning-warning-rule",
    publishedAt: "2039-06-22T21:00:00Z",
    title: "Golf tour orders earlier lightning warnings after spectator's death",
    originalText: [
      "CEDAR HOLLOW, N.C. (UPS) — The Coastal Golf Tour said Wednesday it would require warning horns at least 20 minutes before lightning is expected at all its events, starting next month.",
      "The players' association had asked for 30 minutes.",
      "A spectator who was injured in Saturday's strike at the Carolina Classic died Tuesday.",
      "“We should have cleared the course sooner,” tour commissioner Janet Corwin said.",
      "An independent review will report by Aug. 31.",
    ].join("\n"),
  },
];

export function golfLightningStrikeArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. US stamps are UTC; Cedar Hollow is on EDT (UTC-4):
 * the first wire (23:30 UTC) and GolfWorld (01:00 UTC Monday) fall on Saturday 18 and Sunday 19 June
 * local. "On Saturday" is the 18th throughout; "Sunday morning" in a Sunday story is the 19th;
 * "Tuesday" in Wednesday's stories is the 21st; "Wednesday" in a Wednesday story the 22nd; "Aug. 31"
 * is this year's.
 */
export const GOLF_LIGHTNING_STRIKE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It sounded like a bomb going off right next to us", speaker: "Mark Delaney" },
    { text: "Our thoughts are with everyone who was hurt, and with their families", speaker: "Frank Albright" },
    { text: "I don't feel like celebrating", speaker: "Kenji Mori" },
    { text: "shaken but very lucky", speaker: "Helen Whitworth", partial: true },
    { text: "He loved this tournament and never missed a day of it", speaker: "Amy Pruett" },
    { text: "We should have cleared the course sooner", speaker: "Janet Corwin" },
  ],
  timeline: [
    { text: "near the 14th green at the Carolina Classic on Saturday afternoon", dates: ["2039-06-18"] },
    { text: "Officials planned to finish the third round on Sunday", dates: ["2039-06-19", "2039-06-20"] },
    { text: "Two of those hurt remain in serious condition, the hospital said Sunday morning", dates: ["2039-06-19"] },
    { text: "canceled the final round of the Carolina Classic on Sunday", dates: ["2039-06-19"] },
    { text: "struck during an American golf tournament on Saturday", dates: ["2039-06-18"] },
    { text: "died Tuesday at Sandhill Regional Medical Center", dates: ["2039-06-21"] },
    { text: "said Wednesday it would require warning horns", dates: ["2039-06-22"] },
    { text: "in Saturday's strike at the Carolina Classic died Tuesday", dates: ["2039-06-21"] },
    { text: "An independent review will report by Aug. 31", dates: ["2039-08-31"] },
  ],
  neverDated: [
    { text: "at a tour event since 2012", date: "2012" },
    { text: "An independent review will report by Aug. 31", date: "2038-08-31", exact: true },
    // "Tuesday" in a Wednesday story is the day before, not the next.
    { text: "died Tuesday at Sandhill Regional Medical Center", date: "2039-06-28", exact: true },
  ],
  disagreements: [
    // How long before the strike play was stopped: the tour's figure against spectators'.
    { values: ["90", "four"], outlets: ["United Press Service", "WRLN 5 News"] },
    // The struck tree's height, inside a modifier.
    { values: ["60", "75"], outlets: ["United Press Service", "WRLN 5 News"] },
    // Saturday's crowd: the club's estimate against the tour's.
    { values: ["25,000", "31,000"], outlets: ["WRLN 5 News", "GolfWorld Daily"] },
    // The winner's prize.
    { values: ["1.8", "1.62"], outlets: ["GolfWorld Daily", "The London Chronicle"] },
  ],
  notDisagreements: [
    // The injured as the count grew; those in hospital and in serious condition among them.
    ["six", "eight"],
    ["Four", "six"],
    ["Two", "Four"],
    // Those under the tree, as the officials revised it; players on the course.
    ["30", "45"],
    ["Thirty-six", "30"],
    // A time, a range holding it, and the same time in BST.
    ["3:41 p.m.", "between 3:35 and 3:45 p.m."],
    ["3:41 p.m.", "8.40"],
    // The planned holes against those played.
    ["72", "54"],
    // A prize and its conversion.
    ["1.62", "1.3"],
    // A demand against the rule adopted; the rule against Saturday's warning.
    ["30", "20"],
    ["90", "20"],
    // Ages of different people.
    ["47", "58"],
    ["29", "58"],
  ],
  corroboration: [
    { text: "died Tuesday at Sandhill Regional Medical Center", outlets: 2 },
    { text: "declared Kenji Mori the winner after 54 holes", outlets: 2 },
    { text: "would require warning horns at least 20 minutes before lightning", outlets: 1 },
  ],
  headline: ["warning", "20 minutes", "died", "dies", "death"],
  summary: {
    holds: ["died", "20 minutes"],
    never: ["injuring six spectators", "play the final round Monday"],
  },
  sameEntry: [
    ["died Tuesday at Sandhill Regional Medical Center", "in Saturday's strike at the Carolina Classic died Tuesday"],
    [
      "near the 14th green at the Carolina Classic on Saturday afternoon",
      "struck during an American golf tournament on Saturday",
    ],
  ],
  order: [
    "near the 14th green at the Carolina Classic on Saturday afternoon",
    "canceled the final round of the Carolina Classic on Sunday",
    "died Tuesday at Sandhill Regional Medical Center",
    "said Wednesday it would require warning horns",
    "An independent review will report by Aug. 31",
  ],
  supersession: {
    apart: [
      ["injuring six spectators", "The number injured has risen to eight"],
      ["About 30 people had crowded under the tree", "now estimate about 45 people were under the tree"],
      ["play the final round Monday", "canceled the final round of the Carolina Classic on Sunday"],
    ],
    current: [
      "declared Kenji Mori the winner after 54 holes",
      "would require warning horns at least 20 minutes before lightning",
      "An independent review will report by Aug. 31",
    ],
  },
};
