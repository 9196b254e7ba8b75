/**
 * The lead's held-out batch L (session 28, 2026-12-07): texts and expectations written by helper heldout14 before any run, kept
 * outside the repository while unfitted (first run on 016a999 and the session's end: see the README's facts table),
 * added here at the session's end; one rule (clock times) was written after reading its misses, so it is fitted from now on.
 * A UK recall of asthma inhalers whose valves can block the dose, Tuesday 10 to Saturday 14 March 2043.
 * Its years moved from 2042 to 2043 in session 29: the writer's weekdays are 2043's calendar (10 March 2042 was a
 * Monday), so 2042 made six of its expected dates contradict its own weekdays.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ir/1",
    externalId: "m1",
    source: "Britannia News Agency",
    url: "https://britannianewsagency.example/health/ventamist-inhaler-recall",
    publishedAt: "2043-03-10T11:00:00Z",
    title: "Asthma inhalers recalled over valve fault that can block dose",
    originalText: [
      "Around 640,000 asthma inhalers are being recalled across the UK after a manufacturing fault was found that can stop them releasing a dose, the medicines regulator said on Tuesday.",
      "The Medicines and Healthcare products Regulatory Agency (MHRA) said 11 batches of Ventamist 100 microgram inhalers, made by Brennock Pharmaceuticals at its plant in Wrexham, were affected.",
      "Patients should not stop using their inhaler but should check the batch number on the canister and ask their pharmacy for a replacement, the agency said.",
      "“If your inhaler does not puff when you press it, use another one and seek help straight away,” said Dr Anjali Mehra, the MHRA's chief safety officer.",
      "Brennock said it had received 27 reports of inhalers failing and that no deaths had been linked to the fault.",
      "About 5.4 million people in the UK are being treated for asthma.",
      "Brennock recalled 90,000 nasal sprays in 2038 over a cracked pump.",
    ].join("\n"),
  },
  {
    input: "ir/2",
    externalId: "m2",
    source: "Wrexham Evening Leader",
    url: "https://wrexhameveningleader.example/news/brennock-inhalers-recalled",
    publishedAt: "2043-03-10T16:30:00Z",
    title: "Inhalers made in Wrexham recalled across UK",
    originalText: [
      "Some 640,000 asthma inhalers are being recalled across the UK after a production fault was found that can stop them giving a dose, the medicines regulator announced on Tuesday.",
      "The MHRA said 11 batches of Ventamist 100 microgram inhalers made at Brennock Pharmaceuticals' Wrexham factory were affected.",
      "Patients are being told not to stop using their inhaler, but to check the batch number and ask their pharmacy for a new one.",
      "“If your inhaler does not puff when you press it, use another one and seek help straight away,” said Dr Anjali Mehra, chief safety officer at the MHRA.",
      "Brennock said it had been told of 27 inhalers failing and that no deaths had been linked to the fault.",
      "Reporting by Britannia News Agency",
    ].join("\n"),
  },
  {
    input: "ir/3",
    externalId: "m3",
    source: "The Daily Clarion",
    url: "https://dailyclarion.example/news/mum-fury-inhaler-just-clicked",
    publishedAt: "2043-03-11T06:00:00Z",
    title: "Mum's fury as boy's faulty inhaler 'just clicked'",
    originalText: [
      "Kerry Dunmore, 38, said her son's inhaler “just clicked and nothing came out” as he fought for breath during an asthma attack at school on Wednesday last week.",
      "Her nine-year-old son, Callum, was taken to hospital by ambulance and kept in overnight.",
      "The Clarion understands nearly 700,000 inhalers are caught up in the recall.",
      "Brennock's shares fell 7 per cent on Tuesday, wiping £310m off the company's value.",
      "'It is a scandal that a child's medicine can leave the factory like this,' said Ms Dunmore.",
      "Reports of failed inhalers have risen to 41, the company confirmed last night.",
    ].join("\n"),
  },
  {
    input: "ir/4",
    externalId: "m4",
    source: "Pharma Manufacturing Bulletin",
    url: "https://pharmamanufacturingbulletin.example/quality/brennock-valve-supplier",
    publishedAt: "2043-03-12T09:00:00Z",
    title: "Brennock traces Ventamist fault to valve supplier",
    originalText: [
      "Brennock Pharmaceuticals said on Wednesday that the Ventamist fault had been traced to a batch of metering valves from a supplier in northern Italy.",
      "Thirteen batches, all filled between October and January, are covered by the recall, the company said.",
      "Tests found the defect in 3.2 per cent of the inhalers sampled.",
      "The company expects the recall to cost £14m, or about €16.5m, including replacement stock.",
      "Chief executive Graham Pellow said: “The valves passed every check we had in place, and that is what worries me.”",
      "Replacement stock is expected in pharmacies within two weeks.",
      "The Wrexham plant, which opened in 1994, makes about 30 million inhalers a year.",
    ].join("\n"),
  },
  {
    input: "ir/5",
    externalId: "m5",
    source: "Breathe Easy Network",
    url: "https://breatheeasynetwork.example/advice/ventamist-recall-what-to-do",
    title: "What the Ventamist recall means for you",
    originalText: [
      "If you use a Ventamist inhaler, check the batch number printed on the side of the metal canister.",
      "About 4 per cent of the inhalers Brennock tested were found to be faulty, according to the company.",
      "“Going without your reliever is far more dangerous than a faulty canister,” the charity's medical adviser, Dr Tom Aldous, said.",
      "Around 1.2 million Ventamist inhalers are dispensed in the UK every month.",
      "Pharmacists have asked for a handling fee of £3.50 for every inhaler they swap; Brennock has offered £1.25.",
    ].join("\n"),
  },
  {
    input: "ir/6",
    externalId: "m6",
    source: "The Northern Post",
    url: "https://northernpost.example/health/brennock-apologises-inhaler-recall",
    publishedAt: "2043-03-14T08:00:00Z",
    title: "Brennock apologises as inhaler failures reach 58",
    originalText: [
      "Brennock Pharmaceuticals' chief executive, Graham Pellow, apologised yesterday to patients caught up in the Ventamist recall, as the number of reported failures reached 58.",
      "“We let down people who trusted us, and I am sorry,” Pellow said in a video statement.",
      "The fault has been blamed on valves bought from an Italian supplier.",
      "Callum Dunmore, 10, who collapsed at his school in Rhyl on March 4, is back in class.",
      "More than 380,000 of the recalled inhalers had been swapped by Friday evening, the MHRA said.",
      "Replacement stock reached most pharmacies on Friday, a week earlier than planned.",
      "Brennock's shares closed the week 2 per cent lower.",
    ].join("\n"),
  },
];

export function inhalerRecallArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (the UK is on GMT in March). "On Tuesday" in Tuesday's
 * wire and its rewrite is 10 March; "last night" in Wednesday morning's tabloid is the 10th and its
 * "on Wednesday last week" the 4th; "on Wednesday" in Thursday's trade story the 11th; "yesterday" and
 * "on Friday" in Saturday's paper the 13th; "March 4" is this year's. The valves were filled "between
 * October and January": last October, never this year's.
 */
export const INHALER_RECALL_EXPECTED: ExpectedFacts = {
  quotes: [
    // "said Dr X, the MHRA's chief safety officer", in the wire and its rewrite.
    { text: "If your inhaler does not puff when you press it", speaker: "Anjali Mehra" },
    // A fragment inside the sentence that names her: lower case, partial.
    { text: "just clicked and nothing came out", speaker: "Kerry Dunmore", partial: true },
    // Straight single quotes, "said Ms Surname" after the full name.
    { text: "It is a scandal that a child's medicine can leave the factory like this", speaker: "Kerry Dunmore" },
    { text: "The valves passed every check we had in place", speaker: "Graham Pellow" },
    { text: "Going without your reliever is far more dangerous than a faulty canister", speaker: "Tom Aldous" },
    { text: "We let down people who trusted us, and I am sorry", speaker: "Graham Pellow" },
  ],
  timeline: [
    { text: "the medicines regulator said on Tuesday", dates: ["2043-03-10"] },
    { text: "the medicines regulator announced on Tuesday", dates: ["2043-03-10"] },
    { text: "during an asthma attack at school on Wednesday last week", dates: ["2043-03-04"] },
    { text: "Brennock's shares fell 7 per cent on Tuesday", dates: ["2043-03-10"] },
    { text: "Reports of failed inhalers have risen to 41, the company confirmed last night", dates: ["2043-03-10"] },
    { text: "said on Wednesday that the Ventamist fault had been traced", dates: ["2043-03-11"] },
    { text: "apologised yesterday to patients caught up in the Ventamist recall", dates: ["2043-03-13"] },
    { text: "who collapsed at his school in Rhyl on March 4", dates: ["2043-03-04"] },
    { text: "had been swapped by Friday evening", dates: ["2043-03-13"] },
    { text: "Replacement stock reached most pharmacies on Friday", dates: ["2043-03-13"] },
  ],
  neverDated: [
    { text: "Brennock recalled 90,000 nasal sprays in 2038", date: "2038" },
    { text: "The Wrexham plant, which opened in 1994", date: "1994" },
    { text: "all filled between October and January", date: "2043-10" },
    // "On Wednesday last week" in a Wednesday paper is not that same Wednesday.
    { text: "during an asthma attack at school on Wednesday last week", date: "2043-03-11", exact: true },
    { text: "who collapsed at his school in Rhyl on March 4", date: "2044-03-04", exact: true },
  ],
  disagreements: [
    // Inhalers recalled: the regulator's figure against the tabloid's, "Around 640,000" and "nearly 700,000".
    { values: ["640,000", "700,000"], outlets: ["Britannia News Agency", "The Daily Clarion"] },
    // Batches covered: a digit after "said" against a word opening the trade story's sentence.
    { values: ["11", "Thirteen"], outlets: ["Britannia News Agency", "Pharma Manufacturing Bulletin"] },
    // The share of inhalers found faulty in testing.
    { values: ["3.2", "4"], outlets: ["Pharma Manufacturing Bulletin", "Breathe Easy Network"] },
    // The boy's age: "nine-year-old" against ", 10,".
    { values: ["nine", "10"], outlets: ["The Daily Clarion", "The Northern Post"] },
  ],
  notDisagreements: [
    // Reports of failures as they grew over the week.
    ["27", "41"],
    ["41", "58"],
    ["27", "58"],
    // Inhalers swapped so far against those recalled.
    ["380,000", "640,000"],
    ["380,000", "700,000"],
    // A 2038 recall of another product.
    ["90,000", "640,000"],
    // Inhalers dispensed every month and made every year, against those recalled.
    ["1.2", "640,000"],
    ["30", "1.2"],
    // The recall's cost and its conversion; the market value lost against that cost.
    ["14", "16.5"],
    ["310", "14"],
    // A demand against an offer.
    ["3.50", "1.25"],
    // A share fall on Tuesday against the week's close; share prices against faulty shares.
    ["7", "2"],
    ["3.2", "7"],
    ["4", "2"],
    // The mother's age against her son's.
    ["38", "nine"],
    ["38", "10"],
    // Batches against reports of failures.
    ["Thirteen", "27"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the Clarion gives nearly 700,000.
    { text: "Around 640,000 asthma inhalers are being recalled across the UK", outlets: 1 },
    // The trade story and the Northern Post ("blamed on valves bought from an Italian supplier").
    {
      text: "the Ventamist fault had been traced to a batch of metering valves from a supplier in northern Italy",
      outlets: 2,
    },
    // The wire and its rewrite: one outlet.
    { text: "Brennock said it had received 27 reports of inhalers failing", outlets: 1 },
  ],
  headline: ["apologis", "apology", "58"],
  summary: {
    holds: ["58"],
    never: [
      "Brennock said it had received 27 reports of inhalers failing",
      "Replacement stock is expected in pharmacies within two weeks",
    ],
  },
  sameEntry: [
    ["during an asthma attack at school on Wednesday last week", "who collapsed at his school in Rhyl on March 4"],
  ],
  order: [
    "who collapsed at his school in Rhyl on March 4",
    "the medicines regulator said on Tuesday",
    "said on Wednesday that the Ventamist fault had been traced",
    "apologised yesterday to patients caught up in the Ventamist recall",
  ],
  supersession: {
    apart: [
      ["Brennock said it had received 27 reports of inhalers failing", "the number of reported failures reached 58"],
      ["Reports of failed inhalers have risen to 41", "the number of reported failures reached 58"],
      [
        "Replacement stock is expected in pharmacies within two weeks",
        "Replacement stock reached most pharmacies on Friday",
      ],
    ],
    current: [
      "Patients should not stop using their inhaler",
      "Pharmacists have asked for a handling fee",
      "Brennock recalled 90,000 nasal sprays in 2038",
    ],
  },
};
