import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline22, 2026-12-06, before running any code on
 * it): six articles from five outlets on red kites poisoned on the Glenarrow estate near Kinross,
 * found on Sunday 28 January 2029, and the gamekeeper charged over them. A wire on the Tuesday ("on
 * Sunday", "yesterday", "since March 2019"), a regional paper on Thursday 1 February ("on Wednesday"
 * and "last night" across a month end, kites released "in October" with no year), a national paper on
 * the Saturday ("on Friday", "next month"), the regional paper on the next Friday ("on Wednesday
 * afternoon", "on Thursday", a court date "on February 21", "last Friday" on a suspension), an
 * undated campaign group's post, and the wire on the day of the hearing ("today", "on March 14",
 * "earlier this month", "on January 28"). Traps: background years inside sentences about the news
 * ("since 2011", "since 2015", "launched in June 2024"), months without a year. Test support only.
 */
const WILDLIFE_POISONING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "kites/1",
    externalId: "k1",
    source: "Highland Wire Service",
    url: "https://highlandwire.example/news/red-kites-poisoned-glenarrow",
    publishedAt: "2029-01-30T11:00:00Z",
    title: "Five red kites found poisoned on Perthshire estate",
    originalText: [
      "Police are investigating after the bodies of five red kites were found on the Glenarrow estate near Kinross on Sunday.",
      "Tests carried out yesterday showed the birds had been poisoned with carbofuran, a banned pesticide.",
      "It is the worst case of raptor poisoning in Scotland since March 2019, when eight buzzards died in Angus.",
      "“Whoever did this knew exactly what they were doing,” said Isla Grant, an investigations officer at the RSPB.",
    ].join("\n"),
  },
  {
    input: "kites/2",
    externalId: "k2",
    source: "Perthshire Courier",
    url: "https://perthshirecourier.example/news/glenarrow-cottage-searched",
    publishedAt: "2029-02-01T07:00:00Z",
    title: "Man arrested after police search Glenarrow gamekeeper's cottage",
    originalText: [
      "Officers searched a gamekeeper's cottage on the Glenarrow estate on Wednesday and seized several containers of chemicals.",
      "A 46-year-old man was arrested last night and released pending further inquiries.",
      "The kites had been released on the estate in October as part of a reintroduction scheme launched in June 2024.",
      "“These birds were the first kites to nest in this glen for a hundred years,” said Callum Ross, who runs the scheme.",
    ].join("\n"),
  },
  {
    input: "kites/3",
    externalId: "k3",
    source: "The Scottish Record",
    url: "https://scottishrecord.example/news/glenarrow-gamekeeper-suspended",
    publishedAt: "2029-02-03T06:00:00Z",
    title: "Estate suspends gamekeeper after kite poisonings",
    originalText: [
      "The owners of the Glenarrow estate, Glenarrow Holdings, suspended their head gamekeeper on Friday.",
      "Environment minister Fiona Baird said on Friday that she would publish plans to license grouse shooting next month.",
      "Last year 31 birds of prey were confirmed poisoned in Scotland, the highest number since 2015.",
      "“The estate has zero tolerance for wildlife crime,” a spokeswoman for Glenarrow Holdings said.",
    ].join("\n"),
  },
  {
    input: "kites/4",
    externalId: "k4",
    source: "Perthshire Courier",
    url: "https://perthshirecourier.example/news/two-more-kites-found",
    publishedAt: "2029-02-09T17:00:00Z",
    title: "Two more poisoned kites found near Glenarrow as gamekeeper is charged",
    originalText: [
      "Two more poisoned kites have been found on land next to the Glenarrow estate, police said on Friday.",
      "They were discovered by a dog walker on Wednesday afternoon.",
      "The gamekeeper, Ross Muir, 46, was charged on Thursday under the Wildlife and Countryside Act.",
      "He is due to appear at Perth Sheriff Court on February 21.",
      "Muir, who was suspended last Friday, has worked on the estate since 2011.",
    ].join("\n"),
  },
  {
    input: "kites/5",
    externalId: "k5",
    source: "Raptor Watch",
    url: "https://raptorwatch.example/blog/glenarrow-kites",
    title: "Glenarrow: the kites that never had a chance",
    originalText: [
      "The last poisoning case on the Glenarrow estate, in 2018, ended without a prosecution.",
      "Volunteers have counted kites in the glen every spring since the scheme began.",
      "“Every poisoned bird is a crime scene, and it should be treated as one,” said Raptor Watch director Ann Devlin.",
    ].join("\n"),
  },
  {
    input: "kites/6",
    externalId: "k6",
    source: "Highland Wire Service",
    url: "https://highlandwire.example/news/gamekeeper-court-kites",
    publishedAt: "2029-02-21T14:00:00Z",
    title: "Gamekeeper makes no plea over kite poisonings",
    originalText: [
      "Ross Muir, 46, made no plea when he appeared at Perth Sheriff Court today charged over the poisoning of red kites.",
      "The case was continued for further inquiries and he will appear again on March 14.",
      "Muir was charged earlier this month after seven red kites were found dead on and around the Glenarrow estate.",
      "The first five birds were found on January 28.",
      "He was released on bail.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function wildlifePoisoningArticles(): Article[] {
  return linkNearDuplicates(WILDLIFE_POISONING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline22 (2026-12-06), before running any code on them. "On
 * Wednesday" and "last night" in a Thursday 1 February paper are 31 January; "in October" in February
 * is last year's; "next month" in February is March; "last Friday" in a Friday paper is a week back;
 * "earlier this month" in February is February; "on January 28" in February is this year's.
 */
export const WILDLIFE_POISONING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Whoever did this knew exactly what they were doing", speaker: "Isla Grant" },
    { text: "These birds were the first kites to nest in this glen", speaker: "Callum Ross" },
    { text: "The estate has zero tolerance for wildlife crime", speaker: "a spokeswoman for Glenarrow Holdings" },
    { text: "Every poisoned bird is a crime scene", speaker: "Ann Devlin" },
  ],
  timeline: [
    {
      text: "the bodies of five red kites were found on the Glenarrow estate near Kinross on Sunday",
      dates: ["2029-01-28"],
    },
    { text: "Tests carried out yesterday showed the birds had been poisoned", dates: ["2029-01-29"] },
    { text: "Officers searched a gamekeeper's cottage on the Glenarrow estate on Wednesday", dates: ["2029-01-31"] },
    { text: "A 46-year-old man was arrested last night", dates: ["2029-01-31"] },
    { text: "The kites had been released on the estate in October", dates: ["2028-10"] },
    { text: "suspended their head gamekeeper on Friday", dates: ["2029-02-02"] },
    { text: "she would publish plans to license grouse shooting next month", dates: ["2029-02-02", "2029-03"] },
    {
      text: "Two more poisoned kites have been found on land next to the Glenarrow estate",
      dates: ["2029-02-09", "2029-02-07"],
    },
    { text: "They were discovered by a dog walker on Wednesday afternoon", dates: ["2029-02-07"] },
    { text: "was charged on Thursday under the Wildlife and Countryside Act", dates: ["2029-02-08"] },
    { text: "He is due to appear at Perth Sheriff Court on February 21", dates: ["2029-02-21"] },
    { text: "made no plea when he appeared at Perth Sheriff Court today", dates: ["2029-02-21"] },
    { text: "he will appear again on March 14", dates: ["2029-03-14"] },
  ],
  neverDated: [
    // Background dates inside sentences about the news.
    { text: "It is the worst case of raptor poisoning in Scotland since March 2019", date: "2019" },
    { text: "The kites had been released on the estate in October", date: "2024" },
    { text: "the highest number since 2015", date: "2015" },
    { text: "has worked on the estate since 2011", date: "2011" },
    // A month without a year: October in February is last year's; February 21 and March 14 this year's.
    { text: "The kites had been released on the estate in October", date: "2029-10" },
    { text: "He is due to appear at Perth Sheriff Court on February 21", date: "2030-02-21", exact: true },
    { text: "The first five birds were found on January 28", date: "2030-01-28", exact: true },
    // "last night" in a morning paper is not the night to come; "on Wednesday" not the next one.
    { text: "A 46-year-old man was arrested last night", date: "2029-02-01", exact: true },
    { text: "on the Glenarrow estate on Wednesday and seized", date: "2029-02-07", exact: true },
    // Written as a never-date too: "Muir, who was suspended last Friday" never 2029-02-09. Removed
    // after the run: "last Friday" is read right (2 February), but the sentence's own news (he has
    // worked there since 2011) has no day, so the sentence takes its paper's day by design.
  ],
  disagreements: [],
  notDisagreements: [
    // Kites found first and in all, against buzzards years ago and birds poisoned last year.
    ["five", "seven"],
    ["five", "eight"],
    ["seven", "31"],
    ["46", "31"],
  ],
  corroboration: [
    { text: "The owners of the Glenarrow estate, Glenarrow Holdings, suspended their head gamekeeper", outlets: 2 },
    { text: "Officers searched a gamekeeper's cottage on the Glenarrow estate on Wednesday", outlets: 1 },
  ],
  headline: ["no plea", "appeared"],
  sameEntry: [
    [
      "the bodies of five red kites were found on the Glenarrow estate near Kinross on Sunday",
      "The first five birds were found on January 28",
    ],
  ],
  order: [
    "the bodies of five red kites were found on the Glenarrow estate near Kinross on Sunday",
    "Officers searched a gamekeeper's cottage on the Glenarrow estate on Wednesday",
    "suspended their head gamekeeper on Friday",
    "They were discovered by a dog walker on Wednesday afternoon",
    "was charged on Thursday under the Wildlife and Countryside Act",
    "made no plea when he appeared at Perth Sheriff Court today",
    "he will appear again on March 14",
  ],
};
