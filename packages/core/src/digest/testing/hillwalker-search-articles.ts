import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of the offline headline and summary by summary12 (2026-12-05,
 * before running any code on it): five articles from five outlets on a hillwalker, Alan Dewar, who
 * failed to return from a walk in the Cairngorms on Thursday 12 November 2026, searched for from
 * Friday, and found alive in a bothy on Monday 16 November. The story ends differently from how it
 * began: its first three reports tell of a search and of fading hope ("increasingly concerned"), the
 * last two of a rescue. A local paper on Saturday, a radio station's site on Sunday, a Scottish daily
 * on Monday morning, a wire on Monday evening, a national paper on Tuesday whose lead retells the
 * rescue. The real disagreement: how far the bothy lies from the car park where his car was found,
 * about six miles for the wire against 11 for the national paper. Traps: volunteers on two days (more
 * than 60 on Sunday, about 80 on Monday: a count that grew), his age, the nights he spent out (three
 * in the bothy, four days missing), a helicopter's two sorties. Test support only.
 */
const HILLWALKER_SEARCH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "hill/1",
    externalId: "h1",
    source: "Strathspey Herald",
    url: "https://strathspeyherald.example/news/search-for-missing-hillwalker",
    publishedAt: "2026-11-14T10:00:00Z",
    title: "Search under way for missing Cairngorms hillwalker",
    originalText: [
      "A search was launched on Friday for a hillwalker who failed to return from a walk in the Cairngorms on Thursday.",
      "Alan Dewar, 54, from Aviemore, had set out alone from the Linn of Dee car park on Thursday morning, police said.",
      "His car was found in the car park on Friday morning after his wife reported him missing.",
      "“Alan is an experienced walker and knows these hills well,” said Inspector Graham Laing of Police Scotland.",
    ].join("\n"),
  },
  {
    input: "hill/2",
    externalId: "h2",
    source: "Radio Spey",
    url: "https://radiospey.example/news/cairngorms-search-day-two",
    publishedAt: "2026-11-15T17:00:00Z",
    title: "Fears grow for hillwalker as search widens",
    originalText: [
      "More than 60 volunteers from three mountain rescue teams searched the hills above Glen Derry on Sunday for Alan Dewar, who has been missing since Thursday.",
      "A coastguard helicopter flew two sorties over the plateau but was grounded by low cloud in the afternoon.",
      "Police said they were increasingly concerned for his welfare.",
      "Snow fell on the high ground overnight, and temperatures dropped to minus six.",
    ].join("\n"),
  },
  {
    input: "hill/3",
    externalId: "h3",
    source: "The Scottish Courier",
    url: "https://scottishcourier.example/news/cairngorms-hillwalker-fourth-day",
    publishedAt: "2026-11-16T07:30:00Z",
    title: "Hopes fade as search for Alan Dewar enters fourth day",
    originalText: [
      "The search for a hillwalker missing in the Cairngorms entered its fourth day on Monday, with about 80 volunteers on the hill.",
      "Fiona Dewar, his wife, appealed for anyone who had seen him on Thursday to come forward.",
      "“We just want him home,” she said.",
      "Rescuers said the snow had made the ground treacherous.",
    ].join("\n"),
  },
  {
    input: "hill/4",
    externalId: "h4",
    source: "Caledonian Press",
    url: "https://caledonianpress.example/news/missing-hillwalker-found-alive",
    publishedAt: "2026-11-16T18:30:00Z",
    title: "Missing hillwalker found alive in Cairngorms bothy",
    originalText: [
      "Alan Dewar, the hillwalker missing in the Cairngorms since Thursday, was found alive on Monday afternoon in a bothy about six miles from the car park, police said.",
      "A search dog team from Braemar Mountain Rescue found him at about 2pm.",
      "He was flown to Raigmore Hospital in Inverness, where his condition was described as stable.",
      "“He was cold and very hungry, but he walked out to the helicopter himself,” said Euan Fraser, the team leader.",
    ].join("\n"),
  },
  {
    input: "hill/5",
    externalId: "h5",
    source: "The Northern Times",
    url: "https://northerntimes.example/scotland/cairngorms-bothy-rescue",
    publishedAt: "2026-11-17T07:00:00Z",
    title: "How a hillwalker survived three nights in a Cairngorms bothy",
    originalText: [
      "A hillwalker who had been missing for four days in the Cairngorms was found alive in a remote bothy 11 miles from the car park where he had left his car, rescuers said.",
      "Alan Dewar, 54, had sheltered there for three nights after twisting his knee in a snowstorm on Thursday afternoon.",
      "“We never stopped believing he would walk through that door,” said Fiona Dewar.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function hillwalkerSearchArticles(): Article[] {
  return linkNearDuplicates(HILLWALKER_SEARCH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by summary12 (2026-12-05), before running any code on them. The
 * headline must tell the rescue, the latest news, never the search or the fading hope; the summary
 * must tell that he was found alive and never set the police's growing concern, which the rescue
 * answered, beside it as the present.
 */
export const HILLWALKER_SEARCH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Alan is an experienced walker and knows these hills well", speaker: "Graham Laing" },
    { text: "We just want him home", speaker: "Fiona Dewar" },
    { text: "He was cold and very hungry, but he walked out to the helicopter himself", speaker: "Euan Fraser" },
    { text: "We never stopped believing he would walk through that door", speaker: "Fiona Dewar" },
  ],
  timeline: [
    { text: "A search was launched on Friday", dates: ["2026-11-13"] },
    { text: "searched the hills above Glen Derry on Sunday", dates: ["2026-11-15"] },
    { text: "was found alive on Monday afternoon", dates: ["2026-11-16"] },
  ],
  neverDated: [],
  disagreements: [{ values: ["six", "11"], outlets: ["Caledonian Press", "The Northern Times"] }],
  notDisagreements: [
    // Volunteers on Sunday and on Monday: a count that grew.
    ["60", "80"],
    // Nights in the bothy against days missing.
    ["three", "four"],
    // A helicopter's sorties against nights, and the age against the distance.
    ["two", "three"],
    ["54", "11"],
    // The temperature against anything.
    ["six", "60"],
  ],
  corroboration: [{ text: "A search dog team from Braemar Mountain Rescue found him", outlets: 1 }],
  headline: ["found alive"],
  summary: {
    holds: ["found alive"],
    never: ["increasingly concerned for his welfare", "Hopes fade"],
  },
};
