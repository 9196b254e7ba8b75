/**
 * Held-out batch T (lead session 32, 2026-12-07), written by heldout22 before any run; unfitted.
 * An armoured cash van boxed in and robbed on a Yorkshire motorway, then dawn-raid arrests and charges, Tuesday 7 to Monday 13 October 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cv/1",
    externalId: "v1",
    source: "National News Wire",
    url: "https://nationalnewswire.example/crime/m62-cash-van-robbery",
    publishedAt: "2042-10-07T12:00:00Z",
    title: "Armed gang robs cash van on M62",
    originalText: [
      "WAKEFIELD (NNW) — Six masked men armed with machetes boxed in a security van on the M62 in West Yorkshire on Tuesday morning and escaped with an estimated £3.2m in cash, police said.",
      "The robbery happened at about 6.40am between junctions 25 and 26, when two stolen cars forced the van onto the hard shoulder.",
      "One of the two guards, a 58-year-old man, was taken to hospital with a head injury.",
      "“This was a planned, violent and terrifying attack,” Detective Superintendent Rachel Oyelaran of West Yorkshire Police said.",
      "The eastbound carriageway was expected to stay closed until mid-afternoon.",
      "In 2006, robbers took £53m from a Securitas depot in Kent, the biggest cash robbery in British history.",
    ].join("\n"),
  },
  {
    input: "cv/2",
    externalId: "v2",
    source: "The Calder Valley Post",
    url: "https://caldervalleypost.example/news/m62-robbery-commuters-stuck",
    publishedAt: "2042-10-08T09:00:00Z",
    title: "Commuters trapped for hours after M62 cash van raid",
    originalText: [
      "Thousands of commuters were stuck for hours yesterday after a gang of eight robbed a cash van on the M62 near Brighouse shortly before 7.10am.",
      "The motorway reopened just before 7pm after a 12-hour closure while forensic teams searched the carriageway.",
      "A burnt-out Audi thought to have been used by the robbers was found in a lane about three miles from the scene.",
      "“They came out of nowhere, two cars, and the van just stopped dead,” said lorry driver Mick Haigh, who was two vehicles behind.",
      "Sentinel Cash Services, which owns the van, has been moving cash for banks in the region since 1994.",
    ].join("\n"),
  },
  {
    input: "cv/3",
    externalId: "v3",
    source: "National News Wire",
    url: "https://nationalnewswire.example/crime/m62-cash-van-robbery-arrests",
    publishedAt: "2042-10-10T11:00:00Z",
    title: "Four arrested in dawn raids over M62 cash van robbery",
    originalText: [
      "LEEDS (NNW) — Police arrested four men in dawn raids in Bradford and Leeds on Friday over Tuesday's armed robbery of a cash van on the M62.",
      "The men, aged between 24 and 51, are being held on suspicion of conspiracy to commit robbery.",
      "Detectives have recovered £410,000 of the estimated £3.2m that was taken.",
      "Sentinel Cash Services has offered a £100,000 reward for information leading to the rest of the money.",
      "Oyelaran said the investigation was 'far from over'.",
    ].join("\n"),
  },
  {
    input: "cv/4",
    externalId: "v4",
    source: "Yorkshire Evening Chronicle",
    url: "https://yorkshireeveningchronicle.example/news/m62-robbery-four-held",
    publishedAt: "2042-10-10T16:00:00Z",
    title: "Four men held after M62 security van raid",
    originalText: [
      "Four men were arrested in dawn raids across Bradford and Leeds on Friday in connection with Tuesday's armed raid on a cash van on the M62, police said.",
      "The suspects, who are aged from 24 to 51, are being questioned on suspicion of conspiracy to rob.",
      "Of the estimated £3.2m stolen, £410,000 has been recovered, detectives said.",
      "The van's owner, Sentinel Cash Services, is offering a £100,000 reward.",
      "Detective Superintendent Rachel Oyelaran said the inquiry was 'far from over'.",
    ].join("\n"),
  },
  {
    input: "cv/5",
    externalId: "v5",
    source: "The Pennine Observer",
    url: "https://pennineobserver.example/news/two-charged-m62-cash-van-raid",
    publishedAt: "2042-10-13T15:00:00Z",
    title: "Two men charged over M62 cash van raid",
    originalText: [
      "Two men have been charged with robbery over last Tuesday's M62 cash van raid.",
      "Darren Kell, 43, of Bradford, and Liam Shaw, 29, of Leeds, appeared before Leeds magistrates on Monday and were remanded in custody.",
      "Two other men have been released on bail, and two more were arrested over the weekend, bringing the number of arrests to six.",
      "Kell and Shaw will appear at Leeds Crown Court on November 4.",
      "Oyelaran told reporters: “We believe there are others out there who know where the rest of this money is.”",
    ].join("\n"),
  },
  {
    input: "cv/6",
    externalId: "v6",
    source: "The Morning Bugle",
    url: "https://morningbugle.example/news/motorway-heist-guard-terror",
    title: "Motorway heist guard: I thought I was going to die",
    originalText: [
      "A gang of machete-wielding robbers made off with 3.8 million pounds in used notes after ambushing a security van on one of Britain's busiest motorways.",
      "The M62 was shut for ten hours as police combed the scene.",
      "“I thought I was going to die” — guard Pete Walsh, who needed 11 stitches.",
      "Walsh, a grandfather of four, had worked for the firm for 22 years.",
      "Sentinel pays its guards about £24,000 a year.",
    ].join("\n"),
  },
];

export function cashVanRobberyArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. "On Tuesday morning" in Tuesday's wire is 7 October, as is
 * "yesterday" in Wednesday's Post and "Tuesday's" robbery in Friday's stories; "on Friday" in Friday's wire
 * and its rewrite is the 10th; in Monday's Observer "last Tuesday" is the 7th, "on Monday" the 13th, "on
 * Friday" the 10th, "over the weekend" the 11th or 12th, and "November 4" this year's. The Yorkshire
 * Evening Chronicle's story is a syndicated rewrite of the wire's Friday story. The Bugle's story is undated.
 */
export const CASH_VAN_ROBBERY_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This was a planned, violent and terrifying attack", speaker: "Rachel Oyelaran" },
    { text: "They came out of nowhere, two cars, and the van just stopped dead", speaker: "Mick Haigh" },
    { text: "far from over", speaker: "Rachel Oyelaran", partial: true },
    {
      text: "We believe there are others out there who know where the rest of this money is",
      speaker: "Rachel Oyelaran",
    },
    { text: "I thought I was going to die", speaker: "Pete Walsh" },
  ],
  timeline: [
    { text: "boxed in a security van on the M62 in West Yorkshire on Tuesday morning", dates: ["2042-10-07"] },
    { text: "Thousands of commuters were stuck for hours yesterday", dates: ["2042-10-07"] },
    { text: "Police arrested four men in dawn raids in Bradford and Leeds on Friday", dates: ["2042-10-10"] },
    { text: "Four men were arrested in dawn raids across Bradford and Leeds on Friday", dates: ["2042-10-10"] },
    {
      text: "Two men have been charged with robbery over last Tuesday's M62 cash van raid",
      dates: ["2042-10-13", "2042-10-07"],
    },
    { text: "appeared before Leeds magistrates on Monday", dates: ["2042-10-13"] },
    { text: "two more were arrested over the weekend", dates: ["2042-10-11", "2042-10-12", "2042-10-10"] },
    { text: "will appear at Leeds Crown Court on November 4", dates: ["2042-11-04"] },
  ],
  neverDated: [
    { text: "In 2006, robbers took £53m from a Securitas depot in Kent", date: "2006" },
    { text: "moving cash for banks in the region since 1994", date: "1994" },
    { text: "will appear at Leeds Crown Court on November 4", date: "2043-11-04", exact: true },
    // "On Monday" in a Monday story is that day, not the week before.
    { text: "appeared before Leeds magistrates on Monday", date: "2042-10-06", exact: true },
  ],
  disagreements: [
    // The gang's size: "Six masked men" against "a gang of eight".
    { values: ["Six", "eight"], outlets: ["National News Wire", "The Calder Valley Post"] },
    // The time of the robbery.
    { values: ["6.40", "7.10"], outlets: ["National News Wire", "The Calder Valley Post"] },
    // How long the motorway was shut: inside "a 12-hour closure" against "shut for ten hours".
    { values: ["12", "ten"], outlets: ["The Calder Valley Post", "The Morning Bugle"] },
    // The money taken: "£3.2m" (the wire; its rewrite counts once) against "3.8 million pounds".
    { values: ["3.2", "3.8"], outlets: ["National News Wire", "The Morning Bugle"] },
  ],
  notDisagreements: [
    // Arrests as they grew, and those charged among them.
    ["four", "six"],
    ["Four", "six"],
    ["Two", "six"],
    ["Two", "four"],
    // The cash recovered against the cash taken, and the reward against both.
    ["410,000", "3.2"],
    ["100,000", "410,000"],
    ["100,000", "3.2"],
    // A 2006 precedent.
    ["53", "3.2"],
    ["53", "3.8"],
    // The suspects' age range against the charged men's ages inside it, and the guard's.
    ["51", "43"],
    ["24", "29"],
    ["58", "43"],
    // Guards against robbers; stolen cars against guards.
    ["two", "Six"],
    // A distance to the burnt-out car against junction numbers.
    ["three", "25"],
    // Stitches against years of service; a salary against the reward.
    ["11", "22"],
    ["24,000", "100,000"],
  ],
  corroboration: [
    // The wire and its rewrite count once.
    { text: "Police arrested four men in dawn raids in Bradford and Leeds on Friday", outlets: 1 },
    // The wire (with its rewrite), the Post, the Observer and the Bugle all tell the robbery on the M62, in other words.
    { text: "boxed in a security van on the M62 in West Yorkshire on Tuesday morning", outlets: 4 },
    // The wire (with its rewrite) gives the recovery; no one else does.
    { text: "Detectives have recovered £410,000", outlets: 1 },
  ],
  headline: ["charged", "charge"],
  summary: {
    holds: ["charged", "M62"],
    never: ["The eastbound carriageway was expected to stay closed until mid-afternoon"],
  },
  sameEntry: [
    [
      "boxed in a security van on the M62 in West Yorkshire on Tuesday morning",
      "Thousands of commuters were stuck for hours yesterday",
    ],
  ],
  order: [
    "boxed in a security van on the M62 in West Yorkshire on Tuesday morning",
    "Police arrested four men in dawn raids in Bradford and Leeds on Friday",
    "appeared before Leeds magistrates on Monday",
    "will appear at Leeds Crown Court on November 4",
  ],
  supersession: {
    apart: [
      [
        "The eastbound carriageway was expected to stay closed until mid-afternoon",
        "The motorway reopened just before 7pm",
      ],
      ["Police arrested four men in dawn raids", "bringing the number of arrests to six"],
    ],
    current: [
      "will appear at Leeds Crown Court on November 4",
      "Detectives have recovered £410,000",
      "has offered a £100,000 reward",
    ],
  },
};
