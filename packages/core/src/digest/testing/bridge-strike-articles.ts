import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts28 (2026-12-06, texts and expectations before running any
 * code on them): five articles from five outlets on the container ship Marel Star striking the Tarrow
 * road bridge at Kelvinmouth before dawn on Monday 8 May 2028. Real disagreements, each worded with
 * another verb or phrase for the same outcome: the people brought alive out of the river ("pulled 14
 * people alive from the river" against "rescued 11 people from the water"), the ships kept in the
 * upper harbour by the wreck ("28 vessels were trapped" against "left 35 ships unable to leave"), and
 * the dock workers sent home without work (400 "stood down" for the port, "the true number of dockers
 * sent home was closer to 650" for the union). Traps: the dead (three, then five as bodies were found: a
 * later count); the injured against those taken to hospital (part of them); homes evacuated against
 * homes told to keep windows shut (an editor keeps leaving and sheltering apart); crew arrested
 * against those charged (charging follows arrest and is a smaller, later count); the port revising its
 * own count of trapped ships down (an update); the rebuild's forecast cost against the old bridge's
 * cost; the vehicles that crossed each day. Test support only.
 */
const BRIDGE_STRIKE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "bridge-strike/1",
    externalId: "b1",
    source: "Coastline Press Association",
    url: "https://coastlinepa.example/uk/tarrow-bridge-ship-strike",
    publishedAt: "2028-05-08T11:00:00Z",
    title: "Ship brings down part of Tarrow Bridge",
    originalText: [
      "A container ship struck the Tarrow Bridge in Kelvinmouth at about 4.30am on Monday, bringing down two spans and sending several vehicles into the river.",
      "Three people died and 23 were injured, Kelvinmouth Police said.",
      "Rescuers pulled 14 people alive from the river, the coastguard said.",
      "Police evacuated 120 homes near the wreck because of fuel fumes.",
      "“It was like an earthquake, the whole house shook,” said Tom Ridley, who lives beside the bridge.",
    ].join("\n"),
  },
  {
    input: "bridge-strike/2",
    externalId: "b2",
    source: "Kelvinmouth Echo",
    url: "https://kelvinmouthecho.example/news/tarrow-bridge-rescue",
    publishedAt: "2028-05-08T18:00:00Z",
    title: "Lifeboat crews praised after bridge disaster",
    originalText: [
      "Lifeboat crews rescued 11 people from the water after the ship hit the bridge on Monday morning, the RNLI said.",
      "Nine of the injured were taken to Kelvinmouth Royal Infirmary.",
      "Residents of a further 300 homes were told to keep their windows shut.",
      "About 38,000 vehicles crossed the bridge each day.",
      "“Our volunteers were in the water within eleven minutes,” said the RNLI's station manager, Carys Lloyd.",
    ].join("\n"),
  },
  {
    input: "bridge-strike/3",
    externalId: "b3",
    source: "Maritime Daily",
    url: "https://maritimedaily.example/ports/kelvinmouth-channel-blocked",
    publishedAt: "2028-05-09T07:00:00Z",
    title: "Kelvinmouth channel blocked by Tarrow wreck",
    originalText: [
      "Some 28 vessels were trapped in the upper harbour on Monday after the wreck blocked the channel, the Kelvinmouth Port Authority said.",
      "Police arrested two of the Marel Star's officers on Monday evening.",
      "The port stood down 400 dock workers on Tuesday, the Kelvinmouth Port Authority said.",
      "“We cannot move a single box until that channel is clear,” said the port's harbour master, Neil Forsyth.",
    ].join("\n"),
  },
  {
    input: "bridge-strike/4",
    externalId: "b4",
    source: "Radio Estuary",
    url: "https://radioestuary.example/news/tarrow-bridge-toll-rises",
    publishedAt: "2028-05-09T17:00:00Z",
    title: "Tarrow Bridge death toll rises to five",
    originalText: [
      "The death toll rose to five on Tuesday after divers recovered two more bodies, police said.",
      "The collapse on Monday left 35 ships unable to leave the upper harbour, shipping agents said.",
      "One of the ship's officers was charged with manslaughter on Tuesday night.",
      "The unions said the true number of dockers sent home on Tuesday was closer to 650.",
      "“These are men on day rates who have just lost a week's pay,” said union organiser Paul Henshaw.",
    ].join("\n"),
  },
  {
    input: "bridge-strike/5",
    externalId: "b5",
    source: "Construction Weekly",
    url: "https://constructionweekly.example/infrastructure/tarrow-rebuild-cost",
    publishedAt: "2028-05-11T08:00:00Z",
    title: "Tarrow rebuild could cost £650 million",
    originalText: [
      "Kelvinmouth City Council expects rebuilding the Tarrow Bridge to cost about £650 million.",
      "The original bridge cost £38 million when it opened in 1971.",
      "The Kelvinmouth Port Authority revised its count of trapped vessels down to 24 on Wednesday after four barges were towed clear.",
      "“We will not rush this,” said the council's director of infrastructure, Priya Sandhu.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function bridgeStrikeArticles(): Article[] {
  return linkNearDuplicates(BRIDGE_STRIKE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts28 (2026-12-06), before running any code on them. "On Monday"
 * in a Monday paper is that day, in a Tuesday paper the day before; "on Tuesday" in a Tuesday paper
 * is that day; "on Wednesday" in a Thursday paper is the day before; "in 1971" is background.
 */
export const BRIDGE_STRIKE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It was like an earthquake, the whole house shook", speaker: "Tom Ridley" },
    { text: "Our volunteers were in the water within eleven minutes", speaker: "Carys Lloyd" },
    { text: "We cannot move a single box until that channel is clear", speaker: "Neil Forsyth" },
    { text: "These are men on day rates who have just lost a week's pay", speaker: "Paul Henshaw" },
    { text: "We will not rush this", speaker: "Priya Sandhu" },
  ],
  timeline: [
    { text: "A container ship struck the Tarrow Bridge in Kelvinmouth", dates: ["2028-05-08"] },
    { text: "Police arrested two of the Marel Star's officers on Monday evening", dates: ["2028-05-08"] },
    { text: "The port stood down 400 dock workers on Tuesday", dates: ["2028-05-09"] },
    { text: "The death toll rose to five on Tuesday", dates: ["2028-05-09"] },
    { text: "was charged with manslaughter on Tuesday night", dates: ["2028-05-09"] },
    { text: "revised its count of trapped vessels down to 24 on Wednesday", dates: ["2028-05-10"] },
  ],
  neverDated: [
    { text: "The original bridge cost £38 million when it opened in 1971", date: "1971" },
    // "On Monday" in a Tuesday paper is the day gone, not the next.
    { text: "Police arrested two of the Marel Star's officers on Monday evening", date: "2028-05-15", exact: true },
  ],
  disagreements: [
    // People brought alive out of the river: "pulled ... alive from the river" against "rescued ... from the water".
    { values: ["14", "11"], outlets: ["Coastline Press Association", "Kelvinmouth Echo"] },
    // Ships kept in the upper harbour on the Monday: "trapped" against "unable to leave".
    { values: ["28", "35"], outlets: ["Maritime Daily", "Radio Estuary"] },
    // Dock workers sent home on the Tuesday: "stood down" (the port) against the union's "true number".
    { values: ["400", "650"], outlets: ["Maritime Daily", "Radio Estuary"] },
  ],
  notDisagreements: [
    // The dead a day later; the injured and those of them taken to hospital.
    ["Three", "five"],
    ["23", "Nine"],
    ["23", "14"],
    ["14", "Nine"],
    ["11", "Nine"],
    // Homes evacuated against homes told to keep their windows shut.
    ["120", "300"],
    // Officers arrested against the one charged.
    ["two", "One"],
    // The port revising its own count of trapped ships two days on.
    ["28", "24"],
    ["35", "24"],
    // The rebuild's forecast against the old bridge's cost; daily crossings against anything else.
    ["650 million", "38 million"],
    ["38,000", "400"],
    ["38,000", "650"],
  ],
  corroboration: [
    { text: "Rescuers pulled 14 people alive from the river", outlets: 1 },
    { text: "The death toll rose to five on Tuesday", outlets: 1 },
  ],
  order: [
    "A container ship struck the Tarrow Bridge in Kelvinmouth",
    "The port stood down 400 dock workers on Tuesday",
    "revised its count of trapped vessels down to 24 on Wednesday",
  ],
};
