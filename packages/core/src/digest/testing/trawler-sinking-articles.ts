import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of stale statements by stale19 (2026-12-06, texts and
 * expectations written before running any code on them): five articles from four outlets on the
 * sinking of the trawler Morven Star west of Skara Head on the evening of Monday 14 March 2033. Nine
 * crew are unaccounted for and a search is under way; the coastguard expects to reach a life raft at
 * first light; a navigation warning is issued. By Tuesday a lifeboat has reached the raft (seven
 * saved, two still missing), the two are found alive, all nine are accounted for and the search is
 * stood down; on Wednesday the warning is cancelled ("vessels may again pass"). What stays: the
 * trawler's size and age, the accident investigation opened (no result yet, and none expected for a
 * year), three crew still in hospital, an inspection of the wreck to come. Test support only.
 * First run, before any fix: quotes 4/4, timeline 5/5, no disagreement or trap, headline wrong (the
 * wreck's inspection next week), summary 0/1 wanted ("found alive": its sentence opens "The two
 * missing men" and is left out as needing an antecedent), superseded pairs kept apart 6/6, current
 * statements kept 6/6; but the 120-word summary held "Two crew members are still missing" with no
 * later news of them (the pairs count only a stale line beside its successor).
 */
const TRAWLER_SINKING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "trawler/1",
    externalId: "tr1",
    source: "Northern Isles Radio",
    url: "https://northernislesradio.example/news/morven-star-sinks",
    publishedAt: "2033-03-14T22:00:00Z",
    title: "Trawler sinks west of Skara Head with nine crew",
    originalText: [
      "The fishing trawler Morven Star sank about 30 miles west of Skara Head on Monday evening, the coastguard said.",
      "Nine crew are unaccounted for.",
      "A search involving two lifeboats and a coastguard helicopter is under way.",
      "The coastguard said it expected to reach a life raft spotted by a patrol aircraft at first light on Tuesday.",
      "A navigation warning has been issued for the area because of floating nets and debris.",
      "The 24-metre trawler, built in 2009, sailed from Lerwick on Saturday.",
      "“Conditions out there are about as bad as they get,” said coastguard duty manager Fiona Reid.",
    ].join("\n"),
  },
  {
    input: "trawler/2",
    externalId: "tr2",
    source: "The Herald Post",
    url: "https://heraldpost.example/news/lifeboat-reaches-morven-star-raft",
    publishedAt: "2033-03-15T09:00:00Z",
    title: "Seven fishermen pulled from life raft as two remain missing",
    originalText: [
      "A lifeboat crew reached the life raft at dawn on Tuesday and took seven fishermen on board, all suffering from the cold.",
      "Two crew members are still missing.",
      "The seven were flown to the Gilbert Bain Hospital in Lerwick.",
      "“They had been in that raft for eleven hours,” said lifeboat coxswain Magnus Tait.",
    ].join("\n"),
  },
  {
    input: "trawler/3",
    externalId: "tr3",
    source: "Fishing Weekly Online",
    url: "https://fishingweekly.example/news/morven-star-crew-all-found",
    publishedAt: "2033-03-15T18:00:00Z",
    title: "Last two Morven Star crew found alive clinging to buoy",
    originalText: [
      "The two missing men were found alive on Tuesday afternoon, clinging to a fishing buoy, the coastguard said.",
      "All nine crew are now accounted for.",
      "The search was stood down at about 4pm.",
      "The vessel's owners, Halcrow Fishing, said the trawler had passed a safety inspection in January.",
      "The Marine Accident Investigation Branch has opened an investigation into the sinking.",
    ].join("\n"),
  },
  {
    input: "trawler/4",
    externalId: "tr4",
    source: "The Herald Post",
    url: "https://heraldpost.example/news/morven-star-crew-discharged",
    publishedAt: "2033-03-16T19:00:00Z",
    title: "Six Morven Star crew leave hospital",
    originalText: [
      "Six of the nine crew were discharged from hospital on Wednesday, and three remain in a stable condition.",
      "The coastguard cancelled its navigation warning on Wednesday after the debris drifted out of the shipping lane, and vessels may again pass through the area.",
      "“We owe our lives to the lifeboat crews,” said skipper Andrew Halcrow.",
    ].join("\n"),
  },
  {
    input: "trawler/5",
    externalId: "tr5",
    source: "Islands Broadcasting",
    url: "https://islandsbroadcasting.example/news/maib-morven-star-wreck",
    publishedAt: "2033-03-17T12:00:00Z",
    title: "Investigators to inspect Morven Star wreck with underwater drone",
    originalText: [
      "Investigators from the Marine Accident Investigation Branch will inspect the wreck with an underwater drone next week.",
      "The branch said its investigation was expected to take about a year.",
      "The Morven Star was the third trawler from the islands lost in five years.",
      "“Every family in the islands knows someone who fishes,” said local councillor Morag Sinclair.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function trawlerSinkingArticles(): Article[] {
  return linkNearDuplicates(TRAWLER_SINKING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by stale19 (2026-12-06), before running any code on them. No real
 * disagreement: nine unaccounted for, then two missing, then none; seven saved, then six discharged
 * and three in hospital are other counts.
 */
export const TRAWLER_SINKING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Conditions out there are about as bad as they get", speaker: "Fiona Reid" },
    { text: "They had been in that raft for eleven hours", speaker: "Magnus Tait" },
    { text: "We owe our lives to the lifeboat crews", speaker: "Andrew Halcrow" },
    { text: "Every family in the islands knows someone who fishes", speaker: "Morag Sinclair" },
  ],
  timeline: [
    { text: "The fishing trawler Morven Star sank", dates: ["2033-03-14"] },
    { text: "reached the life raft at dawn on Tuesday", dates: ["2033-03-15"] },
    { text: "The two missing men were found alive", dates: ["2033-03-15"] },
    { text: "were discharged from hospital on Wednesday", dates: ["2033-03-16"] },
    { text: "cancelled its navigation warning", dates: ["2033-03-16"] },
  ],
  neverDated: [{ text: "The 24-metre trawler, built in 2009", date: "2009" }],
  disagreements: [],
  notDisagreements: [
    ["Nine", "Two"],
    ["seven", "Six"],
    ["Six", "three"],
    ["seven", "three"],
  ],
  corroboration: [{ text: "The 24-metre trawler, built in 2009", outlets: 1 }],
  headline: ["found alive", "accounted for", "discharged", "cancelled its navigation warning"],
  summary: {
    holds: ["found alive"],
    never: ["Nine crew are unaccounted for", "is under way", "expected to reach a life raft"],
  },
  supersession: {
    apart: [
      // A raft to be reached, then reached.
      ["expected to reach a life raft", "reached the life raft at dawn on Tuesday"],
      // The unaccounted for and the missing, then found.
      ["Nine crew are unaccounted for", "Two crew members are still missing"],
      ["Nine crew are unaccounted for", "All nine crew are now accounted for"],
      ["Two crew members are still missing", "The two missing men were found alive"],
      // A search under way, then stood down.
      ["A search involving two lifeboats and a coastguard helicopter is under way", "The search was stood down"],
      // A warning issued, then cancelled.
      ["A navigation warning has been issued", "cancelled its navigation warning"],
    ],
    current: [
      "The 24-metre trawler, built in 2009",
      "has opened an investigation into the sinking",
      "three remain in a stable condition",
      "will inspect the wreck with an underwater drone next week",
      "took seven fishermen on board",
      "The two missing men were found alive",
    ],
  },
};
