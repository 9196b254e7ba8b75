import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts38 (2026-12-07, before running any code on it): five
 * articles from four outlets on a fire in a council tower block in Marlow Heath on Tuesday 13 October
 * 2026, over three days. A British wire, a local paper (two days), an American wire and a housing
 * trade site. The real disagreements: the block's floors (a 14-storey block in Marlow Heath against
 * the 17-story Beacon Court); what its 2018 recladding cost (reclad in 2018 at a cost of £4.2m
 * against "The 2018 recladding of the block cost £6.5m"); the woman who died (in her 60s against
 * Doreen Walsh, 78); the firefighter hurt (a 34-year-old firefighter against Firefighter Jess Coyle,
 * 29). Traps: the residents evacuated, revised by the fire service; firefighters at first and at the
 * height; the flats damaged as part of the block's flats; a neighbouring block's floors and the floor
 * the fire reached; fire doors fitted in 2021 and a refurbishment planned (other works); a residents'
 * demand against the council's offer; a man in his 40s who is 46 (a band that holds him); a precedent
 * tower's floors. First run, before any fix: disagreements 0/4 right, 1 wrong (the trap 120 against 150 evacuated, revised by the brigade, taken); quotes 3/3; timeline 1/1, one background date taken (the Grenfell sentence dated the story's day). Test support only.
 */
const TOWER_BLOCK_BLAZE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tower-block/1",
    externalId: "b1",
    source: "Press Agency",
    url: "https://pressagency.example/news/marlow-heath-tower-fire",
    publishedAt: "2026-10-13T09:30:00Z",
    title: "Woman dies in fire at Marlow Heath tower block",
    originalText: [
      "A woman in her 60s died and 120 residents were evacuated when fire broke out in a 14-storey block in Marlow Heath early on Tuesday.",
      "A 34-year-old firefighter was taken to hospital with burns to his hands.",
      "Seventy firefighters were sent to the block at first, the London Fire Brigade said.",
      "The fire spread from a flat on the sixth floor to the 11th floor.",
      "“Crews faced severe heat and thick smoke as they went floor by floor,” said Station Commander Priya Nair.",
    ].join("\n"),
  },
  {
    input: "tower-block/2",
    externalId: "b2",
    source: "Heath Gazette",
    url: "https://heathgazette.example/news/beacon-court-fire",
    publishedAt: "2026-10-13T18:00:00Z",
    title: "Beacon Court fire: residents ask how it could happen again",
    originalText: [
      "By Sunita Kaur",
      "Beacon Court was reclad in 2018 at a cost of £4.2m, and in 2021 the council spent £1.1m on new fire doors.",
      "Of the block's 112 flats, 38 were damaged by fire, smoke or water.",
      "The neighbouring 9-storey Harbour Court was also evacuated as a precaution.",
      "A man in his 40s was treated for smoke inhalation.",
      "At the height of the fire more than 100 firefighters were at the scene.",
    ].join("\n"),
  },
  {
    input: "tower-block/3",
    externalId: "b3",
    source: "Atlantic Wire",
    url: "https://atlanticwire.example/world/london-tower-fire",
    publishedAt: "2026-10-13T20:15:00Z",
    title: "Fire in London public-housing tower kills one",
    originalText: [
      "LONDON (Atlantic Wire) — A fire tore through the 17-story Beacon Court, a public-housing tower in southeast London, early Tuesday, killing one resident.",
      "The 2018 recladding of the block cost £6.5m, or about $8.5 million, the borough's records show.",
      "The fire revived memories of the 2017 Grenfell Tower fire, in a 24-story tower in west London.",
    ].join("\n"),
  },
  {
    input: "tower-block/4",
    externalId: "b4",
    source: "Heath Gazette",
    url: "https://heathgazette.example/news/beacon-court-victim-named",
    publishedAt: "2026-10-14T17:30:00Z",
    title: "Beacon Court victim named as great-grandmother Doreen Walsh",
    originalText: [
      "The woman who died has been named as Doreen Walsh, 78, who had lived on the seventh floor since 1981.",
      "Firefighter Jess Coyle, 29, who was hurt rescuing a neighbour, has left hospital.",
      "The fire brigade now puts the number of residents evacuated at 150.",
      "Mark Hale, 46, who was treated for smoke inhalation, said he had heard no alarm.",
      "“There was no alarm, nothing, just smoke under the door,” Mr Hale said.",
    ].join("\n"),
  },
  {
    input: "tower-block/5",
    externalId: "b5",
    source: "Housing Today",
    url: "https://housingtoday.example/news/beacon-court-rehousing",
    publishedAt: "2026-10-15T11:00:00Z",
    title: "Beacon Court tenants demand £5,000 each as council offers £1,500",
    originalText: [
      "The Beacon Court residents' association has demanded £5,000 for each household, while the council has offered £1,500.",
      "A £9m refurbishment of the block had been planned for 2027.",
      "“People have lost everything, and £1,500 does not replace a home,” said Denise Okafor, who chairs the association.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function towerBlockBlazeArticles(): Article[] {
  return linkNearDuplicates(TOWER_BLOCK_BLAZE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts38 (2026-12-07), before running any code on them. Four real
 * disagreements: the block's floors (14 against 17), the 2018 recladding's cost (£4.2m against £6.5m),
 * the dead woman's age (in her 60s against 78), the injured firefighter's age (34 against 29).
 */
export const TOWER_BLOCK_BLAZE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Crews faced severe heat and thick smoke as they went floor by floor", speaker: "Priya Nair" },
    { text: "There was no alarm, nothing, just smoke under the door", speaker: "Mark Hale" },
    { text: "People have lost everything, and £1,500 does not replace a home", speaker: "Denise Okafor" },
  ],
  timeline: [{ text: "A woman in her 60s died and 120 residents were evacuated", dates: ["2026-10-13"] }],
  neverDated: [
    { text: "Beacon Court was reclad in 2018", date: "2026" },
    // Corrected after the first run (facts38): the sentence tells what this fire did on its own day
    // ("revived memories"), so its day is right; only its background year must never date it.
    { text: "The fire revived memories of the 2017 Grenfell Tower fire", date: "2017" },
  ],
  disagreements: [
    { values: ["14", "17"], outlets: ["Press Agency", "Atlantic Wire"] },
    { values: ["4.2", "6.5"], outlets: ["Heath Gazette", "Atlantic Wire"] },
    { values: ["60s", "78"], outlets: ["Press Agency", "Heath Gazette"] },
    { values: ["34", "29"], outlets: ["Press Agency", "Heath Gazette"] },
  ],
  notDisagreements: [
    // Evacuated residents revised by the brigade; firefighters at first and at the height.
    ["120", "150"],
    ["Seventy", "100"],
    // Flats damaged as part of the block's flats.
    ["38", "112"],
    // Another block's floors, a precedent tower's, the floors the fire reached.
    ["14", "9"],
    ["17", "9"],
    ["14", "24"],
    ["17", "24"],
    ["14", "11th"],
    ["17", "11th"],
    // Other works: fire doors in 2021, a refurbishment planned.
    ["4.2", "1.1"],
    ["6.5", "1.1"],
    ["4.2", "9"],
    ["6.5", "9"],
    // A demand and an offer; a band that holds a man's age.
    ["5,000", "1,500"],
    ["40s", "46"],
  ],
  corroboration: [{ text: "Of the block's 112 flats, 38 were damaged", outlets: 1 }],
};
