import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline21, 2026-12-06, before running any code on
 * it): five articles from four outlets on the ferry Marran Star, which ran aground off Port Aske late
 * on Sunday 12 March 2028. A wire on the Monday morning ("late yesterday", "by 2 a.m. today") and an
 * island paper's rewrite of it, a national paper on the Tuesday, a regional broadcaster on the
 * Thursday (a resumption of sailings put off "until next Monday", "said yesterday"), a weekly on the
 * Saturday (a plan told before its saying, "Last week's grounding", months to come with no year: "in
 * April", "until May 31"). Traps: "a day after it struck", background years inside sentences ("built
 * in 1998", "since 2011", "since 2019", "in 2016"), an inspection "in January" of this year. The real
 * disagreement: 212 passengers for the coastguard against 230 for the operator. Test support only.
 */
const FERRY_GROUNDING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ferry/1",
    externalId: "f1",
    source: "Coastal Press Association",
    url: "https://coastalpress.example/news/marran-star-aground-port-aske",
    publishedAt: "2028-03-13T06:30:00Z",
    title: "Ferry runs aground off Port Aske with 212 on board",
    originalText: [
      "The ferry Marran Star ran aground on rocks off Port Aske late yesterday with 212 passengers on board, the coastguard said.",
      "All of them had been brought ashore by lifeboat by 2 a.m. today, and three were taken to hospital with minor injuries.",
      "“We heard a terrible grinding noise and then the lights went out,” said passenger Fiona MacRae.",
      "The operator, Westisle Ferries, said the vessel had passed its annual inspection in January.",
      "The Marran Star, built in 1998, has sailed the Port Aske route since 2011.",
    ].join("\n"),
  },
  {
    input: "ferry/2",
    externalId: "f2",
    source: "The Carran Islander",
    url: "https://carranislander.example/news/ferry-aground-passengers-rescued",
    publishedAt: "2028-03-13T11:00:00Z",
    title: "Island ferry aground: passengers brought ashore by lifeboat",
    originalText: [
      "The island ferry Marran Star ran aground on rocks off Port Aske late yesterday with 212 passengers on board, the coastguard said.",
      "All of them had been brought ashore by lifeboat by 2 a.m. today, and three were taken to hospital with minor injuries.",
      "“We heard a terrible grinding noise and then the lights went out,” said passenger Fiona MacRae.",
      "The operator, Westisle Ferries, said the vessel had passed its annual inspection in January.",
      "Coastal Press Association",
    ].join("\n"),
  },
  {
    input: "ferry/3",
    externalId: "f3",
    source: "The Northern Chronicle",
    url: "https://northernchronicle.example/news/marran-star-salvage-begins",
    publishedAt: "2028-03-14T06:00:00Z",
    title: "Salvage crews pump fuel from stranded ferry",
    originalText: [
      "Salvage crews began pumping diesel from the Marran Star on Monday, a day after it struck the Cairn Ledge in a rising gale.",
      "Westisle Ferries said 230 passengers and 18 crew had been aboard.",
      "Sailings on the route will resume on Thursday with a chartered vessel, the company said.",
      "Investigators are due to publish an interim report by April 30.",
      "A similar grounding on the same ledge in 2009 left 40 people injured.",
      "“Safety is our first priority, and we will not sail until we are sure,” said Callum Reid, Westisle's operations director.",
    ].join("\n"),
  },
  {
    input: "ferry/4",
    externalId: "f4",
    source: "West Coast Radio",
    url: "https://westcoastradio.example/news/ferry-sailings-put-off",
    publishedAt: "2028-03-16T12:00:00Z",
    title: "Port Aske sailings put off again",
    originalText: [
      "Westisle Ferries has put off the resumption of sailings until next Monday after the chartered vessel failed a safety check this morning.",
      "The Marran Star was towed off the Cairn Ledge on Wednesday and taken to dry dock in Garrow.",
      "Investigators said yesterday that the ferry's master had been on duty for 14 hours when it struck the ledge.",
      "“People on the island are being left stranded again,” said councillor Morag Lennie.",
    ].join("\n"),
  },
  {
    input: "ferry/5",
    externalId: "f5",
    source: "The Port Aske Advertiser",
    url: "https://portaskeadvertiser.example/news/sailings-resume-monday",
    publishedAt: "2028-03-18T08:00:00Z",
    title: "Sailings to resume on Monday with chartered ferry",
    originalText: [
      "Sailings will resume on Monday with the chartered Skerry Queen, the company confirmed on Friday.",
      "Last week's grounding was the third on the Port Aske route since 2019.",
      "Councillors will meet Westisle's directors in April to discuss compensation for islanders.",
      "Passengers have until May 31 to claim a full refund of their fares.",
      "The island's last ferry strike, in 2016, lasted 11 days.",
      "“We owe the islanders an apology, and we are giving one,” said Westisle's operations director, Callum Reid.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function ferryGroundingArticles(): Article[] {
  return linkNearDuplicates(FERRY_GROUNDING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline21 (2026-12-06), before running any code on them. "Late
 * yesterday" in a Monday paper is Sunday; "on Thursday" in a Tuesday paper is two days on; "next
 * Monday" in a Thursday paper is the Monday after (a postponement, at its own morning or at the new
 * day); "Monday" in a Saturday paper is two days on; "in April" and "May 31" in March are this year's.
 */
export const FERRY_GROUNDING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We heard a terrible grinding noise and then the lights went out", speaker: "Fiona MacRae" },
    { text: "Safety is our first priority, and we will not sail until we are sure", speaker: "Callum Reid" },
    { text: "People on the island are being left stranded again", speaker: "Morag Lennie" },
    { text: "We owe the islanders an apology, and we are giving one", speaker: "Callum Reid" },
  ],
  timeline: [
    { text: "ran aground on rocks off Port Aske late yesterday", dates: ["2028-03-12"] },
    { text: "had been brought ashore by lifeboat by 2 a.m. today", dates: ["2028-03-13"] },
    { text: "had passed its annual inspection in January", dates: ["2028-01"] },
    { text: "Salvage crews began pumping diesel from the Marran Star on Monday", dates: ["2028-03-13"] },
    { text: "Sailings on the route will resume on Thursday", dates: ["2028-03-16"] },
    { text: "Investigators are due to publish an interim report by April 30", dates: ["2028-04-30"] },
    { text: "has put off the resumption of sailings until next Monday", dates: ["2028-03-16", "2028-03-20"] },
    { text: "The Marran Star was towed off the Cairn Ledge on Wednesday", dates: ["2028-03-15"] },
    { text: "Investigators said yesterday that the ferry's master", dates: ["2028-03-15"] },
    { text: "Sailings will resume on Monday with the chartered Skerry Queen", dates: ["2028-03-20"] },
    { text: "Councillors will meet Westisle's directors in April", dates: ["2028-04"] },
    { text: "Passengers have until May 31 to claim a full refund", dates: ["2028-05-31"] },
  ],
  neverDated: [
    { text: "The Marran Star, built in 1998", date: "1998" },
    { text: "The Marran Star, built in 1998", date: "2011" },
    { text: "the third on the Port Aske route since 2019", date: "2019" },
    { text: "A similar grounding on the same ledge in 2009", date: "2028" },
    // An earlier event of the kind recalled for comparison is the story's background, on no timeline
    // entry (the lead's policy, session 21; this story expected it at 2009 before).
    { text: "A similar grounding on the same ledge in 2009", date: "2009" },
    { text: "The island's last ferry strike, in 2016", date: "2028" },
    // A month without a year: January before March is this year's, April and May after it too.
    { text: "had passed its annual inspection in January", date: "2029-01" },
    { text: "Councillors will meet Westisle's directors in April", date: "2027-04" },
    { text: "Passengers have until May 31 to claim a full refund", date: "2027-05-31", exact: true },
    // "a day after it struck" names the Sunday, not the day the pumping began.
    { text: "Salvage crews began pumping diesel from the Marran Star on Monday", date: "2028-03-12", exact: true },
    // "next Monday" in a Thursday paper is not the Monday gone.
    { text: "has put off the resumption of sailings until next Monday", date: "2028-03-13", exact: true },
  ],
  disagreements: [{ values: ["212", "230"], outlets: ["Coastal Press Association", "The Northern Chronicle"] }],
  notDisagreements: [
    // Passengers against crew, against those hurt, against a past grounding's injured.
    ["230", "18"],
    ["212", "18"],
    ["212", "three"],
    ["212", "40"],
    ["230", "40"],
    // Hours on duty, days of a strike.
    ["14", "11"],
  ],
  corroboration: [
    { text: "ran aground on rocks off Port Aske late yesterday with 212 passengers on board", outlets: 1 },
    { text: "Westisle Ferries said 230 passengers and 18 crew had been aboard", outlets: 1 },
  ],
  order: [
    "ran aground on rocks off Port Aske late yesterday",
    "Salvage crews began pumping diesel from the Marran Star on Monday",
    "The Marran Star was towed off the Cairn Ledge on Wednesday",
    "Sailings will resume on Monday with the chartered Skerry Queen",
    "Councillors will meet Westisle's directors in April",
    "Passengers have until May 31 to claim a full refund",
  ],
};
