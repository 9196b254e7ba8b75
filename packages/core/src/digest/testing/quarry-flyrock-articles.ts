import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by dates14 (2026-12-07, before running any code on it): six
 * articles from five outlets on rocks thrown by a quarry blast onto the Cumbrian village of Low
 * Fellside on the afternoon of Tuesday 13 March 2029. Traps for date code: the blast told "this
 * afternoon" in a Tuesday evening paper and "yesterday afternoon" in a Wednesday morning wire, a move
 * out of homes dated by "Tuesday's blast", an investigation opened "last night" in a Wednesday morning
 * wire, a halt told by two outlets on Wednesday in other words, a meeting told "last night" and by
 * "Thursday's meeting" in Friday papers and an apology told by two outlets on Friday, the quarry's own
 * history with years (a licence in 2026, a sale in 2019, a fine in 2024, profits in 2028, quarrying
 * since 1872) and other quarries' accidents with their years (2011, 2017) as closing lines. One real
 * disagreement: the houses hit (three for the evening paper, five for the wire). Test support only.
 *
 * First run (dcc4040, before any fix): timeline 8/9 expected entries (the move out "after Tuesday's
 * blast" missed), background dates taken 5/7, one event one entry 1/3, digest timeline entries with a
 * wrong date 5 of 12, disagreements 0/1, quotes 3/3.
 */
const QUARRY_FLYROCK_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "quarry/1",
    externalId: "q1",
    source: "Cumbria Evening Post",
    url: "https://cumbriaeveningpost.example/news/low-fellside-quarry-blast",
    publishedAt: "2029-03-13T18:30:00Z",
    title: "Quarry blast rocks smash through village roofs",
    originalText: [
      "Rocks thrown by a blast at Hollins Quarry smashed through the roofs of three houses in Low Fellside this afternoon, injuring two people.",
      "A 71-year-old woman was taken to the Cumberland Infirmary with head injuries, police said.",
      "“It was like the sky was raining stones,” said resident Gwen Ashby.",
      "Hollins Quarry was granted permission to extend its working face towards the village in 2026.",
      "In 2011, flyrock from a quarry near Shap damaged two cars on the A6.",
    ].join("\n"),
  },
  {
    input: "quarry/2",
    externalId: "q2",
    source: "North West Wire",
    url: "https://northwestwire.example/cumbria/quarry-rocks-village",
    publishedAt: "2029-03-14T07:00:00Z",
    title: "Two hurt as quarry rocks rain down on Cumbrian village",
    originalText: [
      "Two people were hurt when rocks from a quarry blast rained down on five homes in a Cumbrian village yesterday afternoon.",
      "Eleven households were moved out of their homes after Tuesday's blast, Eden District Council said.",
      "The Health and Safety Executive said last night it had opened an investigation.",
      "Hollins Quarry is owned by Fellstone Aggregates, which bought it in 2019.",
    ].join("\n"),
  },
  {
    input: "quarry/3",
    externalId: "q3",
    source: "Border Radio News",
    url: "https://borderradio.example/news/hollins-quarry-halted",
    publishedAt: "2029-03-14T17:00:00Z",
    title: "Work halted at Hollins Quarry",
    originalText: [
      "Work at Hollins Quarry was halted on Wednesday after inspectors served a prohibition notice on the site, the Health and Safety Executive said.",
      "Fellstone Aggregates said the explosive charge used was within its usual limits.",
      "The quarry was fined £40,000 in 2024 for breaching dust limits.",
    ].join("\n"),
  },
  {
    input: "quarry/4",
    externalId: "q4",
    source: "Cumberland Courier",
    url: "https://cumberlandcourier.example/news/inspectors-shut-blasting",
    publishedAt: "2029-03-14T19:30:00Z",
    title: "Inspectors stop blasting at Low Fellside quarry",
    originalText: [
      "Inspectors stopped all blasting at the quarry above Low Fellside on Wednesday, serving a prohibition notice on its owner.",
      "“Nobody should have to sleep under a hard hat,” said parish council chairman Tom Rigg.",
      "A blast at a quarry in Derbyshire in 2017 sent a boulder through the roof of a farm building.",
    ].join("\n"),
  },
  {
    input: "quarry/5",
    externalId: "q5",
    source: "Cumbria Evening Post",
    url: "https://cumbriaeveningpost.example/news/low-fellside-meeting",
    publishedAt: "2029-03-16T12:00:00Z",
    title: "Villagers demand quarry closure",
    originalText: [
      "More than 200 people packed Low Fellside village hall last night to demand the quarry's closure.",
      "Fellstone Aggregates' chief executive, Robert Lund, apologised to residents at Thursday's meeting.",
      "Quarrying has taken place at Hollins since 1872.",
    ].join("\n"),
  },
  {
    input: "quarry/6",
    externalId: "q6",
    source: "Northern Business Daily",
    url: "https://northernbusinessdaily.example/companies/fellstone-apology",
    publishedAt: "2029-03-16T08:00:00Z",
    title: "Fellstone boss says sorry to quarry village",
    originalText: [
      "The boss of Fellstone Aggregates said sorry to villagers on Thursday night, telling a packed meeting the company would pay for every repair.",
      "“We got this badly wrong,” Robert Lund said.",
      "The company made a profit of £14 million in 2028.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function quarryFlyrockArticles(): Article[] {
  return linkNearDuplicates(QUARRY_FLYROCK_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by dates14 (2026-12-07), before running any code on them. "This
 * afternoon" in a Tuesday evening paper and "yesterday afternoon" in a Wednesday morning wire are the
 * Tuesday; "last night" in a Wednesday morning wire the Tuesday; "last night" in a Friday paper the
 * Thursday. The years of the quarry's own history and of other quarries' accidents are background:
 * never a date of these sentences.
 */
export const QUARRY_FLYROCK_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It was like the sky was raining stones", speaker: "Gwen Ashby" },
    { text: "Nobody should have to sleep under a hard hat", speaker: "Tom Rigg" },
    { text: "We got this badly wrong", speaker: "Robert Lund" },
  ],
  timeline: [
    { text: "smashed through the roofs of three houses in Low Fellside this afternoon", dates: ["2029-03-13"] },
    { text: "rained down on five homes in a Cumbrian village yesterday afternoon", dates: ["2029-03-13"] },
    { text: "Eleven households were moved out of their homes after Tuesday's blast", dates: ["2029-03-13"] },
    { text: "The Health and Safety Executive said last night it had opened an investigation", dates: ["2029-03-13"] },
    { text: "Work at Hollins Quarry was halted on Wednesday", dates: ["2029-03-14"] },
    { text: "Inspectors stopped all blasting at the quarry above Low Fellside on Wednesday", dates: ["2029-03-14"] },
    { text: "More than 200 people packed Low Fellside village hall last night", dates: ["2029-03-15"] },
    { text: "apologised to residents at Thursday's meeting", dates: ["2029-03-15"] },
    { text: "said sorry to villagers on Thursday night", dates: ["2029-03-15"] },
    // A past act of the story's own actor in its own main clause: dated at its year (house rule, expected-facts.ts).
    { text: "The quarry was fined £40,000 in 2024", dates: ["2024"] },
  ],
  neverDated: [
    { text: "was granted permission to extend its working face", date: "2026" },
    { text: "In 2011, flyrock from a quarry near Shap", date: "2011" },
    { text: "which bought it in 2019", date: "2019" },
    { text: "A blast at a quarry in Derbyshire in 2017", date: "2017" },
    { text: "Quarrying has taken place at Hollins since 1872", date: "1872" },
    { text: "The company made a profit of £14 million in 2028", date: "2028" },
  ],
  disagreements: [
    // The houses the rocks hit: three for the evening paper, five for the wire.
    { values: ["three", "five"], outlets: ["Cumbria Evening Post", "North West Wire"] },
  ],
  notDisagreements: [
    // People hurt against houses hit; households moved out; a meeting's crowd.
    ["two", "three"],
    ["Two", "five"],
    ["Eleven", "five"],
    ["Eleven", "three"],
    ["200", "Eleven"],
    // A fine against a profit; an age.
    ["40,000", "14 million"],
    ["71", "200"],
  ],
  corroboration: [{ text: "Work at Hollins Quarry was halted on Wednesday", outlets: 2 }],
  sameEntry: [
    [
      "smashed through the roofs of three houses in Low Fellside this afternoon",
      "rained down on five homes in a Cumbrian village yesterday afternoon",
    ],
    ["Work at Hollins Quarry was halted on Wednesday", "Inspectors stopped all blasting at the quarry"],
    ["apologised to residents at Thursday's meeting", "said sorry to villagers on Thursday night"],
  ],
  order: [
    "smashed through the roofs of three houses in Low Fellside this afternoon",
    "Work at Hollins Quarry was halted on Wednesday",
    "More than 200 people packed Low Fellside village hall last night",
  ],
};
