import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts31 (2026-12-06, texts and expectations before running any
 * code on them): five articles from four outlets on leaked exam papers at the University of Wexham,
 * from Monday 16 to Thursday 19 November 2026. Real disagreements, each told by different sayers or in
 * other units: the students under investigation on Tuesday (67 by the university, about 90 by the
 * students' union), the price a paper was sold for (£250 by the police, £400 by a student who bought
 * one), and the suspension the panel gave the two students who sold them (18 months in one paper, a
 * two-year suspension in another). Traps: the students investigated as the count grew over the week, a
 * rounded count beside the exact one, the law students among those investigated, a panel's power to
 * expel against the expulsions it made, a demand for resits against the resits offered, this year's
 * misconduct cases against last year's. Test support only.
 * First run (facts31, before any fix): disagreements 1/3 (£400 vs £250 found), 0 wrong, 0 of 8 traps
 * taken; quotes 4/4; timeline 4/4; corroboration 1/2 ("expelled 23 students" counted once).
 */
const EXAM_PAPER_LEAK_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "exam/1",
    externalId: "e1",
    source: "Wexham Courier",
    url: "https://wexhamcourier.example/news/exam-papers-leaked",
    publishedAt: "2026-11-16T17:00:00Z",
    title: "University investigates leak of exam papers",
    originalText: [
      "The University of Wexham is investigating at least 40 students after papers for a first-term law exam were shared online before it was sat, it said on Monday.",
      "The contract law exam was sat by 1,400 students on 9 November.",
      "“This strikes at the heart of what a degree means,” said the vice-chancellor, Professor Helen Marsh.",
    ].join("\n"),
  },
  {
    input: "exam/2",
    externalId: "e2",
    source: "Wexham Courier",
    url: "https://wexhamcourier.example/news/exam-leak-67-students",
    publishedAt: "2026-11-17T18:30:00Z",
    title: "Exam leak: 67 students now under investigation",
    originalText: [
      "The number of students under investigation over the leaked law papers has risen to 67, the University of Wexham said on Tuesday.",
      "Of the 67, 54 are second-year law students.",
      "The students' union demanded that all 1,400 students who sat the exam be allowed to resit it.",
      "The university has recorded 340 cases of academic misconduct so far this academic year, against 290 in the whole of last year.",
    ].join("\n"),
  },
  {
    input: "exam/3",
    externalId: "e3",
    source: "Campus Voice",
    url: "https://campusvoice.example/wexham/union-says-90-students",
    publishedAt: "2026-11-17T21:00:00Z",
    title: "Union: far more students caught up in Wexham leak",
    originalText: [
      "About 90 students are under investigation over the leaked contract law papers, the Wexham students' union said on Tuesday, accusing the university of playing down the scandal.",
      "“Students are finding out from emails at midnight that they are suspects,” union president Tom Adeyemi said.",
      "The union said papers had changed hands for £400 each in a group chat.",
    ].join("\n"),
  },
  {
    input: "exam/4",
    externalId: "e4",
    source: "The National Chronicle",
    url: "https://nationalchronicle.example/education/wexham-exam-leak-arrests",
    publishedAt: "2026-11-18T19:00:00Z",
    title: "Two arrested over sale of Wexham exam papers",
    originalText: [
      "Police have arrested two students on suspicion of selling papers from a University of Wexham law exam, which were sold for £250 a copy, Thames Valley Police said on Wednesday.",
      "About 70 students are being investigated by the university.",
      "The university offered a resit to the 900 students whose marks are in doubt.",
      "A disciplinary panel meeting on Thursday can expel up to 30 students, the university said.",
    ].join("\n"),
  },
  {
    input: "exam/5",
    externalId: "e5",
    source: "Wexham Courier",
    url: "https://wexhamcourier.example/news/exam-leak-panel-expels-23",
    publishedAt: "2026-11-19T20:00:00Z",
    title: "Panel expels 23 students over exam leak",
    originalText: [
      "A disciplinary panel expelled 23 students on Thursday over the leaked law papers, and suspended the two students accused of selling them for 18 months.",
      "The university said 112 students were now under investigation.",
      "“We have been fair, and we have been firm,” Professor Marsh said.",
    ].join("\n"),
  },
  {
    input: "exam/6",
    externalId: "e6",
    source: "Times Higher Weekly",
    url: "https://timeshigherweekly.example/news/wexham-panel-verdict",
    publishedAt: "2026-11-19T22:30:00Z",
    title: "Wexham expels 23 in exam scandal",
    originalText: [
      "The University of Wexham has expelled 23 students and handed a two-year suspension to the pair accused of selling the stolen papers, after a disciplinary hearing on Thursday.",
      "Academics said the case showed how easily papers stored on shared drives could be copied.",
      "“Every university has a drive like this,” said Dr Sarah Okafor, who studies academic integrity at Leeds.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function examPaperLeakArticles(): Article[] {
  return linkNearDuplicates(EXAM_PAPER_LEAK_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts31 (2026-12-06), before running any code on them. The three real
 * disagreements: the students under investigation on Tuesday, 67 by the university (Wexham Courier)
 * against about 90 by the students' union (Campus Voice); what a paper sold for, £400 by the union
 * (Campus Voice) against £250 by the police (The National Chronicle); the suspension of the two sellers
 * on Thursday, 18 months (Wexham Courier) against two years (Times Higher Weekly).
 */
export const EXAM_PAPER_LEAK_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This strikes at the heart of what a degree means", speaker: "Helen Marsh" },
    { text: "Students are finding out from emails at midnight", speaker: "Tom Adeyemi" },
    { text: "We have been fair, and we have been firm", speaker: "Helen Marsh" },
    { text: "Every university has a drive like this", speaker: "Sarah Okafor" },
  ],
  timeline: [
    { text: "is investigating at least 40 students", dates: ["2026-11-16"] },
    { text: "has risen to 67, the University of Wexham said on Tuesday", dates: ["2026-11-17"] },
    { text: "Police have arrested two students", dates: ["2026-11-18"] },
    { text: "A disciplinary panel expelled 23 students on Thursday", dates: ["2026-11-19"] },
  ],
  neverDated: [{ text: "The contract law exam was sat by 1,400 students", date: "2026-11-16" }],
  disagreements: [
    { values: ["67", "90"], outlets: ["Wexham Courier", "Campus Voice"] },
    { values: ["400", "250"], outlets: ["Campus Voice", "The National Chronicle"] },
    { values: ["18", "two"], outlets: ["Wexham Courier", "Times Higher Weekly"] },
  ],
  notDisagreements: [
    // The count investigated as it grew over the week.
    ["40", "67"],
    ["90", "112"],
    ["70", "112"],
    // A rounded count beside the exact one, the same week.
    ["67", "70"],
    // The law students among those investigated.
    ["54", "67"],
    // A panel's power to expel and the expulsions.
    ["30", "23"],
    // A demand for resits and the resits offered.
    ["1,400", "900"],
    // This year's misconduct cases and last year's.
    ["340", "290"],
  ],
  corroboration: [
    { text: "expelled 23 students", outlets: 2 },
    { text: "Police have arrested two students", outlets: 1 },
  ],
};
