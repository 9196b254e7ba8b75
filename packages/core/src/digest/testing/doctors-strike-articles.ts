import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * The lead's held-out batch I (session 25, 2026-12-06): texts and expectations written before any run, kept
 * outside the repository while they were unfitted and added here in session 26 (2026-12-07), after rules
 * were written from its misses (so it is fitted now).
 * Resident doctors in England strike over pay, then accept a deal, January 2038 (Monday 18 to Friday 29).
 */
const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ds/1",
    externalId: "d1",
    source: "The Sentinel",
    url: "https://thesentinel.example/health/resident-doctors-strike-begins",
    publishedAt: "2038-01-18T07:30:00Z",
    title: "Resident doctors begin five-day strike",
    originalText: [
      "Resident doctors in England began a five-day strike at 7am today over pay.",
      "The British Medical Association is demanding a 26% rise to restore pay lost since 2008.",
      "The government has offered 4.5%.",
      "NHS England said about 40,000 appointments were expected to be postponed.",
      "BMA council chair Dr Nadia Rahman said: “Nobody wants to strike, but this government has left us no choice.”",
    ].join("\n"),
  },
  {
    input: "ds/2",
    externalId: "d2",
    source: "National Broadcaster",
    url: "https://nationalbroadcaster.example/news/health-doctors-picket-lines",
    publishedAt: "2038-01-18T18:00:00Z",
    title: "Thousands of doctors join picket lines",
    originalText: [
      "Around 30,000 resident doctors are eligible to take part in the walkout, the BMA said.",
      "Health Secretary Mark Ellery said the strike was “unjustified and unaffordable.”",
      "Picket lines formed outside hospitals including St Thomas' in London and Leeds General Infirmary.",
      "The last resident doctors' strike, in 2035, lasted four days.",
    ].join("\n"),
  },
  {
    input: "ds/3",
    externalId: "d3",
    source: "Medical Wire",
    url: "https://medicalwire.example/nhs/strike-appointments-rescheduled",
    publishedAt: "2038-01-20T12:00:00Z",
    title: "Strike: 21,000 appointments rescheduled in first two days",
    originalText: [
      "NHS England said on Wednesday that 21,000 appointments had been rescheduled on Monday and Tuesday.",
      "The strike involves some 36,000 resident doctors.",
      "“Patients are paying the price for this dispute,” said Sir Alan Webb, medical director of NHS England.",
      "Senior doctors are covering emergency departments.",
    ].join("\n"),
  },
  {
    input: "ds/4",
    externalId: "d4",
    source: "Daily Courier",
    url: "https://dailycourier.example/news/doctors-end-strike-talks-resume",
    publishedAt: "2038-01-23T09:00:00Z",
    title: "Doctors end strike as talks resume",
    originalText: [
      "The five-day strike by resident doctors ended at 7am this morning.",
      "Talks between the BMA and the Department of Health will resume on Monday.",
      "Ministers are understood to be ready to raise their offer to 6%.",
      "The average resident doctor earns £48,000 a year, according to the Department of Health.",
      "Dr Rahman, 41, said members were “united and determined.”",
    ].join("\n"),
  },
  {
    input: "ds/5",
    externalId: "d5",
    source: "Clinical Times",
    url: "https://clinicaltimes.example/workforce/resident-doctors-accept-deal",
    publishedAt: "2038-01-29T16:00:00Z",
    title: "Resident doctors accept 6% deal, ending dispute",
    originalText: [
      "Resident doctors have voted to accept a 6% pay rise, ending their dispute with the government.",
      "The BMA said 71% of members who voted backed the deal, on a turnout of 58%.",
      "In all, 61,000 appointments were postponed during last week's five-day strike, NHS England said.",
      "Resident doctors earn an average of £52,000, the BMA says.",
      "Dr Nadia Rahman, 43, called the deal “a first step, not the finish line.”",
    ].join("\n"),
  },
];

export function doctorsStrikeArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

export const DOCTORS_STRIKE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Nobody wants to strike, but this government has left us no choice", speaker: "Nadia Rahman" },
    { text: "unjustified and unaffordable", speaker: "Mark Ellery", partial: true },
    { text: "Patients are paying the price for this dispute", speaker: "Alan Webb" },
    { text: "united and determined", speaker: "Nadia Rahman", partial: true },
    { text: "a first step, not the finish line", speaker: "Nadia Rahman", partial: true },
  ],
  timeline: [
    { text: "began a five-day strike at 7am today", dates: ["2038-01-18"] },
    { text: "said on Wednesday that 21,000 appointments", dates: ["2038-01-20", "2038-01-18", "2038-01-19"] },
    { text: "ended at 7am this morning", dates: ["2038-01-23"] },
    { text: "will resume on Monday", dates: ["2038-01-25"] },
    { text: "have voted to accept a 6% pay rise", dates: ["2038-01-29"] },
    { text: "In all, 61,000 appointments were postponed", dates: ["2038-01"] },
  ],
  neverDated: [
    { text: "The last resident doctors' strike, in 2035, lasted four days", date: "2038" },
    { text: "restore pay lost since 2008", date: "2008" },
  ],
  disagreements: [
    { values: ["30,000", "36,000"], outlets: ["National Broadcaster", "Medical Wire"] },
    { values: ["48,000", "52,000"], outlets: ["Daily Courier", "Clinical Times"] },
    { values: ["41", "43"], outlets: ["Daily Courier", "Clinical Times"] },
  ],
  notDisagreements: [
    ["26", "4.5"],
    ["26", "6"],
    ["4.5", "6"],
    ["40,000", "61,000"],
    ["21,000", "61,000"],
    ["40,000", "21,000"],
    ["71", "58"],
    ["five", "four"],
    ["26", "71"],
    ["6", "71"],
    ["2008", "2035"],
  ],
  corroboration: [{ text: "have voted to accept a 6% pay rise", outlets: 1 }],
  headline: ["accept"],
  summary: { holds: ["accept"], never: [] },
  supersession: {
    apart: [
      ["began a five-day strike at 7am today", "ended at 7am this morning"],
      ["The government has offered 4.5%", "voted to accept a 6% pay rise"],
      ["were expected to be postponed", "In all, 61,000 appointments were postponed"],
      ["had been rescheduled on Monday and Tuesday", "In all, 61,000 appointments were postponed"],
      ["will resume on Monday", "voted to accept a 6% pay rise"],
      ["ready to raise their offer to 6%", "voted to accept a 6% pay rise"],
    ],
    current: ["Resident doctors earn an average of £52,000"],
  },
};
