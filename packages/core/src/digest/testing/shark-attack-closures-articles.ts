/**
 * Held-out batch P (lead session 30, 2026-12-07), written by heldout18 before any run; unfitted.
 * A shark bites a surfer off a New South Wales beach and the coast's beaches close, Sunday 11 to Thursday 15 January 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "sa/1",
    externalId: "p1",
    source: "Australian Coastal Press",
    url: "https://australiancoastalpress.example/nsw/surfer-shark-carrawong",
    publishedAt: "2043-01-11T07:30:00Z",
    title: "Surfer bitten by shark off Carrawong Beach, six beaches closed",
    originalText: [
      "CARRAWONG, NSW (ACP) — A 34-year-old surfer was bitten on the thigh by a shark off Carrawong Beach on Sunday afternoon, and six beaches along the coast were closed, police said.",
      "The man was about 50 metres from shore when the shark struck at about 2.40pm, witnesses told police.",
      "Off-duty nurse Kylie Brandt, who helped drag him onto the sand, said: “There was blood everywhere but he never stopped talking.”",
      "Surf Life Saving NSW said the shark was believed to be a great white about three metres long.",
      "The closures would stay in place for at least 24 hours, the council said.",
      "It was the first serious attack on the Carrawong coast since 2029, when a bodyboarder lost his left hand.",
    ].join("\n"),
  },
  {
    input: "sa/2",
    externalId: "p2",
    source: "Hunter Valley Courier",
    url: "https://huntervalleycourier.example/news/shark-bite-carrawong-surfer",
    publishedAt: "2043-01-11T09:00:00Z",
    title: "Shark bite at Carrawong: surfer hurt, beaches shut",
    originalText: [
      "A surfer aged 34 suffered a shark bite to his thigh at Carrawong Beach on Sunday afternoon, prompting police to shut six beaches along the coast.",
      "Witnesses told police he was roughly 50 metres out when the shark struck at about 2.40pm.",
      "Kylie Brandt, an off-duty nurse who helped haul him from the surf, said: “There was blood everywhere but he never stopped talking.”",
      "Surf Life Saving NSW believes the animal was a great white of around three metres.",
      "The council said the beaches would remain closed for at least 24 hours.",
      "The coast's last serious attack was in 2029, when a bodyboarder lost his left hand.",
    ].join("\n"),
  },
  {
    input: "sa/3",
    externalId: "p3",
    source: "The Sydney Morning Ledger",
    url: "https://sydneymorningledger.example/national/carrawong-shark-surfer-named",
    publishedAt: "2043-01-12T02:00:00Z",
    title: "Carrawong shark victim named as Newcastle carpenter",
    originalText: [
      "The surfer attacked at Carrawong Beach, Liam Petrakis, 36, was in a stable condition at John Hunter Hospital after a five-hour operation on his leg, the hospital said on Monday.",
      "Mr Petrakis, a carpenter from Newcastle, was paddling about 80 metres off the beach when he was hit, according to his brother.",
      "Nine beaches between Redhead and Carrawong were shut on Monday after drones spotted the shark twice more overnight.",
      "“He's a tough bloke and he's already asking about his board,” his brother Nick Petrakis said.",
      "Water off the coast has been running at 21 to 23 degrees, warmer than usual for the time of year.",
      "The state has spent $8.6 million on shark nets and drone patrols since 2039.",
    ].join("\n"),
  },
  {
    input: "sa/4",
    externalId: "p4",
    source: "The Daily Clarion",
    url: "https://dailyclarion.example/news/jaws-terror-hero-nurse",
    title: "JAWS TERROR: hero nurse waded into bloody surf",
    originalText: [
      "Hero nurse Kylie Brandt told last night how she waded into bloody surf to save a surfer savaged by a four-metre great white.",
      "“I didn't think about the shark, I just grabbed his arm,” the 29-year-old mum-of-two said.",
      "Dad-of-one Liam Petrakis needed a seven-hour operation to save his leg.",
      "Brandt said the shark's fin was 'as big as a car door'.",
      "Drone operators have logged 11 shark sightings off the coast since Christmas.",
    ].join("\n"),
  },
  {
    input: "sa/5",
    externalId: "p5",
    source: "Surf Industry News",
    url: "https://surfindustrynews.example/coast/lake-macquarie-beaches-reopen",
    publishedAt: "2043-01-14T03:00:00Z",
    title: "Lake Macquarie reopens seven beaches after shark closures",
    originalText: [
      "Lake Macquarie council reopened seven of the nine closed beaches on Wednesday morning, keeping Carrawong and Redhead shut until at least Friday.",
      "Council had said on Sunday the closures would last at least 24 hours; most beaches stayed shut for more than 60.",
      "Two SMART drumlines set on Monday caught a 3.2-metre great white on Tuesday, which was tagged and released 1km offshore, the Department of Primary Industries said.",
      "The surfer, Liam Petrakis, was moved out of intensive care this morning, the hospital said.",
      "Shops in the area said board hire had fallen by about 40 per cent since the attack.",
      "“Closures cost us, but nobody argues with a shark in the lineup,” said Dean Whitcombe, who runs a surf school at Redhead.",
      "A beginner's wetsuit and board cost about $650 — roughly US$430 — in local shops.",
    ].join("\n"),
  },
  {
    input: "sa/6",
    externalId: "p6",
    source: "Australian Coastal Press",
    url: "https://australiancoastalpress.example/nsw/carrawong-beach-to-reopen",
    publishedAt: "2043-01-15T06:00:00Z",
    title: "Carrawong Beach to reopen Saturday after shark attack",
    originalText: [
      "CARRAWONG, NSW (ACP) — Carrawong Beach will reopen on Saturday, Lake Macquarie council said on Thursday.",
      "The attack happened at 2.15pm, not 2.40pm as first reported, police said.",
      "Petrakis left intensive care on Wednesday and faces about three months of rehabilitation, his family said.",
      "Surfers will be allowed back in the water, but lifeguards will fly drones every 30 minutes.",
      "“We'd rather be cautious for two more days than sorry,” council general manager Rhonda Kells said.",
      "The 3.2-metre great white caught on a drumline was probably not the one that bit him, Kells said, adding: “The drones are our best eyes.”",
      "Since 2000, NSW has recorded 14 fatal shark attacks.",
    ].join("\n"),
  },
];

export function sharkAttackClosuresArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. Times are AEDT (UTC+11): the first story is 6.30pm on
 * Sunday 11 January. The Ledger's Monday story is Monday 12th at 1pm local; Surf Industry News is
 * Wednesday 14th at 2pm local ("this morning" is the 14th, "on Monday" the 12th, "on Tuesday" the
 * 13th); the agency's last story is Thursday 15th at 5pm local ("on Saturday" ahead is the 17th).
 * The Hunter Valley Courier's story is a syndicated rewrite of the agency's first.
 */
export const SHARK_ATTACK_CLOSURES_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "There was blood everywhere but he never stopped talking", speaker: "Kylie Brandt" },
    { text: "He's a tough bloke and he's already asking about his board", speaker: "Nick Petrakis" },
    { text: "I didn't think about the shark, I just grabbed his arm", speaker: "Kylie Brandt" },
    { text: "as big as a car door", speaker: "Kylie Brandt", partial: true },
    { text: "Closures cost us, but nobody argues with a shark in the lineup", speaker: "Dean Whitcombe" },
    { text: "We'd rather be cautious for two more days than sorry", speaker: "Rhonda Kells" },
    { text: "The drones are our best eyes", speaker: "Rhonda Kells" },
  ],
  timeline: [
    { text: "was bitten on the thigh by a shark off Carrawong Beach on Sunday afternoon", dates: ["2043-01-11"] },
    { text: "suffered a shark bite to his thigh at Carrawong Beach on Sunday afternoon", dates: ["2043-01-11"] },
    { text: "the hospital said on Monday", dates: ["2043-01-12"] },
    { text: "Nine beaches between Redhead and Carrawong were shut on Monday", dates: ["2043-01-12"] },
    { text: "reopened seven of the nine closed beaches on Wednesday morning", dates: ["2043-01-14"] },
    { text: "Council had said on Sunday the closures would last", dates: ["2043-01-11"] },
    { text: "caught a 3.2-metre great white on Tuesday", dates: ["2043-01-13", "2043-01-12"] },
    { text: "was moved out of intensive care this morning", dates: ["2043-01-14"] },
    { text: "Petrakis left intensive care on Wednesday", dates: ["2043-01-14"] },
    {
      text: "Carrawong Beach will reopen on Saturday, Lake Macquarie council said on Thursday",
      dates: ["2043-01-15", "2043-01-17"],
    },
    // Undated tabloid: its "last night" cannot be placed.
    { text: "Hero nurse Kylie Brandt told last night", dates: [null] },
  ],
  neverDated: [
    { text: "since 2029, when a bodyboarder lost his left hand", date: "2029" },
    { text: "The coast's last serious attack was in 2029", date: "2029" },
    { text: "on shark nets and drone patrols since 2039", date: "2039" },
    { text: "Since 2000, NSW has recorded 14 fatal shark attacks", date: "2000" },
    // "On Monday" in a Wednesday story is the Monday gone, not the next one.
    { text: "Two SMART drumlines set on Monday", date: "2043-01-19", exact: true },
    // "On Saturday" in a Thursday story is the Saturday ahead, not the one before.
    { text: "Carrawong Beach will reopen on Saturday", date: "2043-01-10", exact: true },
  ],
  disagreements: [
    // The surfer's age: in a modifier in the agency's story, after his name in the Ledger's.
    { values: ["34", "36"], outlets: ["Australian Coastal Press", "The Sydney Morning Ledger"] },
    // How far out he was when bitten: witnesses to police against his brother.
    { values: ["50", "80"], outlets: ["Australian Coastal Press", "The Sydney Morning Ledger"] },
    // The length of the shark that bit him: "about three metres long" against "a four-metre great white".
    { values: ["three", "four"], outlets: ["Australian Coastal Press", "The Daily Clarion"] },
    // How long his operation took.
    { values: ["five", "seven"], outlets: ["The Sydney Morning Ledger", "The Daily Clarion"] },
  ],
  notDisagreements: [
    // Beaches closed as the closures grew, then the part reopened against the whole.
    ["six", "Nine"],
    ["seven", "nine"],
    ["six", "seven"],
    // The council's forecast against how long the closures lasted.
    ["24", "60"],
    // The agency's own correction of the time.
    ["2.40", "2.15"],
    // Another shark, caught on a drumline, in the same unit.
    ["three", "3.2"],
    ["four", "3.2"],
    // A price and its conversion.
    ["650", "430"],
    // The nurse's age against the surfer's.
    ["29", "34"],
    ["29", "36"],
    // The two ends of one range of water temperatures.
    ["21", "23"],
    // Sightings since Christmas against beaches closed; the state's fatal toll since 2000.
    ["11", "Nine"],
    ["14", "six"],
    // Distance of the release against distance from shore.
    ["1", "50"],
    // Operation hours against months of rehabilitation.
    ["five", "three"],
  ],
  corroboration: [
    // The agency and its syndicated rewrite count once.
    { text: "the shark was believed to be a great white about three metres long", outlets: 1 },
    // The agency (and its rewrite, once) and Surf Industry News.
    { text: "The closures would stay in place for at least 24 hours, the council said", outlets: 2 },
    // Surf Industry News and the agency's last story.
    { text: "Two SMART drumlines set on Monday caught a 3.2-metre great white on Tuesday", outlets: 2 },
  ],
  headline: ["will reopen", "reopen on Saturday"],
  summary: {
    holds: ["reopen", "Petrakis"],
    never: ["six beaches along the coast were closed", "The closures would stay in place for at least 24 hours"],
  },
  sameEntry: [["was moved out of intensive care this morning", "Petrakis left intensive care on Wednesday"]],
  order: [
    "was bitten on the thigh by a shark off Carrawong Beach on Sunday afternoon",
    "Nine beaches between Redhead and Carrawong were shut on Monday",
    "caught a 3.2-metre great white on Tuesday",
    "reopened seven of the nine closed beaches on Wednesday morning",
    "Carrawong Beach will reopen on Saturday",
  ],
  supersession: {
    apart: [
      ["six beaches along the coast were closed", "Nine beaches between Redhead and Carrawong were shut"],
      ["Nine beaches between Redhead and Carrawong were shut", "reopened seven of the nine closed beaches"],
      ["struck at about 2.40pm", "The attack happened at 2.15pm"],
      ["keeping Carrawong and Redhead shut until at least Friday", "Carrawong Beach will reopen on Saturday"],
    ],
    current: [
      "lifeguards will fly drones every 30 minutes",
      "Since 2000, NSW has recorded 14 fatal shark attacks",
      "caught a 3.2-metre great white on Tuesday",
    ],
  },
};
