import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts16 (2026-12-05, before running any code on it): five
 * articles from five outlets on the Eastport Marathon, run in 31C heat on Sunday 13 September 2026,
 * in which a runner died. A wire on Sunday afternoon and a regional paper's syndicated rewrite of it,
 * the city paper and a national broadcaster on Monday, a national paper on Tuesday. The real
 * disagreements: the runners treated by medics during the race, 292 for the city paper (the ambulance
 * service) against more than 350 for the broadcaster (the race's medical director), a bound the other
 * figure breaks; where the runner collapsed, about 2 miles from the finish for the wire against about
 * 5 kilometres for the city paper. Traps: 180 treated by midday, then the day's total (a figure then
 * a later one); more than 20 taken to hospital against 23 (a bound that allows it); 23 in hospital
 * against one dead; a forecast of 27C against the 31C reached; last year's 41 treated; about 36,000
 * finishers against the exact 35,814; a runners' group's "more than 1,000" treated, rejected by the
 * ambulance service; runners' groups' demand of £100 a head against the organisers' offer of £25;
 * entries up 12 percent. Test support only.
 */
const MARATHON_HEAT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "marathon/1",
    externalId: "r1",
    source: "Coastal Wire",
    url: "https://coastalwire.example/sport/eastport-marathon-heat-death",
    publishedAt: "2026-09-13T16:00:00Z",
    title: "Runner dies as Eastport Marathon is run in 31C heat",
    originalText: [
      "A 34-year-old runner died and 23 people were taken to hospital after temperatures reached 31C during the Eastport Marathon on Sunday, organisers said.",
      "The man collapsed about 2 miles from the finish, they said.",
      "Race medics had treated 180 runners by midday.",
      "Organisers had forecast a top temperature of 27C.",
      "“We did everything the medical plan asked of us,” said the race director, Paula Greer.",
    ].join("\n"),
  },
  {
    input: "marathon/2",
    externalId: "r2",
    source: "Southern Gazette",
    url: "https://southerngazette.example/news/eastport-marathon-runner-dies",
    publishedAt: "2026-09-13T18:00:00Z",
    title: "Runner dies in Eastport Marathon heat",
    originalText: [
      "A 34-year-old runner died and 23 people were taken to hospital after temperatures reached 31C during the Eastport Marathon on Sunday, organisers said.",
      "The man collapsed about 2 miles from the finish.",
      "Race medics had treated 180 runners by midday.",
      "Organisers had forecast a top temperature of 27C.",
      "Coastal Wire",
    ].join("\n"),
  },
  {
    input: "marathon/3",
    externalId: "r3",
    source: "Eastport Herald",
    url: "https://eastportherald.example/news/marathon-medics-treated-292",
    publishedAt: "2026-09-14T07:00:00Z",
    title: "Medics treated 292 runners as heat hit Eastport Marathon",
    originalText: [
      "Medics treated 292 runners during Sunday's Eastport Marathon, the city's ambulance service said.",
      "More than 20 runners were taken to hospital, the service said.",
      "The runner who died, named by his family as Tom Adebayo, collapsed about 5 kilometres from the finish.",
      "His sister, Grace Adebayo, said: “He trained all summer for this race and he was so proud to be running it.”",
      "About 36,000 runners finished the race.",
    ].join("\n"),
  },
  {
    input: "marathon/4",
    externalId: "r4",
    source: "National Radio News",
    url: "https://nationalradionews.example/sport/eastport-marathon-treatment",
    publishedAt: "2026-09-14T12:00:00Z",
    title: "More than 350 runners needed treatment in Eastport heat",
    originalText: [
      "More than 350 runners needed treatment during the Eastport Marathon, the race's medical director, Dr Sanjay Mehta, said on Monday.",
      "In total 35,814 runners finished, the organisers said.",
      "At last year's race, run at 19C, medics treated 41 runners.",
      "Entries for this year's race were up 12 percent on last year.",
    ].join("\n"),
  },
  {
    input: "marathon/5",
    externalId: "r5",
    source: "The Daily Standard",
    url: "https://dailystandard.example/news/eastport-marathon-compensation",
    publishedAt: "2026-09-15T09:00:00Z",
    title: "Eastport Marathon organisers offer £25 to runners",
    originalText: [
      "Temperatures reached 31C during Sunday's Eastport Marathon, in which Tom Adebayo died.",
      "Runners' groups have demanded £100 in compensation for each entrant, but the organisers offered £25 on Tuesday.",
      "The Eastport Runners' Club claimed that more than 1,000 runners had needed treatment, a figure the ambulance service rejected.",
      "“The heat warning was there for everyone to see,” said the club's chair, Owen Pritchard.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function marathonHeatArticles(): Article[] {
  return linkNearDuplicates(MARATHON_HEAT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts16 (2026-12-05), before running any code on them. Two real
 * disagreements: the runners treated during the race (292 against more than 350) and where the runner
 * collapsed (about 2 miles against about 5 kilometres from the finish).
 */
export const MARATHON_HEAT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We did everything the medical plan asked of us", speaker: "Paula Greer" },
    { text: "He trained all summer for this race", speaker: "Grace Adebayo" },
    { text: "The heat warning was there for everyone to see", speaker: "Owen Pritchard" },
  ],
  timeline: [
    { text: "A 34-year-old runner died and 23 people were taken to hospital", dates: ["2026-09-13"] },
    { text: "but the organisers offered £25 on Tuesday", dates: ["2026-09-15"] },
  ],
  neverDated: [],
  disagreements: [
    { values: ["292", "350"], outlets: ["Eastport Herald", "National Radio News"] },
    { values: ["2", "5"], outlets: ["Coastal Wire", "Eastport Herald"] },
  ],
  notDisagreements: [
    // Treated by midday, then in all; last year's race; a club's figure the service rejected.
    ["180", "292"],
    ["180", "350"],
    ["41", "292"],
    ["41", "350"],
    ["1,000", "292"],
    ["1,000", "350"],
    // More than 20 in hospital allows 23; the injured are not the dead.
    ["20", "23"],
    // The forecast and the heat reached; last year's heat.
    ["27", "31"],
    ["19", "31"],
    // Finishers, rounded and exact.
    ["36,000", "35,814"],
    // A demand and an offer.
    ["100", "25"],
  ],
  corroboration: [
    // The wire's figures, carried again by its rewrite only.
    { text: "Organisers had forecast a top temperature of 27C", outlets: 1 },
    { text: "Race medics had treated 180 runners by midday", outlets: 1 },
    { text: "Temperatures reached 31C during Sunday's Eastport Marathon", outlets: 2 },
    { text: "About 36,000 runners finished the race", outlets: 2 },
  ],
};
