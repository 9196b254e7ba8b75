import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts38 (2026-12-07, before running any code on it): five
 * articles from four outlets on a pile-up in a dust storm on an interstate in Arizona on Sunday 3 May
 * 2026, over three days. An American wire, a Phoenix paper (two days), a British paper and a trucking
 * trade site. The real disagreements: how many vehicles collided (24 for the wire, "31 cars, pickups
 * and tractor-trailers" for the Phoenix paper); how many were aboard the tour bus (38 passengers
 * against 44 people on board); the age of the truck driver who died (a 61-year-old trucker for the
 * wire, Ramon Ortiz, 58, for the Phoenix paper); the length of road the wreckage covered (a quarter of
 * a mile against almost two kilometres). Traps: a death toll and an injured count that grew and were
 * revised by their own sayer; a church van's riders (another vehicle); a precedent pile-up's vehicles;
 * the bus driver's age (another person, whom "in his 60s" also fits); a closure
 * told in miles and kilometres (the same); a forecast gust against the measured one; the bus's injured
 * as part of all the injured. First run, before any fix: disagreements 0/4 right, 0 wrong (no trap taken); quotes 3/3; timeline 2/2. Test support only.
 */
const DUST_STORM_PILEUP_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "dust-storm/1",
    externalId: "d1",
    source: "Desert Wire",
    url: "https://desertwire.example/us/arizona-dust-storm-pileup",
    publishedAt: "2026-05-03T23:10:00Z",
    title: "Three killed as dust storm causes pileup on Arizona interstate",
    originalText: [
      "PHOENIX (Desert Wire) — Twenty-four vehicles collided on Interstate 10 south of Casa Grande on Sunday afternoon when a dust storm cut visibility to almost nothing, killing three people, the Arizona Department of Public Safety said.",
      "A tour bus was carrying 38 passengers when it was struck from behind by a tractor-trailer, troopers said.",
      "A 61-year-old trucker from El Paso, Texas, was among the dead.",
      "At least 27 people were injured.",
      "“Visibility went from ten miles to zero in less than a minute,” said Bart Graves, a spokesman for the Department of Public Safety.",
      "The interstate was closed for 14 miles in both directions.",
    ].join("\n"),
  },
  {
    input: "dust-storm/2",
    externalId: "d2",
    source: "Arizona Ledger",
    url: "https://azledger.example/news/i10-dust-storm-crash",
    publishedAt: "2026-05-04T02:30:00Z",
    title: "Dust storm pileup on I-10: what we know",
    originalText: [
      "By Maria Delgado",
      "A wall of dust swept across Interstate 10 near Casa Grande on Sunday, causing a pileup of 31 cars, pickups and tractor-trailers.",
      "Wreckage was strewn along a quarter of a mile of the eastbound lanes.",
      "The National Weather Service had forecast gusts of up to 50 mph, but gusts reached 62 mph at Casa Grande, according to the agency.",
      "A church van carrying 12 people from a youth camp was also caught up in the crash; none of them was seriously hurt.",
      "In 2013, a pileup on the same stretch involved 19 vehicles.",
    ].join("\n"),
  },
  {
    input: "dust-storm/3",
    externalId: "d3",
    source: "The Courier",
    url: "https://thecourier.example/world/arizona-dust-storm-tourists",
    publishedAt: "2026-05-04T08:00:00Z",
    title: "British tourists among injured in Arizona dust storm crash",
    originalText: [
      "Eleven British holidaymakers were among those hurt when their coach was hit by a lorry in a dust storm on a motorway in Arizona on Sunday.",
      "The tour bus, which had 44 people on board, was heading from Tucson to Phoenix.",
      "Debris was spread over almost two kilometres of carriageway, witnesses said.",
      "The road was shut for 22 kilometres while the wreckage was cleared.",
      "The bus driver, 66, was flown to hospital in Phoenix.",
      "“We heard the lorry before we saw it,” said Helen Marsh, 54, from Leicester, who was travelling with her husband.",
    ].join("\n"),
  },
  {
    input: "dust-storm/4",
    externalId: "d4",
    source: "Arizona Ledger",
    url: "https://azledger.example/news/i10-dust-storm-victims-named",
    publishedAt: "2026-05-05T01:00:00Z",
    title: "Victims of I-10 dust storm pileup identified",
    originalText: [
      "The Department of Public Safety now puts the death toll at four after a woman died at a Phoenix hospital on Monday.",
      "The trucker who died was identified as Ramon Ortiz, 58, of El Paso.",
      "The number of injured has risen to 35, officials said on Monday.",
      "Of the 35 injured, nine were passengers on the tour bus.",
      "“We need better warning signs on this stretch, and we need them now,” said state Senator Lisa Navarro, whose district includes Casa Grande.",
    ].join("\n"),
  },
  {
    input: "dust-storm/5",
    externalId: "d5",
    source: "Freight Daily",
    url: "https://freightdaily.example/safety/i10-dust-storm-driver",
    publishedAt: "2026-05-05T14:00:00Z",
    title: "Trucker killed in I-10 dust storm had 30 years on the road",
    originalText: [
      "The driver killed in Sunday's pileup on Interstate 10 had driven for the same carrier for 30 years, his employer said.",
      "The driver of the tour bus, a man in his 60s from Tucson, remained in serious condition on Tuesday.",
      "The Arizona Department of Transportation said on Tuesday it plans to install 12 more dust detectors on the corridor by next year.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function dustStormPileupArticles(): Article[] {
  return linkNearDuplicates(DUST_STORM_PILEUP_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts38 (2026-12-07), before running any code on them. Four real
 * disagreements: the vehicles in the pile-up (24 against 31 told as a list of kinds), the people on the
 * tour bus (38 passengers against 44 on board), the dead trucker's age (61 for a description, 58 for
 * the named man), the wreckage's stretch (a quarter of a mile, about 400 metres, against almost two
 * kilometres).
 */
export const DUST_STORM_PILEUP_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Visibility went from ten miles to zero in less than a minute", speaker: "Bart Graves" },
    { text: "We heard the lorry before we saw it", speaker: "Helen Marsh" },
    { text: "We need better warning signs on this stretch, and we need them now", speaker: "Lisa Navarro" },
  ],
  timeline: [
    { text: "Twenty-four vehicles collided on Interstate 10", dates: ["2026-05-03"] },
    { text: "after a woman died at a Phoenix hospital on Monday", dates: ["2026-05-04"] },
  ],
  neverDated: [{ text: "In 2013, a pileup on the same stretch", date: "2026" }],
  disagreements: [
    { values: ["Twenty-four", "31"], outlets: ["Desert Wire", "Arizona Ledger"] },
    { values: ["38", "44"], outlets: ["Desert Wire", "The Courier"] },
    { values: ["61", "58"], outlets: ["Desert Wire", "Arizona Ledger"] },
    { values: ["a quarter of a mile", "two kilometres"], outlets: ["Arizona Ledger", "The Courier"] },
  ],
  notDisagreements: [
    // A death toll and an injured count that grew, told again by their sayer.
    ["three", "four"],
    ["27", "35"],
    // Another vehicle's riders, and the bus's injured as a part of all injured.
    ["38", "12"],
    ["44", "12"],
    ["nine", "35"],
    ["nine", "38"],
    // A precedent's vehicles.
    ["Twenty-four", "19"],
    ["31", "19"],
    // Another person's age, and a band that holds it.
    ["61", "66"],
    ["58", "66"],
    ["66", "60s"],
    ["61", "60s"],
    // One closure in miles and kilometres; a forecast gust and the measured one.
    ["14", "22"],
    ["50", "62"],
  ],
  corroboration: [{ text: "In 2013, a pileup on the same stretch involved 19 vehicles", outlets: 1 }],
};
