import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of disagreements (facts23, 2026-12-06, before running any code on
 * it): five articles from four outlets on the fire that swept from the fish market on to the quay at
 * Ardmore Harbour late on Saturday 8 May 2027. A wire on the Sunday morning and a regional paper's
 * rewrite of it with a credit line, the local paper with a byline the same day, a radio station on the
 * Monday, a trade weekly on the Friday after. Real disagreements: the boats destroyed, 14 for the fire
 * service (the wire) against 11 for the harbour master (the local paper) the same day; the people the
 * harbour employs, about 400 (the wire) against 650 (the trade weekly) six days later (a workforce does
 * not change in a week). Traps: boats destroyed against boats damaged and a past fire's; firefighters
 * against engines; a damage estimate and the same trust's later, higher one; an appeal's total against
 * its target; a planned market's cost against the damage. Test support only.
 */
const HARBOUR_FIRE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "harbour/1",
    externalId: "h1",
    source: "Coastal Press Association",
    url: "https://coastalpress.example/news/ardmore-harbour-fire-boats",
    publishedAt: "2027-05-09T06:45:00Z",
    title: "Fire destroys 14 fishing boats at Ardmore Harbour",
    originalText: [
      "Fire swept through the fish market at Ardmore Harbour late last night and spread to the quay, destroying 14 fishing boats, the fire service said.",
      "More than 60 firefighters and 12 engines fought the blaze, which was brought under control at about 4 a.m. today.",
      "No one was hurt.",
      "The harbour, which employs about 400 people, lands more shellfish than any other port on the east coast.",
      "“It went up like a torch, and the wind carried it straight on to the boats,” said skipper Ewan Baird, whose trawler was among those lost.",
      "It was the worst fire at the harbour since 1987, when six boats were lost.",
    ].join("\n"),
  },
  {
    input: "harbour/2",
    externalId: "h2",
    source: "The Eastern Courier",
    url: "https://easterncourier.example/news/ardmore-fire-fishing-boats-destroyed",
    publishedAt: "2027-05-09T09:10:00Z",
    title: "Harbour blaze destroys fishing boats",
    originalText: [
      "Fire swept through the fish market at Ardmore Harbour late last night and spread to the quay, destroying 14 fishing boats, the fire service said.",
      "More than 60 firefighters and 12 engines fought the blaze, which was brought under control at about 4 a.m. today.",
      "“It went up like a torch, and the wind carried it straight on to the boats,” said skipper Ewan Baird.",
      "Coastal Press Association",
    ].join("\n"),
  },
  {
    input: "harbour/3",
    externalId: "h3",
    source: "The Ardmore Herald",
    url: "https://ardmoreherald.example/news/eleven-boats-lost-fish-market-fire",
    publishedAt: "2027-05-09T12:30:00Z",
    title: "Eleven boats lost as fire guts fish market",
    originalText: [
      "By Kirsty Low",
      "Eleven boats were destroyed and nine more damaged when fire spread from the fish market to the inner quay on Saturday night, harbour master Donald Rennie said.",
      "“Some of these families have fished from this harbour for five generations,” Rennie said. “We will rebuild.”",
      "The fish market, built in 1962, was due to be replaced next year at a cost of £8 million.",
      "Police said they were treating the fire as unexplained.",
    ].join("\n"),
  },
  {
    input: "harbour/4",
    externalId: "h4",
    source: "North Sea Radio",
    url: "https://northsearadio.example/news/ardmore-fire-appeal",
    publishedAt: "2027-05-10T08:00:00Z",
    title: "Ardmore fire appeal passes £85,000",
    originalText: [
      "An appeal for the crews who lost their boats in Saturday's fire at Ardmore Harbour had raised £85,000 by this morning, towards a target of £250,000.",
      "The Harbour Trust put the damage at about £3 million.",
      "Fire investigators said yesterday the blaze had started in a refrigeration unit at the back of the market.",
      "“We have had offers of help from as far away as Norway,” said appeal organiser Shona Gillies.",
    ].join("\n"),
  },
  {
    input: "harbour/5",
    externalId: "h5",
    source: "Fishing Weekly",
    url: "https://fishingweekly.example/ports/ardmore-fleet-counts-the-cost",
    publishedAt: "2027-05-14T09:00:00Z",
    title: "Ardmore fleet counts the cost",
    originalText: [
      "The fire at Ardmore last Saturday has put a fifth of the port's inshore fleet out of action, the Harbour Trust said.",
      "The Harbour Trust now puts the damage at £4.2 million, up from its first estimate of £3 million.",
      "The harbour, which employs 650 people, handled 9,400 tonnes of shellfish last year.",
      "“Without boats there is no market, and without a market there is no harbour,” said Trust chairman Alasdair Kerr.",
      "Skippers who lost boats have been offered berths at Port Hallam until the end of June.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function harbourFireArticles(): Article[] {
  return linkNearDuplicates(HARBOUR_FIRE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts23 (2026-12-06), before running any code on them. "Late last
 * night" in a Sunday wire is the Saturday; "yesterday" in a Monday bulletin is the Sunday; "next year"
 * in May 2027 is 2028.
 */
export const HARBOUR_FIRE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It went up like a torch", speaker: "Ewan Baird" },
    { text: "Some of these families have fished from this harbour", speaker: "Donald Rennie" },
    { text: "We will rebuild.", speaker: "Donald Rennie" },
    { text: "We have had offers of help from as far away as Norway", speaker: "Shona Gillies" },
    { text: "Without boats there is no market", speaker: "Alasdair Kerr" },
  ],
  timeline: [
    { text: "Fire swept through the fish market at Ardmore Harbour late last night", dates: ["2027-05-08"] },
    { text: "Eleven boats were destroyed and nine more damaged", dates: ["2027-05-08"] },
    { text: "had raised £85,000 by this morning", dates: ["2027-05-10"] },
    { text: "Fire investigators said yesterday the blaze had started", dates: ["2027-05-09"] },
    { text: "Skippers who lost boats have been offered berths at Port Hallam", dates: ["2027-06"] },
  ],
  neverDated: [{ text: "The fish market, built in 1962", date: "1962" }],
  disagreements: [
    { values: ["14", "11"], outlets: ["Coastal Press Association", "The Ardmore Herald"] },
    { values: ["400", "650"], outlets: ["Coastal Press Association", "Fishing Weekly"] },
  ],
  notDisagreements: [
    // Boats destroyed against boats damaged, and against a past fire's.
    ["14", "nine"],
    ["11", "nine"],
    ["14", "six"],
    ["11", "six"],
    // Firefighters against engines.
    ["60", "12"],
    // The same trust's first estimate and its later one.
    ["3 million", "4.2 million"],
    // An appeal's total against its target; a planned market's cost against the damage.
    ["85,000", "250,000"],
    ["8 million", "3 million"],
    ["8 million", "4.2 million"],
  ],
  corroboration: [
    // The wire and its credited rewrite count once.
    { text: "spread to the quay, destroying 14 fishing boats, the fire service said", outlets: 1 },
    { text: "Eleven boats were destroyed and nine more damaged", outlets: 1 },
  ],
};
