/**
 * The lead's held-out batch N (session 29, 2026-12-07): texts and expectations written by helper heldout16 before any run, kept
 * outside the repository while unfitted (first run on 0a381dc3 and after the session's merges: see the README's facts
 * table), added here at the session's end; the lead read their misses after the unfitted runs, so they are fitted from now on.
 * A New Zealand board of inquiry approves a shorter runway extension and opponents appeal, Wednesday 11 to Monday 16 March 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "runway/1",
    externalId: "r1",
    source: "Southern Cross Newswire",
    url: "https://southerncrossnewswire.example/nz/marlow-bay-runway-extension-approved",
    publishedAt: "2043-03-11T03:00:00Z",
    title: "Board approves Marlow Bay runway extension, caps night flights",
    originalText: [
      "MARLOW BAY, New Zealand (SCN) — A board of inquiry on Wednesday approved a 350-metre extension of Marlow Bay Airport's runway into the harbour, but cut back the airport's plans and capped night flights.",
      "The airport had applied to extend the runway by 450 metres so that wide-body jets could fly direct to Asia.",
      "The project is expected to cost NZ$410m (about US$250m) and to take three to four years to build.",
      "The board received 4,100 submissions, 62 per cent of them opposed, and sat for 41 days of hearings.",
      "“This is a balanced decision that lets the region grow without giving the harbour away,” the board's chair, retired judge Helen Marsters, said.",
      "No more than four flights will be allowed between 11pm and 6am.",
    ].join("\n"),
  },
  {
    input: "runway/2",
    externalId: "r2",
    source: "Coastal Daily Post",
    url: "https://coastaldailypost.example/news/wire/marlow-bay-runway-ruling",
    publishedAt: "2043-03-11T06:00:00Z",
    title: "Marlow Bay Airport gets go-ahead for shorter runway extension",
    originalText: [
      "Marlow Bay Airport can extend its runway 350 metres into the harbour, a board of inquiry has ruled, though it turned down the 450-metre extension the airport sought.",
      "The work is expected to cost NZ$410m and take three to four years.",
      "Of the 4,100 submissions the board received, 62 per cent opposed the plan.",
      "“This is a balanced decision that lets the region grow without giving the harbour away,” said board chair Helen Marsters, a retired judge.",
      "Night flights will be capped at four between 11pm and 6am.",
      "— SCN",
    ].join("\n"),
  },
  {
    input: "runway/3",
    externalId: "r3",
    source: "Marlow Bay Herald",
    url: "https://marlowbayherald.example/news/runway-extension-approved-what-next",
    publishedAt: "2043-03-11T18:00:00Z",
    title: "Runway go-ahead: 140 homes to get noise insulation",
    originalText: [
      "Marlow Bay Airport won approval yesterday to push its runway 380m into the harbour, ending a fight that began when the plan was unveiled in 2038.",
      "Some 140 homes under the flight path will get noise insulation paid for by the airport.",
      "Opponents made up 58% of the submissions, the board's decision shows.",
      "Harbour Guardians spokesman Rawiri Tane said the group would “look very hard” at an appeal.",
      "Airport chief executive Sophie Lind, 47, said: “We can now start talking to airlines about flights to Singapore and Tokyo.”",
      "The airport handled 2.4 million passengers last year and expects 4 million by 2060.",
    ].join("\n"),
  },
  {
    input: "runway/4",
    externalId: "r4",
    source: "Airport Business Asia-Pacific",
    url: "https://airportbusinessapac.example/infrastructure/marlow-bay-runway-consent-cost",
    publishedAt: "2043-03-13T01:00:00Z",
    title: "Marlow Bay puts runway extension bill at NZ$460m after consent",
    originalText: [
      "Marlow Bay Airport, which won consent on Wednesday for its runway extension, says the project will cost 460 million New Zealand dollars, with the first contracts going out to tender in June.",
      "The board's 38-day hearing ended in November.",
      "The airport first costed the extension at NZ$290m in 2039.",
      "Between 120 and 150 homes inside the 65-decibel noise contour will be insulated.",
      "Lind said the longer runway would let 300-seat jets take off fully loaded.",
      "Opponents have 15 working days to appeal to the High Court on points of law.",
    ].join("\n"),
  },
  {
    input: "runway/5",
    externalId: "r5",
    source: "Harbour Voice",
    url: "https://harbourvoice.example/community/groups-to-appeal-runway-decision",
    title: "Groups vow to fight runway ruling",
    originalText: [
      "Two groups said on Friday they would appeal against the board of inquiry's runway decision.",
      "Harbour Guardians and the Marlow Bay Sailing Club say reclaiming 350 metres of the harbour will destroy a feeding ground for godwits.",
      "'We have raised $85,000 for lawyers already,' said the sailing club's commodore, Jan Petrie.",
      "Tane, of Harbour Guardians, said the board had 'ignored the science'.",
      "The groups need to raise about $200,000 to take the case to the High Court.",
    ].join("\n"),
  },
  {
    input: "runway/6",
    externalId: "r6",
    source: "Southern Cross Newswire",
    url: "https://southerncrossnewswire.example/nz/marlow-bay-runway-appeals-lodged",
    publishedAt: "2043-03-16T04:00:00Z",
    title: "Three groups appeal Marlow Bay runway decision",
    originalText: [
      "MARLOW BAY, New Zealand (SCN) — Three groups lodged appeals in the High Court on Monday against the decision to let Marlow Bay Airport extend its runway into the harbour.",
      "The Marlow Bay Regional Council joined Harbour Guardians and the sailing club, saying the board had not weighed the loss of bird habitat.",
      "The appeals could delay construction by a year, the airport said.",
      "“We expected this, and we are ready,” Lind said.",
      "The High Court is expected to set a hearing date in May.",
    ].join("\n"),
  },
];

export function runwayInquiryDecisionArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. New Zealand is UTC+13 in March: Wednesday's wire is
 * stamped 4pm on the 11th, its rewrite 7pm; the Herald's 18:00 UTC stamp is 7am Thursday the 12th, so
 * its "yesterday" is the 11th; the trade story's stamp is 2pm Friday the 13th, so its "on Wednesday"
 * is the 11th; "on Friday" in the undated community page is the 13th if anything; Monday's wire is
 * stamped 5pm on the 16th. "In November" in March is 2042's; "in May" and "in June" are 2043's.
 */
export const RUNWAY_INQUIRY_DECISION_EXPECTED: ExpectedFacts = {
  quotes: [
    // In the wire (“…,” the title, Name, said) and its rewrite (said title Name, apposition).
    {
      text: "This is a balanced decision that lets the region grow without giving the harbour away",
      speaker: "Helen Marsters",
    },
    { text: "look very hard", speaker: "Rawiri Tane", partial: true },
    { text: "We can now start talking to airlines about flights to Singapore and Tokyo", speaker: "Sophie Lind" },
    // Single quotes, "said the title, Name".
    { text: "We have raised $85,000 for lawyers already", speaker: "Jan Petrie" },
    // A fragment in single quotes; surname-only, the full name given in the Herald.
    { text: "ignored the science", speaker: "Rawiri Tane", partial: true },
    // Surname-only; the full name is in the Herald.
    { text: "We expected this, and we are ready", speaker: "Sophie Lind" },
  ],
  timeline: [
    { text: "A board of inquiry on Wednesday approved a 350-metre extension", dates: ["2043-03-11"] },
    { text: "Marlow Bay Airport won approval yesterday to push its runway 380m", dates: ["2043-03-11"] },
    { text: "which won consent on Wednesday for its runway extension", dates: ["2043-03-11"] },
    { text: "the first contracts going out to tender in June", dates: ["2043-06"] },
    { text: "The board's 38-day hearing ended in November", dates: ["2042-11"] },
    { text: "Two groups said on Friday they would appeal", dates: [null, "2043-03-13"] },
    { text: "Three groups lodged appeals in the High Court on Monday", dates: ["2043-03-16"] },
    { text: "The High Court is expected to set a hearing date in May", dates: ["2043-05"] },
  ],
  neverDated: [
    { text: "ending a fight that began when the plan was unveiled in 2038", date: "2038" },
    { text: "The airport first costed the extension at NZ$290m in 2039", date: "2039" },
    { text: "expects 4 million by 2060", date: "2060" },
    { text: "The board's 38-day hearing ended in November", date: "2043-11" },
    { text: "the first contracts going out to tender in June", date: "2042-06" },
    { text: "The High Court is expected to set a hearing date in May", date: "2042-05" },
    // "On Monday" in a Monday story is that day, not the Monday before.
    { text: "Three groups lodged appeals in the High Court on Monday", date: "2043-03-09", exact: true },
  ],
  disagreements: [
    // The approved extension: "a 350-metre extension" against "push its runway 380m into the harbour".
    { values: ["350", "380"], outlets: ["Southern Cross Newswire", "Marlow Bay Herald"] },
    // The share of submissions opposed: "62 per cent of them opposed" against "Opponents made up 58%".
    { values: ["62", "58"], outlets: ["Southern Cross Newswire", "Marlow Bay Herald"] },
    // The cost: "expected to cost NZ$410m" against "will cost 460 million New Zealand dollars".
    { values: ["410", "460"], outlets: ["Southern Cross Newswire", "Airport Business Asia-Pacific"] },
    // How long the hearings ran: "sat for 41 days of hearings" against "The board's 38-day hearing".
    { values: ["41", "38"], outlets: ["Southern Cross Newswire", "Airport Business Asia-Pacific"] },
  ],
  notDisagreements: [
    // The extension applied for against the one approved.
    ["450", "350"],
    ["450", "380"],
    // A 2039 estimate against today's cost.
    ["290", "410"],
    ["290", "460"],
    // A range against a point inside it.
    ["120", "140"],
    ["150", "140"],
    // A cost and its conversion.
    ["410", "250"],
    // Last year's passengers against a forecast.
    ["2.4", "4"],
    // Groups that said they would appeal against those that did.
    ["Two", "Three"],
    // Money raised against money needed.
    ["85,000", "200,000"],
    // Days to appeal against days of hearings.
    ["15", "41"],
    ["15", "38"],
    // Submissions against homes insulated; seats against metres.
    ["4,100", "140"],
    ["300", "350"],
  ],
  corroboration: [
    // The wire (with its rewrite), the Herald and the trade paper, in other words.
    { text: "which won consent on Wednesday for its runway extension", outlets: 3 },
    // Carried only by the wire and its rewrite.
    { text: "No more than four flights will be allowed between 11pm and 6am", outlets: 1 },
    // The Herald and the trade paper ("Between 120 and 150 homes … will be insulated").
    { text: "Some 140 homes under the flight path will get noise insulation", outlets: 2 },
  ],
  headline: ["appeal", "appeals"],
  summary: {
    holds: ["appeal"],
    never: ["Two groups said on Friday they would appeal"],
  },
  sameEntry: [
    [
      "A board of inquiry on Wednesday approved a 350-metre extension",
      "Marlow Bay Airport won approval yesterday to push its runway 380m",
    ],
  ],
  order: [
    "The board's 38-day hearing ended in November",
    "A board of inquiry on Wednesday approved a 350-metre extension",
    "Three groups lodged appeals in the High Court on Monday",
    "The High Court is expected to set a hearing date in May",
    "the first contracts going out to tender in June",
  ],
  supersession: {
    apart: [
      ["Two groups said on Friday they would appeal", "Three groups lodged appeals in the High Court on Monday"],
      ["would “look very hard” at an appeal", "Three groups lodged appeals in the High Court on Monday"],
    ],
    current: [
      "No more than four flights will be allowed between 11pm and 6am",
      "The High Court is expected to set a hearing date in May",
      "Some 140 homes under the flight path will get noise insulation",
    ],
  },
};
