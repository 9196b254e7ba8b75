/**
 * Held-out batch U (lead session 32, 2026-12-07), written by heldout23 before any run; unfitted.
 * A university asks journals to retract a cell biologist's papers after a research-misconduct inquiry, Monday 8 to Friday 12 May 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "rm/1",
    externalId: "u1",
    source: "British Press Association",
    url: "https://britishpressassociation.example/news/northmoor-university-retractions",
    publishedAt: "2045-05-08T11:00:00Z",
    title: "University asks journals to retract 11 papers by leading biologist",
    originalText: [
      "Northmoor University said on Monday it had asked journals to retract 11 papers by one of its leading cell biologists after an inquiry found he had manipulated images.",
      "An 18-month investigation concluded that Professor Adrian Velasco was responsible for research misconduct in papers published between 2034 and 2043.",
      "The panel examined 34 papers and identified at least 62 images that had been altered or duplicated.",
      "The work was supported by £2.3m in research council grants, the university said.",
      "“The integrity of our research is not negotiable,” Vice-Chancellor Dame Patricia Oyelaran said in a statement.",
      "Velasco, who joined Northmoor in 2033, has been suspended on full pay.",
    ].join("\n"),
  },
  {
    input: "rm/2",
    externalId: "u2",
    source: "The Midlands Herald",
    url: "https://midlandsherald.example/news/education/northmoor-professor-papers-retracted",
    publishedAt: "2045-05-08T18:00:00Z",
    title: "Northmoor professor's papers to be retracted",
    originalText: [
      "Northmoor University said on Monday that it had asked journals to withdraw 11 papers by one of its leading cell biologists after an inquiry found he had manipulated images.",
      "An 18-month investigation found that Professor Adrian Velasco was responsible for research misconduct in papers published between 2034 and 2043.",
      "The panel looked at 34 papers and found at least 62 images that had been altered or duplicated.",
      "“The integrity of our research is not negotiable,” Vice-Chancellor Dame Patricia Oyelaran said in a statement.",
      "Velasco, who came to Northmoor in 2033, has been suspended on full pay.",
    ].join("\n"),
  },
  {
    input: "rm/3",
    externalId: "u3",
    source: "Campus Times Higher",
    url: "https://campustimeshigher.example/news/northmoor-velasco-misconduct-findings",
    publishedAt: "2045-05-09T09:00:00Z",
    title: "Northmoor misconduct panel: 57 doctored figures in Velasco papers",
    originalText: [
      "Northmoor University has asked journals to pull 11 of Adrian Velasco's papers, it announced yesterday.",
      "The misconduct panel's report lists 57 doctored figures across the 11 papers, most of them western blots that had been spliced or reused.",
      "The papers, cited more than 4,000 times, drew on grants worth 3.1 million pounds from two research councils.",
      "Velasco, 54, led a laboratory of 14 researchers; the panel cleared all 27 of his co-authors.",
      "The university said it would ask the funders how much of the money should be repaid.",
      "The panel took 22 months to report, after a former postdoctoral researcher raised concerns in an email to the university's research office.",
      "In 2031, Carsbury University retracted 19 papers by a chemist after a similar inquiry.",
    ].join("\n"),
  },
  {
    input: "rm/4",
    externalId: "u4",
    source: "Integrity Watch",
    url: "https://integritywatch.example/posts/northmoor-velasco-pattern",
    title: "Northmoor: eleven papers, one pattern",
    originalText: [
      "Three of the 11 papers have already been retracted by the journals that published them.",
      "Sleuths on image-checking forums first flagged problems with a 2036 paper in the Journal of Cell Dynamics.",
      "“Fifty-seven doctored figures is not sloppiness; it is a pattern.” — Dr Miriam Osei, research-integrity consultant",
      "The grants came to £2.3m (about $2.9m).",
      "Retractions across the life sciences rose to roughly 6,500 last year.",
    ].join("\n"),
  },
  {
    input: "rm/5",
    externalId: "u5",
    source: "Northmoor Evening Post",
    url: "https://northmoorpost.example/news/velasco-denies-falsifying-data",
    publishedAt: "2045-05-10T16:00:00Z",
    title: "Professor denies falsifying data as students voice anger",
    originalText: [
      "Professor Adrian Velasco has denied falsifying data, in a statement issued through his solicitors on Tuesday.",
      "A university inquiry found on Monday that he had committed research misconduct by manipulating images.",
      "“I have never knowingly falsified data, and I will contest these findings,” Velasco said in the statement.",
      "The 51-year-old professor said the errors came from “poor record-keeping” in a busy laboratory.",
      "Postgraduate students in his lab said they had been left in limbo, with at least six PhD theses built on the disputed work.",
      "'We did nothing wrong, but our names are on those papers,' one student said.",
    ].join("\n"),
  },
  {
    input: "rm/6",
    externalId: "u6",
    source: "Science Desk International",
    url: "https://sciencedeskintl.example/research-integrity/velasco-resigns-more-retractions",
    publishedAt: "2045-05-12T15:00:00Z",
    title: "Velasco resigns as two more papers are retracted",
    originalText: [
      "Adrian Velasco resigned from Northmoor University on Thursday, the university confirmed.",
      "Two more of the 11 papers were retracted on Friday, bringing the total withdrawn to five.",
      "According to provost Linda Marsh, “the inquiry's findings stand whether or not he remains an employee.”",
      "The university has asked the research councils to consider recovering up to £1.2m of the grant money.",
      "Velasco's lawyers had sought a second, external inquiry, but the university offered only an internal appeal.",
    ].join("\n"),
  },
];

export function researchMisconductRetractionsArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run. "Monday" in Monday's stories and in a Wednesday paper, and "yesterday"
 * in Tuesday's trade paper are 8 May; "Tuesday" in a Wednesday paper is the 9th; "Thursday" and
 * "Friday" in a Friday story the 11th and the 12th. The blog post carries no date.
 */
export const RESEARCH_MISCONDUCT_RETRACTIONS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The integrity of our research is not negotiable", speaker: "Patricia Oyelaran" },
    // An em-dash signature.
    { text: "Fifty-seven doctored figures is not sloppiness; it is a pattern", speaker: "Miriam Osei" },
    { text: "I have never knowingly falsified data, and I will contest these findings", speaker: "Adrian Velasco" },
    { text: "poor record-keeping", speaker: "Adrian Velasco", partial: true },
    // Single quotes, an unnamed student: written null; the house rule for unnamed sources
    // (expected-facts.ts) keeps the description as written (corrected by quotes32).
    { text: "We did nothing wrong, but our names are on those papers", speaker: "one student" },
    // "According to X, “…”", opening in lower case.
    {
      text: "the inquiry's findings stand whether or not he remains an employee",
      speaker: "Linda Marsh",
      partial: true,
    },
  ],
  timeline: [
    { text: "Northmoor University said on Monday it had asked journals to retract 11 papers", dates: ["2045-05-08"] },
    {
      text: "Northmoor University said on Monday that it had asked journals to withdraw 11 papers",
      dates: ["2045-05-08"],
    },
    { text: "has asked journals to pull 11 of Adrian Velasco's papers, it announced yesterday", dates: ["2045-05-08"] },
    { text: "A university inquiry found on Monday that he had committed research misconduct", dates: ["2045-05-08"] },
    { text: "in a statement issued through his solicitors on Tuesday", dates: ["2045-05-09"] },
    { text: "Adrian Velasco resigned from Northmoor University on Thursday", dates: ["2045-05-11"] },
    { text: "Two more of the 11 papers were retracted on Friday", dates: ["2045-05-12"] },
  ],
  neverDated: [
    { text: "in papers published between 2034 and 2043", date: "2034" },
    { text: "in papers published between 2034 and 2043", date: "2043" },
    { text: "who joined Northmoor in 2033", date: "2033" },
    { text: "In 2031, Carsbury University retracted 19 papers", date: "2031" },
    { text: "first flagged problems with a 2036 paper", date: "2036" },
    // Tuesday in a Wednesday paper is the day before, not the next one.
    { text: "in a statement issued through his solicitors on Tuesday", date: "2045-05-16", exact: true },
  ],
  disagreements: [
    // The grants behind the papers: "£2.3m in research council grants" against "grants worth 3.1 million pounds".
    { values: ["2.3", "3.1"], outlets: ["British Press Association", "Campus Times Higher"] },
    // The altered images the same panel counted: "at least 62 images" against "57 doctored figures".
    { values: ["62", "57"], outlets: ["British Press Association", "Campus Times Higher"] },
    // How long the inquiry took: "An 18-month investigation" against "took 22 months to report".
    { values: ["18", "22"], outlets: ["British Press Association", "Campus Times Higher"] },
    // The professor's age: "Velasco, 54," against "The 51-year-old professor".
    { values: ["54", "51"], outlets: ["Campus Times Higher", "Northmoor Evening Post"] },
  ],
  notDisagreements: [
    // Papers to be retracted against papers examined; those already retracted, then five.
    ["11", "34"],
    ["Three", "11"],
    ["Three", "five"],
    ["Two", "five"],
    // A 2031 precedent.
    ["19", "11"],
    // The grants and their conversion; the grants against the sum the funders may recover.
    ["2.3", "2.9"],
    ["2.3", "1.2"],
    ["3.1", "1.2"],
    // Citations against the field's retractions; the lab's size against co-authors cleared.
    ["4,000", "6,500"],
    ["14", "27"],
    // Theses at risk against the lab; the professor's age against the images.
    ["six", "14"],
    ["54", "57"],
    // The papers' years against the joining year.
    ["2034", "2033"],
    // The inquiry's duration against the papers examined.
    ["22", "34"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the trade paper says it in other words.
    { text: "it had asked journals to retract 11 papers by one of its leading cell biologists", outlets: 2 },
    // The wire (with its rewrite) and the local paper, in other words.
    { text: "was responsible for research misconduct", outlets: 2 },
    // Suspension: only the wire and its rewrite, which count once.
    { text: "has been suspended on full pay", outlets: 1 },
  ],
  headline: ["resigned", "retracted"],
  summary: {
    holds: ["resigned", "five"],
    never: ["has been suspended on full pay", "Three of the 11 papers have already been retracted"],
  },
  sameEntry: [
    [
      "Northmoor University said on Monday it had asked journals to retract 11 papers",
      "has asked journals to pull 11 of Adrian Velasco's papers, it announced yesterday",
    ],
  ],
  order: [
    "Northmoor University said on Monday it had asked journals to retract 11 papers",
    "in a statement issued through his solicitors on Tuesday",
    "Adrian Velasco resigned from Northmoor University on Thursday",
    "Two more of the 11 papers were retracted on Friday",
  ],
  supersession: {
    apart: [
      ["has been suspended on full pay", "resigned from Northmoor University on Thursday"],
      ["Three of the 11 papers have already been retracted", "bringing the total withdrawn to five"],
    ],
    current: [
      "the panel cleared all 27 of his co-authors",
      "at least six PhD theses built on the disputed work",
      "recovering up to £1.2m of the grant money",
    ],
  },
};
