import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts38 (2026-12-07, before running any code on it): six
 * articles from five outlets on the sinking of the Lady Ellen, a 1930s pleasure steamer, on
 * Ullsmere on Saturday 8 August 2026, over four days. A British wire, a Cumbrian paper (two days), an
 * American wire, a national paper and a heritage-boating site. The real disagreements: the people
 * aboard (carrying 48 people against sank with 55 on board); what the 2019 restoration cost (a £1.2
 * million restoration against £850,000 spent restoring her); the girl pulled from the water (a
 * 7-year-old girl against the rescued girl, nine); how far out the steamer sank (about a third of a
 * mile from the pier against some 1.5 kilometres offshore). Traps: the passengers as part of all
 * aboard; a launch that came to help and its riders; the licence's capacity; a missing count that
 * fell as people were found, and a hospital count the police revised; the wreck's depth in metres and
 * feet; an engine replaced in 2023 and an overhaul planned for next winter (other works); the girl's
 * brother; a precedent sinking. First run, before any fix: disagreements 1/4 right (the people aboard, 48 against 55), 0 wrong (no trap taken); quotes 3/3; timeline 2/2. Test support only.
 */
const LAKE_STEAMER_SINKING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "lake-steamer/1",
    externalId: "l1",
    source: "Press Agency",
    url: "https://pressagency.example/news/ullsmere-steamer-sinks",
    publishedAt: "2026-08-08T18:20:00Z",
    title: "Historic steamer sinks on Ullsmere",
    originalText: [
      "The Lady Ellen, a pleasure steamer built in 1934, was carrying 48 people when it struck a submerged rock and sank on Ullsmere on Saturday afternoon.",
      "Three people were missing on Saturday evening, Cumbria Police said.",
      "A 7-year-old girl was pulled from the water by a kayaker.",
      "The steamer went down about a third of a mile from the pier at Glenholme.",
      "“Everybody was in the water within two or three minutes,” said Inspector Gareth Lyle of Cumbria Police.",
    ].join("\n"),
  },
  {
    input: "lake-steamer/2",
    externalId: "l2",
    source: "Cumbrian Herald",
    url: "https://cumbrianherald.example/news/lady-ellen-sinking",
    publishedAt: "2026-08-08T21:45:00Z",
    title: "Lady Ellen sinks with 55 on board",
    originalText: [
      "By Tom Ashworth",
      "The Lady Ellen sank on Ullsmere on Saturday with 55 people on board, of whom 51 were passengers.",
      "A launch from the sailing club, the Heron, which had 6 aboard, picked up 20 people from the water.",
      "The steamer is licensed to carry 120.",
      "The Lady Ellen underwent a £1.2 million restoration in 2019, and in 2023 her engine was replaced at a cost of £400,000.",
      "Eleven people were taken to hospital in Kendal, police said.",
    ].join("\n"),
  },
  {
    input: "lake-steamer/3",
    externalId: "l3",
    source: "Atlantic Wire",
    url: "https://atlanticwire.example/world/england-lake-steamer-sinking",
    publishedAt: "2026-08-09T02:00:00Z",
    title: "Vintage steamer sinks on English lake; Americans among rescued",
    originalText: [
      "LONDON (Atlantic Wire) — A 92-year-old steamer sank on a lake in England's Lake District on Saturday, and some passengers from Ohio were among those pulled from the water.",
      "The boat sank some 1.5 kilometers offshore, police said.",
      "The wreck lies in 40 meters of water.",
      "“The kids were so brave,” said Karen Delaney, of Columbus, Ohio, who was aboard with her two children.",
    ].join("\n"),
  },
  {
    input: "lake-steamer/4",
    externalId: "l4",
    source: "The Chronicle",
    url: "https://thechronicle.example/news/lady-ellen-inquiry",
    publishedAt: "2026-08-09T20:00:00Z",
    title: "Inquiry into Lady Ellen sinking as one person still missing",
    originalText: [
      "One person remained missing on Sunday after two were found alive on the far shore, police said.",
      "Police now put the number taken to hospital at 14.",
      "The rescued girl, nine, was recovering in hospital with her brother, 12.",
      "The Marine Accident Investigation Branch has sent inspectors, and the wreck, at a depth of 130 feet, will be surveyed by divers.",
      "In 1998 another steamer, the Swallow, sank on the lake with 30 aboard.",
    ].join("\n"),
  },
  {
    input: "lake-steamer/5",
    externalId: "l5",
    source: "Heritage Afloat",
    url: "https://heritageafloat.example/news/lady-ellen-history",
    publishedAt: "2026-08-10T09:00:00Z",
    title: "The Lady Ellen: a steamer brought back from the brink",
    originalText: [
      "The Ullsmere Steamers Trust spent £850,000 restoring the Lady Ellen in 2019, after she had been laid up for a decade.",
      "A further £300,000 overhaul of her boiler was planned for next winter.",
      "“She was the heart of the lake,” said Ruth Penrose, the trust's chair.",
    ].join("\n"),
  },
  {
    input: "lake-steamer/6",
    externalId: "l6",
    source: "Cumbrian Herald",
    url: "https://cumbrianherald.example/news/lady-ellen-search-ends",
    publishedAt: "2026-08-11T16:00:00Z",
    title: "Body found in search for missing Lady Ellen passenger",
    originalText: [
      "Divers found the body of a man, aged 70, near the wreck of the Lady Ellen on Tuesday, Cumbria Police said.",
      "The steamer's skipper, Alan Pryce, 64, has been interviewed by investigators.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function lakeSteamerSinkingArticles(): Article[] {
  return linkNearDuplicates(LAKE_STEAMER_SINKING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts38 (2026-12-07), before running any code on them. Four real
 * disagreements: the people aboard (48 against 55), the 2019 restoration's cost (£1.2 million against
 * £850,000), the rescued girl's age (7 against nine), where the steamer sank (a third of a mile, about
 * 540 metres, against 1.5 kilometres).
 */
export const LAKE_STEAMER_SINKING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Everybody was in the water within two or three minutes", speaker: "Gareth Lyle" },
    { text: "The kids were so brave", speaker: "Karen Delaney" },
    { text: "She was the heart of the lake", speaker: "Ruth Penrose" },
  ],
  timeline: [
    { text: "was carrying 48 people when it struck a submerged rock", dates: ["2026-08-08"] },
    { text: "Divers found the body of a man, aged 70", dates: ["2026-08-11"] },
  ],
  neverDated: [
    { text: "In 1998 another steamer, the Swallow", date: "2026" },
    { text: "spent £850,000 restoring the Lady Ellen in 2019", date: "2026" },
  ],
  disagreements: [
    { values: ["48", "55"], outlets: ["Press Agency", "Cumbrian Herald"] },
    { values: ["1.2", "850,000"], outlets: ["Cumbrian Herald", "Heritage Afloat"] },
    { values: ["7", "nine"], outlets: ["Press Agency", "The Chronicle"] },
    { values: ["a third of a mile", "1.5"], outlets: ["Press Agency", "Atlantic Wire"] },
  ],
  notDisagreements: [
    // The passengers as part of all aboard; the launch's crew and those it picked up; the licence.
    ["48", "51"],
    ["55", "51"],
    ["48", "6"],
    ["55", "6"],
    ["48", "20"],
    ["55", "120"],
    // Missing counts that fell; a hospital count the police revised.
    ["Three", "One"],
    ["Eleven", "14"],
    // One depth in metres and feet.
    ["40", "130"],
    // Other works: the engine in 2023, the overhaul planned.
    ["1.2", "400,000"],
    ["850,000", "400,000"],
    ["1.2", "300,000"],
    ["850,000", "300,000"],
    // The girl's brother; a precedent's aboard; the man found and the skipper.
    ["nine", "12"],
    ["7", "12"],
    ["48", "30"],
    ["55", "30"],
    ["70", "64"],
  ],
  corroboration: [{ text: "The steamer is licensed to carry 120", outlets: 1 }],
};
