import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of the offline summary by summary10 (2026-12-05, before running
 * any code on it): five articles from four outlets on Brackwell Foods' closure of its bakery in
 * Tollerton, announced on Monday 2 November 2026 with 380 jobs, the union's ballot threat on
 * Wednesday 4 November and the company's agreement to talks on Thursday 5 November. A wire story, a
 * local paper twice, a business daily, and an undated feature whose scene-setting prose ("For seventy
 * years the smell of warm bread drifted over Tollerton…") is full of the story's names but states no
 * news: no event, no figure of the story, no one doing anything recent. A summary of the news leaves it
 * out. Test support only.
 */
const BAKERY_CLOSURE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "bakery/1",
    externalId: "b1",
    source: "Reuters",
    url: "https://reuters.example/brackwell-tollerton-closure",
    publishedAt: "2026-11-02T10:15:00Z",
    title: "Brackwell Foods to close Tollerton bakery, cutting 380 jobs",
    originalText: [
      "LONDON (Reuters) — Brackwell Foods said on Monday it would close its bakery in Tollerton by the end of March, cutting 380 jobs, blaming rising energy costs and the loss of a supermarket contract.",
      "The company, which makes own-label bread and teacakes, said production would move to its larger plant in Kettleby.",
      "Brackwell employs about 2,900 people at six sites.",
      "Its shares rose 2% on Monday.",
    ].join("\n"),
  },
  {
    input: "bakery/2",
    externalId: "b2",
    source: "Tollerton Echo",
    url: "https://tollertonecho.example/news/bakery-closure-reaction",
    publishedAt: "2026-11-02T18:40:00Z",
    title: "‘A hammer blow’: Tollerton reacts to bakery closure",
    originalText: [
      "By Sam Okoro",
      "Workers at the Brackwell bakery on Ashby Road were told at a meeting on Monday morning that the site would close, with the loss of 380 jobs.",
      "“People walked out of that canteen in tears,” said Gary Pell, the Bakers’ Union representative at the site.",
      "Council leader Nadia Kerr called the decision “a hammer blow for the town” and said she had asked the company to meet her.",
    ].join("\n"),
  },
  {
    input: "bakery/3",
    externalId: "b3",
    source: "Tollerton Echo",
    url: "https://tollertonecho.example/news/union-ballot-bakery",
    publishedAt: "2026-11-04T17:00:00Z",
    title: "Union to ballot bakery workers as MP demands talks",
    originalText: [
      "By Sam Okoro",
      "The Bakers’ Union said on Wednesday it would ballot its members at the Tollerton bakery on strike action after Brackwell Foods refused to delay the closure.",
      "Local MP Owen Pritchard said he had written to the business secretary asking for a taskforce to help the 380 workers find new jobs.",
      "Brackwell said a 45-day consultation with staff had begun.",
    ].join("\n"),
  },
  {
    input: "bakery/4",
    externalId: "b4",
    source: "Midlands Business Daily",
    url: "https://midlandsbusiness.example/brackwell-union-talks",
    publishedAt: "2026-11-06T09:00:00Z",
    title: "Brackwell agrees to talks with union over Tollerton bakery",
    originalText: [
      "Brackwell Foods agreed on Thursday to hold talks with the Bakers’ Union about keeping part of its Tollerton bakery open, a day after the union threatened a strike ballot.",
      "The company said it would consider a plan to keep the teacake line, which employs 90 people, running until a buyer could be found.",
      "“We are not promising miracles, but we will listen,” Brackwell’s chief executive, Laura Finch, said.",
      "The first meeting is due on Monday.",
    ].join("\n"),
  },
  {
    input: "bakery/5",
    externalId: "b5",
    source: "The Northern Review",
    url: "https://northernreview.example/features/tollerton-last-loaves",
    title: "The last loaves: a town and its bakery",
    originalText: [
      "For seventy years the smell of warm bread drifted over Tollerton from the bakery on Ashby Road.",
      "Generations of the same families worked its ovens, its packing lines and its loading bays.",
      "In the terraced streets around the site, almost every household has a story about the place.",
      "“It was more than a job, it was the town,” said Margaret Hale, who started on the packing line as a girl.",
      "The closure, announced by Brackwell Foods this week, will take 380 jobs from a town of 14,000 people.",
      "The high street has already lost its bank and two of its pubs.",
      "Down the road, the working men’s club still serves tea to the night shift, for now.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function bakeryClosureArticles(): Article[] {
  return linkNearDuplicates(BAKERY_CLOSURE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by summary10 (2026-12-05), before running any code on them. The
 * summary tells the closure, its 380 jobs and the latest news (the talks), and none of the feature's
 * scene-setting prose.
 */
export const BAKERY_CLOSURE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "People walked out of that canteen in tears", speaker: "Gary Pell" },
    { text: "We are not promising miracles, but we will listen", speaker: "Laura Finch" },
    { text: "It was more than a job, it was the town", speaker: "Margaret Hale" },
  ],
  timeline: [
    { text: "Brackwell Foods said on Monday it would close its bakery in Tollerton", dates: ["2026-11-02"] },
    { text: "The Bakers’ Union said on Wednesday it would ballot its members", dates: ["2026-11-04"] },
    { text: "Brackwell Foods agreed on Thursday to hold talks", dates: ["2026-11-05"] },
  ],
  neverDated: [{ text: "For seventy years the smell of warm bread", date: "1956", exact: true }],
  disagreements: [],
  notDisagreements: [
    // The jobs cut against the company's workforce, the teacake line's staff and the town's people.
    ["380", "2,900"],
    ["380", "90"],
    ["380", "14,000"],
  ],
  corroboration: [],
  headline: ["talks"],
  summary: {
    holds: ["380 jobs", "talks"],
    never: [
      "For seventy years the smell of warm bread",
      "Generations of the same families",
      "almost every household has a story",
      "the working men’s club still serves tea",
    ],
  },
};
