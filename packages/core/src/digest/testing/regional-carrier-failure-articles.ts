/**
 * Held-out batch S (lead session 31, 2026-12-07), written by heldout21 before any run; unfitted.
 * A Halifax regional airline stops flying and strands thousands abroad until rescue flights, Thursday 9 to Wednesday 15 August 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "rc/1",
    externalId: "rc1",
    source: "Dominion Press",
    url: "https://dominionpress.example/business/maritime-skyways-stops-flying",
    publishedAt: "2046-08-10T15:00:00Z",
    title: "Maritime Skyways collapses, stranding thousands abroad",
    originalText: [
      "HALIFAX (DP) — Maritime Skyways, a Halifax-based regional airline, stopped flying on Friday and filed for creditor protection, leaving about 4,500 passengers stranded abroad, the company said.",
      "The airline, founded in 2028, flew 14 aircraft to 22 destinations and had 1,150 employees.",
      "It owes about $86 million to creditors and stopped selling tickets on Thursday evening.",
      "“This is the hardest day in our company's history,” chief executive Paul Tremblay said in a statement.",
      "About 1,200 of the stranded passengers are in Cuba, with others in the Dominican Republic, Portugal and Florida.",
      "In 2040, the carrier received a $40 million federal loan to survive the fuel crisis.",
    ].join("\n"),
  },
  {
    input: "rc/2",
    externalId: "rc2",
    source: "Cape Breton Chronicle",
    url: "https://capebretonchronicle.example/news/maritime-skyways-grounded",
    publishedAt: "2046-08-10T18:00:00Z",
    title: "Maritime Skyways grounds its fleet",
    originalText: [
      "Maritime Skyways, the regional airline based in Halifax, stopped flying on Friday and sought creditor protection, leaving about 4,500 passengers stuck abroad, the company said.",
      "Founded in 2028, the airline flew 14 aircraft to 22 destinations and employed 1,150 people.",
      "The company owes creditors about $86 million.",
      "“This is the hardest day in our company's history,” said chief executive Paul Tremblay.",
      "About 1,200 of those stranded are in Cuba.",
      "Dominion Press",
    ].join("\n"),
  },
  {
    input: "rc/3",
    externalId: "rc3",
    source: "Harbour City News 24",
    url: "https://harbourcitynews24.example/local/first-rescue-flight-varadero",
    publishedAt: "2046-08-11T22:00:00Z",
    title: "First rescue flight lands from Cuba as Skyways passengers wait",
    originalText: [
      "The first rescue flight landed in Halifax from Varadero this afternoon, carrying 186 Maritime Skyways passengers home.",
      "Transport Minister Claire Boudreau said Ottawa had chartered 12 flights and expected about 30 would be needed.",
      "“We have two days of insulin left for our son,” said Marc Leblanc of Dartmouth, speaking by phone from Varadero.",
      "Boudreau said: “No Canadian will be left behind.”",
      "The 980 workers who lost their jobs were told by email at 6 a.m. on Friday.",
      "Skyways carried about 31 per cent of travellers through the Cape Breton airport.",
    ].join("\n"),
  },
  {
    input: "rc/4",
    externalId: "rc4",
    source: "Canadian Aviation Business",
    url: "https://canadianaviationbusiness.example/airlines/how-maritime-skyways-ran-out-of-runway",
    title: "How Maritime Skyways ran out of runway",
    originalText: [
      "Maritime Skyways ceased operations on August 10 with debts of 112 million dollars at the time of its filing.",
      "It carried 38% of the passengers using Cape Breton Airport, which now faces losing a third of its flights.",
      "Its pilots had gone unpaid for six weeks before the collapse.",
      "According to aviation analyst Ruth Okonkwo, “the writing has been on the wall since the 2040 bailout.”",
      "Replacement seats home from the Caribbean are selling for $300 to $900.",
      "In 2037, the collapse of Northern Lights Air stranded 9,000 people.",
    ].join("\n"),
  },
  {
    input: "rc/5",
    externalId: "rc5",
    source: "The Maritime Tattler",
    url: "https://maritimetattler.example/news/stuck-in-paradise-skyways",
    publishedAt: "2046-08-13T10:00:00Z",
    title: "STUCK IN PARADISE: Skyways families sleep on airport floors",
    originalText: [
      "Some 3,100 Canadians were still stranded yesterday after Maritime Skyways went bust on Friday.",
      "A Halifax couple spent Saturday night on the floor of Lisbon airport before paying €450 (about $670) for a hotel.",
      "'We've been abandoned like luggage,' said nurse Jenny MacIsaac, 44.",
      "The first rescue jet from Cuba touched down in Halifax on Saturday.",
      "Pilots who had not been paid for eight weeks flew the airline's last flights on Thursday.",
      "One Dartmouth family paid a $650 fare to get home from Punta Cana.",
    ].join("\n"),
  },
  {
    input: "rc/6",
    externalId: "rc6",
    source: "Dominion Press",
    url: "https://dominionpress.example/business/skyways-rescue-flights-last-passengers",
    publishedAt: "2046-08-15T20:00:00Z",
    title: "Most stranded Skyways passengers home after 24 rescue flights",
    originalText: [
      "HALIFAX (DP) — Twenty-four rescue flights have brought home all but about 400 of the passengers stranded by the collapse of Maritime Skyways, Transport Minister Claire Boudreau said on Wednesday.",
      "The last of them will be home by Friday, she said.",
      "Boudreau said the operation had gone “better than we dared hope.”",
      "A Nova Scotia court granted the airline creditor protection on Monday and will hear from creditors on Sept. 4.",
      "The pilots' union is seeking $9.4 million in back pay; the court-appointed monitor has set aside $2 million for wages.",
    ].join("\n"),
  },
];

export function regionalCarrierFailureArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run. Nova Scotia is UTC-3 in August: 15:00 and
 * 18:00 UTC on the 10th are Friday noon and 3 p.m.; 22:00 UTC on the 11th is Saturday 7 p.m.; 10:00
 * UTC on the 13th is Monday 7 a.m.; 20:00 UTC on the 15th is Wednesday 5 p.m. "On Friday" is 10
 * August; "on Thursday evening"/"on Thursday" the 9th; "this afternoon" in Saturday's story, "on
 * Saturday" and "yesterday" (Sunday) in Monday's tabloid the 11th and the 12th; "on Wednesday" the
 * 15th; "by Friday" in Wednesday's wire the 17th; "on Monday" there the 13th; "on Sept. 4" this
 * year's; "on August 10" in the undated trade story this year's if anything. The Cape Breton
 * Chronicle's story is a syndicated rewrite of the first wire (credit line).
 */
export const REGIONAL_CARRIER_FAILURE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This is the hardest day in our company's history", speaker: "Paul Tremblay" },
    { text: "We have two days of insulin left for our son", speaker: "Marc Leblanc" },
    // Surname alone after the full name in the sentence before; "X said: “…”".
    { text: "No Canadian will be left behind", speaker: "Claire Boudreau" },
    // Opens in lower case after "According to …,": partial.
    { text: "the writing has been on the wall since the 2040 bailout", speaker: "Ruth Okonkwo", partial: true },
    // Single quotes in the tabloid.
    { text: "We've been abandoned like luggage", speaker: "Jenny MacIsaac" },
    { text: "better than we dared hope", speaker: "Claire Boudreau", partial: true },
  ],
  timeline: [
    { text: "stopped flying on Friday and filed for creditor protection", dates: ["2046-08-10"] },
    { text: "stopped flying on Friday and sought creditor protection", dates: ["2046-08-10"] },
    { text: "stopped selling tickets on Thursday evening", dates: ["2046-08-09"] },
    { text: "The first rescue flight landed in Halifax from Varadero this afternoon", dates: ["2046-08-11"] },
    { text: "were told by email at 6 a.m. on Friday", dates: ["2046-08-10"] },
    { text: "Maritime Skyways ceased operations on August 10", dates: ["2046-08-10"] },
    { text: "Some 3,100 Canadians were still stranded yesterday", dates: ["2046-08-12"] },
    { text: "spent Saturday night on the floor of Lisbon airport", dates: ["2046-08-11"] },
    { text: "The first rescue jet from Cuba touched down in Halifax on Saturday", dates: ["2046-08-11"] },
    { text: "flew the airline's last flights on Thursday", dates: ["2046-08-09"] },
    { text: "Transport Minister Claire Boudreau said on Wednesday", dates: ["2046-08-15"] },
    { text: "The last of them will be home by Friday", dates: ["2046-08-17"] },
    {
      text: "A Nova Scotia court granted the airline creditor protection on Monday",
      dates: ["2046-08-13", "2046-09-04"],
    },
  ],
  neverDated: [
    { text: "The airline, founded in 2028", date: "2028" },
    { text: "Founded in 2028, the airline flew 14 aircraft", date: "2028" },
    { text: "In 2040, the carrier received a $40 million federal loan", date: "2040" },
    { text: "the writing has been on the wall since the 2040 bailout", date: "2040" },
    { text: "In 2037, the collapse of Northern Lights Air", date: "2037" },
    // Friday in Wednesday's wire is the one to come, not the collapse.
    { text: "The last of them will be home by Friday", date: "2046-08-10", exact: true },
    // "Yesterday" in Monday's tabloid is Sunday.
    { text: "Some 3,100 Canadians were still stranded yesterday", date: "2046-08-13", exact: true },
    { text: "will hear from creditors on Sept. 4", date: "2045-09-04", exact: true },
  ],
  disagreements: [
    // The airline's staff: "had 1,150 employees" against "The 980 workers who lost their jobs".
    { values: ["1,150", "980"], outlets: ["Dominion Press", "Harbour City News 24"] },
    // Its debts at the filing: "owes about $86 million" against "debts of 112 million dollars".
    { values: ["86", "112"], outlets: ["Dominion Press", "Canadian Aviation Business"] },
    // Its share of Cape Breton's passengers: "about 31 per cent" against "38%".
    { values: ["31", "38"], outlets: ["Harbour City News 24", "Canadian Aviation Business"] },
    // How long the pilots went unpaid: "for six weeks" against "for eight weeks".
    { values: ["six", "eight"], outlets: ["Canadian Aviation Business", "The Maritime Tattler"] },
  ],
  notDisagreements: [
    // Passengers stranded as the rescue went on.
    ["4,500", "3,100"],
    ["3,100", "400"],
    ["4,500", "400"],
    // Flights chartered at first, the forecast, and those flown.
    ["12", "Twenty-four"],
    ["30", "Twenty-four"],
    ["12", "30"],
    // Part against whole: those in Cuba; those on the first flight.
    ["1,200", "4,500"],
    ["186", "1,200"],
    // The 2037 precedent.
    ["9,000", "4,500"],
    // A sum and its conversion.
    ["450", "670"],
    // A union's demand against what the monitor set aside.
    ["9.4", "2"],
    // Debts against the 2040 loan.
    ["86", "40"],
    ["112", "40"],
    // Aircraft against destinations.
    ["14", "22"],
    // A range of fares against one fare inside it.
    ["650", "300"],
    ["650", "900"],
    // Days of insulin against weeks unpaid.
    ["two", "six"],
  ],
  corroboration: [
    // The wire, its rewrite (once), the trade story ("ceased operations on August 10") and the tabloid ("went bust on Friday").
    { text: "stopped flying on Friday and filed for creditor protection", outlets: 3 },
    // The TV story and the tabloid.
    { text: "The first rescue flight landed in Halifax from Varadero this afternoon", outlets: 2 },
    // The trade story and the tabloid, with other durations.
    { text: "Its pilots had gone unpaid for six weeks before the collapse", outlets: 2 },
  ],
  headline: ["home", "rescue flights"],
  summary: {
    holds: ["400"],
    never: ["Ottawa had chartered 12 flights", "Some 3,100 Canadians were still stranded"],
  },
  sameEntry: [
    [
      "The first rescue flight landed in Halifax from Varadero this afternoon",
      "The first rescue jet from Cuba touched down in Halifax on Saturday",
    ],
  ],
  order: [
    "stopped selling tickets on Thursday evening",
    "stopped flying on Friday and filed for creditor protection",
    "The first rescue flight landed in Halifax from Varadero this afternoon",
    "Some 3,100 Canadians were still stranded yesterday",
    "A Nova Scotia court granted the airline creditor protection on Monday",
    "Transport Minister Claire Boudreau said on Wednesday",
    "The last of them will be home by Friday",
  ],
  supersession: {
    apart: [
      ["leaving about 4,500 passengers stranded abroad", "all but about 400 of the passengers stranded"],
      ["Some 3,100 Canadians were still stranded", "all but about 400 of the passengers stranded"],
      ["Ottawa had chartered 12 flights", "Twenty-four rescue flights have brought home"],
    ],
    current: [
      "will hear from creditors on Sept. 4",
      "The pilots' union is seeking $9.4 million in back pay",
      "The last of them will be home by Friday",
    ],
  },
};
