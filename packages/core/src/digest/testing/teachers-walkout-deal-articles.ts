/**
 * Held-out batch S (lead session 31, 2026-12-07), written by heldout21 before any run; unfitted.
 * An Oregon city's teachers strike for four days until a raised pay offer ends it, Monday 7 to Saturday 12 March 2044.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tw/1",
    externalId: "tw1",
    source: "Pacific Wire",
    url: "https://pacificwire.example/article/cascade-falls-teachers-strike",
    publishedAt: "2044-03-07T20:00:00Z",
    title: "Teachers strike in Oregon's Cascade Falls, closing schools",
    originalText: [
      "CASCADE FALLS, Ore. (PW) — Teachers in Cascade Falls walked off the job Monday, closing schools for about 41,000 students in the district's first strike since 2009, when teachers stayed out for 11 days.",
      "The Cascade Falls Education Association, which represents about 2,900 teachers, is seeking raises of 14% over two years; the district has offered 7%.",
      "“We did not want to be here, but the district left us no choice,” said Maria Delgado, the association's president.",
      "Superintendent Alan Whitcombe said: “Every day out of class is a day our students cannot get back.”",
      "Six schools will stay open from 8 a.m. to 1 p.m. to serve free meals.",
    ].join("\n"),
  },
  {
    input: "tw/2",
    externalId: "tw2",
    source: "Willamette Valley Star",
    url: "https://willamettevalleystar.example/news/cascade-falls-teachers-walk-out",
    publishedAt: "2044-03-07T23:00:00Z",
    title: "Cascade Falls teachers walk out over pay",
    originalText: [
      "Teachers in Cascade Falls went on strike Monday, shutting schools for about 41,000 students in the district's first walkout since 2009.",
      "The Cascade Falls Education Association, which represents about 2,900 teachers, wants raises of 14% over two years, against the district's offer of 7%.",
      "“We did not want to be here, but the district left us no choice,” association president Maria Delgado said.",
      "Six schools will remain open in the mornings so students can get free meals.",
      "Pacific Wire",
    ].join("\n"),
  },
  {
    input: "tw/3",
    externalId: "tw3",
    source: "Cascade Falls Ledger",
    url: "https://cascadefallsledger.example/education/picket-lines-talks-resume",
    publishedAt: "2044-03-08T15:00:00Z",
    title: "Picket lines at all 52 schools as talks resume",
    originalText: [
      "Picket lines went up outside all 52 of the city's public schools on Monday as teachers walked out, and about 1,200 of them marched on district headquarters that evening.",
      "Bargainers for the district and the union's 2,650 members returned to the table Tuesday morning.",
      "Delgado told the Ledger that members were “ready to stay out as long as it takes.”",
      "The union points to the district's reserves, which equal about 16% of its budget.",
      "Teachers in the district earn an average of $68,400 a year, according to state figures, and high school classes run from 30 to 35 students.",
      "“My daughter has her AP exams in eight weeks,” said Keisha Monroe, 39, a parent at Lincoln High.",
      "Correction: An earlier version of this story misstated the district's offer as 8%. The district has offered 7% over two years.",
    ].join("\n"),
  },
  {
    input: "tw/4",
    externalId: "tw4",
    source: "Classroom Policy Review",
    url: "https://classroompolicyreview.example/analysis/cascade-falls-reserves-pay",
    title: "Cascade Falls strike turns on a reserves fight",
    originalText: [
      "Average teacher pay in Cascade Falls stands at 71,200 dollars, below the Portland area's average.",
      "The district holds reserves worth 13 per cent of annual spending, well above the 5 per cent state guideline.",
      "According to the district's chief financial officer, Ray Tomlin, “Reserves are not a piggy bank for salaries.”",
      "The nine-day walkout of 2009 ended with a 4% raise.",
      "Cascade Falls' high schools average 32 students a class.",
    ].join("\n"),
  },
  {
    input: "tw/5",
    externalId: "tw5",
    source: "Cascade Falls Ledger",
    url: "https://cascadefallsledger.example/education/tentative-deal-ends-strike",
    publishedAt: "2044-03-11T15:00:00Z",
    title: "Tentative deal ends teachers strike",
    originalText: [
      "The district and the teachers union reached a tentative agreement late yesterday after 14 hours of talks, ending a four-day strike.",
      "The deal gives teachers raises of 11% over two years and caps high school classes at 33 students.",
      "Members will vote on Saturday, and schools will reopen on Monday.",
      "Talks broke through after the district raised its offer to 9% on Wednesday and then agreed to a further 2% in the second year.",
      "Board chair Linda Park had called Wednesday's offer 'our best and final'.",
      "Substitute teachers, who earn $250 a day, will not be needed on Monday.",
    ].join("\n"),
  },
  {
    input: "tw/6",
    externalId: "tw6",
    source: "Pacific Wire",
    url: "https://pacificwire.example/article/cascade-falls-teachers-approve-contract",
    publishedAt: "2044-03-13T02:30:00Z",
    title: "Cascade Falls teachers approve contract, ending strike",
    originalText: [
      "CASCADE FALLS, Ore. (PW) — Teachers in Cascade Falls on Saturday approved a two-year contract that raises pay by 11%, with 88% voting in favor.",
      "The deal was struck Thursday night, on the fourth day of the strike.",
      "About 91% of members took part in the vote, the union said.",
      "“This contract keeps good teachers in Cascade Falls” — Maria Delgado, president of the Cascade Falls Education Association.",
      "Schools reopen Monday.",
    ].join("\n"),
  },
];

export function teachersWalkoutDealArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run. Oregon is UTC-8 until Sunday 13 March 2044:
 * Monday's stamps (20:00 and 23:00 UTC) are Monday 7 March at noon and 3 p.m.; the Ledger's 15:00
 * UTC stamps are 7 a.m. local; the last wire, 02:30 UTC on the
 * 13th, is Saturday 12 March at 6.30 p.m. in Oregon. "Monday" there is the 7th; "Tuesday morning" the
 * 8th; "on Wednesday" the 9th; "late yesterday" in Friday's Ledger and "Thursday night" in
 * Saturday's wire the 10th; "on Saturday" the 12th; "on Monday"/"Monday" after a Friday or Saturday
 * the 14th. The Willamette Valley Star's story is a syndicated rewrite of the first wire (credit line).
 */
export const TEACHERS_WALKOUT_DEAL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We did not want to be here, but the district left us no choice", speaker: "Maria Delgado" },
    { text: "Every day out of class is a day our students cannot get back", speaker: "Alan Whitcombe" },
    // Surname alone; the full name is in the other outlets. Opens in lower case: partial.
    { text: "ready to stay out as long as it takes", speaker: "Maria Delgado", partial: true },
    { text: "My daughter has her AP exams in eight weeks", speaker: "Keisha Monroe" },
    // Single quotes, lower case: partial (in Friday's Ledger).
    { text: "our best and final", speaker: "Linda Park", partial: true },
    { text: "Reserves are not a piggy bank for salaries", speaker: "Ray Tomlin" },
    // "“…” — Name, title".
    { text: "This contract keeps good teachers in Cascade Falls", speaker: "Maria Delgado" },
  ],
  timeline: [
    { text: "Teachers in Cascade Falls walked off the job Monday", dates: ["2044-03-07"] },
    { text: "Teachers in Cascade Falls went on strike Monday", dates: ["2044-03-07"] },
    { text: "Picket lines went up outside all 52 of the city's public schools on Monday", dates: ["2044-03-07"] },
    { text: "returned to the table Tuesday morning", dates: ["2044-03-08"] },
    { text: "reached a tentative agreement late yesterday after 14 hours of talks", dates: ["2044-03-10"] },
    { text: "Members will vote on Saturday, and schools will reopen on Monday", dates: ["2044-03-12", "2044-03-14"] },
    { text: "Talks broke through after the district raised its offer to 9% on Wednesday", dates: ["2044-03-09"] },
    { text: "Substitute teachers, who earn $250 a day, will not be needed on Monday", dates: ["2044-03-14"] },
    { text: "on Saturday approved a two-year contract", dates: ["2044-03-12"] },
    { text: "The deal was struck Thursday night", dates: ["2044-03-10"] },
    { text: "Schools reopen Monday", dates: ["2044-03-14"] },
  ],
  neverDated: [
    { text: "in the district's first strike since 2009", date: "2009" },
    { text: "The nine-day walkout of 2009 ended with a 4% raise", date: "2009" },
    // "Yesterday" in Friday's Ledger is Thursday.
    { text: "reached a tentative agreement late yesterday", date: "2044-03-11", exact: true },
    // Saturday's wire is stamped on the Sunday in UTC: its "Saturday" is not the one after, nor its "Monday" the 7th.
    { text: "on Saturday approved a two-year contract", date: "2044-03-19", exact: true },
    { text: "Schools reopen Monday", date: "2044-03-07", exact: true },
    { text: "The deal was struck Thursday night", date: "2044-03-17", exact: true },
  ],
  disagreements: [
    // The union's size: "which represents about 2,900 teachers" against "the union's 2,650 members".
    { values: ["2,900", "2,650"], outlets: ["Pacific Wire", "Cascade Falls Ledger"] },
    // Average teacher pay: "$68,400" against "71,200 dollars".
    { values: ["68,400", "71,200"], outlets: ["Cascade Falls Ledger", "Classroom Policy Review"] },
    // The district's reserves as a share of its budget.
    { values: ["16", "13"], outlets: ["Cascade Falls Ledger", "Classroom Policy Review"] },
    // How long the 2009 strike lasted: "stayed out for 11 days" against "The nine-day walkout of 2009".
    { values: ["11", "nine"], outlets: ["Pacific Wire", "Classroom Policy Review"] },
  ],
  notDisagreements: [
    // The union's demand against the district's offers, and the offers as they rose to the deal.
    ["14", "7"],
    ["14", "11"],
    ["7", "9"],
    ["9", "11"],
    ["7", "11"],
    // The Ledger's own correction of the offer.
    ["8", "7"],
    // The 2009 strike against this one; the 2009 raise against this one.
    ["nine", "four"],
    ["11", "four"],
    ["4", "11"],
    // A range of class sizes against a figure inside it, and the new cap.
    ["32", "30"],
    ["32", "35"],
    ["33", "35"],
    // Part against whole: those who marched, schools open for meals.
    ["1,200", "2,900"],
    ["1,200", "2,650"],
    ["Six", "52"],
    // Teachers against students; daily substitute pay against yearly pay.
    ["2,900", "41,000"],
    ["250", "68,400"],
    // The vote in favour against turnout; the reserves against the state guideline.
    ["88", "91"],
    ["13", "5"],
    ["16", "5"],
    // Hours of talks against the parent's weeks to exams.
    ["14", "eight"],
  ],
  corroboration: [
    // The wire, its rewrite (once) and the Ledger's picket lines on Monday.
    { text: "Teachers in Cascade Falls walked off the job Monday", outlets: 2 },
    // The Ledger alone tells of the 9% offer.
    { text: "Talks broke through after the district raised its offer to 9% on Wednesday", outlets: 1 },
    // Friday's Ledger and Saturday's wire ("The deal was struck Thursday night").
    { text: "reached a tentative agreement late yesterday", outlets: 2 },
  ],
  headline: ["approve", "approved"],
  summary: {
    holds: ["11%"],
    never: ["the district has offered 7%", "Members will vote on Saturday"],
  },
  sameEntry: [["reached a tentative agreement late yesterday", "The deal was struck Thursday night"]],
  order: [
    "Teachers in Cascade Falls walked off the job Monday",
    "returned to the table Tuesday morning",
    "Talks broke through after the district raised its offer to 9% on Wednesday",
    "The deal was struck Thursday night",
    "on Saturday approved a two-year contract",
    "Schools reopen Monday",
  ],
  supersession: {
    apart: [
      ["the district has offered 7%", "The deal gives teachers raises of 11% over two years"],
      ["Board chair Linda Park had called Wednesday's offer", "raises pay by 11%"],
      ["Members will vote on Saturday", "on Saturday approved a two-year contract"],
      ["ready to stay out as long as it takes", "ending a four-day strike"],
    ],
    current: [
      "which represents about 2,900 teachers",
      "Schools reopen Monday",
      "caps high school classes at 33 students",
    ],
  },
};
