import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of the offline headline and summary by summary12 (2026-12-05,
 * before running any code on it): four articles from four outlets on a village referendum on a wind
 * farm in Ashby Vale, held on Thursday 19 November 2026, whose first count had the No side 12 votes
 * ahead and whose recount on Monday 23 November found the village in favour by 38 votes. The story
 * ends differently from how it began: its first report's lead ("voted against … by 12 votes") is the
 * result the recount overturned. A local paper on Friday morning, a radio station's site on Friday
 * afternoon (a recount ordered, to take place on Monday), a wire on Monday evening, a national paper
 * on Tuesday. The real disagreement: how many ballots had been misplaced in the first count, a bundle
 * of 25 for the wire against 24 for the national paper. Traps: the two counts' tallies (the recount
 * corrects the first count, no outlet disputes it), the margins, turnout, turbines. Test support only.
 */
const REFERENDUM_RECOUNT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "vote/1",
    externalId: "v1",
    source: "Wolds Gazette",
    url: "https://woldsgazette.example/news/ashby-vale-wind-farm-vote",
    publishedAt: "2026-11-20T06:00:00Z",
    title: "Ashby Vale rejects wind farm by 12 votes",
    originalText: [
      "Residents of Ashby Vale voted against a wind farm on the hills above the village by 12 votes in Thursday's referendum.",
      "The No side won 1,204 votes and the Yes side 1,192, on a turnout of 61 percent.",
      "“The village has spoken, and it does not want these turbines,” said Peter Ainsley, who led the No campaign.",
      "The result is not binding, but the district council had promised to take it into account.",
    ].join("\n"),
  },
  {
    input: "vote/2",
    externalId: "v2",
    source: "Radio Wolds",
    url: "https://radiowolds.example/news/ashby-vale-recount-ordered",
    publishedAt: "2026-11-20T16:00:00Z",
    title: "Recount ordered in Ashby Vale wind farm referendum",
    originalText: [
      "The district council ordered a recount of the Ashby Vale wind farm referendum on Friday after the Yes campaign questioned how ballots from the village hall polling station had been sorted.",
      "The recount will take place on Monday.",
      "“We take any concern about the count seriously,” said Karen Holt, the returning officer.",
    ].join("\n"),
  },
  {
    input: "vote/3",
    externalId: "v3",
    source: "Northern Wire",
    url: "https://northernwire.example/news/ashby-vale-recount-reverses-result",
    publishedAt: "2026-11-23T19:00:00Z",
    title: "Recount reverses Ashby Vale wind farm vote",
    originalText: [
      "A recount of the Ashby Vale wind farm referendum on Monday found that the village had voted in favour of the turbines by 38 votes, reversing the first result.",
      "Counting staff found that a bundle of 25 Yes votes had been placed among the No votes during the first count.",
      "The final result was 1,217 votes for the wind farm and 1,179 against.",
      "“This is what the village wanted all along,” said Jenny Rowe of the Yes campaign.",
    ].join("\n"),
  },
  {
    input: "vote/4",
    externalId: "v4",
    source: "The Courier National",
    url: "https://couriernational.example/uk/ashby-vale-backs-wind-farm",
    publishedAt: "2026-11-24T07:00:00Z",
    title: "Ashby Vale backs wind farm after recount",
    originalText: [
      "Villagers in Ashby Vale backed plans for a six-turbine wind farm by 38 votes after a recount found that 24 ballots had been misplaced during the first count.",
      "The developer, Northwind Renewables, said it would submit a planning application in the spring.",
      "“We accept the result, though we are disappointed,” said Peter Ainsley.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function referendumRecountArticles(): Article[] {
  return linkNearDuplicates(REFERENDUM_RECOUNT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by summary12 (2026-12-05), before running any code on them. The
 * headline must tell the recount's result, the latest news, never the first count's; the summary must
 * give the final margin and never state the overturned result, nor the recount as still to come.
 */
export const REFERENDUM_RECOUNT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The village has spoken, and it does not want these turbines", speaker: "Peter Ainsley" },
    { text: "We take any concern about the count seriously", speaker: "Karen Holt" },
    { text: "This is what the village wanted all along", speaker: "Jenny Rowe" },
    { text: "We accept the result, though we are disappointed", speaker: "Peter Ainsley" },
  ],
  timeline: [
    { text: "voted against a wind farm on the hills above the village", dates: ["2026-11-19"] },
    { text: "The district council ordered a recount", dates: ["2026-11-20"] },
    { text: "A recount of the Ashby Vale wind farm referendum on Monday found", dates: ["2026-11-23"] },
  ],
  neverDated: [],
  disagreements: [{ values: ["25", "24"], outlets: ["Northern Wire", "The Courier National"] }],
  notDisagreements: [
    // The first count's tallies against the recount's: a correction, which no outlet disputes.
    ["1,204", "1,179"],
    ["1,192", "1,217"],
    ["12", "38"],
    // Each count's two sides.
    ["1,204", "1,192"],
    ["1,217", "1,179"],
    // Turnout against margins and ballots.
    ["61", "38"],
    ["61", "25"],
  ],
  corroboration: [{ text: "The final result was 1,217 votes for the wind farm", outlets: 1 }],
  headline: ["voted in favour", "backed plans", "backs wind farm", "reverses"],
  summary: {
    holds: ["38 votes"],
    never: ["voted against a wind farm", "The recount will take place on Monday"],
  },
};
