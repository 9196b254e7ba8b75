import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of what later news supersedes by supersede1 (2026-12-06, texts
 * and expectations written before running any code on them): five articles from three outlets on a
 * container ship, the Nordvik Star, that lost power in a storm off the Lizard on the night of Sunday
 * 14 October 2029 and shed containers. The containers lost rise from at least 40 to 57 to 61, those
 * washed up from six to eleven; a tow expected by Monday evening is taken on Monday evening; the ship,
 * "expected to arrive on Wednesday", is told berthed on Wednesday in other words; a salvage firm's
 * plan to begin on Thursday is told begun. What stays: the crew, all safe; the ship's capacity; the
 * containers holding batteries; pellets collected; beaches that remain closed; a stay in port to come.
 * Test support only.
 */
const CONTAINER_SPILL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "container/1",
    externalId: "c1",
    source: "Maritime Wire",
    url: "https://maritimewire.example/casualty/nordvik-star-containers-lost",
    publishedAt: "2029-10-15T11:00:00Z",
    title: "Containers lost overboard as freighter loses power off Cornwall",
    originalText: [
      "The container ship Nordvik Star lost power in a storm off the Lizard on Sunday night and shed at least 40 containers into the sea, the coastguard said on Monday.",
      "All 23 crew members are safe, the ship's Norwegian owner, Solvang Shipping, said.",
      "The vessel, which is 260 metres long and can carry 4,800 containers, was on its way from Rotterdam to Lisbon.",
      "An emergency towing vessel, the Ardent Mariner, is on its way to the ship and is expected to take it under tow by Monday evening.",
      "“The crew did everything right in appalling conditions,” said Solvang Shipping's operations director, Henrik Aas.",
    ].join("\n"),
  },
  {
    input: "container/2",
    externalId: "c2",
    source: "West Country Gazette",
    url: "https://westcountrygazette.example/news/containers-drift-towards-coast",
    publishedAt: "2029-10-16T06:30:00Z",
    title: "Coastguard warns beachgoers as containers drift towards coast",
    originalText: [
      "The Ardent Mariner took the Nordvik Star under tow on Monday evening and is bringing it to Falmouth, where it is expected to arrive on Wednesday.",
      "The number of containers lost overboard has risen to 57, the coastguard said.",
      "Six containers have washed up on beaches between Porthleven and Mullion.",
      "The coastguard urged people not to approach the containers, some of which hold lithium batteries.",
      "“Please leave them to the salvage teams,” said coastguard commander Tamsin Hoyle.",
    ].join("\n"),
  },
  {
    input: "container/3",
    externalId: "c3",
    source: "Kernow Radio",
    url: "https://kernowradio.example/news/container-debris-closes-beaches",
    publishedAt: "2029-10-16T18:00:00Z",
    title: "Container debris closes two beaches",
    originalText: [
      "Cornwall Council closed the beaches at Gunwalloe and Poldhu on Tuesday after more containers came ashore.",
      "Eleven containers have now washed up along the coast, the council said.",
      "Salvage company Brannock Marine has been hired to recover the containers still afloat, and plans to begin work on Thursday.",
      "Volunteers collected about two tonnes of plastic pellets from one of the broken containers at Poldhu.",
      "“We have seen nothing like it on this coast,” said beach warden Derek Polglase.",
    ].join("\n"),
  },
  {
    input: "container/4",
    externalId: "c4",
    source: "Maritime Wire",
    url: "https://maritimewire.example/casualty/nordvik-star-berths-falmouth",
    publishedAt: "2029-10-17T16:00:00Z",
    title: "Stricken freighter berths at Falmouth",
    originalText: [
      "The Nordvik Star berthed at Falmouth's Queen's Wharf shortly after 2 p.m. on Wednesday, 60 hours after it lost power.",
      "Marine Accident Investigation Branch inspectors boarded the ship on Wednesday evening.",
      "Solvang Shipping said it believed contaminated fuel had caused the engine failure.",
      "The coastguard now puts the number of containers lost at 61.",
      "Seven of the containers that went overboard were carrying lithium batteries, the company said.",
    ].join("\n"),
  },
  {
    input: "container/5",
    externalId: "c5",
    source: "West Country Gazette",
    url: "https://westcountrygazette.example/news/salvage-begins-beaches-shut",
    publishedAt: "2029-10-19T06:30:00Z",
    title: "Salvage begins as beaches stay shut",
    originalText: [
      "Brannock Marine began lifting containers from the sea off Mullion on Thursday, recovering four by nightfall.",
      "The beaches at Gunwalloe and Poldhu remain closed.",
      "The Nordvik Star is expected to remain in Falmouth for at least three weeks while repairs are carried out.",
      "“It will take months to clear the seabed,” said Brannock Marine's salvage master, Ruth Penrose.",
      "The ship was last detained in port in 2026, over faults with its lifeboats.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function containerSpillArticles(): Article[] {
  return linkNearDuplicates(CONTAINER_SPILL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by supersede1 (2026-12-06), before running any code on them. No real
 * disagreement: each count of containers lost or washed up is a later moment's, and the Sunday night
 * of a Monday wire is the night into Monday or Sunday's.
 */
export const CONTAINER_SPILL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The crew did everything right in appalling conditions", speaker: "Henrik Aas" },
    { text: "Please leave them to the salvage teams", speaker: "Tamsin Hoyle" },
    { text: "We have seen nothing like it on this coast", speaker: "Derek Polglase" },
    { text: "It will take months to clear the seabed", speaker: "Ruth Penrose" },
  ],
  timeline: [
    { text: "lost power in a storm off the Lizard on Sunday night", dates: ["2029-10-14", "2029-10-15"] },
    { text: "took the Nordvik Star under tow on Monday evening", dates: ["2029-10-15"] },
    { text: "closed the beaches at Gunwalloe and Poldhu on Tuesday", dates: ["2029-10-16"] },
    { text: "berthed at Falmouth's Queen's Wharf", dates: ["2029-10-17"] },
    { text: "began lifting containers from the sea off Mullion on Thursday", dates: ["2029-10-18"] },
  ],
  neverDated: [{ text: "The ship was last detained in port in 2026", date: "2029" }],
  disagreements: [],
  notDisagreements: [
    // Containers lost, then more; washed up, then more; lost against washed up or recovered.
    ["40", "57"],
    ["57", "61"],
    ["40", "61"],
    ["Six", "Eleven"],
    ["Eleven", "61"],
    ["four", "Eleven"],
    // Containers with batteries, the crew, the ship's capacity.
    ["Seven", "61"],
    ["23", "40"],
    ["4,800", "61"],
  ],
  corroboration: [{ text: "All 23 crew members are safe", outlets: 1 }],
  supersession: {
    apart: [
      // A tow expected, then taken; an arrival expected, then told in other words.
      ["is expected to take it under tow by Monday evening", "took the Nordvik Star under tow on Monday evening"],
      ["where it is expected to arrive on Wednesday", "berthed at Falmouth's Queen's Wharf"],
      // Containers lost and washed up, then more.
      ["shed at least 40 containers", "has risen to 57"],
      ["shed at least 40 containers", "puts the number of containers lost at 61"],
      ["has risen to 57", "puts the number of containers lost at 61"],
      ["Six containers have washed up", "Eleven containers have now washed up"],
      // Salvage to begin on Thursday, then begun.
      ["plans to begin work on Thursday", "began lifting containers"],
    ],
    current: [
      "All 23 crew members are safe",
      "can carry 4,800 containers",
      "some of which hold lithium batteries",
      "Seven of the containers that went overboard were carrying lithium batteries",
      "about two tonnes of plastic pellets",
      "The beaches at Gunwalloe and Poldhu remain closed",
      "is expected to remain in Falmouth for at least three weeks",
      "began lifting containers from the sea off Mullion",
      "puts the number of containers lost at 61",
      "berthed at Falmouth's Queen's Wharf",
    ],
  },
};
