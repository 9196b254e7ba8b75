/**
 * Held-out batch W (lead session 33, 2026-12-07), written by heldout25 before any run; scored unfitted, then added to the bench at the session's end.
 * A car breaks loose on a spinning ride at an Ontario fall fair, injuring riders, Friday 16 to Tuesday 20 September 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "fr/1",
    externalId: "w1",
    source: "Canadian Wire Service",
    url: "https://canadianwireservice.example/national/elmvale-fair-ride-injuries",
    publishedAt: "2044-09-17T03:00:00Z",
    title: "Seven hurt when fair ride malfunctions in Ontario",
    originalText: [
      "ELMVALE, Ont. (CWS) — Seven people were injured Friday night when a spinning ride malfunctioned at the Elmvale Fall Fair, police said.",
      "A car on the Scorpion, a 25-metre ride that flips riders upside down, swung loose at about 8:30 p.m. while the ride was in motion, witnesses said.",
      "Paramedics took four riders to hospital in Barrie, and none of the injuries are life-threatening, Simcoe County Paramedic Services said.",
      "“The car just flipped and kept flipping and the kids were screaming,” said Bethany Sauvé, who was watching from the midway.",
      "The fair, which dates to 1858, draws about 40,000 visitors over four days.",
    ].join("\n"),
  },
  {
    input: "fr/2",
    externalId: "w2",
    source: "Lakeshore Daily",
    url: "https://lakeshoredaily.example/news/elmvale-fall-fair-scorpion-ride",
    publishedAt: "2044-09-17T13:00:00Z",
    title: "Fall fair ride malfunction injures seven",
    originalText: [
      "Seven people were hurt on Friday night when a spinning ride went wrong at the Elmvale Fall Fair, police said.",
      "Witnesses said a car on the Scorpion, a 25-metre ride that turns riders upside down, came loose at about 8:30 p.m. as the ride was turning.",
      "Four riders were taken to hospital in Barrie by paramedics, and none of the injuries is life-threatening.",
      "Bethany Sauvé, who watched from the midway, said the car “just flipped and kept flipping”.",
      "The fair dates to 1858 and draws about 40,000 people over four days.",
    ].join("\n"),
  },
  {
    input: "fr/3",
    externalId: "w3",
    source: "Simcoe Sun-Record",
    url: "https://simcoesunrecord.example/local/elmvale-fair-rides-shut-inspection",
    publishedAt: "2044-09-17T20:00:00Z",
    title: "All rides shut at Elmvale fair after Scorpion malfunction",
    originalText: [
      "Inspectors shut down all 22 rides at the Elmvale Fall Fair on Saturday, a day after the Scorpion malfunctioned in front of hundreds of fairgoers.",
      "The ride broke down last night just after 8:30, when one of its cars came loose from its mounting.",
      "The operator stopped the ride within about 30 seconds, fair president Doug Halloran said.",
      "Among the injured were two sisters, aged 13 and 15, from Wasaga Beach, and a 19-year-old man who broke his arm.",
      "The man's mother, Lorraine Kemp, said her son was 'lucky to be alive'.",
      "The ride's operator, Harrower Midway Shows of Hamilton, said the Scorpion had passed an inspection on Thursday before the fair opened.",
    ].join("\n"),
  },
  {
    input: "fr/4",
    externalId: "w4",
    source: "Midway & Carnival Journal",
    url: "https://midwaycarnivaljournal.example/safety/harrower-scorpion-locking-pin",
    publishedAt: "2044-09-19T14:00:00Z",
    title: "Failed locking pin suspected in Elmvale Scorpion accident",
    originalText: [
      "Early findings point to a failed locking pin on one of the Scorpion's 12 cars, the Ontario Amusement Devices Safety Authority (OADSA) said on Monday.",
      "The Scorpion, which reaches 21 metres at the top of its arc, was built in Italy in 2009 and bought second-hand by Harrower in 2038 for $640,000.",
      "Harrower runs 31 rides and had not had a serious accident in 40 years, company president Walt Brisco said.",
      "Brisco said: “Every pin on that ride was checked on Thursday. We need to know how this one let go.”",
      "OADSA recorded 212 ride incidents across the province in 2043, most of them minor.",
    ].join("\n"),
  },
  {
    input: "fr/5",
    externalId: "w5",
    source: "The Daily Blaze",
    url: "https://dailyblaze.example/news/terror-on-the-scorpion-fair-ride",
    title: "TERROR ON THE SCORPION",
    originalText: [
      "Screaming teens were left hanging upside down when a carnival ride went haywire at a small-town fair.",
      "Horrified parents watched as the ride kept whirling for two full minutes after the car broke loose.",
      "“I thought I was going to die up there,” said Kayla Morrow, 15, who was riding with her little sister.",
      "Tickets for the ride cost $8, about US$5.80.",
    ].join("\n"),
  },
  {
    input: "fr/6",
    externalId: "w6",
    source: "Canadian Wire Service",
    url: "https://canadianwireservice.example/national/harrower-midway-charged-elmvale",
    publishedAt: "2044-09-20T19:00:00Z",
    title: "Ride operator charged over Elmvale fair malfunction",
    originalText: [
      "ELMVALE, Ont. (CWS) — The operator of a fairground ride that malfunctioned on Friday has been charged under Ontario's amusement devices law, the province's safety authority said Tuesday.",
      "Harrower Midway Shows faces fines of up to $500,000 if convicted.",
      "The number of people hurt has risen to nine after two more riders sought treatment for neck injuries, the authority said.",
      "According to Margaret Ilunga, the authority's chief executive, “the pin was worn far beyond its limit.”",
      "Tyler Kemp, 20, who broke his arm, said he was still waiting for an apology from the company.",
      "Harrower paid 1.1 million dollars for the ride in 2038, court filings show.",
      "The fair reopened Sunday without the Scorpion.",
    ].join("\n"),
  },
];

export function fallFairRideMalfunctionArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Ontario is on EDT, UTC-4: the first wire story,
 * stamped 03:00 UTC Saturday, is Friday 23:00 local). "Friday night" is 16 September; the
 * Sun-Record's Saturday "last night" is the 16th too and "on Thursday" there the 15th; "on Monday" in
 * Monday's Journal is the 19th, and "on Thursday" there is still the 15th; "Tuesday" in Tuesday's wire
 * is the 20th, "on Friday" there the 16th and "Sunday" the 18th. The Lakeshore Daily story is a
 * syndicated rewrite of the first wire story (counts once).
 */
export const FALL_FAIR_RIDE_MALFUNCTION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The car just flipped and kept flipping and the kids were screaming", speaker: "Bethany Sauvé" },
    { text: "lucky to be alive", speaker: "Lorraine Kemp", partial: true },
    {
      text: "Every pin on that ride was checked on Thursday. We need to know how this one let go",
      speaker: "Walt Brisco",
    },
    { text: "I thought I was going to die up there", speaker: "Kayla Morrow" },
    { text: "the pin was worn far beyond its limit", speaker: "Margaret Ilunga", partial: true },
  ],
  timeline: [
    { text: "Seven people were injured Friday night when a spinning ride malfunctioned", dates: ["2044-09-16"] },
    { text: "Seven people were hurt on Friday night when a spinning ride went wrong", dates: ["2044-09-16"] },
    { text: "Inspectors shut down all 22 rides at the Elmvale Fall Fair on Saturday", dates: ["2044-09-17"] },
    { text: "The ride broke down last night just after 8:30", dates: ["2044-09-16"] },
    { text: "the Scorpion had passed an inspection on Thursday before the fair opened", dates: ["2044-09-15"] },
    { text: "Safety Authority (OADSA) said on Monday", dates: ["2044-09-19"] },
    {
      text: "The operator of a fairground ride that malfunctioned on Friday has been charged",
      dates: ["2044-09-20", "2044-09-16"],
    },
    { text: "The fair reopened Sunday without the Scorpion", dates: ["2044-09-18"] },
  ],
  neverDated: [
    { text: "The fair, which dates to 1858", date: "1858" },
    { text: "was built in Italy in 2009 and bought second-hand by Harrower in 2038", date: "2038" },
    { text: "was built in Italy in 2009 and bought second-hand by Harrower in 2038", date: "2009" },
    { text: "OADSA recorded 212 ride incidents across the province in 2043", date: "2043" },
    { text: "Harrower paid 1.1 million dollars for the ride in 2038", date: "2038" },
    // "On Thursday" in a Saturday paper is the Thursday gone.
    {
      text: "the Scorpion had passed an inspection on Thursday before the fair opened",
      date: "2044-09-22",
      exact: true,
    },
    { text: "The fair reopened Sunday without the Scorpion", date: "2044-09-25", exact: true },
  ],
  disagreements: [
    // The ride's height: "a 25-metre ride" against "reaches 21 metres at the top of its arc".
    { values: ["25", "21"], outlets: ["Canadian Wire Service", "Midway & Carnival Journal"] },
    // How long the ride ran on after the car came loose: "within about 30 seconds" against "two full minutes".
    { values: ["30", "two"], outlets: ["Simcoe Sun-Record", "The Daily Blaze"] },
    // The rider who broke his arm: "a 19-year-old man" against "Tyler Kemp, 20,".
    { values: ["19", "20"], outlets: ["Simcoe Sun-Record", "Canadian Wire Service"] },
    // What Harrower paid for the ride in 2038: "$640,000" against "1.1 million dollars".
    { values: ["640,000", "1.1"], outlets: ["Midway & Carnival Journal", "Canadian Wire Service"] },
  ],
  notDisagreements: [
    // The injured as the count grew.
    ["Seven", "nine"],
    // Those taken to hospital against all the injured; the two who came forward later.
    ["four", "Seven"],
    ["four", "nine"],
    ["two", "nine"],
    // Rides at the fair against the operator's fleet and the Scorpion's cars.
    ["22", "31"],
    ["12", "22"],
    // A province-wide count from 2043.
    ["212", "nine"],
    // A maximum fine against the price paid for the ride.
    ["500,000", "640,000"],
    // A price and its conversion.
    ["8", "5.80"],
    // The sisters' ages against the injured man's.
    ["13", "15"],
    ["15", "19"],
    // The fair's four days against how long the ride spun on; the operator's safe years.
    ["four", "two"],
    ["40", "30"],
    // Visitors against rides.
    ["40,000", "22"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the Sun-Record tells the breakdown in other words.
    { text: "swung loose at about 8:30 p.m. while the ride was in motion", outlets: 2 },
    { text: "the Scorpion had passed an inspection on Thursday before the fair opened", outlets: 2 },
    // Only the wire, with its rewrite counting once.
    { text: "Paramedics took four riders to hospital in Barrie", outlets: 1 },
  ],
  headline: ["charged"],
  summary: {
    holds: ["charged", "nine"],
    never: ["Seven people were injured Friday night"],
  },
  sameEntry: [
    [
      "Seven people were injured Friday night when a spinning ride malfunctioned",
      "The ride broke down last night just after 8:30",
    ],
  ],
  order: [
    "the Scorpion had passed an inspection on Thursday before the fair opened",
    "Seven people were injured Friday night when a spinning ride malfunctioned",
    "Inspectors shut down all 22 rides at the Elmvale Fall Fair on Saturday",
    "The fair reopened Sunday without the Scorpion",
    "Safety Authority (OADSA) said on Monday",
  ],
  supersession: {
    apart: [
      ["Seven people were injured Friday night", "The number of people hurt has risen to nine"],
      ["Inspectors shut down all 22 rides at the Elmvale Fall Fair", "The fair reopened Sunday without the Scorpion"],
    ],
    current: [
      "the Scorpion had passed an inspection on Thursday before the fair opened",
      "Early findings point to a failed locking pin",
      "Harrower Midway Shows faces fines of up to $500,000 if convicted",
    ],
  },
};
