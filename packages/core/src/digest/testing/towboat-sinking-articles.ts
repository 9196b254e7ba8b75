import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts34 (2026-12-06, texts and expectations written before
 * running any code on them): five articles from four US outlets on the towboat Delta Ranger, which
 * capsized on the river south of Port Halcyon early on Tuesday Oct. 10, 2034 while pushing 15 grain
 * barges. Real disagreements: the people aboard, counted by role by one outlet ("the towboat's seven
 * crew members") and as a total by another ("Eight people were aboard", everyone aboard being crew);
 * the depth of the wreck ("went down in 40 feet of water", "at a depth of 55 feet"); how far from Port
 * Halcyon it sank ("about 12 miles south of", "lies roughly 18 miles from"). Traps: the missing, then
 * fewer missing as a body is found (a count that changed over days); vessels waiting to pass (a count
 * that grew); the fuel aboard, "about 20,000 gallons" against "20,400 gallons"; the sheen the Coast
 * Guard first put at two miles and itself revised to five; four barges that broke loose and the 11
 * others (parts of the 15); the five rescued against the crew (a part); a forecast reopening date.
 * Test support only.
 * First run, before any fix: disagreements 0 right, 0 wrong, no trap taken; quotes, timeline and
 * corroboration all right.
 * After facts34's rules: 2/3 right (the wreck's depth, where it lies), 0 wrong, no trap taken; the crew
 * by role against everyone aboard still missed.
 */
const TOWBOAT_SINKING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "towboat/1",
    externalId: "tb1",
    source: "Gulf River Wire",
    url: "https://gulfriverwire.example/news/towboat-capsizes-port-halcyon",
    publishedAt: "2034-10-10T13:00:00Z",
    title: "Towboat capsizes south of Port Halcyon; three missing",
    originalText: [
      "PORT HALCYON, La. (GRW) — A towboat pushing 15 grain barges capsized early Tuesday about 12 miles south of Port Halcyon, the U.S. Coast Guard said.",
      "Eight people were aboard the Delta Ranger when it rolled over shortly before 4 a.m., the Coast Guard said.",
      "Five were pulled from the water by a passing vessel, and three are missing.",
      "Four of the barges broke loose and drifted downriver.",
      "“The current there is very strong this time of year,” said Coast Guard Petty Officer Dana Whitfield.",
      "The towboat was carrying about 20,000 gallons of diesel fuel, the Coast Guard said.",
    ].join("\n"),
  },
  {
    input: "towboat/2",
    externalId: "tb2",
    source: "The Riverton Ledger",
    url: "https://rivertonledger.example/news/delta-ranger-crew-search",
    publishedAt: "2034-10-10T23:30:00Z",
    title: "Search for Delta Ranger crew continues into the night",
    originalText: [
      "Divers and helicopters searched into Tuesday night for three men missing from the towboat's seven crew members after the Delta Ranger overturned south of Port Halcyon.",
      "The vessel went down in 40 feet of water near the east bank, according to the Coast Guard.",
      "The five survivors were taken to Halcyon General Hospital, where two were in serious condition.",
      "The Coast Guard said a diesel sheen stretched about two miles downstream.",
      "More than 40 vessels were waiting to pass as the river was closed to traffic.",
      "Marquette Towing, which owns the towboat, said in a statement that it was “devastated” and was cooperating with investigators.",
    ].join("\n"),
  },
  {
    input: "towboat/3",
    externalId: "tb3",
    source: "KTVR 4 News",
    url: "https://ktvr4.example/news/delta-ranger-body-recovered",
    publishedAt: "2034-10-11T21:00:00Z",
    title: "Body of towboat deckhand recovered; two still missing",
    originalText: [
      "Divers recovered the body of a deckhand from the Delta Ranger on Wednesday afternoon, the Coast Guard said.",
      "Two crew members remain missing.",
      "The Coast Guard revised its estimate of the diesel sheen to five miles on Wednesday.",
      "The 11 other barges were secured by a second towboat, and the four that broke loose were recovered near Belle Pointe.",
      "The Coast Guard said it expected to reopen the river to traffic by Friday.",
      "“We are not giving up on these men,” said Capt. Lorena Vance, the Coast Guard's sector commander.",
    ].join("\n"),
  },
  {
    input: "towboat/4",
    externalId: "tb4",
    source: "Maritime Logistics Daily",
    url: "https://maritimelogisticsdaily.example/news/delta-ranger-salvage-queue",
    publishedAt: "2034-10-12T15:00:00Z",
    title: "Delta Ranger salvage begins as river queue grows",
    originalText: [
      "Salvage crews began work on Thursday to raise the Delta Ranger, which lies at a depth of 55 feet in the main channel.",
      "The wreck lies roughly 18 miles from Port Halcyon, below the Belle Pointe bend.",
      "By Thursday morning, 75 vessels were queued on either side of the closure.",
      "The towboat had 20,400 gallons of diesel aboard, according to Marquette Towing.",
      "“Every day this river is shut costs shippers millions,” said Carl Denning of the Inland Waterways Council.",
    ].join("\n"),
  },
  {
    input: "towboat/5",
    externalId: "tb5",
    source: "The Riverton Ledger",
    url: "https://rivertonledger.example/news/delta-ranger-river-reopens",
    publishedAt: "2034-10-13T22:00:00Z",
    title: "River reopens; last missing towboat crewman found",
    originalText: [
      "The Coast Guard reopened the river to traffic on Friday afternoon after the wreck was moved out of the channel.",
      "Divers found the bodies of the two remaining crew members on Friday morning.",
      "The National Transportation Safety Board has opened an investigation into the capsizing.",
      "“Three families have lost someone they loved,” said Mayor Evelyn Broussard.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function towboatSinkingArticles(): Article[] {
  return linkNearDuplicates(TOWBOAT_SINKING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by facts34 (2026-12-06), before running any code on them. */
export const TOWBOAT_SINKING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The current there is very strong this time of year", speaker: "Dana Whitfield" },
    { text: "devastated", speaker: "Marquette Towing", partial: true },
    { text: "We are not giving up on these men", speaker: "Lorena Vance" },
    { text: "Every day this river is shut costs shippers millions", speaker: "Carl Denning" },
    { text: "Three families have lost someone they loved", speaker: "Evelyn Broussard" },
  ],
  timeline: [
    { text: "A towboat pushing 15 grain barges capsized early Tuesday", dates: ["2034-10-10"] },
    { text: "Divers recovered the body of a deckhand", dates: ["2034-10-11"] },
    { text: "Salvage crews began work on Thursday", dates: ["2034-10-12"] },
    { text: "reopened the river to traffic on Friday afternoon", dates: ["2034-10-13"] },
    { text: "Divers found the bodies of the two remaining crew members", dates: ["2034-10-13"] },
  ],
  neverDated: [],
  disagreements: [
    // Everyone aboard was crew: one outlet counts them by their role, the other as a total.
    { values: ["Eight", "seven"], outlets: ["Gulf River Wire", "The Riverton Ledger"] },
    // The wreck's depth, in other words.
    { values: ["40", "55"], outlets: ["The Riverton Ledger", "Maritime Logistics Daily"] },
    // How far from Port Halcyon it went down.
    { values: ["12", "18"], outlets: ["Gulf River Wire", "Maritime Logistics Daily"] },
  ],
  notDisagreements: [
    // The missing, then fewer as a body is found.
    ["three", "Two"],
    // Vessels waiting, a count that grew.
    ["40", "75"],
    // Fuel aboard, a round figure against an exact one.
    ["20,000", "20,400"],
    // The sheen, revised by the Coast Guard itself.
    ["two", "five"],
    // Barges: the four that broke loose, the 11 others and the tow of 15.
    ["Four", "11"],
    ["11", "15"],
    ["Four", "15"],
    // The rescued against those aboard.
    ["Five", "Eight"],
    ["five", "seven"],
  ],
  corroboration: [{ text: "The National Transportation Safety Board has opened an investigation", outlets: 1 }],
};
