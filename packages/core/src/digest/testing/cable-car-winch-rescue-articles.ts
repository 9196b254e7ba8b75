/**
 * Held-out batch P (lead session 30, 2026-12-07), written by heldout18 before any run; unfitted.
 * A Tyrol cable car stops mid-span and rescuers winch its passengers down, Thursday 14 to Monday 18 August 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cc/1",
    externalId: "c1",
    source: "Austria Press Wire",
    url: "https://austriapresswire.example/tyrol/kalmspitzbahn-stranded",
    publishedAt: "2042-08-14T13:00:00Z",
    title: "84 stranded as Tyrol cable car stops mid-span",
    originalText: [
      "INNSBRUCK, Austria (APW) — A cable car stopped mid-span above the Kalmtal valley on Thursday morning, leaving 84 passengers stranded in two cabins, the operator said.",
      "The Kalmspitzbahn halted at 11.20am after a fault in its drive, passengers said.",
      "Mountain rescuers began lowering people to the ground by winch in the early afternoon, and 20 had been brought down by 2.30pm.",
      "The cabins were hanging about 110 metres above the forest floor at the highest point.",
      "“Everyone is calm and we have water on board,” said Thomas Egger, who leads the Tyrol mountain rescue team.",
      "Rescuers warned the operation could take up to 12 hours.",
      "The lift, built in 1987, was fitted with new cabins in 2038.",
    ].join("\n"),
  },
  {
    input: "cc/2",
    externalId: "c2",
    source: "Alpine Times English",
    url: "https://alpinetimesenglish.example/news/cable-car-stuck-kalmtal",
    publishedAt: "2042-08-14T16:00:00Z",
    title: "Cable car stuck over Kalmtal valley with 84 aboard",
    originalText: [
      "A cable car came to a halt mid-span over the Kalmtal valley on Thursday morning, stranding 84 passengers in its two cabins, according to the operator.",
      "Passengers said the Kalmspitzbahn stopped at 11.20am when its drive failed.",
      "Rescuers started winching people down in the early afternoon and had brought 20 to the ground by 2.30pm.",
      "At their highest point the cabins hung some 110 metres above the forest.",
      "Thomas Egger, head of the Tyrol mountain rescue team, said: “Everyone is calm and we have water on board.”",
      "The operation could last up to 12 hours, rescuers warned.",
    ].join("\n"),
  },
  {
    input: "cc/3",
    externalId: "c3",
    source: "The Innsbruck Observer",
    url: "https://innsbruckobserver.example/region/kalmspitzbahn-rescue-complete",
    publishedAt: "2042-08-15T05:00:00Z",
    title: "All passengers winched to safety from Kalmspitzbahn",
    originalText: [
      "All 79 people aboard the stranded Kalmspitzbahn were safely on the ground by 8.45pm yesterday, after a rescue operation lasting more than nine hours.",
      "Cabin one held 46 people and cabin two 33, the operator said.",
      "The last to be lowered were a family of four from Munich.",
      "“My daughter sang the whole time,” said Petra Lindner, 38, the children's mother.",
      "A return ticket to the summit costs €39, about $45.",
    ].join("\n"),
  },
  {
    input: "cc/4",
    externalId: "c4",
    source: "The Daily Beacon",
    url: "https://dailybeacon.example/news/brit-gran-cable-car-alps",
    title: "TERROR IN THE SKY: Brit gran trapped in Alps cable car",
    originalText: [
      "A British gran was among 84 people trapped above a 140-metre drop when an Alpine cable car ground to a halt.",
      "Maureen Healey, 71, from Bolton, spent the 11-hour rescue wrapped in a foil blanket.",
      "“I just kept telling myself not to look down,” she said.",
      "Her son said the family had paid £33 each for the ride.",
    ].join("\n"),
  },
  {
    input: "cc/5",
    externalId: "c5",
    source: "Ropeway Engineering Review",
    url: "https://ropewayengineeringreview.example/incidents/kalmspitzbahn-gearbox-bearing",
    publishedAt: "2042-08-18T08:00:00Z",
    title: "Gearbox bearing failure stopped Kalmspitzbahn",
    originalText: [
      "Kalmbahnen AG said on Saturday that a failed bearing in the main drive gearbox stopped the Kalmspitzbahn at 11.50am on Thursday.",
      "The backup diesel drive also failed to engage, which is why the cabins could not be hauled back to the stations.",
      "The 2.4-kilometre lift will stay closed for at least three weeks while the gearbox is replaced, at a cost of about €1.8m.",
      "Austria's ropeway inspectorate last examined the drive in June.",
      "Thomas Egger, who led the rescue, said a team of 60 rescuers worked from three winch points.",
      "“We train for this every spring, but you never expect to use it,” Egger said.",
      "The last full evacuation of an Austrian cable car, in 2034, took 14 hours.",
    ].join("\n"),
  },
  {
    input: "cc/6",
    externalId: "c6",
    source: "Austria Press Wire",
    url: "https://austriapresswire.example/tyrol/kalmspitzbahn-prosecutors",
    publishedAt: "2042-08-18T14:00:00Z",
    title: "Prosecutors open inquiry into Kalmspitzbahn stoppage",
    originalText: [
      "INNSBRUCK, Austria (APW) — Prosecutors in Innsbruck opened an investigation on Monday into the stoppage of the Kalmspitzbahn cable car.",
      "The last passengers reached the ground on Thursday evening.",
      "A failed gearbox bearing caused the stoppage, the operator has said.",
      "Kalmbahnen AG has offered each passenger a refund and €250 in compensation; a lawyer for 17 of them is asking for €2,000 each.",
      "Two passengers were treated in hospital for dehydration and released the same day.",
      "“We owe our passengers an apology and an answer,” chief executive Sabine Moosbrugger said.",
      "The chief executive added: “Nobody will ride the Kalmspitzbahn again until we are certain.”",
      "The lift carried 310,000 passengers last year.",
    ].join("\n"),
  },
];

export function cableCarWinchRescueArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. Tyrol is UTC+2 in August. The lift stops on Thursday
 * 14 August; "yesterday" in the Observer's Friday-morning paper and "Thursday evening" in Monday's
 * agency story are the 14th; "on Saturday" in Monday's trade story is the 16th; "June" is this
 * year's. Alpine Times English's story is a syndicated rewrite of the agency's first.
 */
export const CABLE_CAR_WINCH_RESCUE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Everyone is calm and we have water on board", speaker: "Thomas Egger" },
    { text: "My daughter sang the whole time", speaker: "Petra Lindner" },
    { text: "I just kept telling myself not to look down", speaker: "Maureen Healey" },
    { text: "We train for this every spring, but you never expect to use it", speaker: "Thomas Egger" },
    { text: "We owe our passengers an apology and an answer", speaker: "Sabine Moosbrugger" },
    { text: "Nobody will ride the Kalmspitzbahn again until we are certain", speaker: "Sabine Moosbrugger" },
  ],
  timeline: [
    { text: "A cable car stopped mid-span above the Kalmtal valley on Thursday morning", dates: ["2042-08-14"] },
    { text: "A cable car came to a halt mid-span over the Kalmtal valley on Thursday morning", dates: ["2042-08-14"] },
    { text: "were safely on the ground by 8.45pm yesterday", dates: ["2042-08-14"] },
    { text: "The last passengers reached the ground on Thursday evening", dates: ["2042-08-14"] },
    { text: "Kalmbahnen AG said on Saturday that a failed bearing", dates: ["2042-08-16", "2042-08-14"] },
    { text: "Austria's ropeway inspectorate last examined the drive in June", dates: ["2042-06"] },
    { text: "Prosecutors in Innsbruck opened an investigation on Monday", dates: ["2042-08-18"] },
  ],
  neverDated: [
    { text: "The lift, built in 1987, was fitted with new cabins in 2038", date: "1987" },
    { text: "The lift, built in 1987, was fitted with new cabins in 2038", date: "2038" },
    { text: "The last full evacuation of an Austrian cable car, in 2034, took 14 hours", date: "2034" },
    // "June" in an August story is this year's, not next year's.
    { text: "last examined the drive in June", date: "2043-06", exact: true },
    // "Yesterday" in a Friday paper is Thursday, never Friday.
    { text: "were safely on the ground by 8.45pm yesterday", date: "2042-08-15", exact: true },
  ],
  disagreements: [
    // People on board: "leaving 84 passengers stranded" against "All 79 people aboard".
    { values: ["84", "79"], outlets: ["Austria Press Wire", "The Innsbruck Observer"] },
    // The height of the cabins: after a verb in the agency's story, in a modifier in the tabloid's.
    { values: ["110", "140"], outlets: ["Austria Press Wire", "The Daily Beacon"] },
    // The time the lift stopped: passengers' account against the operator's.
    { values: ["11.20", "11.50"], outlets: ["Austria Press Wire", "Ropeway Engineering Review"] },
    // How long the rescue took: "more than nine hours" against "the 11-hour rescue".
    { values: ["nine", "11"], outlets: ["The Innsbruck Observer", "The Daily Beacon"] },
  ],
  notDisagreements: [
    // Brought down by mid-afternoon against all on board.
    ["20", "84"],
    ["20", "79"],
    // The rescuers' forecast against the outcome.
    ["12", "nine"],
    ["12", "11"],
    // Each cabin against the whole, and the two cabins.
    ["46", "79"],
    ["33", "79"],
    ["46", "33"],
    // A price and its conversion, and a family's fare in another currency.
    ["39", "45"],
    ["39", "33"],
    // A 2034 evacuation's length.
    ["14", "nine"],
    ["14", "11"],
    // An offer against a demand.
    ["250", "2,000"],
    // Two passengers' ages; a lawyer's clients against all aboard; rescuers against passengers.
    ["38", "71"],
    ["17", "84"],
    ["60", "84"],
    // The lift's length against the cabins' height.
    ["2.4", "110"],
  ],
  corroboration: [
    // The agency (its rewrite once) and the tabloid's "among 84 people trapped".
    { text: "leaving 84 passengers stranded in two cabins", outlets: 2 },
    // The trade paper and the agency's Monday story.
    { text: "a failed bearing in the main drive gearbox stopped the Kalmspitzbahn", outlets: 2 },
    // The agency and its syndicated rewrite: once.
    { text: "Rescuers warned the operation could take up to 12 hours", outlets: 1 },
  ],
  headline: ["opened an investigation", "investigation"],
  summary: {
    holds: ["investigation", "bearing"],
    never: ["20 had been brought down by 2.30pm", "Rescuers warned the operation could take up to 12 hours"],
  },
  sameEntry: [
    ["were safely on the ground by 8.45pm yesterday", "The last passengers reached the ground on Thursday evening"],
  ],
  order: [
    "Austria's ropeway inspectorate last examined the drive in June",
    "A cable car stopped mid-span above the Kalmtal valley on Thursday morning",
    "Kalmbahnen AG said on Saturday that a failed bearing",
    "Prosecutors in Innsbruck opened an investigation on Monday",
  ],
  supersession: {
    apart: [
      ["20 had been brought down by 2.30pm", "were safely on the ground by 8.45pm yesterday"],
      ["Rescuers warned the operation could take up to 12 hours", "a rescue operation lasting more than nine hours"],
      ["leaving 84 passengers stranded in two cabins", "The last passengers reached the ground on Thursday evening"],
    ],
    current: [
      "will stay closed for at least three weeks",
      "The lift, built in 1987",
      "offered each passenger a refund and €250 in compensation",
    ],
  },
};
