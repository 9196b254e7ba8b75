/**
 * Held-out batch Q (lead session 30, 2026-12-07), written by heldout19 before any run; unfitted.
 * An English county council votes a budget that closes branch libraries, Monday 26 February to Friday 2 March 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "lb/1",
    externalId: "l1",
    source: "Calderbrook Gazette",
    url: "https://calderbrookgazette.example/news/library-closures-budget-vote-tomorrow",
    publishedAt: "2046-02-26T07:00:00Z",
    title: "Libraries' fate in the balance as councillors vote on budget",
    originalText: [
      "Calderbrook County Council will vote tomorrow on a budget that would close nine of its 31 libraries to help fill a £48m gap.",
      "The library cuts would save £1.8m a year, according to council papers.",
      "A petition against the closures has been signed by more than 12,000 people.",
      "Campaigners plan to protest outside County Hall before the meeting, which starts at 2pm.",
      "Pauline Grant, who chairs Friends of Ashby Library, said: “Close a library and you never get it back.”",
      "The county last closed libraries in 2031, when four branches shut.",
    ].join("\n"),
  },
  {
    input: "lb/2",
    externalId: "l2",
    source: "UK Local News Agency",
    url: "https://uklocalnewsagency.example/councils/calderbrook-votes-to-close-libraries",
    publishedAt: "2046-02-28T07:00:00Z",
    title: "Calderbrook votes to close nine libraries",
    originalText: [
      "CALDERBROOK (ULNA) — Councillors in Calderbrook voted last night to close nine of the county's 31 libraries, as part of a budget that raises council tax by 4.99%.",
      "The budget passed by 34 votes to 27 after a four-hour debate.",
      "The remaining 22 libraries will have their opening hours cut to 28 hours a week, and the closures are expected to save £1.8m a year.",
      "“We have been left with no good choices, only less bad ones,” said council leader Graham Stott.",
      "Liberal Democrat group leader Nadia Hussain voted against.",
      "“Libraries are not a luxury,” the group leader said.",
      "About 300 protesters gathered outside County Hall before the vote.",
      "The branches will close by the end of June.",
    ].join("\n"),
  },
  {
    input: "lb/3",
    externalId: "l3",
    source: "Northern Evening Courier",
    url: "https://northerneveningcourier.example/news/wire/calderbrook-library-closures-approved",
    publishedAt: "2046-02-28T11:00:00Z",
    title: "Nine Calderbrook libraries to shut after budget vote",
    originalText: [
      "Calderbrook councillors last night approved the closure of nine of the county's 31 libraries in a budget that puts council tax up by 4.99%.",
      "The budget was passed by 34 votes to 27 following four hours of debate.",
      "Opening hours at the 22 libraries that remain will be cut to 28 hours a week, saving £1.8m a year along with the closures.",
      "“We have been left with no good choices, only less bad ones,” council leader Graham Stott said.",
      "Around 300 protesters gathered outside County Hall ahead of the vote.",
      "(ULNA)",
    ].join("\n"),
  },
  {
    input: "lb/4",
    externalId: "l4",
    source: "Calder Valley TV News",
    url: "https://caldervalleytv.example/news/eleven-libraries-to-close",
    publishedAt: "2046-02-28T19:00:00Z",
    title: "Eleven libraries to close as Calderbrook budget is approved",
    originalText: [
      "Eleven libraries across Calderbrook will close after councillors approved the county's budget on Tuesday evening by 34 votes to 27.",
      "Some villagers will live up to 15 miles from their nearest library once the closures take effect.",
      "“It's the only warm place some of our older members have,” Doreen Pike, 81, told Calder Valley TV.",
      "The council says 38 library posts will go, and staff will be offered other jobs where possible.",
      "The petition against the closures had passed 15,000 signatures by the time of the vote.",
    ].join("\n"),
  },
  {
    input: "lb/5",
    externalId: "l5",
    source: "Library & Information Weekly",
    url: "https://libraryinformationweekly.example/public-libraries/calderbrook-closures",
    publishedAt: "2046-03-02T10:00:00Z",
    title: "Calderbrook to close nine branches and cut hours",
    originalText: [
      "Calderbrook's decision on Tuesday to close nine branches will save £2.3m annually, according to the council's head of libraries.",
      "Surviving branches will open for 24 hours a week, down from 40.",
      "The cuts will cost between 30 and 45 library jobs, the union Unison estimates.",
      "Some villages will be as far as 12 miles from a library, the council's equality assessment found.",
      "According to Unison regional organiser Femi Adebayo, “the council is balancing its books on the backs of children and pensioners.”",
      "England has lost more than 900 public libraries since 2010, according to the library professionals' body.",
    ].join("\n"),
  },
  {
    input: "lb/6",
    externalId: "l6",
    source: "Calderbrook Voice",
    url: "https://calderbrookvoice.example/community/ashby-library-volunteers",
    title: "Ashby campaigners vow to run library themselves",
    originalText: [
      "Campaigners met on Wednesday night to plan a volunteer-run community library in Ashby rather than see the branch close.",
      "Pauline Grant, who chairs Friends of Ashby Library, said the group had already signed up 60 volunteers.",
      "“We will keep the lights on if we have to buy the bulbs ourselves,” said Grant.",
      "The council has offered a one-off grant of £5,000 to each community group that takes on a branch; campaigners say they need at least £20,000.",
      "Ashby library had 41,000 visits last year.",
    ].join("\n"),
  },
];

export function libraryBranchClosuresArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (England is UTC+0 in February). "Tomorrow" in
 * Monday's paper is Tuesday 27 February; "last night" in Wednesday's wire and its rewrite the 27th;
 * "on Tuesday evening" in Wednesday's TV story the 27th; "on Tuesday" in Friday's trade story the
 * 27th; "on Wednesday night" in the undated community site the 28th if anything; "by the end of June"
 * June 2046.
 */
export const LIBRARY_BRANCH_CLOSURES_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Close a library and you never get it back", speaker: "Pauline Grant" },
    // "“…,” said title Name" in the wire; "“…,” title Name said" in its rewrite.
    { text: "We have been left with no good choices, only less bad ones", speaker: "Graham Stott" },
    // The title alone; the full name is in the sentence before.
    { text: "Libraries are not a luxury", speaker: "Nadia Hussain" },
    { text: "It's the only warm place some of our older members have", speaker: "Doreen Pike" },
    // Opening in lower case after "According to …,": partial by the house rule.
    {
      text: "the council is balancing its books on the backs of children and pensioners",
      speaker: "Femi Adebayo",
      partial: true,
    },
    // "said Surname"; the full name is in the sentence before.
    { text: "We will keep the lights on if we have to buy the bulbs ourselves", speaker: "Pauline Grant" },
  ],
  timeline: [
    { text: "will vote tomorrow on a budget that would close nine of its 31 libraries", dates: ["2046-02-27"] },
    { text: "Councillors in Calderbrook voted last night to close nine", dates: ["2046-02-27"] },
    { text: "Calderbrook councillors last night approved the closure of nine", dates: ["2046-02-27"] },
    { text: "approved the county's budget on Tuesday evening by 34 votes to 27", dates: ["2046-02-27"] },
    { text: "Calderbrook's decision on Tuesday to close nine branches", dates: ["2046-02-27"] },
    { text: "The branches will close by the end of June", dates: ["2046-06"] },
    // The Voice's story carries no date.
    {
      text: "Campaigners met on Wednesday night to plan a volunteer-run community library",
      dates: [null, "2046-02-28"],
    },
  ],
  neverDated: [
    { text: "The county last closed libraries in 2031", date: "2031" },
    { text: "more than 900 public libraries since 2010", date: "2010" },
    { text: "The branches will close by the end of June", date: "2045-06" },
    { text: "Ashby library had 41,000 visits last year", date: "2046", exact: true },
    // "Tomorrow" in a Monday paper is the Tuesday to come.
    {
      text: "will vote tomorrow on a budget that would close nine of its 31 libraries",
      date: "2046-02-25",
      exact: true,
    },
  ],
  disagreements: [
    // Libraries to close after the vote: "close nine of the county's 31 libraries" against "Eleven libraries … will close".
    { values: ["nine", "Eleven"], outlets: ["UK Local News Agency", "Calder Valley TV News"] },
    // The yearly saving: "save £1.8m a year" against "save £2.3m annually".
    { values: ["1.8", "2.3"], outlets: ["UK Local News Agency", "Library & Information Weekly"] },
    // Weekly opening hours at the branches that stay: "cut to 28 hours a week" against "open for 24 hours a week".
    { values: ["28", "24"], outlets: ["UK Local News Agency", "Library & Information Weekly"] },
    // The farthest a village will be from a library: "up to 15 miles" against "as far as 12 miles".
    { values: ["15", "12"], outlets: ["Calder Valley TV News", "Library & Information Weekly"] },
  ],
  notDisagreements: [
    // A petition that grew.
    ["12,000", "15,000"],
    // Branches closing and staying, against all of them.
    ["31", "nine"],
    ["31", "22"],
    ["22", "nine"],
    ["31", "Eleven"],
    // Opening hours before and after.
    ["40", "28"],
    ["40", "24"],
    // The library saving, a part of the whole budget gap.
    ["48", "1.8"],
    ["48", "2.3"],
    // An offer against a demand.
    ["5,000", "20,000"],
    // A union's range against the council's point inside it.
    ["between 30 and 45", "38"],
    // Votes for and against.
    ["34", "27"],
    // A 2031 precedent; a national count.
    ["four", "nine"],
    ["900", "nine"],
    // Protesters, petition signers and volunteers are different counts.
    ["300", "12,000"],
    ["60", "300"],
  ],
  corroboration: [
    // The wire (with its rewrite) and the trade paper ("decision on Tuesday to close nine branches"); the TV
    // story gives another count (Eleven), so it does not carry this claim.
    { text: "Councillors in Calderbrook voted last night to close nine of the county's 31 libraries", outlets: 2 },
    // The wire and its rewrite count once.
    { text: "About 300 protesters gathered outside County Hall before the vote", outlets: 1 },
    // The wire (with its rewrite) and the TV story ("by 34 votes to 27").
    { text: "The budget passed by 34 votes to 27 after a four-hour debate", outlets: 2 },
  ],
  headline: ["voted", "close nine", "closures", "to close"],
  summary: {
    holds: ["nine"],
    never: ["will vote tomorrow on a budget", "signed by more than 12,000 people"],
  },
  sameEntry: [
    [
      "Councillors in Calderbrook voted last night to close nine",
      "approved the county's budget on Tuesday evening by 34 votes to 27",
    ],
  ],
  order: [
    "will vote tomorrow on a budget that would close nine of its 31 libraries",
    "Councillors in Calderbrook voted last night to close nine",
    "The branches will close by the end of June",
  ],
  supersession: {
    apart: [
      ["will vote tomorrow on a budget that would close nine", "voted last night to close nine"],
      ["signed by more than 12,000 people", "had passed 15,000 signatures"],
      ["Campaigners plan to protest outside County Hall", "About 300 protesters gathered outside County Hall"],
    ],
    current: [
      "The branches will close by the end of June",
      "The county last closed libraries in 2031",
      "campaigners say they need at least £20,000",
    ],
  },
};
