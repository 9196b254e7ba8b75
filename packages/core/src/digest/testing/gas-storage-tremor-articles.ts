import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of disagreements (facts37, 2026-12-07, texts and expectations
 * before running any code on them): six articles from five outlets on an earth tremor under the Fenwick
 * Moss gas storage site, beside the village of Holme St Agnes, early on Sunday 21 March 2027, to the
 * Wednesday. A British news agency, a US energy wire, the county's evening paper, a London daily and a
 * trade paper. Real disagreements, told in other words or units: the tremor's depth (3km from the
 * British Geological Survey against "about 2.5 miles" from the operator's monitors), its magnitude (3.3
 * as the survey revised it against 3.8 from a European centre), the share of the village's homes
 * damaged ("a third of the homes" from the council's surveyors against "about 45% of households" from
 * the residents' group), and the repair bill (the county council's £12m against insurers' "15 million
 * pounds"). Traps: the survey's own revision of the magnitude, the regulator's limit and an earlier
 * tremor, the depth of the stored gas, damaged homes that grew from "more than 150" to 200 and then to
 * 340 reports, the parish's share against the village's, an old survey of opinion, and the operator's
 * compensation fund against estimates of the bill. First run, before any fix: disagreements 0/4 right, 1
 * wrong (the permit's magnitude 2.5 against the quake's 3.8, a trap taken); quotes 6/6; timeline 3/3 (one
 * background year taken: the 2025 survey); corroboration 1/2. Test support only.
 */
const GAS_STORAGE_TREMOR_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tremor/1",
    externalId: "g1",
    source: "Britannia News Agency",
    url: "https://britannianews.example/uk/tremor-gas-storage-holme-st-agnes",
    publishedAt: "2027-03-21T09:00:00Z",
    title: "Tremor shakes village beside gas storage site",
    originalText: [
      "An earth tremor of magnitude 3.1 shook the village of Holme St Agnes at 4.15am on Sunday, the British Geological Survey (BGS) said.",
      "The tremor struck at a depth of 3km beneath the Fenwick Moss gas storage site, where gas is stored in porous rock 1.8km underground.",
      "It was felt up to 15 miles away, and residents reported cracked walls and fallen chimneys in more than 150 homes.",
      "Under the site's permit, injections must stop after any tremor above magnitude 2.5.",
      "“It sounded like a lorry had driven into the house,” said Margaret Ellery, 71.",
    ].join("\n"),
  },
  {
    input: "tremor/2",
    externalId: "g2",
    source: "Britannia News Agency",
    url: "https://britannianews.example/uk/bgs-revises-holme-tremor",
    publishedAt: "2027-03-21T17:30:00Z",
    title: "Geologists upgrade Holme St Agnes tremor",
    originalText: [
      "The BGS revised the magnitude of Sunday morning's tremor at Holme St Agnes to 3.3 after analysing readings from more stations.",
      "It is the strongest tremor recorded at the site; the previous largest, in 2019, measured 2.4.",
      "Northgas Storage, which runs the site, said it had stopped injecting gas.",
      "“Safety comes before everything else,” said Northgas's chief executive, Colin Ashworth.",
    ].join("\n"),
  },
  {
    input: "tremor/3",
    externalId: "g3",
    source: "Global Energy Wire",
    url: "https://globalenergywire.example/storage/uk-quake-northgas",
    publishedAt: "2027-03-22T02:00:00Z",
    title: "Quake halts injections at UK gas storage site",
    originalText: [
      "A magnitude 3.8 earthquake struck beneath a gas storage facility in eastern England early Sunday, according to the European-Mediterranean Seismological Centre.",
      "Northgas Storage said its own monitors placed the quake about 2.5 miles below the surface.",
      "The company has suspended injections at Fenwick Moss, which holds about 8% of Britain's gas storage capacity.",
      "“We will not restart until regulators are satisfied,” Northgas spokesperson Dana Whitfield said.",
    ].join("\n"),
  },
  {
    input: "tremor/4",
    externalId: "g4",
    source: "Lincwold Evening Gazette",
    url: "https://lincwoldgazette.example/news/tremor-damages-200-homes",
    publishedAt: "2027-03-22T16:00:00Z",
    title: "Tremor damages 200 homes in Holme St Agnes",
    originalText: [
      "Tremor damages 200 homes",
      "By Jack Penhaligon",
      "A third of the homes in Holme St Agnes were damaged by Sunday's tremor, the district council's surveyors said on Monday.",
      "The village has about 640 homes, and across the wider parish 12% of properties reported damage.",
      "The county council put the cost of repairs at £12m.",
      "In a 2025 survey, 61% of residents said they opposed the storage site.",
      "“Our homes are cracking and nobody is taking responsibility,” said Councillor Ruth Okafor.",
    ].join("\n"),
  },
  {
    input: "tremor/5",
    externalId: "g5",
    source: "The Sentinel",
    url: "https://thesentinel.example/uk-news/holme-st-agnes-residents-demand-closure",
    publishedAt: "2027-03-23T06:00:00Z",
    title: "Villagers demand closure of gas store after tremor",
    originalText: [
      "About 45% of households in Holme St Agnes have reported damage since Sunday's tremor, according to a survey by the Holme Residents' Action Group.",
      "Insurers estimate the bill for repairing homes in the village at 15 million pounds, the Association of British Insurers said on Monday.",
      "“This is the third tremor in eight years, and the biggest,” said Alan Frome, the group's chairman.",
      "Northgas has set aside £10m for claims.",
    ].join("\n"),
  },
  {
    input: "tremor/6",
    externalId: "g6",
    source: "Gas Storage Today",
    url: "https://gasstoragetoday.example/news/fenwick-moss-inquiry",
    publishedAt: "2027-03-24T11:00:00Z",
    title: "Regulator opens inquiry into Fenwick Moss tremor",
    originalText: [
      "The North Sea Transition Authority opened an inquiry on Wednesday into the tremor at Fenwick Moss.",
      "The number of damage reports lodged with Northgas has risen to 340, the company said.",
      "Injections will stay suspended until the inquiry reports, expected in June.",
      "“We need to know whether this site can operate safely at all,” said the authority's director of operations, Helen Tranter.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function gasStorageTremorArticles(): Article[] {
  return linkNearDuplicates(GAS_STORAGE_TREMOR_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts37 (2026-12-07), before running any code on them. The tremor
 * is Sunday 21 March 2027; the surveyors' and insurers' Monday is the 22nd; the inquiry's Wednesday the
 * 24th. 2.5 miles is about 4km against the survey's 3km; a third of the village's homes is about 213
 * of 640, against 45%. The revised magnitude (3.3) is the survey's own, so 3.1 stands aside.
 */
export const GAS_STORAGE_TREMOR_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It sounded like a lorry had driven into the house", speaker: "Margaret Ellery" },
    { text: "Safety comes before everything else", speaker: "Colin Ashworth" },
    { text: "We will not restart until regulators are satisfied", speaker: "Dana Whitfield" },
    { text: "Our homes are cracking and nobody is taking responsibility", speaker: "Ruth Okafor" },
    { text: "This is the third tremor in eight years, and the biggest", speaker: "Alan Frome" },
    { text: "We need to know whether this site can operate safely at all", speaker: "Helen Tranter" },
  ],
  timeline: [
    { text: "An earth tremor of magnitude 3.1 shook the village", dates: ["2027-03-21"] },
    { text: "A third of the homes in Holme St Agnes were damaged", dates: ["2027-03-21", "2027-03-22"] },
    { text: "opened an inquiry on Wednesday", dates: ["2027-03-24"] },
  ],
  neverDated: [
    { text: "the previous largest, in 2019", date: "2027" },
    { text: "In a 2025 survey", date: "2027" },
  ],
  disagreements: [
    { values: ["3km", "2.5 miles"], outlets: ["Britannia News Agency", "Global Energy Wire"] },
    { values: ["3.3", "3.8"], outlets: ["Britannia News Agency", "Global Energy Wire"] },
    { values: ["A third", "45%"], outlets: ["Lincwold Evening Gazette", "The Sentinel"] },
    { values: ["12m", "15 million"], outlets: ["Lincwold Evening Gazette", "The Sentinel"] },
  ],
  notDisagreements: [
    // The survey's own revision; the permit's limit; the earlier tremor.
    ["3.1", "3.3"],
    ["3.3", "2.5"],
    ["3.8", "2.5"],
    ["3.3", "2.4"],
    ["3.1", "2.4"],
    // The depth of the stored gas against the tremor's; how far away it was felt.
    ["1.8km", "3km"],
    ["1.8km", "2.5 miles"],
    ["15 miles", "2.5 miles"],
    // Damaged homes that grew, and the village they stand in.
    ["150", "200"],
    ["200", "340"],
    ["150", "340"],
    ["200", "640"],
    // The parish's share against the village's; an old survey of opinion; a share of the country's storage.
    ["12%", "45%"],
    ["12%", "A third"],
    ["61%", "45%"],
    ["8%", "12%"],
    // The operator's fund against estimates of the bill.
    ["10m", "12m"],
    ["10m", "15 million"],
  ],
  corroboration: [
    { text: "An earth tremor of magnitude 3.1 shook the village of Holme St Agnes", outlets: 2 },
    { text: "The county council put the cost of repairs at £12m", outlets: 1 },
  ],
};
