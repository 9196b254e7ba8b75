/**
 * The lead's held-out batch J (session 26, 2026-12-07): texts and expectations written by helper heldout12 before any run, kept
 * outside the repository while they were unfitted (first run: 3 of 20 disagreements; 4 of 20 at the end of session 26) and added
 * here in session 27 (2026-12-07), when rules were written from its misses told in other words (so it is fitted now).
 * The expectations' values were rewritten to bare figures ("95" for "95-foot") before the first run, the house convention.
 * A night fire in an Irish council tower block, Tuesday 12 to Tuesday 19 February 2041, ending in a vote to demolish it.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tb/1",
    externalId: "t1",
    source: "Éire Press Wire",
    url: "https://eirepresswire.example/ireland/kilbarrow-tower-block-fire",
    publishedAt: "2041-02-13T06:30:00Z",
    title: "One dead as fire sweeps through Kilbarrow tower block",
    originalText: [
      "One man died and about 200 residents were evacuated when fire swept through a 14-storey tower block in Kilbarrow last night, Kilbarrow Fire Brigade said.",
      "The fire broke out shortly after 11pm on the sixth floor of Caislean House.",
      "Sixty firefighters and 12 appliances attended.",
      "“The smoke was so thick you couldn't see your hand in front of you,” said Aoife Brennan, who lives on the ninth floor.",
      "A fire at a tower block in Limerick in 2009 killed four people.",
    ].join("\n"),
  },
  {
    input: "tb/2",
    externalId: "t2",
    source: "Kilbarrow Echo",
    url: "https://kilbarrowecho.example/news/caislean-house-residents-sports-hall",
    publishedAt: "2041-02-13T17:00:00Z",
    title: "Caislean House residents spend night in sports hall",
    originalText: [
      "Residents of the 16-storey Caislean House spent last night in a sports hall after the blaze.",
      "The man who died was in his 70s, neighbours said.",
      "Eleven people were treated in hospital for smoke inhalation, and three remain there.",
      "Kilbarrow City Council said 58 families had been placed in emergency accommodation.",
      "Council officials said residents of the lower six floors could return within days.",
      "The block has 96 flats.",
      "Chief Fire Officer Declan Moran said: “Our crews went floor by floor, door by door.”",
    ].join("\n"),
  },
  {
    input: "tb/3",
    externalId: "t3",
    source: "The Irish Ledger",
    url: "https://irishledger.example/news/kilbarrow-fire-victim-named",
    publishedAt: "2041-02-14T07:00:00Z",
    title: "Kilbarrow fire victim named as residents demand answers",
    originalText: [
      "More than 300 people were forced from their homes by Tuesday night's fire, according to Kilbarrow City Council.",
      "The man who died has been named as Tomás Keane, 68, a retired bus driver.",
      "The block was reclad in 2017 at a cost of €4.2 million.",
      "Siobhán Dwyer, who chairs the residents' association, said the council had ignored warnings: “We wrote to them about the fire doors in 2038 and heard nothing back.”",
      "Residents are demanding an emergency payment of €10,000 per household; the council has offered €2,500.",
    ].join("\n"),
  },
  {
    input: "tb/4",
    externalId: "t4",
    source: "RTN News",
    url: "https://rtnnews.example/news/caislean-house-e-bike-battery",
    publishedAt: "2041-02-15T19:00:00Z",
    title: "E-bike battery started Caislean House fire",
    originalText: [
      "The fire at Caislean House started in a sixth-floor flat where an e-bike battery was charging, the fire brigade said on Friday.",
      "“Please do not charge these batteries overnight or in hallways,” Mr Moran said.",
      "Fire services attended 43 fires caused by lithium batteries across the country last year.",
      "The council's housing director, Gerard Lyons, said engineers were assessing the building's structure.",
      "The council now puts the number of families needing new homes at 71.",
    ].join("\n"),
  },
  {
    input: "tb/5",
    externalId: "t5",
    source: "Construction Ireland",
    url: "https://constructionireland.example/news/caislean-house-demolition-vote",
    publishedAt: "2041-02-18T10:00:00Z",
    title: "Kilbarrow councillors to vote on Caislean House demolition",
    originalText: [
      "Councillors will vote tonight on whether to demolish Caislean House.",
      "The 2017 recladding of the block cost €6m, tender documents show.",
      "Engineers put the cost of demolition at between €8m and €12m.",
      "According to engineer Ronan Fitzgerald, “the concrete frame was badly damaged on three floors.”",
    ].join("\n"),
  },
  {
    input: "tb/6",
    externalId: "t6",
    source: "Éire Press Wire",
    url: "https://eirepresswire.example/ireland/caislean-house-to-be-demolished",
    publishedAt: "2041-02-19T08:00:00Z",
    title: "Fire-hit Kilbarrow tower block to be demolished",
    originalText: [
      "Councillors voted last night to demolish Caislean House, the Kilbarrow tower block where fire broke out last week.",
      "A woman who lived on the seventh floor died in hospital on Sunday, bringing the number of dead to two.",
      "The demolition is expected to cost an estimated €10m and to start in the autumn.",
      "“Nobody will ever sleep in that building again,” said the council's chief executive, Máire Collins.",
      "Siobhán Dwyer said the vote was “the only decent outcome”.",
    ].join("\n"),
  },
];

export function towerBlockFireArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. "Last night" in Wednesday morning's wire is Tuesday
 * 12 February; in Wednesday evening's Echo it is the night of the 12th to 13th; "Tuesday night" in a
 * Thursday paper is the 12th; "on Friday" in a Friday report is the 15th; "tonight" on Monday is the
 * 18th and "last night" on Tuesday the 19th is the 18th; "on Sunday" then is the 17th.
 */
export const TOWER_BLOCK_FIRE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The smoke was so thick you couldn't see your hand in front of you", speaker: "Aoife Brennan" },
    { text: "Our crews went floor by floor, door by door", speaker: "Declan Moran" },
    { text: "We wrote to them about the fire doors in 2038 and heard nothing back", speaker: "Siobhán Dwyer" },
    { text: "Please do not charge these batteries overnight or in hallways", speaker: "Declan Moran" },
    // Opening in lower case after "According to …,": partial by the house rule (a fragment as news marks it).
    { text: "the concrete frame was badly damaged on three floors", speaker: "Ronan Fitzgerald", partial: true },
    { text: "Nobody will ever sleep in that building again", speaker: "Máire Collins" },
    { text: "the only decent outcome", speaker: "Siobhán Dwyer", partial: true },
  ],
  timeline: [
    { text: "swept through a 14-storey tower block in Kilbarrow last night", dates: ["2041-02-12"] },
    { text: "spent last night in a sports hall after the blaze", dates: ["2041-02-12", "2041-02-13"] },
    { text: "forced from their homes by Tuesday night's fire", dates: ["2041-02-12"] },
    {
      text: "where an e-bike battery was charging, the fire brigade said on Friday",
      dates: ["2041-02-12", "2041-02-15"],
    },
    { text: "Councillors will vote tonight on whether to demolish Caislean House", dates: ["2041-02-18"] },
    { text: "died in hospital on Sunday, bringing the number of dead to two", dates: ["2041-02-17"] },
    { text: "Councillors voted last night to demolish Caislean House", dates: ["2041-02-18"] },
  ],
  neverDated: [
    { text: "A fire at a tower block in Limerick in 2009 killed four people", date: "2009" },
    { text: "The block was reclad in 2017", date: "2017" },
    { text: "The 2017 recladding of the block cost €6m", date: "2017" },
    { text: "about the fire doors in 2038", date: "2038" },
    { text: "across the country last year", date: "2041", exact: true },
    // "On Sunday" in a Tuesday report is the Sunday gone.
    { text: "died in hospital on Sunday, bringing the number of dead to two", date: "2041-02-24", exact: true },
  ],
  disagreements: [
    // The block's height, inside a modifier.
    { values: ["14", "16"], outlets: ["Éire Press Wire", "Kilbarrow Echo"] },
    // People evacuated: the fire brigade's count against the council's.
    { values: ["200", "300"], outlets: ["Éire Press Wire", "The Irish Ledger"] },
    // The dead man's age: an age band against an age.
    { values: ["70", "68"], outlets: ["Kilbarrow Echo", "The Irish Ledger"] },
    // The cost of the one 2017 recladding.
    { values: ["4.2", "6"], outlets: ["The Irish Ledger", "Construction Ireland"] },
  ],
  notDisagreements: [
    // A toll that rose.
    ["One", "two"],
    // Families rehoused, then the council's own later count.
    ["58", "71"],
    // Those treated in hospital, those still there, and the evacuated.
    ["Eleven", "three"],
    ["200", "Eleven"],
    ["300", "Eleven"],
    // Flats, families and residents are different counts.
    ["96", "58"],
    ["96", "71"],
    ["200", "96"],
    ["300", "96"],
    // A demand against an offer.
    ["10,000", "2,500"],
    // An estimate inside an earlier range.
    ["between €8m and €12m", "10"],
    // A recladding cost against demolition costs.
    ["6", "10"],
    ["4.2", "10"],
    // A 2009 precedent; firefighters and appliances; a national count of battery fires.
    ["four", "One"],
    ["four", "two"],
    ["Sixty", "12"],
    ["43", "Sixty"],
  ],
  corroboration: [
    { text: "Councillors voted last night to demolish Caislean House", outlets: 1 },
    { text: "started in a sixth-floor flat where an e-bike battery was charging", outlets: 1 },
  ],
  headline: ["demolish", "demolition", "demolished"],
  summary: {
    holds: ["demolish", "two"],
    never: ["One man died", "could return within days", "Councillors will vote tonight"],
  },
  sameEntry: [
    [
      "swept through a 14-storey tower block in Kilbarrow last night",
      "forced from their homes by Tuesday night's fire",
    ],
  ],
  order: [
    "swept through a 14-storey tower block in Kilbarrow last night",
    "where an e-bike battery was charging, the fire brigade said on Friday",
    "died in hospital on Sunday, bringing the number of dead to two",
    "Councillors voted last night to demolish Caislean House",
  ],
  supersession: {
    apart: [
      ["One man died", "bringing the number of dead to two"],
      [
        "58 families had been placed in emergency accommodation",
        "now puts the number of families needing new homes at 71",
      ],
      ["could return within days", "Councillors voted last night to demolish Caislean House"],
      ["Councillors will vote tonight", "Councillors voted last night to demolish Caislean House"],
    ],
    current: [
      "started in a sixth-floor flat where an e-bike battery was charging",
      "The block has 96 flats",
      "Residents are demanding an emergency payment of €10,000 per household",
    ],
  },
};
