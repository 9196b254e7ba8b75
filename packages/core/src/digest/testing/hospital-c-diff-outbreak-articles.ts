/**
 * Held-out batch V (lead session 33, 2026-12-07), written by heldout24 before any run; scored unfitted, then added to the bench at the session's end.
 * A C. difficile outbreak closes wards at a New Brunswick hospital as deaths rise, Friday 4 to Wednesday 9 March 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cd/1",
    externalId: "d1",
    source: "Canadian Wire Service",
    url: "https://canadianwireservice.example/health/marchbank-c-difficile-outbreak",
    publishedAt: "2044-03-04T17:00:00Z",
    title: "Two dead, wards closed in C. difficile outbreak at New Brunswick hospital",
    originalText: [
      "MARCHBANK, N.B. (CWS) — Two patients have died and two wards are closed to new admissions at Marchbank Regional Hospital after an outbreak of C. difficile, the Eastvale Health Authority said Friday.",
      "Eleven patients on the two medical wards have tested positive for the bacterium since Feb. 21, the authority said.",
      "Both patients who died were over 80 and had other serious illnesses, and it is not yet clear what part the infection played.",
      "“We are taking every step we can to stop the spread,” said Dr. Priya Sandhu, the authority's lead for infection control.",
      "Visitors to wards 4B and 5A are limited to one per patient.",
      "The authority has set aside an extra $380,000 for deep cleaning.",
      "An outbreak at a Quebec hospital in 2011 was linked to 14 deaths.",
    ].join("\n"),
  },
  {
    input: "cd/2",
    externalId: "d2",
    source: "Atlantic Morning Post",
    url: "https://atlanticmorningpost.example/nb/marchbank-hospital-outbreak-wards-shut",
    publishedAt: "2044-03-04T23:00:00Z",
    title: "Marchbank hospital shuts two wards as C. difficile kills two",
    originalText: [
      "The Eastvale Health Authority said Friday that two patients have died and two wards at Marchbank Regional Hospital have been closed to new admissions because of a C. difficile outbreak.",
      "Since Feb. 21, eleven patients on the two medical wards have tested positive for the bacterium, according to the authority.",
      "The two who died were both over 80 and had other serious illnesses; what part the infection played is not yet clear.",
      "Dr. Priya Sandhu, the authority's lead for infection control, said: “We are taking every step we can to stop the spread.”",
      "Wards 4B and 5A now allow one visitor per patient.",
      "An extra $380,000 has been set aside for deep cleaning, the authority said.",
    ].join("\n"),
  },
  {
    input: "cd/3",
    externalId: "d3",
    source: "The Marchbank Examiner",
    url: "https://marchbankexaminer.example/local/third-death-c-diff-ward-6c",
    publishedAt: "2044-03-05T14:00:00Z",
    title: "Third death as C. diff spreads to another ward",
    originalText: [
      "A third patient has died and the number of cases has climbed to 15, the health authority said Saturday.",
      "Ward 6C, a surgical ward, was closed to admissions on Friday night after two of its patients tested positive.",
      "Gail Thibodeau said her father, Raymond, 84, caught the infection on Ward 5A after going in with a broken hip.",
      "“He went in for a hip and he is fighting for his life,” she said.",
      "The hospital has 312 beds, and about 60 of them are now closed.",
      "Sandhu said the outbreak could take two to four weeks to bring under control.",
    ].join("\n"),
  },
  {
    input: "cd/4",
    externalId: "d4",
    source: "The Maritime Tattler",
    url: "https://maritimetattler.example/news/grandad-superbug-ward-nightmare",
    title: "SUPERBUG HELL: Grandad, 86, caught killer bug on 'filthy' ward",
    originalText: [
      "The family of an 86-year-old grandfather who caught a killer superbug in hospital say his ward was filthy.",
      "Raymond Thibodeau was admitted to the 340-bed Marchbank Regional with a broken hip last month.",
      "'The bins were overflowing and nobody was wiping anything down,' a nurse on Ward 5A told the Tattler.",
      "Staff claim the number of cleaners on night shifts was cut from 12 to seven last year.",
      "Cleaning at the hospital will now cost 520,000 dollars extra, insiders say.",
    ].join("\n"),
  },
  {
    input: "cd/5",
    externalId: "d5",
    source: "Health Care Today",
    url: "https://healthcaretoday.example/infection-control/marchbank-outbreak-staffing",
    publishedAt: "2044-03-07T15:00:00Z",
    title: "Marchbank outbreak puts cleaning cuts in spotlight",
    originalText: [
      "Marchbank Regional Hospital had 19 confirmed C. difficile cases across three wards by Sunday.",
      "Three of the infected patients have died.",
      "Thirty per cent of nursing shifts on the medical wards went unfilled in February, the New Brunswick Nurses' Union said.",
      "The authority cut its cleaning contract by $1.2 million in 2042.",
      "According to union president Denise Arsenault, “you cannot fight C. diff with half a cleaning crew.”",
      "The union is asking for 40 more cleaners; the authority has offered to hire 15.",
      "Canadian hospitals report about 5 C. difficile infections per 10,000 patient-days on average.",
    ].join("\n"),
  },
  {
    input: "cd/6",
    externalId: "d6",
    source: "Canadian Wire Service",
    url: "https://canadianwireservice.example/health/marchbank-outbreak-fourth-death",
    publishedAt: "2044-03-09T18:00:00Z",
    title: "Fourth patient dies in Marchbank C. difficile outbreak",
    originalText: [
      "MARCHBANK, N.B. (CWS) — A fourth patient with C. difficile died Tuesday at Marchbank Regional Hospital, the Eastvale Health Authority said Wednesday.",
      "The outbreak has now affected 21 patients on three wards, though no new case has been found since Sunday.",
      "A third ward, surgical ward 6C, was shut to new patients last Friday.",
      "Nursing shifts left unfilled on the medical wards last month came to 22%, according to the authority's own figures.",
      "Raymond Thibodeau, 84, has recovered and was sent home Monday, his family said.",
      "The authority said wards 4B and 5A could reopen to admissions on March 16 if no new cases appear.",
      "“The worst is behind us, but we are not done,” Sandhu said.",
    ].join("\n"),
  },
];

export function hospitalCDiffOutbreakArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. New Brunswick is UTC-4 in early March. "Friday" in
 * Friday's wire and its rewrite is 4 March; "since Feb. 21" is this year's (2044-02-21); "Saturday"
 * in Saturday's Examiner is the 5th and "on Friday night" there the 4th; "by Sunday" in Monday's trade
 * story is the 6th; "in February" there and "last month" in Wednesday's wire are February 2044;
 * "Tuesday" in Wednesday's wire is the 8th, "since Sunday" the 6th, "Monday" the 7th; "on March 16"
 * is to come. The Atlantic Morning Post's story is a syndicated rewrite of the wire's first. The
 * Tattler's story is undated.
 */
export const HOSPITAL_C_DIFF_OUTBREAK_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are taking every step we can to stop the spread", speaker: "Priya Sandhu" },
    { text: "He went in for a hip and he is fighting for his life", speaker: "Gail Thibodeau" },
    {
      text: "The bins were overflowing and nobody was wiping anything down",
      speaker: "a nurse on Ward 5A",
    },
    // Opening in lower case after "According to …,": partial by the house rule.
    { text: "you cannot fight C. diff with half a cleaning crew", speaker: "Denise Arsenault", partial: true },
    { text: "The worst is behind us, but we are not done", speaker: "Priya Sandhu" },
  ],
  timeline: [
    { text: "the Eastvale Health Authority said Friday", dates: ["2044-03-04"] },
    { text: "have tested positive for the bacterium since Feb. 21", dates: ["2044-02-21", "2044-03-04"] },
    { text: "A third patient has died and the number of cases has climbed to 15", dates: ["2044-03-05"] },
    { text: "Ward 6C, a surgical ward, was closed to admissions on Friday night", dates: ["2044-03-04"] },
    { text: "had 19 confirmed C. difficile cases across three wards by Sunday", dates: ["2044-03-06"] },
    { text: "A fourth patient with C. difficile died Tuesday", dates: ["2044-03-08"] },
    { text: "A third ward, surgical ward 6C, was shut to new patients last Friday", dates: ["2044-03-04"] },
    { text: "has recovered and was sent home Monday", dates: ["2044-03-07"] },
    { text: "could reopen to admissions on March 16", dates: ["2044-03-16"] },
  ],
  neverDated: [
    { text: "An outbreak at a Quebec hospital in 2011 was linked to 14 deaths", date: "2011" },
    { text: "The authority cut its cleaning contract by $1.2 million in 2042", date: "2042" },
    { text: "could reopen to admissions on March 16", date: "2045-03-16", exact: true },
    { text: "could reopen to admissions on March 16", date: "2043-03-16", exact: true },
    // "Tuesday" in a Wednesday story is the day before, not the Tuesday to come.
    { text: "A fourth patient with C. difficile died Tuesday", date: "2044-03-15", exact: true },
    { text: "cut from 12 to seven last year", date: "2044", exact: true },
    // "Last Friday" in a Wednesday story is the Friday gone, not the one to come.
    { text: "was shut to new patients last Friday", date: "2044-03-11", exact: true },
  ],
  disagreements: [
    // The hospital's size: "has 312 beds" against "the 340-bed Marchbank Regional".
    { values: ["312", "340"], outlets: ["The Marchbank Examiner", "The Maritime Tattler"] },
    // Mr Thibodeau's age: ", 84," against "an 86-year-old grandfather" (and "Grandad, 86").
    { values: ["84", "86"], outlets: ["The Marchbank Examiner", "The Maritime Tattler"] },
    // February's unfilled nursing shifts: the union's "Thirty per cent" against the authority's "22%".
    { values: ["Thirty", "22"], outlets: ["Health Care Today", "Canadian Wire Service"] },
    // The extra cleaning money: "$380,000" (the wire; its rewrite once) against "520,000 dollars".
    { values: ["380,000", "520,000"], outlets: ["Canadian Wire Service", "The Maritime Tattler"] },
  ],
  notDisagreements: [
    // Cases as the count grew.
    ["Eleven", "15"],
    ["15", "19"],
    ["19", "21"],
    ["Eleven", "21"],
    // Deaths as the toll rose.
    ["Two", "third"],
    ["third", "fourth"],
    ["Three", "fourth"],
    // Wards closed: two, then three.
    ["two", "three"],
    // Closed beds, a part of the whole.
    ["60", "312"],
    ["60", "340"],
    // A 2011 precedent's toll.
    ["14", "Two"],
    ["14", "fourth"],
    // Night cleaners before and after a cut.
    ["12", "seven"],
    // A demand against an offer.
    ["40", "15"],
    // The 2042 cut against this year's extra cleaning money.
    ["1.2", "380,000"],
    ["1.2", "520,000"],
    // A forecast range against other figures; a national rate.
    ["two to four weeks", "two"],
    ["5", "10,000"],
    // Cases against beds; Thibodeau's age against the over-80s.
    ["21", "312"],
    ["84", "80"],
  ],
  corroboration: [
    // The wire and its rewrite: once.
    { text: "The authority has set aside an extra $380,000 for deep cleaning", outlets: 1 },
    // The Examiner and the Tattler (in other words: "caught a killer superbug in hospital").
    { text: "caught the infection on Ward 5A after going in with a broken hip", outlets: 2 },
    // The Examiner and the trade paper ("Three of the infected patients have died").
    { text: "A third patient has died and the number of cases has climbed to 15", outlets: 2 },
  ],
  headline: ["fourth patient", "died"],
  summary: {
    holds: ["fourth", "21"],
    never: ["Two patients have died and two wards are closed", "the number of cases has climbed to 15"],
  },
  sameEntry: [
    ["Ward 6C, a surgical ward, was closed to admissions on Friday night", "was shut to new patients last Friday"],
  ],
  order: [
    "have tested positive for the bacterium since Feb. 21",
    "the Eastvale Health Authority said Friday",
    "A third patient has died and the number of cases has climbed to 15",
    "had 19 confirmed C. difficile cases across three wards by Sunday",
    "A fourth patient with C. difficile died Tuesday",
    "could reopen to admissions on March 16",
  ],
  supersession: {
    apart: [
      ["Two patients have died and two wards are closed", "A fourth patient with C. difficile died Tuesday"],
      ["A third patient has died", "A fourth patient with C. difficile died Tuesday"],
      ["the number of cases has climbed to 15", "The outbreak has now affected 21 patients on three wards"],
      ["he is fighting for his life", "has recovered and was sent home Monday"],
    ],
    current: [
      "The union is asking for 40 more cleaners; the authority has offered to hire 15",
      "could reopen to admissions on March 16",
      "The authority cut its cleaning contract by $1.2 million in 2042",
    ],
  },
};
