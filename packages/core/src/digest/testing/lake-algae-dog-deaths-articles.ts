/**
 * Held-out batch X (lead session 34, 2026-12-08), written by heldout26 before any run; scored unfitted, then added to the bench at the session's end.
 * A toxic blue-green algae bloom on a Wisconsin lake kills dogs and closes its beaches, Saturday 8 to Friday 14 August 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ab/1",
    externalId: "ab1",
    source: "Midwest Wire Service",
    url: "https://midwestwireservice.example/wisconsin/lake-tamsett-beaches-closed-dogs",
    publishedAt: "2043-08-10T22:00:00Z",
    title: "Wisconsin lake beaches closed after three dogs die",
    originalText: [
      "TAMSETT, Wis. (MWS) — Health officials closed all four public beaches on Lake Tamsett on Monday after three dogs died within hours of swimming in the lake over the weekend, the Harlow County Health Department said.",
      "The dogs fell ill on Saturday after swimming near the north shore boat launch, their owners said.",
      "A toxic blue-green algae bloom covers about 300 acres of the 1,100-acre lake, officials estimated.",
      "A 9-year-old golden retriever named Biscuit died less than an hour after leaving the water.",
      "“If the water looks like pea soup, keep your kids and your pets out of it,” county health director Dr. Marisol Ventura said.",
      "In 2037, a bloom on nearby Lake Corran closed its beaches for six weeks.",
    ].join("\n"),
  },
  {
    input: "ab/2",
    externalId: "ab2",
    source: "Fox Valley Post",
    url: "https://foxvalleypost.example/wire/tamsett-beaches-shut-dog-deaths",
    publishedAt: "2043-08-11T10:00:00Z",
    title: "Tamsett beaches shut after dog deaths",
    originalText: [
      "By Midwest Wire Service",
      "Harlow County shut all four public beaches on Lake Tamsett on Monday after three dogs died within hours of a swim in the lake over the weekend, the county health department said.",
      "Their owners said the dogs got sick on Saturday after swimming near the boat launch on the north shore.",
      "Officials estimated that a toxic bloom of blue-green algae covers about 300 acres of the 1,100-acre lake.",
      "“If the water looks like pea soup, keep your kids and your pets out of it,” said Dr. Marisol Ventura, the county health director.",
    ].join("\n"),
  },
  {
    input: "ab/3",
    externalId: "ab3",
    source: "Channel 7 Harlow",
    url: "https://channel7harlow.example/news/lake-tamsett-algae-dog-owner",
    publishedAt: "2043-08-11T16:00:00Z",
    title: "Dog owner describes pet's final minutes after Lake Tamsett swim",
    originalText: [
      "Harlow County shut the lake's four public beaches yesterday after a toxic algae bloom spread across roughly 340 acres of open water.",
      "Dana Kessler, 52, said her golden retriever Biscuit, 7, started stumbling minutes after they got back to the car.",
      "“She was shaking and then she just went down,” Kessler said.",
      "Health officials expect to have the first toxin test results by Wednesday.",
      "Yellow warning signs went up along the shoreline trail this morning, and lifeguards have been sent to other county pools.",
    ].join("\n"),
  },
  {
    input: "ab/4",
    externalId: "ab4",
    source: "Harlow County Courier",
    url: "https://harlowcountycourier.example/news/tamsett-toxin-levels-five-dogs",
    publishedAt: "2043-08-12T11:00:00Z",
    title: "Toxin at six times limit in Lake Tamsett; fifth dog dies",
    originalText: [
      "Water taken from the north shore on Monday contained microcystin at 48 micrograms per liter, six times the state's recreational limit of 8, the health department said Tuesday.",
      "Two more dogs have died since the weekend, bringing the number of dead dogs to five, according to the Harlow Animal Hospital.",
      "Samples from other parts of the lake ranged from 20 to 60 micrograms per liter.",
      "The Kesslers paid $3,400 to the emergency clinic that tried to save Biscuit.",
      "The Lake Tamsett Association is demanding $1.5 million for a plan to cut phosphorus runoff from farms; the county board has offered $400,000.",
      "'We've been warning about this for a decade,' said association president Carl Huebner.",
      "The beaches will stay closed for at least two weeks, Ventura said.",
    ].join("\n"),
  },
  {
    input: "ab/5",
    externalId: "ab5",
    source: "The Daily Clarion",
    url: "https://dailyclarion.example/news/world/dog-dies-poison-lake-america",
    title: "Heartbroken owner's agony as pet dies after dip in toxic lake",
    originalText: [
      "A grieving dog owner has told how her beloved pet died in agony after a dip in a poisoned American lake.",
      "Golden retriever Biscuit collapsed on the shore of Lake Tamsett in Wisconsin on Saturday and died at an emergency vet soon after.",
      "Owner Dana Kessler was left with a $2,900 vet bill (about £2,300).",
      "“I'd give anything to have her back” — Dana Kessler.",
      "Five dogs have now died, and every beach on the lake is shut.",
    ].join("\n"),
  },
  {
    input: "ab/6",
    externalId: "ab6",
    source: "Water Quality Monitor",
    url: "https://waterqualitymonitor.example/algae/lake-tamsett-bloom-grows",
    publishedAt: "2043-08-14T15:00:00Z",
    title: "Lake Tamsett bloom nears 600 acres as state funds aeration",
    originalText: [
      "The microcystin bloom on Wisconsin's Lake Tamsett has grown to nearly 600 acres, Harlow County said on Thursday, and all four public beaches remain closed.",
      "The north-shore sample taken on Monday returned a reading of 42 micrograms per litre, according to the state laboratory.",
      "According to Ventura, the county “will not reopen a single beach until two clean tests in a row.”",
      "The state Department of Natural Resources approved a $250,000 emergency grant on Thursday for aeration pumps.",
      "Phosphorus runoff from some 40 dairy farms in the watershed, which has doubled since 2030, feeds the blooms, researchers say.",
    ].join("\n"),
  },
];

export function lakeAlgaeDogDeathsArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Wisconsin is UTC-5 in August: every stamp falls on the
 * same local day). "On Monday" in Monday's wire and Tuesday's rewrite is 10 August; "on Saturday" is the
 * 8th; "yesterday" in Tuesday's broadcast story is the 10th; "by Wednesday" there is the 12th; "said
 * Tuesday" in Wednesday's paper is the 11th; "on Thursday" in Friday's trade story is the 13th. The Fox
 * Valley Post runs the wire story reworded under the wire's credit: it counts once.
 */
export const LAKE_ALGAE_DOG_DEATHS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "If the water looks like pea soup, keep your kids and your pets out of it", speaker: "Marisol Ventura" },
    { text: "She was shaking and then she just went down", speaker: "Dana Kessler" },
    { text: "We've been warning about this for a decade", speaker: "Carl Huebner" },
    { text: "I'd give anything to have her back", speaker: "Dana Kessler" },
    // Opening in lower case after "According to Surname,": partial; the full name is in earlier articles.
    {
      text: "will not reopen a single beach until two clean tests in a row",
      speaker: "Marisol Ventura",
      partial: true,
    },
  ],
  timeline: [
    { text: "closed all four public beaches on Lake Tamsett on Monday", dates: ["2043-08-10"] },
    { text: "shut all four public beaches on Lake Tamsett on Monday", dates: ["2043-08-10"] },
    { text: "The dogs fell ill on Saturday", dates: ["2043-08-08"] },
    { text: "the dogs got sick on Saturday", dates: ["2043-08-08"] },
    { text: "shut the lake's four public beaches yesterday", dates: ["2043-08-10"] },
    { text: "expect to have the first toxin test results by Wednesday", dates: ["2043-08-12"] },
    { text: "Yellow warning signs went up along the shoreline trail this morning", dates: ["2043-08-11"] },
    { text: "Water taken from the north shore on Monday contained microcystin", dates: ["2043-08-10", "2043-08-11"] },
    // The Clarion's story carries no date: its "on Saturday" may stay undated or take the 8th.
    { text: "collapsed on the shore of Lake Tamsett in Wisconsin on Saturday", dates: [null, "2043-08-08"] },
    { text: "has grown to nearly 600 acres, Harlow County said on Thursday", dates: ["2043-08-13"] },
    { text: "approved a $250,000 emergency grant on Thursday", dates: ["2043-08-13"] },
  ],
  neverDated: [
    { text: "In 2037, a bloom on nearby Lake Corran", date: "2037" },
    { text: "which has doubled since 2030", date: "2030" },
    // "On Thursday" in a Friday story is the Thursday gone.
    { text: "approved a $250,000 emergency grant on Thursday", date: "2043-08-20", exact: true },
    { text: "The dogs fell ill on Saturday", date: "2043-08-15", exact: true },
  ],
  disagreements: [
    // The dead retriever's age: inside a modifier in the wire, an appositive on television.
    { values: ["9", "7"], outlets: ["Midwest Wire Service", "Channel 7 Harlow"] },
    // The bloom's size on Monday, when the beaches closed: "covers about" against "spread across roughly".
    { values: ["300", "340"], outlets: ["Midwest Wire Service", "Channel 7 Harlow"] },
    // The toxin in the same north-shore sample from Monday.
    { values: ["48", "42"], outlets: ["Harlow County Courier", "Water Quality Monitor"] },
    // What the Kesslers paid the clinic that tried to save Biscuit.
    { values: ["3,400", "2,900"], outlets: ["Harlow County Courier", "The Daily Clarion"] },
  ],
  notDisagreements: [
    // Dead dogs as the count grew.
    ["three", "five"],
    ["three", "Five"],
    // The bloom on Monday against Thursday's.
    ["300", "600"],
    ["340", "600"],
    // A part against the whole lake.
    ["300", "1,100"],
    ["340", "1,100"],
    // A reading against the limit.
    ["48", "8"],
    ["42", "8"],
    // Other samples' range against the north-shore point.
    ["20", "48"],
    ["60", "48"],
    // A demand against an offer, and the offer against the state's grant.
    ["1.5", "400,000"],
    ["400,000", "250,000"],
    // A bill and its conversion.
    ["2,900", "2,300"],
    // A 2037 closure against this one's forecast.
    ["six", "two"],
    // The owner's age against the dog's.
    ["52", "7"],
    // Farms against a reading.
    ["40", "42"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the broadcast story tells it in other words.
    { text: "closed all four public beaches on Lake Tamsett on Monday", outlets: 2 },
    // The wire and its rewrite only.
    { text: "The dogs fell ill on Saturday after swimming near the north shore boat launch", outlets: 1 },
    // The Courier and the Clarion ("Five dogs have now died").
    { text: "bringing the number of dead dogs to five", outlets: 2 },
  ],
  headline: ["600 acres", "grant", "remain closed"],
  summary: {
    holds: ["microcystin", "five"],
    never: ["covers about 300 acres of the 1,100-acre lake"],
  },
  sameEntry: [
    ["closed all four public beaches on Lake Tamsett on Monday", "shut the lake's four public beaches yesterday"],
  ],
  order: [
    "The dogs fell ill on Saturday",
    "closed all four public beaches on Lake Tamsett on Monday",
    "approved a $250,000 emergency grant on Thursday",
  ],
  supersession: {
    apart: [
      ["covers about 300 acres", "has grown to nearly 600 acres"],
      ["after three dogs died within hours", "bringing the number of dead dogs to five"],
      ["expect to have the first toxin test results by Wednesday", "contained microcystin at 48 micrograms"],
    ],
    current: [
      "The beaches will stay closed for at least two weeks",
      "is demanding $1.5 million",
      "approved a $250,000 emergency grant",
    ],
  },
};
