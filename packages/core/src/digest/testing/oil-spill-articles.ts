import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts10 (2026-12-05, before reading the facts code): six
 * articles from five outlets about crude oil from an undersea pipeline washing ashore in Ventura
 * County, California, on Saturday 21 November 2026: the operator's first estimate (no more than 700
 * barrels, told by a wire story and its syndicated rewrite), the Coast Guard's on Sunday (up to 3,000
 * barrels), both revised to about 2,500 on Tuesday, and an undated trade-press piece. Traps: the same
 * estimate in gallons, the slick in miles and in kilometres, a revised estimate, a compensation demand
 * and an offer, oil recovered against oil spilled, birds found dead among birds found, a day's flow
 * against a year's. Quote styles: "X said in a statement", "said Capt. X, the …" with a surname later,
 * a plural family ("the Mercers said" after "Dale and Ruth Mercer"), "X said: “…”", curly single quotes
 * (British), "told the Ledger", a quote over two paragraphs in single quotes, "he said" after a named
 * person, "X said the company had “…”", a title alone ("the chief executive said"), "According to X,
 * “…”", an em-dash attribution on the quote's own line naming one of the family. Test support only.
 */
const OIL_SPILL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "spill/1",
    externalId: "o1",
    source: "Reuters",
    url: "https://reuters.example/california-pipeline-leak",
    publishedAt: "2026-11-21T23:30:00Z",
    title: "Oil from undersea pipeline fouls California beaches",
    originalText: [
      "LOS ANGELES (Reuters) — Crude oil leaking from an undersea pipeline off the coast of Ventura County, California, washed ashore on Saturday, closing beaches and keeping fishing boats in port, officials said.",
      "Pacific Crest Energy, which operates the pipeline, said it had shut down the line and that no more than 700 barrels had escaped.",
      "“Our first priority is the safety of the public and of the people responding,” Pacific Crest Chief Executive Martin Willoughby said in a statement.",
      "The leak was first reported by a fishing boat at about 7:40 a.m. on Saturday, about 4 miles offshore.",
      "The slick was about 13 miles long by late afternoon, according to the Coast Guard.",
      "The pipeline carries about 40,000 barrels of crude a day from Platform Marisol to a processing plant in Oxnard.",
    ].join("\n"),
  },
  {
    input: "spill/2",
    externalId: "o2",
    source: "Valley Post",
    url: "https://valleypost.example/wire/ventura-oil",
    publishedAt: "2026-11-22T02:15:00Z",
    title: "Oil leak from pipeline closes Ventura County beaches",
    originalText: [
      "Crude oil leaking from an undersea pipeline off Ventura County washed ashore on Saturday, closing beaches and keeping fishing boats in port, officials said.",
      "Pacific Crest Energy, the pipeline’s operator, said it had shut down the line and that no more than 700 barrels had escaped.",
      "“Our first priority is the safety of the public and of the people responding,” the company’s chief executive, Martin Willoughby, said in a statement.",
      "The slick stretched about 13 miles by late afternoon, the Coast Guard said.",
      "Sign up for Valley Post breaking news alerts.",
    ].join("\n"),
  },
  {
    input: "spill/3",
    externalId: "o3",
    source: "Coastal Tribune",
    url: "https://coastaltribune.example/news/spill-estimate",
    publishedAt: "2026-11-22T19:00:00Z",
    title: "Coast Guard: up to 3,000 barrels spilled off Ventura coast",
    originalText: [
      "As much as 3,000 barrels of crude oil may have leaked from Pacific Crest Energy’s pipeline, the Coast Guard said on Sunday, more than four times the figure the company gave on Saturday.",
      "The estimate, equal to about 126,000 gallons, came from overflights and satellite images, said Capt. Rebecca Soto, the Coast Guard’s commander for the Los Angeles-Long Beach sector.",
      "“We are treating this as a major spill until the evidence tells us otherwise,” Soto said. “The company’s number did not match what we saw from the air.”",
      "Dale and Ruth Mercer, who have fished for rock crab out of Port Hueneme for 31 years, watched from the harbor as crews laid booms across its mouth.",
      "“We put everything we have into this boat, and now we can’t take it out,” the Mercers said. “Nobody has told us for how long.”",
      "Rescuers had collected 38 oiled birds by Sunday afternoon, 11 of them dead, the Oiled Wildlife Care Network said.",
      "Ventura County Supervisor Linda Park said: “This coast feeds thousands of families. Someone has to answer for this.”",
    ].join("\n"),
  },
  {
    input: "spill/4",
    externalId: "o4",
    source: "London Ledger",
    url: "https://londonledger.example/world/california-oil-slick",
    publishedAt: "2026-11-23T09:00:00Z",
    title: "Californian coast braced as oil slick spreads",
    originalText: [
      "Oil from a leaking pipeline began washing ashore in Ventura County on Saturday, and beaches from Oxnard to Port Hueneme were closed to the public.",
      "By late on Saturday the slick was about 21 kilometres long, the US Coast Guard said.",
      "‘It is a disaster for the whole coast, and it will not be cleaned up in weeks,’ said Carlos Mendoza, the mayor of Oxnard.",
      "Mendoza said the city had asked the state for emergency funds. ‘We cannot wait for the lawyers,’ he said.",
      "‘We will be here until the last of it is gone,’ Soto told the Ledger. ‘I have told my crews to plan for months, not weeks.",
      "‘Anyone who tells you otherwise has not seen the tar on those rocks.’",
    ].join("\n"),
  },
  {
    input: "spill/5",
    externalId: "o5",
    source: "Reuters",
    url: "https://reuters.example/pipeline-estimate-raised",
    publishedAt: "2026-11-24T20:00:00Z",
    title: "Pipeline operator raises estimate of California oil spill",
    originalText: [
      "LOS ANGELES (Reuters) — Pacific Crest Energy on Tuesday raised its estimate of the oil spilled from its pipeline off Ventura County to 2,500 barrels, more than three times its initial figure, as divers found a 32-inch split in the line.",
      "The Coast Guard, which had put the spill at up to 3,000 barrels, said on Tuesday that its revised estimate was also about 2,500 barrels.",
      "Willoughby said the company had “got the first number wrong” and apologised to residents.",
      "The company has offered $10 million for a compensation fund for fishermen and businesses; the Ventura County Commercial Fishermen’s Association is seeking at least $50 million, its lawyers said.",
      "Crews had recovered about 900 barrels of oil from the water by Tuesday, the Coast Guard said.",
      "The number of oiled birds found has risen to 64, 23 of them dead.",
      "The chief executive said later on Tuesday that the company would “pay every legitimate claim.”",
    ].join("\n"),
  },
  {
    input: "spill/6",
    externalId: "o6",
    source: "Energy Monitor",
    url: "https://energymonitor.example/pacific-crest-inspections",
    title: "Pacific Crest pipeline had failed inspections, records show",
    originalText: [
      "The pipeline that leaked off Ventura County failed two of its last five inspections, federal records show, and its operator was fined $1.2 million in 2023 over corrosion on the same line.",
      "According to pipeline safety consultant Gwen Harper, “a line of that age should have been inspected every year, not every five.”",
      "“This was a known risk,” Harper said. “It was written down, and nothing was done.”",
      "Pacific Crest said in a statement that the line “met every federal standard” at its last inspection.",
      "The line carried 14.6 million barrels of crude last year.",
      "“We have seen this film before, and it never ends well for the people on the water.” — Ruth Mercer, a crab fisher in Port Hueneme",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function oilSpillArticles(): Article[] {
  return linkNearDuplicates(OIL_SPILL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts10 (2026-12-05), before running any code on them. The one real
 * disagreement: how much oil had leaked by the weekend, no more than 700 barrels by the operator's
 * count (Reuters) against up to 3,000 by the Coast Guard's (Coastal Tribune). Tuesday's 2,500 is both
 * sides' revision, a development.
 */
export const OIL_SPILL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Our first priority is the safety of the public", speaker: "Martin Willoughby" },
    { text: "We are treating this as a major spill", speaker: "Rebecca Soto" },
    { text: "The company’s number did not match what we saw from the air", speaker: "Rebecca Soto" },
    // A couple named together, then "the Mercers".
    { text: "We put everything we have into this boat", speaker: "Dale and Ruth Mercer" },
    { text: "Nobody has told us for how long", speaker: "Dale and Ruth Mercer" },
    { text: "This coast feeds thousands of families", speaker: "Linda Park" },
    { text: "Someone has to answer for this", speaker: "Linda Park" },
    // Curly single quotes.
    { text: "It is a disaster for the whole coast", speaker: "Carlos Mendoza" },
    { text: "We cannot wait for the lawyers", speaker: "Carlos Mendoza" },
    // "told the Ledger": the outlet is the listener; over two paragraphs in single quotes.
    { text: "We will be here until the last of it is gone", speaker: "Rebecca Soto" },
    { text: "I have told my crews to plan for months, not weeks", speaker: "Rebecca Soto" },
    { text: "Anyone who tells you otherwise has not seen the tar", speaker: "Rebecca Soto" },
    { text: "got the first number wrong", speaker: "Martin Willoughby", partial: true },
    { text: "pay every legitimate claim", speaker: "Martin Willoughby", partial: true },
    { text: "a line of that age should have been inspected every year", speaker: "Gwen Harper", partial: true },
    { text: "This was a known risk", speaker: "Gwen Harper" },
    { text: "It was written down, and nothing was done", speaker: "Gwen Harper" },
    { text: "met every federal standard", speaker: "Pacific Crest Energy", partial: true },
    // One of the couple, by an em-dash after the quote.
    { text: "We have seen this film before", speaker: "Ruth Mercer" },
  ],
  timeline: [
    { text: "washed ashore on Saturday, closing beaches", dates: ["2026-11-21"] },
    { text: "As much as 3,000 barrels of crude oil may have leaked", dates: ["2026-11-22"] },
    { text: "on Tuesday raised its estimate of the oil spilled", dates: ["2026-11-24"] },
  ],
  neverDated: [
    // A fine in 2023 is background to the leak of 2026.
    { text: "failed two of its last five inspections", date: "2023", exact: true },
  ],
  disagreements: [{ values: ["700", "3,000"], outlets: ["Reuters", "Coastal Tribune"] }],
  notDisagreements: [
    // Barrels and the same estimate in gallons; miles and kilometres.
    ["3,000", "126,000"],
    ["13", "21"],
    // First estimates, then the revised ones.
    ["700", "2,500"],
    ["3,000", "2,500"],
    // An offer and a demand.
    ["10 million", "50 million"],
    // Oil recovered is part of the oil spilled.
    ["2,500", "900"],
    // Birds found, then more birds found; the dead among them.
    ["38", "64"],
    ["38", "11"],
    ["11", "23"],
    // A day's flow and a year's.
    ["40,000", "14.6 million"],
  ],
  corroboration: [
    // Reuters and its rewrite once, the London Ledger in its own words a second time.
    { text: "washed ashore on Saturday, closing beaches", outlets: 2 },
    { text: "no more than 700 barrels had escaped", outlets: 1 },
  ],
};
