import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of what later news supersedes by supersede1 (2026-12-06, texts
 * and expectations written before running any code on them): five articles from three outlets on a
 * gondola cabin that fell at the Cairn Dearg ski resort on the morning of Monday 5 March 2029. The
 * toll rises from two (told as "two of them died there" after a count of those flown to hospital) to
 * three (told as "A third passenger has died", with almost no word in common); four of the injured
 * in a serious condition on Tuesday are one on Wednesday; an inspection expected on Wednesday and
 * lifts to reopen on Wednesday are told done on Wednesday. What stays: the line's cabins and their
 * capacity, the skiers on the mountain, when the gondola opened, the operator's lifts, a closure for
 * the rest of the season. Test support only.
 */
const GONDOLA_FALL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "gondola/1",
    externalId: "g1",
    source: "Highland Wire Service",
    url: "https://highlandwire.example/news/cairn-dearg-gondola-cabin-falls",
    publishedAt: "2029-03-05T19:30:00Z",
    title: "Gondola cabin falls at Cairn Dearg ski resort",
    originalText: [
      "A gondola cabin fell about 30 metres onto a piste at the Cairn Dearg ski resort on Monday morning, police said.",
      "Eight people were flown to Raigmore Hospital in Inverness, and two of them died there later in the day.",
      "The cabin was one of 36 on the line, each of which can carry ten passengers.",
      "All other lifts at the resort were closed for the rest of the day.",
      "“We heard a bang and then the cabin just dropped,” said skier Callum Rennie, who was in the cabin behind.",
      "The gondola opened in 2011 and was last inspected in November, according to the resort's operator, Dearg Mountain Ltd.",
    ].join("\n"),
  },
  {
    input: "gondola/2",
    externalId: "g2",
    source: "The Scottish Courier",
    url: "https://scottishcourier.example/news/two-killed-gondola-plunge",
    publishedAt: "2029-03-06T06:00:00Z",
    title: "Two killed as gondola cabin plunges at Cairn Dearg",
    originalText: [
      "Two people died and six were injured when a gondola cabin plunged to the slopes at Cairn Dearg on Monday.",
      "Four of the injured remain in a serious condition, NHS Highland said last night.",
      "Investigators from the Health and Safety Executive are expected to examine the haul rope and the cabin's grip on Wednesday.",
      "About 1,400 skiers were on the mountain when the cabin fell.",
      "“Our thoughts are with the families,” said Dearg Mountain chief executive Alison Byers.",
    ].join("\n"),
  },
  {
    input: "gondola/3",
    externalId: "g3",
    source: "Radio Strathspey",
    url: "https://radiostrathspey.example/news/cairn-dearg-lifts-to-reopen",
    publishedAt: "2029-03-06T17:00:00Z",
    title: "Cairn Dearg: resort's other lifts to reopen",
    originalText: [
      "The resort's chairlifts and tows will reopen on Wednesday morning, but the gondola will stay closed, Dearg Mountain Ltd said on Tuesday.",
      "Police Scotland said they had opened an investigation alongside the Health and Safety Executive.",
      "A man in his sixties who was in the cabin is in a critical condition in hospital.",
      "“Nobody here has seen anything like this,” said ski instructor Kirsty Moffat.",
    ].join("\n"),
  },
  {
    input: "gondola/4",
    externalId: "g4",
    source: "Highland Wire Service",
    url: "https://highlandwire.example/news/third-death-cairn-dearg",
    publishedAt: "2029-03-07T15:00:00Z",
    title: "Third person dies after Cairn Dearg gondola fall",
    originalText: [
      "A third passenger, a 63-year-old man from Aviemore, has died after Monday's accident, NHS Highland said on Wednesday.",
      "Investigators from the Health and Safety Executive examined the haul rope on Wednesday and found that the cabin's grip had slipped along it.",
      "The resort's chairlifts and tows reopened on Wednesday morning, although the gondola remains closed.",
      "Three other passengers remain in hospital, one of them in a serious condition.",
      "“The grip is where we are looking first,” said Douglas Rae, the HSE's principal inspector.",
    ].join("\n"),
  },
  {
    input: "gondola/5",
    externalId: "g5",
    source: "The Scottish Courier",
    url: "https://scottishcourier.example/news/gondola-grip-not-replaced",
    publishedAt: "2029-03-08T06:00:00Z",
    title: "Gondola grip 'was not replaced during refit'",
    originalText: [
      "The grip that held the Cairn Dearg gondola cabin to its cable had not been replaced when the line was refitted in 2023, the Courier has learned.",
      "Three people died after the cabin fell on Monday.",
      "Dearg Mountain Ltd said on Wednesday night it would keep the gondola closed for the rest of the season, which ends on 14 April.",
      "The operator runs 11 lifts across two resorts.",
      "“We owe the families answers,” Alison Byers said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function gondolaFallArticles(): Article[] {
  return linkNearDuplicates(GONDOLA_FALL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by supersede1 (2026-12-06), before running any code on them. No real
 * disagreement: the toll is two, then three; those flown to hospital are the dead and the injured.
 */
export const GONDOLA_FALL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We heard a bang and then the cabin just dropped", speaker: "Callum Rennie" },
    { text: "Our thoughts are with the families", speaker: "Alison Byers" },
    { text: "Nobody here has seen anything like this", speaker: "Kirsty Moffat" },
    { text: "The grip is where we are looking first", speaker: "Douglas Rae" },
    { text: "We owe the families answers", speaker: "Alison Byers" },
  ],
  timeline: [
    { text: "A gondola cabin fell about 30 metres onto a piste", dates: ["2029-03-05"] },
    { text: "A third passenger, a 63-year-old man from Aviemore, has died", dates: ["2029-03-07"] },
    { text: "examined the haul rope on Wednesday", dates: ["2029-03-07"] },
    { text: "reopened on Wednesday morning", dates: ["2029-03-07"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    // The toll, then a higher toll; those flown to hospital against the injured.
    ["two", "Three"],
    ["Two", "Three"],
    ["Eight", "six"],
    // Seriously hurt on Tuesday, then in hospital on Wednesday; cabins, passengers, skiers, lifts.
    ["Four", "Three"],
    ["36", "ten"],
    ["1,400", "Eight"],
    ["11", "36"],
  ],
  corroboration: [{ text: "About 1,400 skiers were on the mountain", outlets: 1 }],
  supersession: {
    apart: [
      // The toll of two, then three (told in other words).
      ["two of them died there later in the day", "A third passenger"],
      ["two of them died there later in the day", "Three people died after the cabin fell"],
      ["Two people died and six were injured", "A third passenger"],
      ["Two people died and six were injured", "Three people died after the cabin fell"],
      // A man in a critical condition, then dead.
      ["is in a critical condition in hospital", "A third passenger"],
      // Four in a serious condition, then one.
      ["Four of the injured remain in a serious condition", "one of them in a serious condition"],
      // An inspection expected, then done; lifts to reopen, then reopened.
      ["are expected to examine the haul rope", "examined the haul rope on Wednesday"],
      ["will reopen on Wednesday morning", "reopened on Wednesday morning"],
    ],
    current: [
      "each of which can carry ten passengers",
      "About 1,400 skiers were on the mountain",
      "The gondola opened in 2011",
      "The operator runs 11 lifts across two resorts",
      "would keep the gondola closed for the rest of the season",
      "Three people died after the cabin fell on Monday",
      "had not been replaced when the line was refitted in 2023",
      "A third passenger",
      "Three other passengers remain in hospital",
    ],
  },
};
