import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts39 (2026-12-07, texts and expectations written before
 * running any code on them): six articles from five American outlets on a radioactive capsule that fell
 * from a contractor's truck between a potash mine near Carlsbad, New Mexico, and a depot in Odessa,
 * Texas, reported lost on Tuesday 9 May 2028 and found on Friday 12 May. A wire on Tuesday and Friday, a
 * daily on Wednesday, a TV station's site on Wednesday night, a trade paper on Thursday, a West Texas
 * daily on Saturday. The real disagreements: the capsule's length, "about 8mm long" for the wire against
 * "roughly 10 millimeters long" for the TV station; the length of road searched, "a 180-mile stretch of
 * highway" for the daily against "the 230 miles of road between the potash mine and the company's
 * depot" for the TV station, told the same day; the dose told as X-rays, "the equivalent of about 10
 * chest X-rays" for the wire against "the same dose as 25 X-rays" for the West Texas daily; where it
 * lay, "about 2 meters from the shoulder" for the wire against "15 feet off the highway's shoulder" for
 * the West Texas daily. Traps: a search widened to 300 miles; miles checked by Tuesday night against the
 * stretch; a search expected to take two weeks against four days; the state's own revision of the dose
 * rate; the capsule's width against its length; a trade paper's range of capsule lengths; a precedent's
 * search in Australia; a year's background dose told as X-rays; the gauge housing's height; costs
 * demanded against those offered.
 * First run (facts39, before any fix): disagreements 0/4, 0 wrong, 0 of 16 traps taken; quotes 6/6; timeline 2/2.
 * Test support only.
 */
const RADIOACTIVE_CAPSULE_SEARCH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "radioactive-capsule-search/1",
    externalId: "rc1",
    source: "Southwest Wire",
    url: "https://southwestwire.example/2028/05/09/radioactive-capsule-lost-new-mexico",
    publishedAt: "2028-05-09T22:00:00Z",
    title: "Radioactive capsule lost on road between New Mexico mine and Texas depot",
    originalText: [
      "SANTA FE, N.M. (SWW) — A tiny radioactive capsule fell from a contractor's truck somewhere between a potash mine near Carlsbad and a depot in Odessa, Texas, New Mexico's Environment Department said Tuesday.",
      "The capsule, which holds cesium-137 and came from a gauge used to measure the flow of ore, is about 8mm long and 6mm wide, the department said.",
      "Spending an hour a meter from it would deliver the equivalent of about 10 chest X-rays, officials said.",
      "The truck left the mine on April 28, and the gauge was found broken open when it was unpacked on Monday.",
      "“Anyone who sees a small metal cylinder by the road should stay away from it and call us,” said department spokeswoman Lucia Arviso.",
    ].join("\n"),
  },
  {
    input: "radioactive-capsule-search/2",
    externalId: "rc2",
    source: "The Pecos Valley Record",
    url: "https://pecosvalleyrecord.example/news/2028/05/10/capsule-search",
    publishedAt: "2028-05-10T12:00:00Z",
    title: "Crews with detectors comb highway for lost capsule",
    originalText: [
      "By Ramon Quintana",
      "Crews with radiation detectors are driving a 180-mile stretch of highway between the mine and the depot at about 30 mph, the Environment Department said Wednesday.",
      "They had checked 120 miles of it by Tuesday night.",
      "The department expected the search to take up to two weeks.",
      "The state first said the capsule gave off 1.5 millisieverts an hour at a meter; it now puts the figure at 1.1.",
      "“We are not going to stop until it is found,” said Environment Secretary Dana Whitfield.",
    ].join("\n"),
  },
  {
    input: "radioactive-capsule-search/3",
    externalId: "rc3",
    source: "KRGN 4 News",
    url: "https://krgn4.example/news/lost-radioactive-capsule-search-widens",
    publishedAt: "2028-05-10T23:00:00Z",
    title: "What to know about the radioactive capsule lost on a West Texas road",
    originalText: [
      "Teams are searching the 230 miles of road between the potash mine and the company's depot in Odessa for a capsule roughly 10 millimeters long.",
      "In 2023, a similar capsule lost in Western Australia was found after a search along 1,400 kilometers of highway.",
      "Drivers who used the road since April 28 do not need to be tested, the Texas health department said.",
      "“The chance that anyone has been harmed is very low,” said Dr. Keith Moberly, a radiation physicist at Texas Tech.",
    ].join("\n"),
  },
  {
    input: "radioactive-capsule-search/4",
    externalId: "rc4",
    source: "Radiation Safety Monitor",
    url: "https://radsafetymonitor.example/incidents/permian-gauge-capsule",
    publishedAt: "2028-05-11T15:00:00Z",
    title: "Permian capsule loss puts gauge transport rules under scrutiny",
    originalText: [
      "Fixed gauges of this type hold sources between 5 and 12 millimeters long, sealed in a lead-lined housing about 40cm tall.",
      "The average American receives the equivalent of about 30 chest X-rays a year from natural background radiation.",
      "The contractor, Basin Instrument Services, said a bolt on the housing had worked loose during the trip.",
      "“A housing that can shake open on a highway is a design failure, full stop,” said Elaine Corvo, a former Nuclear Regulatory Commission inspector.",
    ].join("\n"),
  },
  {
    input: "radioactive-capsule-search/5",
    externalId: "rc5",
    source: "Southwest Wire",
    url: "https://southwestwire.example/2028/05/12/radioactive-capsule-found",
    publishedAt: "2028-05-12T21:00:00Z",
    title: "Lost radioactive capsule found by road north of Orla",
    originalText: [
      "ORLA, Texas (SWW) — Searchers on Friday found the radioactive capsule lost from a mine truck, after four days of searching, New Mexico's Environment Department said.",
      "The search had been widened to 300 miles of road on Thursday.",
      "The capsule was found about 2 meters from the shoulder of U.S. 285 north of Orla by a crew whose detector picked up its signal from a moving vehicle.",
      "“This is the outcome we were all hoping for,” Whitfield said.",
    ].join("\n"),
  },
  {
    input: "radioactive-capsule-search/6",
    externalId: "rc6",
    source: "The Permian Basin Sentinel",
    url: "https://permiansentinel.example/news/2028/05/13/capsule-found-who-pays",
    publishedAt: "2028-05-13T14:00:00Z",
    title: "Capsule found, but who pays for the search?",
    originalText: [
      "The capsule was lying 15 feet off the highway's shoulder, half buried in gravel, when a search crew found it Friday.",
      "An hour near the capsule would give the same dose as 25 X-rays, a state health department physicist said.",
      "Reeves County is demanding $480,000 from Basin Instrument Services to cover the cost of the search; the company has offered $150,000.",
      "“Our deputies spent four days on this, and taxpayers should not foot the bill,” said County Judge Harlan Teague.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function radioactiveCapsuleSearchArticles(): Article[] {
  return linkNearDuplicates(RADIOACTIVE_CAPSULE_SEARCH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts39 (2026-12-07), before running any code on them. Four real
 * disagreements: the capsule's length (8mm against 10 millimeters), the road searched (180 miles against
 * 230), the dose as X-rays (10 against 25) and where it lay (2 meters against 15 feet from the shoulder).
 */
export const RADIOACTIVE_CAPSULE_SEARCH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Anyone who sees a small metal cylinder by the road", speaker: "Lucia Arviso" },
    { text: "We are not going to stop until it is found", speaker: "Dana Whitfield" },
    { text: "The chance that anyone has been harmed is very low", speaker: "Keith Moberly" },
    { text: "A housing that can shake open on a highway is a design failure", speaker: "Elaine Corvo" },
    { text: "This is the outcome we were all hoping for", speaker: "Dana Whitfield" },
    { text: "Our deputies spent four days on this", speaker: "Harlan Teague" },
  ],
  timeline: [
    { text: "The truck left the mine on April 28", dates: ["2028-04-28"] },
    { text: "Searchers on Friday found the radioactive capsule", dates: ["2028-05-12"] },
  ],
  neverDated: [{ text: "In 2023, a similar capsule lost in Western Australia", date: "2028" }],
  disagreements: [
    { values: ["8", "10"], outlets: ["Southwest Wire", "KRGN 4 News"] },
    { values: ["180", "230"], outlets: ["The Pecos Valley Record", "KRGN 4 News"] },
    { values: ["10", "25"], outlets: ["Southwest Wire", "The Permian Basin Sentinel"] },
    { values: ["2", "15"], outlets: ["Southwest Wire", "The Permian Basin Sentinel"] },
  ],
  notDisagreements: [
    // A search widened over days; miles checked (a part) against the stretch.
    ["180", "300"],
    ["230", "300"],
    ["120", "180"],
    ["120", "230"],
    // A search expected to take two weeks against the four days it took.
    ["two", "four"],
    // The state's own revision of the dose rate.
    ["1.5", "1.1"],
    // The capsule's width against its length; a range of lengths that holds both.
    ["6", "10"],
    ["12", "8"],
    ["12", "10"],
    // A precedent's search against this one.
    ["1,400", "180"],
    ["1,400", "230"],
    // A year's background dose against an hour near the capsule.
    ["30", "10"],
    ["30", "25"],
    // The housing's height against the capsule's length.
    ["40", "8"],
    ["40", "10"],
    // Costs demanded against those offered.
    ["480,000", "150,000"],
  ],
  corroboration: [{ text: "The search had been widened to 300 miles of road on Thursday", outlets: 1 }],
};
