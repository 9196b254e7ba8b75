import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by dates14 (2026-12-07, before running any code on it): six
 * articles from five outlets (four Welsh and British, one US wire) on a moorland fire started by sparks
 * from a heritage steam train near Pontgarreg on the afternoon of Thursday 2 August 2029. Traps for
 * date code: the fire told "this afternoon" and "on Thursday" by two outlets the same day, homes
 * evacuated "last night" in a Friday morning paper and "by Thursday night's fire" in a Friday bulletin,
 * steam services suspended "on Friday", a fire declared out "Saturday" and services resumed "Sunday"
 * in a US wire, an inquiry opened "yesterday" in a Tuesday paper; the railway's own history with years
 * (a locomotive restored in 2022, a reopening in 1998, a fine in 2020) and other fires with theirs
 * (2018, 2003). One real disagreement: the moorland burned (about 40 hectares for the wire, 55 for
 * Natural Resources Wales). Test support only.
 *
 * First run (dcc4040, before any fix): timeline 7/8 expected entries (the families forced out "by
 * Thursday night's fire" missed), background dates taken 3/5, one event one entry 0/2, digest timeline
 * entries with a wrong date 3 of 10, disagreements 0/1, quotes 2/2.
 */
const STEAM_RAILWAY_MOOR_FIRE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "moor-fire/1",
    externalId: "m1",
    source: "Western Valleys Gazette",
    url: "https://westernvalleysgazette.example/news/afon-valley-railway-moor-fire",
    publishedAt: "2029-08-02T19:00:00Z",
    title: "Steam train sparks moorland blaze",
    originalText: [
      "Sparks from a steam locomotive on the Afon Valley Railway set fire to moorland near Pontgarreg this afternoon, forcing 300 passengers off a stranded train.",
      "Firefighters were tackling flames along a two-mile front.",
      "“The whole hillside went up in minutes,” said passenger Carys Pugh.",
      "The railway's locomotive, Glaslyn, was restored at a cost of £850,000 in 2022.",
    ].join("\n"),
  },
  {
    input: "moor-fire/2",
    externalId: "m2",
    source: "Welsh News Wire",
    url: "https://welshnewswire.example/wales/heritage-train-gorse-fire",
    publishedAt: "2029-08-02T21:00:00Z",
    title: "Heritage train blamed for hillside fire",
    originalText: [
      "A heritage steam train sparked a gorse fire on a Welsh hillside on Thursday, leaving hundreds of day-trippers stranded for three hours.",
      "A steam train set fire to 60 hectares of heath on the North York Moors in 2018.",
    ].join("\n"),
  },
  {
    input: "moor-fire/3",
    externalId: "m3",
    source: "Cambrian Times",
    url: "https://cambriantimes.example/news/pontgarreg-homes-evacuated",
    publishedAt: "2029-08-03T07:30:00Z",
    title: "Pontgarreg homes evacuated as moor fire spreads",
    originalText: [
      "Six homes in Pontgarreg were evacuated last night as the fire spread towards the village.",
      "The Afon Valley Railway, which reopened in 1998 after 30 years of closure, carries 90,000 passengers a year.",
    ].join("\n"),
  },
  {
    input: "moor-fire/4",
    externalId: "m4",
    source: "Valleys FM News",
    url: "https://valleysfm.example/news/steam-services-suspended",
    publishedAt: "2029-08-03T16:00:00Z",
    title: "Afon Valley Railway suspends steam trains",
    originalText: [
      "The railway suspended all steam services on Friday while the fire burned on.",
      "Families were forced from six homes by Thursday night's fire, Powys County Council said.",
      "“We will not run steam again until we are sure it is safe,” said the railway's general manager, Huw Jenkins.",
    ].join("\n"),
  },
  {
    input: "moor-fire/5",
    externalId: "m5",
    source: "Global Press Wire",
    url: "https://globalpresswire.example/world/wales-steam-railway-resumes",
    publishedAt: "2029-08-05T14:00:00Z",
    title: "Welsh heritage railway resumes service after moor fire",
    originalText: [
      "The Afon Valley Railway resumed service Sunday, hauling its trains with a diesel engine.",
      "Firefighters declared the fire out Saturday after it burned about 40 hectares of moorland.",
      "The railway was fined in 2020 after a lineside fire near the same village.",
    ].join("\n"),
  },
  {
    input: "moor-fire/6",
    externalId: "m6",
    source: "Western Valleys Gazette",
    url: "https://westernvalleysgazette.example/news/moor-fire-inquiry",
    publishedAt: "2029-08-07T10:00:00Z",
    title: "Inquiry opened into Pontgarreg moor fire",
    originalText: [
      "Natural Resources Wales said yesterday it had opened an inquiry into the fire, which it said burned 55 hectares of moorland.",
      "The moor was last burned in a wildfire in 2003.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function steamRailwayMoorFireArticles(): Article[] {
  return linkNearDuplicates(STEAM_RAILWAY_MOOR_FIRE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by dates14 (2026-12-07), before running any code on them. Thursday is 2
 * August 2029; "last night" in a Friday morning paper is the Thursday; "Saturday" and "Sunday" in a
 * Sunday wire are 4 and 5 August; "yesterday" in a Tuesday paper is the Monday, 6 August. Background
 * years are never these sentences' dates.
 */
export const STEAM_RAILWAY_MOOR_FIRE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The whole hillside went up in minutes", speaker: "Carys Pugh" },
    { text: "We will not run steam again until we are sure it is safe", speaker: "Huw Jenkins" },
  ],
  timeline: [
    { text: "set fire to moorland near Pontgarreg this afternoon", dates: ["2029-08-02"] },
    { text: "A heritage steam train sparked a gorse fire on a Welsh hillside on Thursday", dates: ["2029-08-02"] },
    { text: "Six homes in Pontgarreg were evacuated last night", dates: ["2029-08-02"] },
    { text: "Families were forced from six homes by Thursday night's fire", dates: ["2029-08-02"] },
    { text: "The railway suspended all steam services on Friday", dates: ["2029-08-03"] },
    { text: "Firefighters declared the fire out Saturday", dates: ["2029-08-04"] },
    { text: "The Afon Valley Railway resumed service Sunday", dates: ["2029-08-05"] },
    { text: "Natural Resources Wales said yesterday it had opened an inquiry", dates: ["2029-08-06"] },
    // A past act of the story's own actor in its own main clause: dated at its year (house rule, expected-facts.ts).
    { text: "The railway was fined in 2020", dates: ["2020"] },
  ],
  neverDated: [
    { text: "was restored at a cost of £850,000 in 2022", date: "2022" },
    { text: "A steam train set fire to 60 hectares of heath", date: "2018" },
    { text: "which reopened in 1998 after 30 years of closure", date: "1998" },
    { text: "The moor was last burned in a wildfire in 2003", date: "2003" },
  ],
  disagreements: [
    // The moorland burned: about 40 hectares for the wire, 55 for Natural Resources Wales.
    { values: ["40", "55"], outlets: ["Global Press Wire", "Western Valleys Gazette"] },
  ],
  notDisagreements: [
    // Another fire's heath against this one's moor; passengers; homes; a year's passengers.
    ["60", "40"],
    ["60", "55"],
    ["300", "90,000"],
    ["Six", "300"],
    ["30", "40"],
  ],
  corroboration: [{ text: "Six homes in Pontgarreg were evacuated last night", outlets: 2 }],
  sameEntry: [
    [
      "set fire to moorland near Pontgarreg this afternoon",
      "A heritage steam train sparked a gorse fire on a Welsh hillside on Thursday",
    ],
    [
      "Six homes in Pontgarreg were evacuated last night",
      "Families were forced from six homes by Thursday night's fire",
    ],
  ],
  order: [
    "set fire to moorland near Pontgarreg this afternoon",
    "The railway suspended all steam services on Friday",
    "Firefighters declared the fire out Saturday",
    "The Afon Valley Railway resumed service Sunday",
    "Natural Resources Wales said yesterday it had opened an inquiry",
  ],
};
