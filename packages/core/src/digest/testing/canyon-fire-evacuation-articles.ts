import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts31 (2026-12-06, texts and expectations before running any
 * code on them): six articles from five outlets on the Juniper Canyon fire in Shasta County,
 * California, from Monday 14 to Friday 25 September 2026 (four days with articles). Real disagreements, each told by different
 * sayers or in other words: the residents evacuated on Tuesday (about 14,000 by the sheriff's office,
 * 9,800 by the county's emergency office), the homes destroyed on Thursday (212 by Cal Fire, at least
 * 150 by the sheriff), and how long Pine Hollow's residents were kept out (a 10-day evacuation in one
 * paper, "after a week away" in another). Traps: acres burned, containment and firefighters as they
 * grew, Cal Fire's own earlier count of homes destroyed, a rounded count beside the exact one, the homes
 * of one town among all, homes damaged against homes destroyed, a forecast gust against the gust
 * measured, this year's acres in the state against last year's. Test support only.
 * First run (facts31, before any fix): disagreements 1/3 (14,000 vs 9,800 found), 0 wrong, 0 of 12
 * traps taken; quotes 3/4 ("Park" for Ellen Park); timeline 4/4; corroboration 1/2.
 */
const CANYON_FIRE_EVACUATION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "canyon/1",
    externalId: "j1",
    source: "Golden State Wire",
    url: "https://goldenstatewire.example/juniper-canyon-fire",
    publishedAt: "2026-09-14T23:00:00Z",
    title: "Wind-driven fire forces evacuations in Shasta County",
    originalText: [
      "REDDING, Calif. (GSW) — A wildfire in Juniper Canyon burned 3,200 acres on Monday and forced evacuations in the towns of Pine Hollow and Castle Flat, Cal Fire said.",
      "The fire was 10% contained.",
      "Forecasters warned that winds could gust to 60 mph overnight.",
      "“Do not wait for a knock on the door,” Sheriff Mark Delgado said.",
    ].join("\n"),
  },
  {
    input: "canyon/2",
    externalId: "j2",
    source: "Redding Record",
    url: "https://reddingrecord.example/news/juniper-fire-14000-evacuated",
    publishedAt: "2026-09-15T20:00:00Z",
    title: "About 14,000 evacuated as Juniper fire grows",
    originalText: [
      "About 14,000 residents have been evacuated from Pine Hollow, Castle Flat and the canyon's ranches, the Shasta County Sheriff's Office said on Tuesday.",
      "The fire had grown to 8,700 acres, and 1,600 firefighters were on the lines.",
      "Cal Fire said 140 homes had been destroyed so far.",
      "Gusts reached 48 mph overnight, the National Weather Service said.",
    ].join("\n"),
  },
  {
    input: "canyon/3",
    externalId: "j3",
    source: "North State Public Radio",
    url: "https://nspr.example/2026/09/15/juniper-fire-shelters",
    publishedAt: "2026-09-15T23:30:00Z",
    title: "Shelters fill as Juniper fire evacuees wait",
    originalText: [
      "The county's Office of Emergency Services put the number of evacuated residents at 9,800 on Tuesday, most of them from Pine Hollow.",
      "About 600 people spent Monday night in the shelter at the Anderson fairgrounds.",
      "“We left with the clothes we had on,” said Angela Reyes, who lives in Pine Hollow with her two children.",
    ].join("\n"),
  },
  {
    input: "canyon/4",
    externalId: "j4",
    source: "Golden State Wire",
    url: "https://goldenstatewire.example/juniper-canyon-fire-homes",
    publishedAt: "2026-09-24T19:00:00Z",
    title: "Juniper fire destroyed 212 homes, Cal Fire says",
    originalText: [
      "REDDING, Calif. (GSW) — The Juniper Canyon fire has destroyed 212 homes and damaged 160 others, Cal Fire said on Thursday, as crews reached 35% containment.",
      "Of the homes destroyed, 170 were in Pine Hollow.",
      "The fire has burned 11,400 acres, and 2,100 firefighters are now assigned to it.",
      "California's wildfires have burned 410,000 acres this year, against 290,000 acres in all of last year.",
    ].join("\n"),
  },
  {
    input: "canyon/5",
    externalId: "j5",
    source: "Shasta Sentinel",
    url: "https://shastasentinel.example/local/pine-hollow-returns",
    publishedAt: "2026-09-24T22:00:00Z",
    title: "Pine Hollow residents return to a changed town",
    originalText: [
      "Residents of Pine Hollow were allowed back on Thursday after a 10-day evacuation, the first to return since the Juniper fire began.",
      "The sheriff's office said at least 150 homes had been destroyed, most of them in Pine Hollow.",
      "About 200 homes were lost, according to a county supervisor, Ellen Park.",
      "“It's not the town we left,” Park said.",
    ].join("\n"),
  },
  {
    input: "canyon/6",
    externalId: "j6",
    source: "Valley Daily News",
    url: "https://valleydailynews.example/juniper-fire-return",
    publishedAt: "2026-09-25T02:00:00Z",
    title: "Evacuees begin returning after Juniper fire",
    originalText: [
      "Evacuees from Pine Hollow started coming home on Thursday after a week away, driving past blackened lots where houses stood.",
      "Crews had the fire 35% contained by Thursday evening.",
      "“We were told a week, and it was a week, but it felt like a year,” said Dan Whitaker, a retired teacher.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function canyonFireEvacuationArticles(): Article[] {
  return linkNearDuplicates(CANYON_FIRE_EVACUATION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts31 (2026-12-06), before running any code on them. The three real
 * disagreements: the residents evacuated on Tuesday, about 14,000 by the sheriff's office (Redding
 * Record) against 9,800 by the county's emergency office (North State Public Radio); the homes
 * destroyed on Thursday, 212 by Cal Fire (Golden State Wire) against at least 150 by the sheriff's
 * office (Shasta Sentinel); how long Pine Hollow was evacuated, 10 days (Shasta Sentinel) against a
 * week (Valley Daily News).
 */
export const CANYON_FIRE_EVACUATION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Do not wait for a knock on the door", speaker: "Mark Delgado" },
    { text: "We left with the clothes we had on", speaker: "Angela Reyes" },
    { text: "It's not the town we left", speaker: "Ellen Park" },
    { text: "We were told a week, and it was a week", speaker: "Dan Whitaker" },
  ],
  timeline: [
    { text: "burned 3,200 acres on Monday and forced evacuations", dates: ["2026-09-14"] },
    { text: "About 14,000 residents have been evacuated", dates: ["2026-09-15"] },
    { text: "has destroyed 212 homes and damaged 160 others", dates: ["2026-09-24"] },
    { text: "Residents of Pine Hollow were allowed back on Thursday", dates: ["2026-09-24"] },
  ],
  neverDated: [],
  disagreements: [
    { values: ["14,000", "9,800"], outlets: ["Redding Record", "North State Public Radio"] },
    { values: ["212", "150"], outlets: ["Golden State Wire", "Shasta Sentinel"] },
    { values: ["10", "a week"], outlets: ["Shasta Sentinel", "Valley Daily News"] },
  ],
  notDisagreements: [
    // Acres, containment and firefighters as they grew.
    ["3,200", "8,700"],
    ["8,700", "11,400"],
    ["10%", "35%"],
    ["1,600", "2,100"],
    // Cal Fire's own earlier count of homes destroyed.
    ["140", "212"],
    ["140", "150"],
    // A rounded count beside the exact one.
    ["200", "212"],
    // One town's homes among all.
    ["170", "212"],
    // Homes damaged and homes destroyed.
    ["160", "212"],
    ["160", "150"],
    // A forecast gust and the gust measured.
    ["60", "48"],
    // This year's acres and last year's.
    ["410,000", "290,000"],
  ],
  corroboration: [
    { text: "Residents of Pine Hollow were allowed back on Thursday", outlets: 2 },
    { text: "has destroyed 212 homes and damaged 160 others", outlets: 1 },
  ],
};
