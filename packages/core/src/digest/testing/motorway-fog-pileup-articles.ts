/**
 * The lead's held-out batch J (session 26, 2026-12-07): texts and expectations written by helper heldout12 before any run, kept
 * outside the repository while they were unfitted (first run: 3 of 20 disagreements; 4 of 20 at the end of session 26) and added
 * here in session 27 (2026-12-07), when rules were written from its misses told in other words (so it is fitted now).
 * The expectations' values were rewritten to bare figures ("95" for "95-foot") before the first run, the house convention.
 * A multi-vehicle pile-up in fog on the M7 near Hollinbrook (UK), Thursday 17 to Tuesday 22 November 2039.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "fp/1",
    externalId: "f1",
    source: "Britannia Press Wire",
    url: "https://britanniapresswire.example/uk/m7-fog-pile-up-hollinbrook",
    publishedAt: "2039-11-17T13:00:00Z",
    title: "Two killed in M7 fog pile-up",
    originalText: [
      "Two people were killed and dozens injured when 34 vehicles crashed in thick fog on the M7 near Hollinbrook this morning, National Highways said.",
      "The crash happened at about 7.40am on the southbound carriageway between junctions 12 and 13.",
      "Wreckage was strewn across half a mile of the carriageway.",
      "“Visibility was down to a few metres and cars just kept coming,” said Paul Erskine, a van driver who escaped unhurt.",
      "The Met Office had issued a yellow warning for fog on Wednesday, forecasting visibility below 100 metres.",
      "In 1991, 51 vehicles were involved in a fog crash on the same stretch of motorway.",
    ].join("\n"),
  },
  {
    input: "fp/2",
    externalId: "f2",
    source: "Hollinbrook Gazette",
    url: "https://hollinbrookgazette.example/news/m7-crash-like-a-war-zone",
    publishedAt: "2039-11-17T19:30:00Z",
    title: "Fog crash scene 'like a war zone', says fire chief",
    originalText: [
      "A pile-up of 41 cars, vans and lorries brought the M7 to a standstill this morning, according to Ribblesdale Fire and Rescue Service.",
      "The ambulance service said 27 people had been taken to hospital, eight of them with serious injuries.",
      "Station manager Karen Dilworth said: “It was like a war zone, with vehicles crushed under the trailers of lorries.”",
      "One of those who died was a 58-year-old lorry driver from Wigley.",
      "The southbound carriageway is expected to reopen by 6pm.",
    ].join("\n"),
  },
  {
    input: "fp/3",
    externalId: "f3",
    source: "Northern Radio News",
    url: "https://northernradio.example/news/m7-reopens-after-fog-crash",
    publishedAt: "2039-11-18T07:00:00Z",
    title: "M7 reopens after fog crash as lorry driver is named",
    originalText: [
      "The southbound M7 reopened at 9.40pm yesterday, 14 hours after the pile-up.",
      "The lorry driver who died has been named as Derek Hollis, 61, of Wigley.",
      "Twelve vehicles were too badly damaged to be driven and were removed by recovery crews overnight.",
      "Investigators believe the first car to crash was travelling at around 70mph.",
      "Chief Superintendent Alan Marsh of Ribblesdale Police said officers would examine dashcam footage: “We want to hear from anyone who has footage from the moments before the crash.”",
    ].join("\n"),
  },
  {
    input: "fp/4",
    externalId: "f4",
    source: "The Daily Courier",
    url: "https://dailycourier.example/news/fog-crash-families-demand-action",
    publishedAt: "2039-11-19T06:00:00Z",
    title: null,
    originalText: [
      "Families of the M7 fog crash victims last night demanded action on the stretch, which has seen 19 crashes in five years.",
      "Drivers told the Courier the overhead signs were showing 40mph when the first cars collided on Thursday morning.",
      "Wreckage from the pile-up was spread over 1.5 miles, and the southbound carriageway was closed for almost 11 hours.",
      "The ambulance service now puts the number taken to hospital at 31.",
      "Campaigners want £6m spent on fog detection along the route, while National Highways has offered £1.5m.",
      "“Nobody should die on a motorway because of the weather,” said campaigner Linda Farrow, whose son was killed in the 1991 crash.",
    ].join("\n"),
  },
  {
    input: "fp/5",
    externalId: "f5",
    source: "Britannia Press Wire",
    url: "https://britanniapresswire.example/uk/m7-crash-arrest-toll-three",
    publishedAt: "2039-11-22T12:00:00Z",
    title: "Man arrested as M7 fog crash death toll rises to three",
    originalText: [
      "A 44-year-old man has been arrested on suspicion of causing death by dangerous driving after the M7 fog crash, police said on Monday.",
      "A woman injured in the pile-up died in hospital on Sunday, bringing the death toll to three.",
      "Police said the first car had been travelling at between 60 and 75mph in a 40mph limit.",
      "“This was not an act of God,” said Chief Superintendent Alan Marsh.",
      "According to National Highways, “the signals were working as designed throughout.”",
      "Linda Farrow called the £1.5m offer “an insult to the families”.",
      "National Highways will report on the stretch's fog signals by the end of January.",
    ].join("\n"),
  },
];

export function motorwayFogPileupArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. "This morning" in Thursday's papers is 17 November;
 * "yesterday" in a Friday paper is the Thursday; "on Thursday morning" in a Saturday paper is the 17th and "last night" the 18th;
 * "on Sunday"/"on Monday" in a Tuesday paper are the 20th and 21st; "by the end of January" in
 * November is January 2040.
 */
export const MOTORWAY_FOG_PILEUP_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Visibility was down to a few metres and cars just kept coming", speaker: "Paul Erskine" },
    { text: "It was like a war zone, with vehicles crushed under the trailers of lorries", speaker: "Karen Dilworth" },
    { text: "We want to hear from anyone who has footage from the moments before the crash", speaker: "Alan Marsh" },
    { text: "Nobody should die on a motorway because of the weather", speaker: "Linda Farrow" },
    { text: "This was not an act of God", speaker: "Alan Marsh" },
    // Opening in lower case after "According to …,": partial by the house rule (a fragment as news marks it).
    { text: "the signals were working as designed throughout", speaker: "National Highways", partial: true },
    { text: "an insult to the families", speaker: "Linda Farrow", partial: true },
  ],
  timeline: [
    { text: "34 vehicles crashed in thick fog on the M7 near Hollinbrook this morning", dates: ["2039-11-17"] },
    { text: "The Met Office had issued a yellow warning for fog on Wednesday", dates: ["2039-11-16"] },
    {
      text: "A pile-up of 41 cars, vans and lorries brought the M7 to a standstill this morning",
      dates: ["2039-11-17"],
    },
    { text: "The southbound M7 reopened at 9.40pm yesterday", dates: ["2039-11-17"] },
    { text: "the first cars collided on Thursday morning", dates: ["2039-11-17"] },
    { text: "Families of the M7 fog crash victims last night demanded action", dates: ["2039-11-18"] },
    { text: "died in hospital on Sunday, bringing the death toll to three", dates: ["2039-11-20"] },
    { text: "has been arrested on suspicion of causing death by dangerous driving", dates: ["2039-11-21"] },
    { text: "will report on the stretch's fog signals by the end of January", dates: ["2040-01"] },
  ],
  neverDated: [
    { text: "In 1991, 51 vehicles were involved in a fog crash", date: "1991" },
    { text: "whose son was killed in the 1991 crash", date: "1991" },
    { text: "will report on the stretch's fog signals by the end of January", date: "2039-01" },
    // "On Sunday" in a Tuesday paper is the day gone, not the next.
    { text: "died in hospital on Sunday, bringing the death toll to three", date: "2039-11-27", exact: true },
  ],
  disagreements: [
    // Vehicles in one pile-up: National Highways' count against the fire service's.
    { values: ["34", "41"], outlets: ["Britannia Press Wire", "Hollinbrook Gazette"] },
    // The dead lorry driver's age.
    { values: ["58", "61"], outlets: ["Hollinbrook Gazette", "Northern Radio News"] },
    // How long one carriageway stayed shut.
    { values: ["14", "11"], outlets: ["Northern Radio News", "The Daily Courier"] },
    // The length of road the wreckage covered.
    { values: ["half", "1.5"], outlets: ["Britannia Press Wire", "The Daily Courier"] },
  ],
  notDisagreements: [
    // A toll that rose; a hospital count the ambulance service revised; the seriously hurt among them.
    ["Two", "three"],
    ["27", "31"],
    ["27", "eight"],
    ["31", "eight"],
    // A precedent from 1991 and vehicles removed overnight (another count of vehicles).
    ["34", "51"],
    ["41", "51"],
    ["34", "Twelve"],
    ["41", "Twelve"],
    ["19", "34"],
    // The planned reopening against the real one.
    ["6", "9.40"],
    // Campaigners' demand against the offer.
    ["6", "1.5"],
    // A speed estimate, a range holding it, the limit.
    ["70", "between 60 and 75mph"],
    ["70", "40"],
    // The arrested man's age against the victim's.
    ["44", "58"],
    ["44", "61"],
    // A forecast visibility against what a driver saw.
    ["100", "a few metres"],
  ],
  corroboration: [
    { text: "34 vehicles crashed in thick fog on the M7 near Hollinbrook this morning", outlets: 2 },
    { text: "has been arrested on suspicion of causing death by dangerous driving", outlets: 1 },
  ],
  headline: ["arrested", "arrest", "three"],
  summary: {
    holds: ["arrested", "three"],
    never: ["Two people were killed and dozens injured", "is expected to reopen by 6pm"],
  },
  sameEntry: [
    [
      "34 vehicles crashed in thick fog on the M7 near Hollinbrook this morning",
      "A pile-up of 41 cars, vans and lorries brought the M7 to a standstill this morning",
    ],
  ],
  order: [
    "The Met Office had issued a yellow warning for fog on Wednesday",
    "34 vehicles crashed in thick fog on the M7 near Hollinbrook this morning",
    "died in hospital on Sunday, bringing the death toll to three",
    "has been arrested on suspicion of causing death by dangerous driving",
    "will report on the stretch's fog signals by the end of January",
  ],
  supersession: {
    apart: [
      ["Two people were killed", "bringing the death toll to three"],
      ["27 people had been taken to hospital", "now puts the number taken to hospital at 31"],
      ["is expected to reopen by 6pm", "The southbound M7 reopened at 9.40pm yesterday"],
    ],
    current: [
      "has been arrested on suspicion of causing death by dangerous driving",
      "Twelve vehicles were too badly damaged to be driven",
      "will report on the stretch's fog signals by the end of January",
    ],
  },
};
