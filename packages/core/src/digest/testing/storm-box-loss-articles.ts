/**
 * Held-out batch S (lead session 31, 2026-12-07), written by heldout21 before any run; unfitted.
 * A container ship loses boxes overboard in a North Sea storm off the Dutch islands, Saturday 14 to Thursday 19 November 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "sb/1",
    externalId: "sb1",
    source: "Maritime Wire",
    url: "https://maritimewire.example/news/nordic-halcyon-containers-overboard",
    publishedAt: "2043-11-16T09:00:00Z",
    title: "Container ship loses 46 boxes in North Sea storm",
    originalText: [
      "AMSTERDAM (MW) — The container ship Nordic Halcyon lost 46 containers overboard in a storm off the Dutch coast early on Monday, the Netherlands Coastguard said.",
      "The 366-metre vessel, which left Antwerp on Saturday carrying about 14,000 containers, was rolling heavily in waves of between 8 and 10 metres when the stacks collapsed about 20 kilometres north of Terschelling.",
      "None of the 24 crew was injured.",
      "At least three of the lost containers held hazardous goods, including lithium-ion batteries, the coastguard said.",
      "“We are tracking the boxes from the air and have warned all shipping in the area,” coastguard spokeswoman Ilse Vermeer said.",
      "Forecasters had predicted gusts of 90km/h, but a weather station on Vlieland recorded 130km/h overnight.",
      "In 2031, the Tamsin Star lost more than 270 boxes in the same waters.",
    ].join("\n"),
  },
  {
    input: "sb/2",
    externalId: "sb2",
    source: "The Harbour Courier",
    url: "https://harbourcourier.example/shipping/north-sea-storm-boxes-lost",
    publishedAt: "2043-11-16T14:00:00Z",
    title: "Storm sweeps 46 containers off ship near Dutch islands",
    originalText: [
      "The container ship Nordic Halcyon lost 46 containers overboard in a storm off the Dutch coast early on Monday, according to the Netherlands Coastguard.",
      "The 366-metre ship had sailed from Antwerp on Saturday with about 14,000 containers on board and was about 20 kilometres north of Terschelling when the stacks gave way.",
      "All 24 crew members escaped injury.",
      "The coastguard said at least three of the containers lost held hazardous goods, among them lithium-ion batteries.",
      "“We are tracking the boxes from the air and have warned all shipping in the area,” said coastguard spokeswoman Ilse Vermeer.",
      "Maritime Wire",
    ].join("\n"),
  },
  {
    input: "sb/3",
    externalId: "sb3",
    source: "Frisian Coast Gazette",
    url: "https://frisiancoastgazette.example/nieuws/terschelling-beaches-container-debris",
    publishedAt: "2043-11-17T07:00:00Z",
    title: "Terschelling beaches strewn with cargo after container spill",
    originalText: [
      "TERSCHELLING — Shoes, nappies and sacks of plastic pellets began washing up along a 15km stretch of Terschelling's north coast on Monday night, hours after the Nordic Halcyon shed part of its cargo some 30km off the island.",
      "The coastguard raised its count of lost containers to 58 on Monday evening, after the crew checked the stacks in daylight.",
      "Seventeen containers had come ashore or been sighted in the shallows by midnight.",
      "Shipping has been told to look out for drifting boxes between the islands and the main channel.",
      "Terschelling mayor Ruud Hoekstra said: “Our beaches are covered in plastic and polystyrene, and the birds are already eating it.”",
      "The ship was due in Bremerhaven later on Tuesday.",
      "The province estimates the clean-up will cost €5m (about £4.3m).",
    ].join("\n"),
  },
  {
    input: "sb/4",
    externalId: "sb4",
    source: "Boxship Weekly",
    url: "https://boxshipweekly.example/casualty/nordic-halcyon-stack-collapse-lashings",
    title: "Nordic Halcyon stack collapse puts lashing rules back in focus",
    originalText: [
      "The Nordic Halcyon, built in 2029 for Brandt Sealink, measures 352 metres and can carry 15,200 TEU.",
      "Parametric rolling in the shallow water north of the Wadden Islands is the most likely cause, two naval architects told Boxship Weekly.",
      "According to Brandt Sealink, “the lashings were checked and certified in Antwerp before departure.”",
      "The Dutch Safety Board has opened an investigation into the loss.",
      "The International Maritime Organization has been debating mandatory reporting of lost containers since 2024.",
    ].join("\n"),
  },
  {
    input: "sb/5",
    externalId: "sb5",
    source: "The Daily Clarion",
    url: "https://dailyclarion.example/news/treasure-island-beachcombers-terschelling",
    publishedAt: "2043-11-18T06:00:00Z",
    title: "TREASURE ISLAND: Beachcombers swarm Dutch beach as TVs and trainers wash up",
    originalText: [
      "Hundreds of beachcombers swarmed Terschelling yesterday as nappies, trainers and flat-screen TVs washed up from a stricken cargo ship.",
      "'It was like Christmas morning on the beach,' said Anke de Vries, 52, who filled her car boot with shoes.",
      "The ship's 22-strong crew battled 9-metre waves when the boxes toppled 20km out to sea.",
      "The stricken ship limped into Bremerhaven yesterday.",
      "Islanders face a clean-up bill which the province on Tuesday put at 3.5 million euros.",
      "Police have warned that taking goods from the beach is theft.",
    ].join("\n"),
  },
  {
    input: "sb/6",
    externalId: "sb6",
    source: "Maritime Wire",
    url: "https://maritimewire.example/news/brandt-sealink-61-containers-lost",
    publishedAt: "2043-11-19T15:00:00Z",
    title: "Nordic Halcyon lost 61 containers, owner says after count in port",
    originalText: [
      "BREMERHAVEN (MW) — The Nordic Halcyon lost 61 containers in Monday's storm, its owner Brandt Sealink said on Thursday after a full count in port.",
      "Five of the lost containers held dangerous goods, the company said, up from the three the coastguard had reported.",
      "The ship docked in Bremerhaven on Tuesday, and the Dutch Safety Board opened an investigation on Wednesday.",
      "Terschelling mayor Ruud Hoekstra has demanded that Brandt Sealink pay €2m into a clean-up fund by 1 December; the company has offered €750,000.",
      "Hoekstra called the offer “an insult to the island”.",
      "“We will pay for every hour of the clean-up, whatever it costs” — Brandt Sealink chief executive Jonas Brandt.",
      "Salvage crews have recovered 23 of the containers so far.",
    ].join("\n"),
  },
];

export function stormBoxLossArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run. The Netherlands and Germany are UTC+1 in
 * November: every stamp falls on its local day. "Early on Monday" in Monday's wire is 16 November;
 * "on Saturday" there is the 14th; "on Monday night"/"on Monday evening" in Tuesday's paper the 16th;
 * "later on Tuesday" in Tuesday's paper the 17th; "yesterday" in Wednesday's tabloid the 17th and "on
 * Tuesday" there the 17th; "on Thursday" in Thursday's wire the 19th, "on Tuesday" the 17th and "on
 * Wednesday" the 18th; "by 1 December" is this year's. The Harbour Courier's story is a syndicated
 * rewrite of the first wire (credit line at its foot): one outlet with it for corroboration.
 */
export const STORM_BOX_LOSS_EXPECTED: ExpectedFacts = {
  quotes: [
    {
      text: "We are tracking the boxes from the air and have warned all shipping in the area",
      speaker: "Ilse Vermeer",
    },
    {
      text: "Our beaches are covered in plastic and polystyrene, and the birds are already eating it",
      speaker: "Ruud Hoekstra",
    },
    // Opens in lower case after "According to …,": partial by the house rule.
    {
      text: "the lashings were checked and certified in Antwerp before departure",
      speaker: "Brandt Sealink",
      partial: true,
    },
    // Single quotes in the tabloid.
    { text: "It was like Christmas morning on the beach", speaker: "Anke de Vries" },
    // The surname alone after the full name in the sentence before.
    { text: "an insult to the island", speaker: "Ruud Hoekstra", partial: true },
    // "“…” — Title Name".
    { text: "We will pay for every hour of the clean-up, whatever it costs", speaker: "Jonas Brandt" },
  ],
  timeline: [
    {
      text: "lost 46 containers overboard in a storm off the Dutch coast early on Monday, the Netherlands",
      dates: ["2043-11-16"],
    },
    { text: "which left Antwerp on Saturday carrying about 14,000 containers", dates: ["2043-11-14"] },
    {
      text: "began washing up along a 15km stretch of Terschelling's north coast on Monday night",
      dates: ["2043-11-16"],
    },
    { text: "The coastguard raised its count of lost containers to 58 on Monday evening", dates: ["2043-11-16"] },
    { text: "The ship was due in Bremerhaven later on Tuesday", dates: ["2043-11-17"] },
    { text: "Hundreds of beachcombers swarmed Terschelling yesterday", dates: ["2043-11-17"] },
    { text: "The stricken ship limped into Bremerhaven yesterday", dates: ["2043-11-17"] },
    { text: "which the province on Tuesday put at 3.5 million euros", dates: ["2043-11-17"] },
    { text: "its owner Brandt Sealink said on Thursday after a full count in port", dates: ["2043-11-19"] },
    {
      text: "The ship docked in Bremerhaven on Tuesday, and the Dutch Safety Board opened an investigation on Wednesday",
      dates: ["2043-11-17", "2043-11-18"],
    },
    { text: "pay €2m into a clean-up fund by 1 December", dates: ["2043-12-01"] },
  ],
  neverDated: [
    { text: "In 2031, the Tamsin Star lost more than 270 boxes", date: "2031" },
    { text: "built in 2029 for Brandt Sealink", date: "2029" },
    { text: "debating mandatory reporting of lost containers since 2024", date: "2024" },
    { text: "pay €2m into a clean-up fund by 1 December", date: "2042-12-01", exact: true },
    // "Yesterday" in Wednesday's tabloid is Tuesday, not Wednesday.
    { text: "The stricken ship limped into Bremerhaven yesterday", date: "2043-11-18", exact: true },
    // "On Tuesday" in a Thursday story is the Tuesday gone.
    {
      text: "The ship docked in Bremerhaven on Tuesday, and the Dutch Safety Board opened an investigation on Wednesday",
      date: "2043-11-24",
      exact: true,
    },
  ],
  disagreements: [
    // The ship's length: inside a modifier in the wire, after a verb in the trade paper.
    { values: ["366", "352"], outlets: ["Maritime Wire", "Boxship Weekly"] },
    // The crew on board: "None of the 24 crew" against "The ship's 22-strong crew".
    { values: ["24", "22"], outlets: ["Maritime Wire", "The Daily Clarion"] },
    // Where the stacks fell, from Terschelling: "about 20 kilometres north of" against "some 30km off the island".
    { values: ["20", "30"], outlets: ["Maritime Wire", "Frisian Coast Gazette"] },
    // The province's clean-up estimate of Tuesday: "€5m" against "3.5 million euros".
    { values: ["5", "3.5"], outlets: ["Frisian Coast Gazette", "The Daily Clarion"] },
  ],
  notDisagreements: [
    // The lost containers as the count grew: coastguard Monday, coastguard revision, owner Thursday.
    ["46", "58"],
    ["58", "61"],
    ["46", "61"],
    // Hazardous boxes: the coastguard's first figure against the owner's later one.
    ["three", "Five"],
    // Part against the whole: ashore by midnight, recovered, against those lost; the cargo carried.
    ["Seventeen", "58"],
    ["23", "61"],
    ["14,000", "15,200"],
    ["46", "14,000"],
    // A forecast against what was recorded.
    ["90", "130"],
    // A 2031 precedent.
    ["270", "61"],
    // A range of wave heights against a figure inside it.
    ["9", "8"],
    ["9", "10"],
    // The waves against the ship: other things in metres.
    ["10", "366"],
    ["8", "352"],
    // The beach stretch against the distance offshore, both in km.
    ["15", "30"],
    ["15", "20"],
    // A sum and its conversion.
    ["5", "4.3"],
    // A demand against an offer, and the demand against the clean-up estimate.
    ["2", "750,000"],
    ["2", "5"],
    // A woman's age against the crew.
    ["52", "22"],
  ],
  corroboration: [
    // The wire, its rewrite (once) and the Gazette's "Shipping has been told to look out for drifting boxes".
    { text: "have warned all shipping in the area", outlets: 2 },
    // The trade paper and the later wire.
    { text: "The Dutch Safety Board has opened an investigation into the loss", outlets: 2 },
    // The tabloid and the later wire ("docked in Bremerhaven on Tuesday"); the Gazette only expected it.
    { text: "The stricken ship limped into Bremerhaven yesterday", outlets: 2 },
  ],
  headline: ["61"],
  summary: {
    holds: ["61"],
    never: ["The ship was due in Bremerhaven later on Tuesday", "raised its count of lost containers to 58"],
  },
  sameEntry: [["The stricken ship limped into Bremerhaven yesterday", "The ship docked in Bremerhaven on Tuesday"]],
  order: [
    "which left Antwerp on Saturday carrying about 14,000 containers",
    "lost 46 containers overboard in a storm off the Dutch coast early on Monday, the Netherlands",
    "The stricken ship limped into Bremerhaven yesterday",
    "its owner Brandt Sealink said on Thursday after a full count in port",
    "pay €2m into a clean-up fund by 1 December",
  ],
  supersession: {
    apart: [
      ["lost 46 containers overboard", "The Nordic Halcyon lost 61 containers"],
      ["raised its count of lost containers to 58", "The Nordic Halcyon lost 61 containers"],
      ["The ship was due in Bremerhaven later on Tuesday", "The ship docked in Bremerhaven on Tuesday"],
      [
        "At least three of the lost containers held hazardous goods",
        "Five of the lost containers held dangerous goods",
      ],
    ],
    current: [
      "The Dutch Safety Board has opened an investigation into the loss",
      "pay €2m into a clean-up fund by 1 December",
      "None of the 24 crew was injured",
    ],
  },
};
