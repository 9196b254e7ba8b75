/**
 * Held-out batch R (lead session 31, 2026-12-07), written by heldout20 before any run; unfitted.
 * A batch of blood-pressure tablets labelled 5mg but holding 10mg pills recalled in England and Wales, Monday 3 to Friday 7 October 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ar/1",
    externalId: "p1",
    source: "Britannia News Agency",
    url: "https://britannianewsagency.example/health/blood-pressure-tablets-recalled",
    publishedAt: "2044-10-03T12:00:00Z",
    title: "Blood pressure tablets recalled over double-strength mix-up",
    originalText: [
      "LONDON (BNA) — A drugmaker has recalled a batch of blood pressure tablets after packs labelled 5mg were found to hold 10mg pills, the medicines regulator said on Monday.",
      "About 38,000 packs of amlodipine from batch AM2291, made by Pellam Pharma in Sunderland, were shipped to pharmacies in England and Wales in August.",
      "Patients who take a double dose may feel dizzy or faint, and older people are at risk of falls, the Medicines and Healthcare Safety Agency (MHSA) said.",
      "“Do not stop taking your medicine, but check the strength printed on the blister strip,” said Dr Priya Nandakumar, the agency's chief safety officer.",
      "Four patients have reported dizziness after taking the tablets.",
      "In 2037, Pellam recalled a batch of cholesterol pills over a labelling fault.",
    ].join("\n"),
  },
  {
    input: "ar/2",
    externalId: "p2",
    source: "Chemist & Counter Weekly",
    url: "https://chemistandcounter.example/recalls/amlodipine-am2291-class-2",
    publishedAt: "2044-10-04T09:00:00Z",
    title: "Quarantine amlodipine batch AM2291, pharmacies told",
    originalText: [
      "Pharmacies have been told to quarantine all stock of the amlodipine batch the MHSA put under a Class 2 recall yesterday.",
      "The batch ran to 42,000 boxes of 28 tablets, according to Pellam's own recall notice.",
      "It went to about 1,400 of England's 10,500 community pharmacies.",
      "Pellam supplies 18 per cent of the amlodipine dispensed in England.",
      "“We have had patients ringing since eight this morning, and most of them are frightened” — Omar Siddiqui, a pharmacist in Leicester.",
      "Patients are likely to have been taking the wrong strength for between two and six weeks.",
    ].join("\n"),
  },
  {
    input: "ar/3",
    externalId: "p3",
    source: "The Daily Clarion",
    url: "https://dailyclarion.example/news/gran-pills-mix-up-fall",
    title: "GRAN'S FALL AFTER PILL MIX-UP",
    originalText: [
      "A gran was rushed to hospital after taking double-strength blood pressure pills from the recalled batch.",
      "Margaret Ellis, 81, collapsed in her kitchen in Derby last week and broke her wrist.",
      "Her daughter, Karen Ellis, said: “Mum trusted those pills. Now she is scared to take anything.”",
      "Nearly 25% of the amlodipine handed out in England comes from Pellam, the Clarion can reveal.",
      "The firm made a profit of £31m last year.",
    ].join("\n"),
  },
  {
    input: "ar/4",
    externalId: "p4",
    source: "Britannia News Agency",
    url: "https://britannianewsagency.example/health/pill-recall-packs-returned",
    publishedAt: "2044-10-05T15:00:00Z",
    title: "Thousands of recalled blood pressure packs handed back",
    originalText: [
      "LONDON (BNA) — More than 11,000 packs from the recalled batch of blood pressure pills have been handed back, the MHSA said on Wednesday.",
      "The number of patients reporting dizziness or fainting has risen to nine, among them a 78-year-old Derby woman, Margaret Ellis, who broke her wrist in a fall.",
      "Pellam said a packing line in Sunderland had mixed two runs of tablets on August 12.",
      "The company told investors the recall would cost about £2.4m ($3.1m).",
      "“We let patients down and we are sorry,” chief executive Alan Broadbent said.",
    ].join("\n"),
  },
  {
    input: "ar/5",
    externalId: "p5",
    source: "Midlands Evening Post",
    url: "https://midlandseveningpost.example/news/recalled-pills-returned-derby",
    publishedAt: "2044-10-05T18:30:00Z",
    title: "Over 11,000 packs of recalled pills returned",
    originalText: [
      "More than 11,000 packs of the recalled blood pressure tablets have been returned, the MHSA said on Wednesday.",
      "Nine patients have now reported dizziness or fainting, including Margaret Ellis, a 78-year-old from Derby who broke her wrist when she fell.",
      "According to Pellam, two runs of tablets were mixed on a Sunderland packing line on August 12.",
      "The recall will cost the firm about £2.4m ($3.1m), it told investors.",
      "“We let patients down and we are sorry,” said Alan Broadbent, the chief executive.",
    ].join("\n"),
  },
  {
    input: "ar/6",
    externalId: "p6",
    source: "The City Ledger",
    url: "https://cityledger.example/companies/pellam-pharma-shares-recall",
    publishedAt: "2044-10-07T17:00:00Z",
    title: "Pellam shares slide as recall returns mount",
    originalText: [
      "Pellam Pharma's shares fell 6 per cent on Friday and have lost 11 per cent since the recall was announced on Monday.",
      "The company told investors on Wednesday that the recall would cost 1.9 million pounds.",
      "More than 26,000 packs had been returned by Thursday night, the MHSA said.",
      "Lawyers acting for patients say claims could reach £10m; Pellam has set aside £1m.",
      "Broadbent said the Sunderland line would stay shut until an outside audit ends in November.",
      "According to Fiona Marsh, an analyst at Greyfield Securities, “The damage is to trust, not to the balance sheet.”",
    ].join("\n"),
  },
];

export function amlodipineBatchRecallArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (British Summer Time, UTC+1: every stamp falls on the
 * same local day). "On Monday" in Monday's wire and "yesterday" in Tuesday's trade paper are both 3
 * October; "in August" and "on August 12" are this year's; "on Wednesday" in the Wednesday wire and its
 * same-day rewrite is the 5th; in Friday's Ledger "on Friday" is the 7th, "on Wednesday" the 5th, "on
 * Monday" the 3rd and "by Thursday night" the 6th; "in November" is November 2044. The Clarion is
 * undated: its "last week" stays undated. The Midlands Evening Post's story is a syndicated rewrite of
 * the agency's Wednesday one.
 */
export const AMLODIPINE_BATCH_RECALL_EXPECTED: ExpectedFacts = {
  quotes: [
    {
      text: "Do not stop taking your medicine, but check the strength printed on the blister strip",
      speaker: "Priya Nandakumar",
    },
    {
      text: "We have had patients ringing since eight this morning, and most of them are frightened",
      speaker: "Omar Siddiqui",
    },
    { text: "Mum trusted those pills. Now she is scared to take anything", speaker: "Karen Ellis" },
    { text: "We let patients down and we are sorry", speaker: "Alan Broadbent" },
    { text: "The damage is to trust, not to the balance sheet", speaker: "Fiona Marsh" },
  ],
  timeline: [
    { text: "the medicines regulator said on Monday", dates: ["2044-10-03"] },
    { text: "were shipped to pharmacies in England and Wales in August", dates: ["2044-08"] },
    { text: "the MHSA put under a Class 2 recall yesterday", dates: ["2044-10-03"] },
    { text: "collapsed in her kitchen in Derby last week", dates: [null] },
    { text: "have been handed back, the MHSA said on Wednesday", dates: ["2044-10-05"] },
    { text: "have been returned, the MHSA said on Wednesday", dates: ["2044-10-05"] },
    { text: "had mixed two runs of tablets on August 12", dates: ["2044-08-12"] },
    { text: "two runs of tablets were mixed on a Sunderland packing line on August 12", dates: ["2044-08-12"] },
    { text: "Pellam Pharma's shares fell 6 per cent on Friday", dates: ["2044-10-07"] },
    { text: "The company told investors on Wednesday", dates: ["2044-10-05"] },
    { text: "More than 26,000 packs had been returned by Thursday night", dates: ["2044-10-06"] },
    { text: "until an outside audit ends in November", dates: ["2044-11"] },
  ],
  neverDated: [
    { text: "In 2037, Pellam recalled a batch of cholesterol pills", date: "2037" },
    { text: "had mixed two runs of tablets on August 12", date: "2045-08-12", exact: true },
    { text: "until an outside audit ends in November", date: "2043-11" },
    // "On Monday" in a Friday story is the Monday gone.
    { text: "since the recall was announced on Monday", date: "2044-10-10", exact: true },
  ],
  disagreements: [
    // The size of the batch: "About 38,000 packs" against "ran to 42,000 boxes".
    { values: ["38,000", "42,000"], outlets: ["Britannia News Agency", "Chemist & Counter Weekly"] },
    // The hurt woman's age: ", 81," against "a 78-year-old" (the agency; its rewrite counts once).
    { values: ["81", "78"], outlets: ["The Daily Clarion", "Britannia News Agency"] },
    // Pellam's share of amlodipine dispensed in England: "18 per cent" against "Nearly 25%".
    { values: ["18", "25"], outlets: ["Chemist & Counter Weekly", "The Daily Clarion"] },
    // The recall's cost as told to investors on Wednesday: "£2.4m" against "1.9 million pounds".
    { values: ["2.4", "1.9"], outlets: ["Britannia News Agency", "The City Ledger"] },
  ],
  notDisagreements: [
    // Packs returned as the days went on, and returned against the batch.
    ["11,000", "26,000"],
    ["26,000", "38,000"],
    ["11,000", "42,000"],
    // Reports that grew.
    ["Four", "nine"],
    // The labelled strength against the real one.
    ["5", "10"],
    // Pharmacies that got the batch against all of them.
    ["1,400", "10,500"],
    // A day's fall in shares against the week's, and against a market share.
    ["6", "11"],
    ["6", "18"],
    ["11", "25"],
    // A cost and its conversion.
    ["2.4", "3.1"],
    ["1.9", "3.1"],
    // A claim against the sum set aside, and other money.
    ["10", "1"],
    ["2.4", "10"],
    ["31", "2.4"],
    // A range against a point and tablets in a box.
    ["two", "six"],
    ["28", "42,000"],
  ],
  corroboration: [
    // The agency and its rewrite count once; the Ledger tells the same return count at its own, later figure.
    {
      text: "More than 11,000 packs from the recalled batch of blood pressure pills have been handed back",
      outlets: 1,
    },
    // Told by the agency (and its rewrite) and by the Clarion in other words.
    { text: "who broke her wrist in a fall", outlets: 2 },
    // The mix-up itself: the agency's first story and the Clarion's "double-strength blood pressure pills".
    { text: "packs labelled 5mg were found to hold 10mg pills", outlets: 2 },
  ],
  headline: ["shares", "26,000", "returned"],
  summary: {
    holds: ["recall", "26,000"],
    never: ["Four patients have reported dizziness after taking the tablets"],
  },
  sameEntry: [["the medicines regulator said on Monday", "the MHSA put under a Class 2 recall yesterday"]],
  order: [
    "were shipped to pharmacies in England and Wales in August",
    "the medicines regulator said on Monday",
    "have been handed back, the MHSA said on Wednesday",
    "More than 26,000 packs had been returned by Thursday night",
    "Pellam Pharma's shares fell 6 per cent on Friday",
    "until an outside audit ends in November",
  ],
  supersession: {
    apart: [
      ["Four patients have reported dizziness after taking the tablets", "has risen to nine"],
      [
        "More than 11,000 packs from the recalled batch of blood pressure pills have been handed back",
        "More than 26,000 packs had been returned by Thursday night",
      ],
    ],
    current: [
      "Pellam supplies 18 per cent of the amlodipine dispensed in England",
      "had mixed two runs of tablets on August 12",
      "Pellam has set aside £1m",
      "would stay shut until an outside audit ends in November",
    ],
  },
};
