import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of the offline headline and of what the summary keeps on a story
 * that moved, by latest11 (2026-12-06, texts and expectations written before running any code on
 * them): five articles from three outlets on the fraud trial of a London fine-wine dealer accused of
 * selling fake vintage Bordeaux. On Monday 12 September 2033 the jury retires (he denies six counts;
 * tests showed 38 of 120 seized bottles fake); on Tuesday it is still out; on Wednesday he is found
 * guilty, the development that changes the story, and the same day the judge sets sentencing for
 * 20 October and two auction houses say they will review their checks (plans), while police say
 * further tests found 104 of the 120 bottles fake (a later, larger count of the same bottles). The last
 * report, on Thursday, only adds a human detail: his neighbours are stunned. Test support only.
 * First run, before any fix: quotes 3/3, timeline 4/4, no disagreement or trap taken, corroboration
 * 1/1, headline wrong (Thursday's stunned neighbours), summary 1/1 wanted but holding "denies six
 * counts" beside the verdict, superseded pairs kept apart 2/3, current 4/4.
 */
const COUNTERFEIT_WINE_TRIAL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "wine/1",
    externalId: "wn1",
    source: "Crown Court News Service",
    url: "https://crowncourtnews.example/news/ferrars-jury-retires",
    publishedAt: "2033-09-12T17:00:00Z",
    title: "Jury sent out in fake Bordeaux fraud trial",
    originalText: [
      "The jury in the trial of fine-wine dealer Julian Ferrars retired to consider its verdicts at Southwark Crown Court on Monday.",
      "Mr Ferrars, 58, of Chelsea, denies six counts of fraud.",
      "Prosecutors say he sold counterfeit bottles of vintage Bordeaux worth £2.3m to collectors.",
      "Laboratory tests showed that 38 of the 120 bottles seized from his warehouse in Battersea were fakes, the court heard.",
      "“This was fraud on an industrial scale,” prosecutor Helen Marsh KC told the jury.",
    ].join("\n"),
  },
  {
    input: "wine/2",
    externalId: "wn2",
    source: "The Metro Standard",
    url: "https://metrostandard.example/news/fake-wine-jury-still-out",
    publishedAt: "2033-09-13T18:00:00Z",
    title: "Fake wine jury still out",
    originalText: [
      "The jury in the Julian Ferrars fraud trial continued its deliberations on Tuesday.",
      "Judge Simon Pryce told the jurors he would now accept a majority verdict.",
      "Mr Ferrars's barrister, Tom Alleyne, had told the court his client was himself deceived by a supplier in Bordeaux.",
    ].join("\n"),
  },
  {
    input: "wine/3",
    externalId: "wn3",
    source: "Crown Court News Service",
    url: "https://crowncourtnews.example/news/ferrars-guilty-fake-bordeaux",
    publishedAt: "2033-09-14T15:00:00Z",
    title: "Wine dealer Julian Ferrars guilty of selling fake Bordeaux",
    originalText: [
      "Fine-wine dealer Julian Ferrars was found guilty on Wednesday of selling counterfeit vintage Bordeaux worth £2.3m to collectors.",
      "The jury at Southwark Crown Court convicted him of five counts of fraud and cleared him of a sixth.",
      "Judge Simon Pryce said Ferrars would be sentenced on 20 October and warned him to expect a prison term.",
      "Ferrars was granted bail until then.",
    ].join("\n"),
  },
  {
    input: "wine/4",
    externalId: "wn4",
    source: "Cellar Trade Daily",
    url: "https://cellartradedaily.example/news/auction-houses-review-checks-ferrars",
    publishedAt: "2033-09-14T19:00:00Z",
    title: "Auction houses to review checks after Ferrars verdict",
    originalText: [
      "Two leading London auction houses said on Wednesday they would review how they authenticate old bottles after the verdict.",
      "Police said after the verdict that further tests had shown 104 of the 120 bottles seized from the warehouse to be counterfeit.",
      "“Collectors have been asking us for years to take this seriously,” said wine merchant Clara Voss.",
    ].join("\n"),
  },
  {
    input: "wine/5",
    externalId: "wn5",
    source: "The Metro Standard",
    url: "https://metrostandard.example/news/ferrars-neighbours-stunned",
    publishedAt: "2033-09-15T20:00:00Z",
    title: "Ferrars's neighbours 'stunned' by conviction",
    originalText: [
      "Neighbours of Julian Ferrars in Chelsea said on Thursday they were stunned by his conviction.",
      "One, retired teacher Maureen Platt, said he had often brought bottles to street parties.",
      "“He was always generous, always charming,” said Mrs Platt.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function counterfeitWineTrialArticles(): Article[] {
  return linkNearDuplicates(COUNTERFEIT_WINE_TRIAL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by latest11 (2026-12-06), before running any code on them. No real
 * disagreement: six counts denied, then five proved and one not; 38 of 120 bottles fake, then 104 of
 * the same 120 after further tests. The headline is Wednesday's verdict, not the auction houses'
 * review to come nor Thursday's neighbours.
 */
export const COUNTERFEIT_WINE_TRIAL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This was fraud on an industrial scale", speaker: "Helen Marsh" },
    { text: "Collectors have been asking us for years to take this seriously", speaker: "Clara Voss" },
    { text: "He was always generous, always charming", speaker: "Maureen Platt" },
  ],
  timeline: [
    { text: "retired to consider its verdicts", dates: ["2033-09-12"] },
    { text: "continued its deliberations on Tuesday", dates: ["2033-09-13"] },
    { text: "was found guilty on Wednesday", dates: ["2033-09-14"] },
    { text: "said on Thursday they were stunned", dates: ["2033-09-15"] },
  ],
  neverDated: [{ text: "would be sentenced on 20 October", date: "2032-10-20" }],
  disagreements: [],
  notDisagreements: [
    ["38", "104"],
    ["six", "five"],
    ["120", "104"],
  ],
  corroboration: [{ text: "denies six counts of fraud", outlets: 1 }],
  headline: ["found guilty", "convicted him", "guilty of selling"],
  summary: {
    holds: ["guilty"],
    never: ["38 of the 120 bottles", "continued its deliberations", "denies six counts"],
  },
  supersession: {
    apart: [
      // Bottles found fake in part, then more of the same bottles.
      ["38 of the 120 bottles", "104 of the 120 bottles"],
      // A plea of not guilty and a jury out, then the verdict.
      ["denies six counts of fraud", "was found guilty on Wednesday"],
      ["continued its deliberations", "was found guilty on Wednesday"],
    ],
    current: [
      "would be sentenced on 20 October",
      "would review how they authenticate old bottles",
      "104 of the 120 bottles",
      "Prosecutors say he sold counterfeit bottles",
    ],
  },
};
