import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of what later news supersedes by supersede1 (2026-12-06, texts
 * and expectations written before running any code on them): five articles from three outlets on
 * Castlebridge City Council's plan to close swimming pools, from the proposal on Monday 14 January
 * 2030 to the cabinet's vote on Friday 18 January. A proposal to close three pools is decided as two;
 * a vote set for Friday is held on Friday; a petition's signatures rise from more than 4,000 to more
 * than 9,500 to 11,240; opposition calls for a delay are rejected; the council waits to hear about a
 * grant that is then refused. What stays: the pools' running cost and the saving, a club's members,
 * when a pool opened, a judicial review sought and a closure day to come, the pool saved. Test
 * support only.
 */
const POOL_CLOSURES_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "pools/1",
    externalId: "p1",
    source: "Castlebridge Evening Post",
    url: "https://castlebridgepost.example/news/three-city-pools-face-closure",
    publishedAt: "2030-01-14T17:00:00Z",
    title: "Three city pools face closure",
    originalText: [
      "Castlebridge City Council has proposed closing three of its seven public swimming pools to help close a £14 million budget gap.",
      "The pools at Eastgate, Millfield and Orchard Lane would shut at the end of March under the plan, which the cabinet will vote on on Friday.",
      "Eastgate pool, the oldest in the city, opened in 1936.",
      "The council said the three pools together cost £1.9 million a year to run.",
      "“Nobody wants to close a pool, but we have run out of choices,” said council leader Marcus Ellery.",
    ].join("\n"),
  },
  {
    input: "pools/2",
    externalId: "p2",
    source: "Midlands News Agency",
    url: "https://midlandsnews.example/castlebridge-pool-petition",
    publishedAt: "2030-01-15T10:00:00Z",
    title: "Swimmers launch petition against pool closures",
    originalText: [
      "More than 4,000 people have signed a petition against the closure of three Castlebridge swimming pools since it was launched on Monday night.",
      "The Castlebridge Amateur Swimming Club, which trains at Millfield, has 340 members.",
      "Opposition Liberal Democrat councillors have called on the council to delay the decision until a public consultation is held.",
      "“These pools are where our children learn to swim,” said petition organiser Joanne Pike.",
      "The council is waiting to hear whether Sport England will fund repairs at Orchard Lane.",
    ].join("\n"),
  },
  {
    input: "pools/3",
    externalId: "p3",
    source: "Castlebridge Evening Post",
    url: "https://castlebridgepost.example/news/leader-rules-out-delay-on-pools",
    publishedAt: "2030-01-16T17:00:00Z",
    title: "Council leader rules out delay on pools",
    originalText: [
      "Marcus Ellery rejected calls to delay Friday's vote, saying every month of delay cost the council £160,000.",
      "The petition has now gathered more than 9,500 signatures.",
      "Sport England said on Wednesday it would not fund the repairs at Orchard Lane.",
      "“A decision like this should not be rushed,” said Liberal Democrat group leader Priya Basra.",
    ].join("\n"),
  },
  {
    input: "pools/4",
    externalId: "p4",
    source: "Radio Castlebridge",
    url: "https://radiocastlebridge.example/news/cabinet-votes-two-pools",
    publishedAt: "2030-01-18T19:00:00Z",
    title: "Cabinet votes to close two pools, Millfield saved",
    originalText: [
      "Castlebridge City Council's cabinet voted on Friday to close the Eastgate and Orchard Lane pools at the end of March.",
      "Millfield pool will stay open after the swimming club agreed to pay part of its running costs.",
      "Seven cabinet members voted in favour and three against.",
      "The closures will save £1.2 million a year, the council said.",
      "“We listened, and we saved Millfield,” said Marcus Ellery.",
    ].join("\n"),
  },
  {
    input: "pools/5",
    externalId: "p5",
    source: "Midlands News Agency",
    url: "https://midlandsnews.example/castlebridge-campaigners-vow-to-fight-on",
    publishedAt: "2030-01-18T21:30:00Z",
    title: "Campaigners vow to fight on after pool vote",
    originalText: [
      "Campaigners said on Friday they would seek a judicial review of the decision to close two of Castlebridge's swimming pools.",
      "The petition against the closures, which closed on Friday, was signed by 11,240 people.",
      "Eastgate pool, which opened in 1936, has needed a new roof since 2024.",
      "Both pools will close on 31 March.",
      "“This fight is not over,” said Joanne Pike.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function poolClosuresArticles(): Article[] {
  return linkNearDuplicates(POOL_CLOSURES_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by supersede1 (2026-12-06), before running any code on them. No real
 * disagreement: the petition's signatures are three moments of one count; the pools' running cost
 * is three pools', the saving two pools'.
 */
export const POOL_CLOSURES_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Nobody wants to close a pool, but we have run out of choices", speaker: "Marcus Ellery" },
    { text: "These pools are where our children learn to swim", speaker: "Joanne Pike" },
    { text: "A decision like this should not be rushed", speaker: "Priya Basra" },
    { text: "We listened, and we saved Millfield", speaker: "Marcus Ellery" },
    { text: "This fight is not over", speaker: "Joanne Pike" },
  ],
  timeline: [
    { text: "has proposed closing three of its seven public swimming pools", dates: ["2030-01-14"] },
    { text: "Sport England said on Wednesday it would not fund", dates: ["2030-01-16"] },
    { text: "voted on Friday to close the Eastgate and Orchard Lane pools", dates: ["2030-01-18"] },
  ],
  neverDated: [{ text: "Eastgate pool, the oldest in the city, opened in 1936", date: "2030" }],
  disagreements: [],
  notDisagreements: [
    // The petition's signatures, three moments apart.
    ["4,000", "9,500"],
    ["9,500", "11,240"],
    ["4,000", "11,240"],
    // Three pools' running cost against two pools' saving; the budget gap.
    ["1.9 million", "1.2 million"],
    ["14 million", "1.9 million"],
    // Pools proposed, pools in the city, cabinet votes.
    ["three", "seven"],
    ["Seven", "seven"],
  ],
  corroboration: [{ text: "has 340 members", outlets: 1 }],
  supersession: {
    apart: [
      // A proposal of three closures, then a vote for two; a vote set for Friday, then held.
      ["has proposed closing three of its seven public swimming pools", "voted on Friday to close"],
      ["which the cabinet will vote on on Friday", "voted on Friday to close"],
      // Signatures, then more.
      ["More than 4,000 people have signed a petition", "more than 9,500 signatures"],
      ["More than 4,000 people have signed a petition", "was signed by 11,240 people"],
      ["more than 9,500 signatures", "was signed by 11,240 people"],
      // A call, then its rejection; waiting for an answer, then the answer.
      ["have called on the council to delay the decision", "rejected calls to delay Friday's vote"],
      ["is waiting to hear whether Sport England will fund", "would not fund the repairs at Orchard Lane"],
    ],
    current: [
      "cost £1.9 million a year to run",
      "has 340 members",
      "The closures will save £1.2 million a year",
      "would seek a judicial review",
      "Both pools will close on 31 March",
      "Millfield pool will stay open",
      "has needed a new roof since 2024",
      "voted on Friday to close the Eastgate and Orchard Lane pools",
      "was signed by 11,240 people",
    ],
  },
};
