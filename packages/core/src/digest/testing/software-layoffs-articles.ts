/**
 * The lead's held-out batch M (session 28, 2026-12-07): texts and expectations written by helper heldout15 before any run, kept
 * outside the repository while unfitted (first run on 016a999 and the session's end: see the README's facts table),
 * added here at the session's end; one rule (clock times) was written after reading its misses, so it is fitted from now on.
 * A Toronto-listed software company cuts its freight unit and its shares fall, Tuesday 10 to Friday 13 March 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "sl/1",
    externalId: "q1",
    source: "Canadian Business Wire",
    url: "https://canadianbusinesswire.example/tech/quillmark-to-cut-1800-jobs",
    publishedAt: "2043-03-10T15:30:00Z",
    title: "Quillmark Systems to cut 1,800 jobs, shares tumble",
    originalText: [
      "TORONTO (CBW) — Quillmark Systems Inc. said on Tuesday it would cut about 1,800 jobs, roughly a fifth of its workforce, as it scales back its freight-software business after a second straight quarterly loss.",
      "Shares of the Toronto-based company fell as much as 27% in morning trading on the Toronto Stock Exchange.",
      "Quillmark will take a restructuring charge of C$140 million, most of it for severance, in the current quarter.",
      "The cuts are expected to be completed by the end of September, the company said.",
      "“We grew too fast, and we built for a market that did not arrive,” chief executive Mara Delisle said on a call with analysts.",
      "The company last cut staff in 2038, when it let go of 300 people.",
    ].join("\n"),
  },
  {
    input: "sl/2",
    externalId: "q2",
    source: "The Hamilton Standard",
    url: "https://hamiltonstandard.example/business/quillmark-to-shed-jobs",
    publishedAt: "2043-03-10T21:00:00Z",
    title: "Quillmark to shed 1,800 jobs as freight software falters",
    originalText: [
      "Quillmark Systems Inc. said on Tuesday it will cut about 1,800 jobs, or roughly a fifth of its staff, as it scales back its freight-software business following a second consecutive quarterly loss.",
      "Shares of the Toronto-based company fell as much as 27% in morning trading on the TSX.",
      "Quillmark will take a restructuring charge of C$140 million, mostly for severance, in the current quarter.",
      "“We grew too fast, and we built for a market that did not arrive,” chief executive Mara Delisle told analysts.",
      "The company last cut staff in 2038, when 300 people lost their jobs.",
      "— Canadian Business Wire",
    ].join("\n"),
  },
  {
    input: "sl/3",
    externalId: "q3",
    source: "The Stack Report",
    url: "https://stackreport.example/enterprise/quillmark-memo-2150-roles",
    publishedAt: "2043-03-11T13:00:00Z",
    title: "Quillmark memo puts job losses well above public figure",
    originalText: [
      "Quillmark Systems ended Tuesday's session down 22 per cent at C$31.40, its worst day since it listed in 2034.",
      "An internal memo seen by The Stack Report says 2,150 employees will lose their jobs, well above the figure the company gave investors.",
      "In a regulatory filing, Quillmark put the cost of the restructuring at 115 million Canadian dollars.",
      "The freight unit brought in C$412 million last year, about 38% of group revenue.",
      "'This is a company that hired 4,000 people in two years and is now paying for it,' said Owen Mbeki, an analyst at Larchmont Capital.",
      "Delisle, 51, founded Quillmark in a Waterloo basement in 2029.",
    ].join("\n"),
  },
  {
    input: "sl/4",
    externalId: "q4",
    source: "Metro Morning Post",
    url: "https://metromorningpost.example/news/quillmark-staff-axed-on-video-call",
    publishedAt: "2043-03-12T10:00:00Z",
    title: "Quillmark staff axed on 12-minute video call",
    originalText: [
      "Tech firm Quillmark Systems is axing about 1,800 jobs, and some of the workers say they found out on a 12-minute video call.",
      "“I gave them eleven years and got twelve minutes,” said Priya Raman, a 38-year-old software tester from Mississauga.",
      "Waterloo staff were told yesterday which teams would be cut.",
      "Quillmark's stock closed 18% lower on Tuesday and slid another 4% yesterday.",
      "Boss Mara Delisle took home C$6.3 million in pay last year, filings show.",
      "Staff are being offered four weeks' pay for every year of service, with a minimum of 12 weeks.",
    ].join("\n"),
  },
  {
    input: "sl/5",
    externalId: "q5",
    source: "Waterloo Region Chronicle",
    url: "https://waterlooregionchronicle.example/local/quillmark-waterloo-campus-cuts",
    publishedAt: "2043-03-13T20:00:00Z",
    title: "450 Quillmark jobs to go at Waterloo campus",
    originalText: [
      "About 450 of Quillmark's job cuts will fall at its Waterloo campus, the company confirmed on Friday.",
      "Staff at the campus, which employs roughly 2,600 people, were told on Wednesday which teams would close.",
      "Chief executive Mara Delisle, 54, grew up in Kitchener and worked for a Waterloo trucking firm before starting the company.",
      "Mayor Dana Whitcombe said the city would hold a job fair for laid-off tech workers on March 24.",
      "“These are skilled people, and they will not be out of work for long,” the mayor said.",
      "Quillmark employed 9,200 people worldwide at the end of December, according to its annual report.",
    ].join("\n"),
  },
  {
    input: "sl/6",
    externalId: "q6",
    source: "Bay Street Brief",
    url: "https://baystreetbrief.example/notes/brokers-cut-quillmark-targets",
    title: "Brokers cut Quillmark targets",
    originalText: [
      "Three brokerages cut their price targets on Quillmark Systems after Tuesday's announcement.",
      "Analysts had expected between 1,000 and 2,000 job cuts.",
      "Larchmont Capital lowered its target to C$28 from C$45 and now rates the stock a sell.",
      "According to Larchmont's Owen Mbeki, “the freight business was never going to pay for itself.”",
      "Quillmark has lost close to half its market value since its peak in 2040.",
      "Mbeki called the cuts “overdue but probably not deep enough”.",
    ].join("\n"),
  },
];

export function softwareLayoffsArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run (Toronto is UTC-4 from 8 March 2043: every stamp
 * falls on the same local day). "On Tuesday" in Tuesday's wire and its rewrite is 10 March; "Tuesday's
 * session" in a Wednesday morning trade story is the 10th; "yesterday" in Thursday's tabloid is Wednesday
 * the 11th; "on Friday" in a Friday paper is the 13th and "on Wednesday" there the 11th; "March 24" is
 * this year's; "by the end of September" is September 2043; "at the end of December" in March is last
 * December. The Hamilton Standard story is Canadian Business Wire's copy reworded (one outlet for
 * corroboration). Bay Street Brief carries no date.
 */
export const SOFTWARE_LAYOFFS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We grew too fast, and we built for a market that did not arrive", speaker: "Mara Delisle" },
    {
      text: "This is a company that hired 4,000 people in two years and is now paying for it",
      speaker: "Owen Mbeki",
    },
    { text: "I gave them eleven years and got twelve minutes", speaker: "Priya Raman" },
    // "the mayor said" after the sentence naming Mayor Dana Whitcombe.
    { text: "These are skilled people, and they will not be out of work for long", speaker: "Dana Whitcombe" },
    { text: "the freight business was never going to pay for itself", speaker: "Owen Mbeki", partial: true },
    { text: "overdue but probably not deep enough", speaker: "Owen Mbeki", partial: true },
  ],
  timeline: [
    { text: "said on Tuesday it would cut about 1,800 jobs", dates: ["2043-03-10"] },
    { text: "said on Tuesday it will cut about 1,800 jobs", dates: ["2043-03-10"] },
    { text: "ended Tuesday's session down 22 per cent", dates: ["2043-03-10"] },
    { text: "Waterloo staff were told yesterday which teams would be cut", dates: ["2043-03-11"] },
    { text: "closed 18% lower on Tuesday and slid another 4% yesterday", dates: ["2043-03-10", "2043-03-11"] },
    { text: "the company confirmed on Friday", dates: ["2043-03-13"] },
    { text: "were told on Wednesday which teams would close", dates: ["2043-03-11"] },
    { text: "hold a job fair for laid-off tech workers on March 24", dates: ["2043-03-24"] },
    { text: "The cuts are expected to be completed by the end of September", dates: ["2043-09"] },
    // Undated newsletter: its "Tuesday" may stay undated or take the others' Tuesday.
    { text: "cut their price targets on Quillmark Systems after Tuesday's announcement", dates: [null, "2043-03-10"] },
  ],
  neverDated: [
    { text: "The company last cut staff in 2038, when it let go of 300 people", date: "2038" },
    { text: "its worst day since it listed in 2034", date: "2034" },
    { text: "founded Quillmark in a Waterloo basement in 2029", date: "2029" },
    { text: "since its peak in 2040", date: "2040" },
    { text: "took home C$6.3 million in pay last year", date: "2043", exact: true },
    { text: "The freight unit brought in C$412 million last year", date: "2043", exact: true },
    // Last December, not the coming one.
    { text: "Quillmark employed 9,200 people worldwide at the end of December", date: "2043-12" },
    // "On Wednesday" in a Friday paper is the Wednesday gone.
    { text: "were told on Wednesday which teams would close", date: "2043-03-18", exact: true },
  ],
  disagreements: [
    // Jobs to go: the company's figure against a memo's, told the same week.
    { values: ["1,800", "2,150"], outlets: ["Canadian Business Wire", "The Stack Report"] },
    // Tuesday's closing fall, "down 22 per cent" against "closed 18% lower".
    { values: ["22", "18"], outlets: ["The Stack Report", "Metro Morning Post"] },
    // The chief executive's age.
    { values: ["51", "54"], outlets: ["The Stack Report", "Waterloo Region Chronicle"] },
    // The cost of the one restructuring: "C$140 million" against "115 million Canadian dollars".
    { values: ["140", "115"], outlets: ["Canadian Business Wire", "The Stack Report"] },
  ],
  notDisagreements: [
    // The morning's low against the close, and the close against the next day's further fall.
    ["27", "22"],
    ["27", "18"],
    ["22", "4"],
    ["18", "4"],
    // A part of the cuts against the whole; a campus against the company.
    ["1,800", "450"],
    ["2,150", "450"],
    ["2,600", "450"],
    ["9,200", "1,800"],
    ["9,200", "2,600"],
    // A 2038 precedent; the hiring spree against the cuts.
    ["300", "1,800"],
    ["300", "2,150"],
    ["4,000", "1,800"],
    // A broker's own revision, and the share price against the new target.
    ["28", "45"],
    ["31.40", "28"],
    // Other money: pay, revenue and the charge.
    ["140", "6.3"],
    ["115", "412"],
    // Weeks per year of service against the minimum.
    ["four", "12"],
    // Analysts' expected range against the outcome.
    ["between 1,000 and 2,000", "1,800"],
    ["between 1,000 and 2,000", "2,150"],
    // A tester's age against the chief executive's.
    ["51", "38"],
    ["54", "38"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the tabloid tells it in other words.
    { text: "said on Tuesday it would cut about 1,800 jobs", outlets: 2 },
    // Carried only by the wire and its rewrite.
    { text: "fell as much as 27% in morning trading", outlets: 1 },
    { text: "were told on Wednesday which teams would close", outlets: 2 },
  ],
  headline: ["450", "Waterloo"],
  summary: {
    holds: ["1,800", "450"],
    never: ["fell as much as 27% in morning trading"],
  },
  sameEntry: [
    ["Waterloo staff were told yesterday which teams would be cut", "were told on Wednesday which teams would close"],
  ],
  order: [
    "said on Tuesday it would cut about 1,800 jobs",
    "were told on Wednesday which teams would close",
    "the company confirmed on Friday",
    "hold a job fair for laid-off tech workers on March 24",
    "The cuts are expected to be completed by the end of September",
  ],
  supersession: {
    apart: [
      ["fell as much as 27% in morning trading", "ended Tuesday's session down 22 per cent"],
      ["fell as much as 27% in morning trading", "closed 18% lower on Tuesday"],
    ],
    current: [
      "The cuts are expected to be completed by the end of September",
      "hold a job fair for laid-off tech workers on March 24",
      "Staff are being offered four weeks' pay for every year of service",
    ],
  },
};
