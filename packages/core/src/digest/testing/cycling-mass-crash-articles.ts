/**
 * The lead's held-out batch O (session 29, 2026-12-07): texts and expectations written by helper heldout17 before any run, kept
 * outside the repository while unfitted (first run on 0a381dc3 and after the session's merges: see the README's facts
 * table), added here at the session's end; the lead read their misses after the unfitted runs, so they are fitted from now on.
 * A mass crash on a diesel-slicked descent in an Italian stage race, Tuesday 15 to Saturday 19 May 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cy/1",
    externalId: "y1",
    source: "Continental Sports Agency",
    url: "https://continentalsports.example/cycling/giro-dei-laghi-mass-crash",
    publishedAt: "2046-05-15T17:30:00Z",
    title: "Mass crash on descent wrecks Giro dei Laghi stage",
    originalText: [
      "COMO, Italy (CSA) — About 40 riders were brought down in a mass crash on a fast descent with 12km to go on stage three of the Giro dei Laghi on Tuesday, forcing six of them out of the race.",
      "The peloton, travelling at more than 70km/h (43mph), hit a patch of diesel on a left-hand bend above Lake Como, race organisers said.",
      "Dane Mikkel Sørensen, the 24-year-old race leader, was taken to hospital in Como with a broken collarbone.",
      "“It was like bowling pins, there was nowhere to go,” Belgian rider Jens Vermeulen said.",
      "Luca Bertolini, 31, won the stage alone after the race was neutralised for 20 minutes.",
      "In 2039, a crash on the same descent brought down 30 riders.",
    ].join("\n"),
  },
  {
    input: "cy/2",
    externalId: "y2",
    source: "Velo Daily",
    url: "https://velodaily.example/news/wire/giro-dei-laghi-crash-stage-three",
    publishedAt: "2046-05-15T19:00:00Z",
    title: "Race leader among dozens hurt in Giro dei Laghi pile-up",
    originalText: [
      "Some 40 riders went down in a mass pile-up on a fast descent 12km from the finish of the Giro dei Laghi's third stage on Tuesday, and six of them were forced to quit.",
      "Race organisers said the bunch, doing more than 70km/h (43mph), rode into a patch of diesel on a left-hand bend above Lake Como.",
      "Race leader Mikkel Sørensen of Denmark, 24, was taken to hospital in Como with a broken collarbone.",
      "“It was like bowling pins, there was nowhere to go,” Belgian rider Jens Vermeulen said.",
      "(CSA)",
    ].join("\n"),
  },
  {
    input: "cy/3",
    externalId: "y3",
    source: "Peloton Post",
    url: "https://pelotonpost.example/races/giro-dei-laghi-stage-three-crash-fallout",
    publishedAt: "2046-05-16T07:00:00Z",
    title: "Giro dei Laghi counts the cost of diesel crash",
    originalText: [
      "Some 25 riders hit the tarmac when the bunch skidded on diesel 8 kilometres from the finish line in yesterday's third stage.",
      "Race doctor Paola Ferri said seven riders had been taken to hospital, three of them with fractures.",
      "Sørensen, 26, had surgery on his collarbone on Tuesday night and faces six to eight weeks out.",
      "The number of riders to abandon is expected to rise before the start of Wednesday's fourth stage.",
      "Race director Marco Vitali said the road had been swept that morning.",
      "“Someone will have to answer for this,” said the race director.",
    ].join("\n"),
  },
  {
    input: "cy/4",
    externalId: "y4",
    source: "Copenhagen Courier",
    url: "https://copenhagencourier.example/sport/sorensen-giro-dream-ends",
    title: "Sørensen's Giro dream ends on a bend above Lake Como",
    originalText: [
      "Mikkel Sørensen's dream of winning the Giro dei Laghi ended on a bend above Lake Como on Tuesday.",
      "The bunch was descending at about 60kph when the first wheels went, according to his team.",
      "The Dane broke his collarbone and was taken to hospital in Como.",
      "“My shoulder is broken, not my head. I will be back.” — Mikkel Sørensen, on social media",
      "Sørensen won the Danish national title in 2044.",
    ].join("\n"),
  },
  {
    input: "cy/5",
    externalId: "y5",
    source: "ProCycling Business",
    url: "https://procyclingbusiness.example/safety/riders-union-descent-fund",
    publishedAt: "2046-05-17T09:00:00Z",
    title: "Riders' union demands descent safety fund after Giro dei Laghi crash",
    originalText: [
      "The riders' union has demanded a €500,000 safety fund for descents after Tuesday's crash; the Giro dei Laghi's organisers have offered €150,000.",
      "The UCI opened an investigation into the crash on Wednesday.",
      "Nine riders had abandoned by the start of Wednesday's stage, out of 176 starters from 22 teams.",
      "Seven riders were treated in hospital, and four remain there.",
      "According to the union's president, Ana Ribeiro, “the descent was flagged as dangerous in our 2045 report and nothing changed.”",
    ].join("\n"),
  },
  {
    input: "cy/6",
    externalId: "y6",
    source: "Continental Sports Agency",
    url: "https://continentalsports.example/cycling/giro-dei-laghi-tractor-diesel",
    publishedAt: "2046-05-19T16:00:00Z",
    title: "Leaking tractor caused Giro dei Laghi crash, police say",
    originalText: [
      "COMO, Italy (CSA) — A leaking farm tractor spilled the diesel behind Tuesday's mass crash at the Giro dei Laghi, Italian police said on Saturday.",
      "The tractor's 67-year-old driver has been placed under investigation for negligence.",
      "Eleven riders have now abandoned the race since the crash.",
      "Sørensen left hospital on Thursday, and his team expects him to be out for about seven weeks.",
      "Bertolini won Saturday's sixth stage to take the overall lead.",
      "“We were lucky nobody died,” Vitali said.",
      "Organisers said they would resurface the descent before next year's race at a cost of €2.3m.",
    ].join("\n"),
  },
];

export function cyclingMassCrashArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Italy is UTC+2 in May: every stamp falls on the same
 * local day). "On Tuesday" in Tuesday's wire and its rewrite is 15 May; in Wednesday's Peloton Post
 * "yesterday's third stage" and "Tuesday night" are the 15th and "Wednesday's fourth stage" the 16th,
 * still to start; "on Tuesday" in the undated Courier is the 15th if anything; in Thursday's trade
 * story "Tuesday's crash" is the 15th and "on Wednesday" the 16th; in Saturday's wire "on Saturday"
 * and "Saturday's sixth stage" are the 19th and "on Thursday" the 17th.
 */
export const CYCLING_MASS_CRASH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It was like bowling pins, there was nowhere to go", speaker: "Jens Vermeulen" },
    // Title-only ("the race director"), the full name given in the sentence before.
    { text: "Someone will have to answer for this", speaker: "Marco Vitali" },
    // "“…” — Name", the attribution after a dash.
    { text: "My shoulder is broken, not my head. I will be back", speaker: "Mikkel Sørensen" },
    // Opening in lower case after "According to …,": partial by the house rule.
    {
      text: "the descent was flagged as dangerous in our 2045 report and nothing changed",
      speaker: "Ana Ribeiro",
      partial: true,
    },
    // Surname-only, the full name given in an earlier article.
    { text: "We were lucky nobody died", speaker: "Marco Vitali" },
  ],
  timeline: [
    { text: "on stage three of the Giro dei Laghi on Tuesday", dates: ["2046-05-15"] },
    { text: "12km from the finish of the Giro dei Laghi's third stage on Tuesday", dates: ["2046-05-15"] },
    { text: "8 kilometres from the finish line in yesterday's third stage", dates: ["2046-05-15"] },
    { text: "had surgery on his collarbone on Tuesday night", dates: ["2046-05-15"] },
    { text: "ended on a bend above Lake Como on Tuesday", dates: [null, "2046-05-15"] },
    { text: "The UCI opened an investigation into the crash on Wednesday", dates: ["2046-05-16"] },
    { text: "Nine riders had abandoned by the start of Wednesday's stage", dates: ["2046-05-16"] },
    { text: "Italian police said on Saturday", dates: ["2046-05-19", "2046-05-15"] },
    { text: "Sørensen left hospital on Thursday", dates: ["2046-05-17"] },
    { text: "Bertolini won Saturday's sixth stage", dates: ["2046-05-19"] },
  ],
  neverDated: [
    { text: "In 2039, a crash on the same descent brought down 30 riders", date: "2039" },
    { text: "Sørensen won the Danish national title in 2044", date: "2044" },
    // "On Thursday" in a Saturday story is the Thursday gone; "on Wednesday" in a Thursday story too.
    { text: "Sørensen left hospital on Thursday", date: "2046-05-24", exact: true },
    { text: "The UCI opened an investigation into the crash on Wednesday", date: "2046-05-23", exact: true },
  ],
  disagreements: [
    // Riders who fell: "About 40 riders were brought down" against "Some 25 riders hit the tarmac".
    { values: ["40", "25"], outlets: ["Continental Sports Agency", "Peloton Post"] },
    // Where the crash came: "with 12km to go" against "8 kilometres from the finish line".
    { values: ["12", "8"], outlets: ["Continental Sports Agency", "Peloton Post"] },
    // The bunch's speed: the organisers' "more than 70km/h" against the team's "about 60kph".
    { values: ["70", "60"], outlets: ["Continental Sports Agency", "Copenhagen Courier"] },
    // The race leader's age: "the 24-year-old race leader" against "Sørensen, 26,".
    { values: ["24", "26"], outlets: ["Continental Sports Agency", "Peloton Post"] },
  ],
  notDisagreements: [
    // Riders out of the race as the count grew.
    ["six", "Nine"],
    ["Nine", "Eleven"],
    ["six", "Eleven"],
    // A 2039 precedent against this crash.
    ["30", "40"],
    ["30", "25"],
    // A speed and its conversion.
    ["70", "43"],
    // A range against a point inside it.
    ["six to eight weeks", "seven"],
    // A demand against an offer, and the resurfacing bill.
    ["500,000", "150,000"],
    ["2.3", "500,000"],
    // Riders who fell against the starters, those in hospital and those still there.
    ["176", "40"],
    ["176", "25"],
    ["Seven", "four"],
    ["seven", "three"],
    // The tractor driver's age against the riders'; the stage winner's against the leader's.
    ["67", "24"],
    ["67", "26"],
    ["31", "24"],
    // Minutes neutralised against kilometres to go.
    ["20", "12"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the Post tells the diesel in other words ("skidded on diesel").
    { text: "hit a patch of diesel on a left-hand bend above Lake Como", outlets: 2 },
    // The wire (with its rewrite), the Post ("surgery on his collarbone") and the Courier.
    { text: "was taken to hospital in Como with a broken collarbone", outlets: 3 },
    // Only the wire's Saturday story.
    { text: "A leaking farm tractor spilled the diesel", outlets: 1 },
  ],
  headline: ["tractor", "Tractor"],
  summary: {
    holds: ["tractor"],
    never: ["forcing six of them out of the race", "The number of riders to abandon is expected to rise"],
  },
  sameEntry: [
    ["on stage three of the Giro dei Laghi on Tuesday", "8 kilometres from the finish line in yesterday's third stage"],
  ],
  order: [
    "on stage three of the Giro dei Laghi on Tuesday",
    "The UCI opened an investigation into the crash on Wednesday",
    "Sørensen left hospital on Thursday",
    "Italian police said on Saturday",
  ],
  supersession: {
    apart: [
      ["forcing six of them out of the race", "Eleven riders have now abandoned the race"],
      ["Nine riders had abandoned by the start of Wednesday's stage", "Eleven riders have now abandoned the race"],
      ["the 24-year-old race leader", "to take the overall lead"],
    ],
    current: [
      "The riders' union has demanded a €500,000 safety fund",
      "Organisers said they would resurface the descent",
      "The UCI opened an investigation into the crash on Wednesday",
    ],
  },
};
