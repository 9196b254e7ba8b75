import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts36 (2026-12-07, texts and expectations written before
 * running any code on them): five articles from five American outlets on a pileup in dense fog on
 * Interstate 40 near Cordell, Oklahoma, on the morning of Tuesday 18 January 2028. A wire at midday, a
 * TV station's site that evening, a daily paper and a freight trade paper on Wednesday, a regional
 * paper on Thursday. The real disagreements: the vehicles in the pileup, 63 for the wire (the highway
 * patrol) against "the 58-vehicle pileup" for the TV station, told the same day; the injured who reached
 * hospital, 31 taken to hospitals for the wire against 37 treated by three hospitals for the daily (the
 * same people: those who went to hospital, not those treated at the scene); how long the interstate was
 * shut, "the 11-hour closure" for the trade paper against a reopening about 14 hours after the first
 * crash for the regional paper; the first truck driver's age, 52 for the wire (at a sentence's end)
 * against 55 for the daily. Traps: a toll that grew from four to five; people treated at the scene and
 * those still in hospital against those taken there; nurses called in; tractor-trailers among the
 * vehicles; a carrier's three trucks against its fleet of 140; a planned eight-hour closure against the
 * actual one; a driver's years at the wheel; a state's yearly fog deaths; daily truck traffic.
 * First run (facts36, before any fix): disagreements 0/4, 0 wrong, 0 of 19 traps taken; quotes 3/5 (the
 * driver's quote, "said the driver of the first truck hit, Dale Voss, 52.", given no speaker; "Trooper
 * Mike Dunbar" given his rank as part of his name); timeline 3/3.
 * Test support only.
 */
const FOG_PILEUP_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "fog-pileup/1",
    externalId: "fp1",
    source: "Heartland Press Service",
    url: "https://heartlandpress.example/2028/01/18/interstate-40-fog-pileup",
    publishedAt: "2028-01-18T18:00:00Z",
    title: "4 killed in fog pileup on Interstate 40 in western Oklahoma",
    originalText: [
      "CORDELL, Okla. (HPS) — Four people were killed Tuesday when a chain-reaction crash in dense fog tangled dozens of cars and trucks on Interstate 40 near Cordell, the Oklahoma Highway Patrol said.",
      "Sixty-three vehicles, 17 of them tractor-trailers, were involved, the patrol said.",
      "Thirty-one people were taken to hospitals, the patrol said.",
      "Officials said the interstate would be closed in both directions for about eight hours.",
      "Visibility had dropped to less than 50 feet, according to the National Weather Service.",
      "“I saw the trailer in front of me and then nothing but white,” said the driver of the first truck hit, Dale Voss, 52.",
    ].join("\n"),
  },
  {
    input: "fog-pileup/2",
    externalId: "fp2",
    source: "KXLR News 9",
    url: "https://kxlr9.example/news/i-40-pileup-cordell-cleanup",
    publishedAt: "2028-01-19T00:30:00Z",
    title: "Crews clear wreckage of I-40 pileup near Cordell",
    originalText: [
      "Troopers and wrecker crews spent Tuesday clearing the wreckage of the 58-vehicle pileup on Interstate 40 east of Cordell.",
      "Paramedics treated about 20 people at the scene for cuts and bruises, said Rita Gallegos, the county's emergency management director.",
      "Cordell Regional Medical Center declared a mass-casualty alert and called in 40 off-duty nurses.",
      "“We had cars under trailers and trailers on top of cars,” said Trooper Mike Dunbar, a patrol spokesman.",
    ].join("\n"),
  },
  {
    input: "fog-pileup/3",
    externalId: "fp3",
    source: "The Red River Ledger",
    url: "https://redriverledger.example/news/2028/01/19/pileup-death-toll-five",
    publishedAt: "2028-01-19T12:00:00Z",
    title: "Death toll in I-40 pileup rises to 5",
    originalText: [
      "By Hank Ostrowski",
      "The death toll from Tuesday's pileup on Interstate 40 rose to five on Wednesday after a woman died at Cordell Regional Medical Center, the highway patrol said.",
      "Three hospitals said they treated 37 people injured in the crash; nine remained hospitalized Wednesday morning.",
      "Voss, 55, of Amarillo, Texas, said he never saw the car that had stopped ahead of him.",
      "Panhandle Freight, which employs Voss, said three of its trucks were caught in the crash; the company runs 140 trucks.",
      "“Every one of those drivers did what they were trained to do, and it still was not enough,” said Panhandle Freight safety director Joel Baptiste.",
    ].join("\n"),
  },
  {
    input: "fog-pileup/4",
    externalId: "fp4",
    source: "Freight Lines Daily",
    url: "https://freightlinesdaily.example/safety/i-40-fog-closure",
    publishedAt: "2028-01-19T16:00:00Z",
    title: "I-40 fog closure strands freight for hours",
    originalText: [
      "The 11-hour closure of Interstate 40 near Cordell on Tuesday backed up freight traffic for more than 20 miles, carriers said.",
      "About 4,500 trucks use that stretch of I-40 on a typical weekday, according to the Oklahoma Department of Transportation.",
      "Panhandle Freight said its fleet lost about 200 hours of driving time.",
      "“Fog on that stretch is a known hazard, and we need warning signs that actually work,” said Marcy Hollins, president of the Oklahoma Trucking Association.",
    ].join("\n"),
  },
  {
    input: "fog-pileup/5",
    externalId: "fp5",
    source: "The Plains Tribune",
    url: "https://plainstribune.example/state/i-40-fog-signs",
    publishedAt: "2028-01-20T14:00:00Z",
    title: "State to put fog warning signs on I-40 after deadly pileup",
    originalText: [
      "Interstate 40 reopened at about 9:15 p.m. Tuesday, roughly 14 hours after the first crash, the Oklahoma Department of Transportation said.",
      "The state will install fog detection signs along the stretch at a cost of $3.2 million, the department said Thursday.",
      "Voss, a truck driver for 30 years, has not returned to work.",
      "Federal figures show 38 people died in fog-related crashes in Oklahoma in 2026.",
      "“We are not going to wait for another morning like Tuesday,” said Transportation Secretary Ellen Marsh.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function fogPileupArticles(): Article[] {
  return linkNearDuplicates(FOG_PILEUP_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts36 (2026-12-07), before running any code on them. Four real
 * disagreements: the vehicles (63 against 58), the injured who reached hospital (31 against 37), the
 * closure's length (11 hours against about 14) and the truck driver's age (52 against 55).
 */
export const FOG_PILEUP_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "I saw the trailer in front of me", speaker: "Dale Voss" },
    { text: "We had cars under trailers", speaker: "Mike Dunbar" },
    { text: "Every one of those drivers did what they were trained to do", speaker: "Joel Baptiste" },
    { text: "Fog on that stretch is a known hazard", speaker: "Marcy Hollins" },
    { text: "We are not going to wait for another morning like Tuesday", speaker: "Ellen Marsh" },
  ],
  timeline: [
    { text: "Four people were killed Tuesday", dates: ["2028-01-18"] },
    { text: "rose to five on Wednesday", dates: ["2028-01-19"] },
    { text: "Interstate 40 reopened at about 9:15 p.m. Tuesday", dates: ["2028-01-18"] },
  ],
  neverDated: [{ text: "died in fog-related crashes in Oklahoma in 2026", date: "2028" }],
  disagreements: [
    { values: ["Sixty-three", "58"], outlets: ["Heartland Press Service", "KXLR News 9"] },
    { values: ["Thirty-one", "37"], outlets: ["Heartland Press Service", "The Red River Ledger"] },
    { values: ["11", "14"], outlets: ["Freight Lines Daily", "The Plains Tribune"] },
    { values: ["52", "55"], outlets: ["Heartland Press Service", "The Red River Ledger"] },
  ],
  notDisagreements: [
    // A toll that grew.
    ["Four", "five"],
    // Treated at the scene, still in hospital, nurses called in: against those taken to hospital.
    ["20", "Thirty-one"],
    ["20", "37"],
    ["nine", "Thirty-one"],
    ["nine", "37"],
    ["40", "Thirty-one"],
    ["40", "37"],
    // Tractor-trailers (a part) against all vehicles; a carrier's trucks against its fleet and the pileup.
    ["17", "Sixty-three"],
    ["17", "58"],
    ["three", "140"],
    ["140", "Sixty-three"],
    ["140", "58"],
    // A planned closure against the actual one.
    ["eight", "11"],
    ["eight", "14"],
    // Years at the wheel against an age; a state's yearly toll against this crash's.
    ["30", "52"],
    ["30", "55"],
    ["38", "five"],
    // Daily trucks and lost driving hours.
    ["4,500", "140"],
    ["200", "140"],
  ],
  corroboration: [
    { text: "Sixty-three vehicles, 17 of them tractor-trailers, were involved", outlets: 1 },
    { text: "Three hospitals said they treated 37 people", outlets: 1 },
  ],
};
