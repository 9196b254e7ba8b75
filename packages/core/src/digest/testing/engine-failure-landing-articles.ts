import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * The lead's held-out batch I (session 25, 2026-12-06): texts and expectations written before any run, kept
 * outside the repository while they were unfitted and added here in session 26 (2026-12-07), after rules
 * were written from its misses (so it is fitted now).
 * An airliner's engine fails after take-off and it lands back in Denver, October 2038 (Monday 11 to Thursday 14).
 */
const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ef/1",
    externalId: "e1",
    source: "Global News Wire",
    url: "https://globalnewswire.example/us/coral-air-emergency-landing-denver",
    publishedAt: "2038-10-11T20:00:00Z",
    title: "Jet makes emergency landing after engine fails over Denver",
    originalText: [
      "A Coral Air jet with 164 people on board made an emergency landing at Denver International Airport on Monday after one of its engines failed shortly after takeoff.",
      "Passengers described a loud bang and flames from the left engine.",
      "Seven people were taken to hospital with minor injuries after the evacuation by emergency slides.",
      "The Boeing 737, which was bound for Seattle, landed about 20 minutes after departing.",
      "“The crew did exactly what they were trained to do,” said airline spokeswoman Rachel Ibarra.",
    ].join("\n"),
  },
  {
    input: "ef/2",
    externalId: "e2",
    source: "Mile High Tribune",
    url: "https://milehightribune.example/news/coral-air-passengers-recount",
    publishedAt: "2038-10-12T12:00:00Z",
    title: "Coral Air passengers recount terror of engine failure",
    originalText: [
      "The 158 passengers and six crew members escaped down emergency slides.",
      "Nine passengers were treated at hospitals, mostly for sprains from the slides.",
      "“I saw fire out of my window and thought that was it,” said passenger Leah Tran, 29, of Aurora.",
      "The airport closed its longest runway for three hours.",
    ].join("\n"),
  },
  {
    input: "ef/3",
    externalId: "e3",
    source: "AeroSafety Daily",
    url: "https://aerosafetydaily.example/investigations/ntsb-coral-air-engine",
    publishedAt: "2038-10-12T18:00:00Z",
    title: "NTSB opens investigation into Coral Air engine failure",
    originalText: [
      "The National Transportation Safety Board said Tuesday it had opened an investigation into the engine failure.",
      "The plane's engine had flown 14,200 hours since its last overhaul, according to maintenance records.",
      "Investigators found a fan blade missing from the left engine.",
      "The aircraft is 17 years old.",
      "In 2018, a fan blade failure on a Southwest Airlines jet killed one passenger.",
    ].join("\n"),
  },
  {
    input: "ef/4",
    externalId: "e4",
    source: "Global News Wire",
    url: "https://globalnewswire.example/us/faa-orders-engine-inspections",
    publishedAt: "2038-10-13T22:00:00Z",
    title: "FAA orders inspections of engines after Coral Air failure",
    originalText: [
      "The Federal Aviation Administration on Wednesday ordered inspections of about 1,500 engines of the same type on U.S.-registered aircraft.",
      "The 19-year-old jet had been inspected in March, the airline said.",
      "Coral Air operates 62 Boeing 737s.",
      "NTSB board member Greg Holloway said the blade would be sent to its laboratory in Washington.",
      "“We will find out why this blade failed,” he said.",
    ].join("\n"),
  },
  {
    input: "ef/5",
    externalId: "e5",
    source: "Mile High Tribune",
    url: "https://milehightribune.example/news/coral-air-grounds-737s",
    publishedAt: "2038-10-14T16:00:00Z",
    title: "Coral Air grounds 737s for checks, cancels 140 flights",
    originalText: [
      "Coral Air grounded its fleet of 58 737s on Thursday for engine checks, cancelling 140 flights.",
      "The airline expects to resume a full schedule by Saturday.",
      "All of the passengers who were taken to hospital have been released.",
      "The FAA's order now covers about 1,800 engines, after it was widened to include foreign-registered planes.",
      "“Safety comes before schedules,” Coral Air chief executive Tom Reyes told reporters.",
    ].join("\n"),
  },
];

export function engineFailureLandingArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

export const ENGINE_FAILURE_LANDING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The crew did exactly what they were trained to do", speaker: "Rachel Ibarra" },
    { text: "I saw fire out of my window and thought that was it", speaker: "Leah Tran" },
    { text: "We will find out why this blade failed", speaker: "Greg Holloway" },
    { text: "Safety comes before schedules", speaker: "Tom Reyes" },
  ],
  timeline: [
    { text: "made an emergency landing at Denver International Airport on Monday", dates: ["2038-10-11"] },
    { text: "said Tuesday it had opened an investigation", dates: ["2038-10-12"] },
    { text: "on Wednesday ordered inspections", dates: ["2038-10-13"] },
    { text: "had been inspected in March", dates: ["2038-03"] },
    { text: "grounded its fleet of 58 737s on Thursday", dates: ["2038-10-14"] },
  ],
  neverDated: [{ text: "In 2018, a fan blade failure on a Southwest Airlines jet killed one passenger", date: "2038" }],
  disagreements: [
    { values: ["Seven", "Nine"], outlets: ["Global News Wire", "Mile High Tribune"] },
    { values: ["17", "19"], outlets: ["AeroSafety Daily", "Global News Wire"] },
    { values: ["62", "58"], outlets: ["Global News Wire", "Mile High Tribune"] },
  ],
  notDisagreements: [
    ["164", "158"],
    ["164", "six"],
    ["158", "six"],
    ["1,500", "1,800"],
    ["140", "58"],
    ["140", "62"],
    ["20", "three"],
    ["29", "17"],
    ["29", "19"],
    ["14,200", "1,500"],
    ["Seven", "six"],
    ["Nine", "six"],
    ["one", "Seven"],
    ["one", "Nine"],
  ],
  corroboration: [{ text: "grounded its fleet of 58 737s on Thursday", outlets: 1 }],
  headline: ["grounded", "grounds", "140"],
  summary: { holds: ["grounded"], never: [] },
  supersession: {
    apart: [
      ["Seven people were taken to hospital with minor injuries", "have been released"],
      ["ordered inspections of about 1,500 engines", "now covers about 1,800 engines"],
    ],
    current: [
      "Investigators found a fan blade missing from the left engine",
      "expects to resume a full schedule by Saturday",
    ],
  },
};
