import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts14 (2026-12-05, before running any code on it): five
 * articles from five outlets on the trial of three men over cocaine found on a speedboat off
 * Falmouth Bay: the verdicts on Thursday 26 November 2026 and the sentences on Friday 4 December. A
 * British wire, a Cornish paper, an American wire, a national paper and a maritime trade site. The
 * real disagreement: how long the jury deliberated, about nine hours (the wire, "about ten" in the
 * Cornish paper: a rounding) against more than 12 hours (the national paper). Traps: a coastguard
 * plane that tracked the boat for 11 hours and a trial that lasted six weeks (other things than the
 * deliberation); a judge's limit of six hours a day; the cocaine's weight as 450 kilograms and as
 * nearly 1,000 pounds, and the boat's length as 12 metres and as 40 feet (each the same once
 * converted); a street value in pounds sterling against one in dollars (never converted); sentences
 * in years; ages. Test support only.
 */
const SMUGGLING_TRIAL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "smuggling/1",
    externalId: "t1",
    source: "Press Agency",
    url: "https://pressagency.example/news/falmouth-cocaine-trial-verdicts",
    publishedAt: "2026-11-26T16:40:00Z",
    title: "Three men guilty over £36m cocaine haul on Falmouth speedboat",
    originalText: [
      "Three men were found guilty at Truro Crown Court on Thursday of smuggling 450 kilograms of cocaine into Cornwall on a speedboat, after the jury deliberated for about nine hours.",
      "The drugs, worth an estimated £36 million, were found hidden under the deck of the 12-metre boat when Border Force officers stopped it in Falmouth Bay in April.",
      "A coastguard aircraft had tracked the boat for 11 hours as it crossed the Channel, the court heard.",
      "“This was a professional, well-funded operation,” said Detective Inspector Carla Rees of the National Crime Agency.",
      "The trial lasted six weeks.",
    ].join("\n"),
  },
  {
    input: "smuggling/2",
    externalId: "t2",
    source: "Cornish Guardian",
    url: "https://cornishguardian.example/news/speedboat-cocaine-verdict",
    publishedAt: "2026-11-26T19:15:00Z",
    title: "Speedboat trio convicted of smuggling cocaine into Falmouth",
    originalText: [
      "By Jenna Tremayne",
      "After deliberating for about ten hours over two days, a Truro jury convicted Mark Pascoe, 44, Stefan Ilie, 29, and Jorge Almeida, 51, of conspiracy to import cocaine.",
      "The judge, Recorder Paul Whitfield, had told the jury they would sit for no more than six hours a day.",
      "Pascoe, a Falmouth boat repairer, shook his head as the verdicts were read.",
      "“I had no idea what was under that deck,” Pascoe had told the jury in his evidence.",
    ].join("\n"),
  },
  {
    input: "smuggling/3",
    externalId: "t3",
    source: "Atlantic Wire",
    url: "https://atlanticwire.example/world/uk-cocaine-speedboat-convictions",
    publishedAt: "2026-11-26T21:00:00Z",
    title: "British jury convicts three in $45 million speedboat cocaine case",
    originalText: [
      "LONDON (Atlantic Wire) — A British jury on Thursday convicted three men of smuggling nearly 1,000 pounds of cocaine, worth about $45 million, into England aboard a 40-foot speedboat.",
      "Jorge Almeida, 51, is a Portuguese national; the other two men are from Cornwall.",
      "Britain's National Crime Agency said the seizure was among the largest ever made on the English coast.",
    ].join("\n"),
  },
  {
    input: "smuggling/4",
    externalId: "t4",
    source: "The Courier",
    url: "https://thecourier.example/crime/falmouth-speedboat-jury",
    publishedAt: "2026-11-27T06:30:00Z",
    title: "How a speedboat full of cocaine was caught off Cornwall",
    originalText: [
      "Jurors deliberated for more than 12 hours before finding the three men guilty on Thursday.",
      "Border Force officers boarded the boat at dawn on April 14 after a tip-off from Portuguese police.",
      "According to Rees, “they thought the weather would hide them, and it nearly did.”",
    ].join("\n"),
  },
  {
    input: "smuggling/5",
    externalId: "t5",
    source: "Maritime Watch",
    url: "https://maritimewatch.example/enforcement/falmouth-sentences",
    publishedAt: "2026-12-04T17:00:00Z",
    title: "Falmouth speedboat smugglers jailed for a total of 51 years",
    originalText: [
      "Mark Pascoe was jailed for 19 years at Truro Crown Court on Friday, Jorge Almeida for 18 years and Stefan Ilie for 14 years.",
      "Recorder Whitfield said the 12-metre rigid-hulled boat had been bought for cash in Portugal.",
      "“Cornwall’s coves are not a back door for organised crime,” the judge said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function smugglingTrialArticles(): Article[] {
  return linkNearDuplicates(SMUGGLING_TRIAL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts14 (2026-12-05), before running any code on them. The one real
 * disagreement: the jury deliberated about nine hours for the Press Agency (about ten for the Cornish
 * Guardian, a rounding of the same) and more than 12 hours for The Courier.
 */
export const SMUGGLING_TRIAL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This was a professional, well-funded operation", speaker: "Carla Rees" },
    { text: "I had no idea what was under that deck", speaker: "Mark Pascoe" },
    { text: "they thought the weather would hide them", speaker: "Carla Rees", partial: true },
    { text: "Cornwall’s coves are not a back door for organised crime", speaker: "Paul Whitfield" },
  ],
  timeline: [
    { text: "Three men were found guilty at Truro Crown Court on Thursday", dates: ["2026-11-26"] },
    { text: "Mark Pascoe was jailed for 19 years at Truro Crown Court on Friday", dates: ["2026-12-04"] },
  ],
  neverDated: [],
  disagreements: [{ values: ["nine", "12"], outlets: ["Press Agency", "The Courier"] }],
  notDisagreements: [
    // A rounding of one deliberation.
    ["nine", "ten"],
    // Other durations: the plane's tracking, the trial, the judge's daily limit.
    ["11", "12"],
    ["11", "nine"],
    ["11", "ten"],
    ["six", "nine"],
    ["six", "ten"],
    // The same weight and length once converted; sums in two currencies.
    ["450", "1,000"],
    ["12", "40"],
    ["36", "45"],
    // Sentences and ages.
    ["19", "18"],
    ["18", "14"],
    ["44", "51"],
  ],
  corroboration: [{ text: "A coastguard aircraft had tracked the boat for 11 hours", outlets: 1 }],
  headline: ["jailed"],
};
