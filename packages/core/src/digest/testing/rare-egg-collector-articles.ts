/**
 * Held-out batch Y (lead session 34, 2026-12-08), written by heldout27 before any run; scored unfitted, then added to the bench at the session's end.
 * A Highland egg collector convicted and jailed for hoarding rare birds' eggs, Monday 12 to Friday 16 March 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ec/1",
    externalId: "y1",
    source: "Scottish News Service",
    url: "https://scottishnewsservice.example/courts/aviemore-egg-collector-convicted",
    publishedAt: "2046-03-12T15:00:00Z",
    title: "Egg collector convicted over rare birds' eggs hidden under floor",
    originalText: [
      "INVERNESS (SNS) — A retired joiner has been convicted of taking the eggs of some of Scotland's rarest birds, after police found more than 700 eggs hidden under the floorboards of his home.",
      "Graham Lockhart, a 61-year-old from Aviemore, was found guilty at Inverness Sheriff Court on Monday of 11 charges under the Wildlife and Countryside Act.",
      "The collection included eggs taken from golden eagle, osprey and Slavonian grebe nests, the court heard.",
      "Police raided his home in May last year after a tip-off from a gamekeeper.",
      "“This was an obsession that did real harm to birds already on the brink,” said Detective Constable Euan Baird, a wildlife crime officer.",
      "Sheriff Fiona Rennie deferred sentence until Thursday.",
      "Egg collecting has been illegal in Britain since 1954.",
    ].join("\n"),
  },
  {
    input: "ec/2",
    externalId: "y2",
    source: "Highland Courier",
    url: "https://highlandcourier.example/news/aviemore-man-guilty-rare-eggs",
    publishedAt: "2046-03-12T18:00:00Z",
    title: "Aviemore man guilty of hoarding rare birds' eggs",
    originalText: [
      "A retired joiner who hid more than 700 eggs of rare birds under the floorboards of his home has been convicted, the Scottish News Service reports.",
      "Graham Lockhart, a 61-year-old Aviemore man, was found guilty of 11 wildlife charges at Inverness Sheriff Court on Monday.",
      "Golden eagle, osprey and Slavonian grebe eggs were among those in his collection, the court was told.",
      "Officers searched his house in May last year following a gamekeeper's tip-off.",
      "“This was an obsession that did real harm to birds already on the brink,” said Detective Constable Euan Baird, a wildlife crime officer.",
      "Sentence was deferred until Thursday.",
    ].join("\n"),
  },
  {
    input: "ec/3",
    externalId: "y3",
    source: "Wild Birds Review",
    url: "https://wildbirdsreview.example/news/lockhart-hoard-one-of-largest",
    publishedAt: "2046-03-13T10:00:00Z",
    title: "Lockhart hoard one of the largest found this century",
    originalText: [
      "Investigators at the Highland Raptor Trust say Graham Lockhart's hoard of 650 eggs is one of the largest found in the UK this century.",
      "The eggs came from 42 species and included 19 golden eagle eggs.",
      "Scotland has about 500 breeding pairs of golden eagles.",
      "Trust investigator Morag Sinclair put the value of the collection to other collectors at £40,000.",
      "'Every one of these eggs was a chick that never flew,' Ms Sinclair said.",
    ].join("\n"),
  },
  {
    input: "ec/4",
    externalId: "y4",
    source: "Strathspey Herald",
    url: "https://strathspeyherald.example/news/quiet-neighbour-secret-egg-hoard",
    title: "Quiet neighbour's secret hoard",
    originalText: [
      "Aviemore man Graham Lockhart, 63, kept his collection in a hidden cavity under his bedroom floor and in a wardrobe with a false bottom.",
      "The eggs, which police seized in a raid in May last year, were later catalogued by experts as coming from 46 species.",
      "His diaries recorded trips to nests across the Highlands over 15 years.",
      "Neighbour Alison Grant said: “You would never have guessed. He walked his dog past my window every morning.”",
    ].join("\n"),
  },
  {
    input: "ec/5",
    externalId: "y5",
    source: "Scottish News Service",
    url: "https://scottishnewsservice.example/courts/egg-collector-jailed-ten-months",
    publishedAt: "2046-03-15T14:30:00Z",
    title: "Egg collector jailed for 10 months",
    originalText: [
      "INVERNESS (SNS) — A man who hoarded more than 700 rare birds' eggs was jailed for 10 months at Inverness Sheriff Court on Thursday.",
      "Sheriff Fiona Rennie told Graham Lockhart, 61, that he had shown “a complete disregard for the law and for the birds themselves.”",
      "The maximum penalty for each charge is six months in prison, a fine of £5,000, or both.",
      "Iain Muir, for Lockhart, had asked for a community sentence, telling the court his client was “deeply ashamed” and in poor health.",
      "The collection was valued at £25,000 by a police expert, the court heard.",
      "The eggs will be given to National Museums Scotland for research.",
    ].join("\n"),
  },
  {
    input: "ec/6",
    externalId: "y6",
    source: "The Caledonian",
    url: "https://thecaledonian.example/scotland/egg-collector-sentence-welcomed",
    publishedAt: "2046-03-16T07:00:00Z",
    title: "Conservationists welcome longest jail term for an egg thief",
    originalText: [
      "Conservationists have welcomed the 10-month jail term handed to egg collector Graham Lockhart yesterday, the longest given to an egg thief in Scotland.",
      "The previous longest, six months, was handed to a collector from Perth in 2039.",
      "In 2034, a Derbyshire collector was jailed for 30 weeks after police found 3,600 eggs at his home.",
      "'A sentence like this sends a message to every collector out there,' said Morag Sinclair of the Highland Raptor Trust.",
      "Lockhart is expected to serve about half of his sentence.",
    ].join("\n"),
  },
];

export function rareEggCollectorArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Scotland is on GMT in March). "On Monday" in Monday's
 * agency story and its rewrite is 12 March; "until Thursday" there is the 15th; "on Thursday" in
 * Thursday's agency story is the 15th; "yesterday" in Friday's Caledonian is the 15th. "In May last
 * year" in a 2046 story is May 2045, a past act of the story's own actors (the raid) and so dated;
 * in the undated Herald it may stay undated. The Highland Courier rewrites the first agency story with
 * a credit.
 */
export const RARE_EGG_COLLECTOR_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This was an obsession that did real harm to birds already on the brink", speaker: "Euan Baird" },
    // Single quotation marks, and a surname with a title after a full name given before.
    { text: "Every one of these eggs was a chick that never flew", speaker: "Morag Sinclair" },
    {
      text: "You would never have guessed. He walked his dog past my window every morning",
      speaker: "Alison Grant",
    },
    { text: "a complete disregard for the law and for the birds themselves", speaker: "Fiona Rennie", partial: true },
    { text: "deeply ashamed", speaker: "Iain Muir", partial: true },
    { text: "A sentence like this sends a message to every collector out there", speaker: "Morag Sinclair" },
  ],
  timeline: [
    { text: "was found guilty at Inverness Sheriff Court on Monday of 11 charges", dates: ["2046-03-12"] },
    { text: "Police raided his home in May last year", dates: ["2045-05"] },
    { text: "which police seized in a raid in May last year", dates: [null, "2045-05"] },
    { text: "was jailed for 10 months at Inverness Sheriff Court on Thursday", dates: ["2046-03-15"] },
    { text: "handed to egg collector Graham Lockhart yesterday", dates: ["2046-03-15"] },
  ],
  neverDated: [
    { text: "Egg collecting has been illegal in Britain since 1954", date: "1954" },
    { text: "The previous longest, six months, was handed to a collector from Perth in 2039", date: "2039" },
    { text: "In 2034, a Derbyshire collector was jailed for 30 weeks", date: "2034" },
    { text: "Police raided his home in May last year", date: "2046-05" },
    { text: "Sheriff Fiona Rennie deferred sentence until Thursday", date: "2046-03-08", exact: true },
  ],
  disagreements: [
    // Eggs found: "more than 700 eggs" (the agency; its rewrite counts once) against "hoard of 650 eggs".
    { values: ["700", "650"], outlets: ["Scottish News Service", "Wild Birds Review"] },
    // His age: "a 61-year-old from Aviemore" against ", 63,".
    { values: ["61", "63"], outlets: ["Scottish News Service", "Strathspey Herald"] },
    // Species: "came from 42 species" against "as coming from 46 species".
    { values: ["42", "46"], outlets: ["Wild Birds Review", "Strathspey Herald"] },
    // The collection's value: "put the value … at £40,000" against "was valued at £25,000".
    { values: ["40,000", "25,000"], outlets: ["Wild Birds Review", "Scottish News Service"] },
  ],
  notDisagreements: [
    // The sentence against the maximum for one charge and against the earlier record.
    ["10", "six"],
    // Charges against months.
    ["11", "10"],
    // A part against the whole: golden eagle eggs against all eggs; eagle pairs in Scotland.
    ["19", "700"],
    ["19", "650"],
    ["500", "700"],
    ["500", "650"],
    // A 2034 precedent.
    ["3,600", "700"],
    ["3,600", "650"],
    ["30", "10"],
    // A maximum fine against the collection's value.
    ["5,000", "25,000"],
    ["5,000", "40,000"],
    // Years of nest trips against his age and the species.
    ["15", "61"],
    ["15", "42"],
    // Species against charges.
    ["42", "11"],
    ["46", "11"],
  ],
  corroboration: [
    // The agency and its rewrite count once; the trade review and the Herald name the hoard in other words.
    { text: "was found guilty at Inverness Sheriff Court on Monday of 11 charges", outlets: 1 },
    { text: "was jailed for 10 months at Inverness Sheriff Court on Thursday", outlets: 2 },
    { text: "Police raided his home in May last year", outlets: 2 },
  ],
  headline: ["jailed", "jail", "welcomed"],
  summary: {
    holds: ["10 months"],
    never: ["Sheriff Fiona Rennie deferred sentence until Thursday", "Sentence was deferred until Thursday"],
  },
  sameEntry: [
    [
      "was jailed for 10 months at Inverness Sheriff Court on Thursday",
      "handed to egg collector Graham Lockhart yesterday",
    ],
  ],
  order: [
    "Police raided his home in May last year",
    "was found guilty at Inverness Sheriff Court on Monday of 11 charges",
    "was jailed for 10 months at Inverness Sheriff Court on Thursday",
  ],
  supersession: {
    apart: [
      ["Sheriff Fiona Rennie deferred sentence until Thursday", "was jailed for 10 months"],
      ["Sentence was deferred until Thursday", "was jailed for 10 months"],
    ],
    current: [
      "The eggs will be given to National Museums Scotland for research",
      "was found guilty at Inverness Sheriff Court on Monday of 11 charges",
      "Police raided his home in May last year",
    ],
  },
};
