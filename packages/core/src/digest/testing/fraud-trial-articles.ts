import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts5, 2026-12-04, before its author read the
 * facts code): seven articles from four outlets about a fraud trial, from its opening to the
 * sentence (Tuesday 15 September to Thursday 8 October 2026). Traps: a sentencing date given as
 * "Oct. 7" with no year, weeks before it happens; "last week" in two articles meaning two different
 * weeks; background years inside sentences about the trial; one real disagreement (how long the
 * jury deliberated: 11 hours in the Courier, about 14 at Law Wire), copied by a syndicated rewrite
 * that must count once; the prosecution's request, the defence's plea and the sentence (eight, four
 * and six years), the sum taken and the sum to repay, a threshold and a later threshold, none of them
 * disagreements; a quote inside a quote, a speaker named by title only ("the judge", "Ms Rahman"),
 * by pronoun, by "— Name", an unnamed source who must stay unnamed, and an undated explainer.
 * Test support only.
 */
const FRAUD_TRIAL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "trial/1",
    externalId: "crown-courier-1",
    source: "Crown Courier",
    url: "https://crowncourier.example/courts/tulley-trial-opens",
    publishedAt: "2026-09-15T07:00:00Z",
    title: "Former Pellworth Water finance chief goes on trial over £4.2m fraud",
    originalText: [
      "The former finance director of Pellworth Water, Graham Tulley, went on trial at Kingsbridge Crown Court on Monday, accused of taking £4.2 million from the utility.",
      "Prosecutors say the money was moved into accounts he controlled between 2019 and 2023.",
      "Prosecutor Aisha Rahman told the jury: “This was not a mistake. It was a plan, carried out over four years.”",
      "“He treated the company's accounts as if they were his own,” Rahman said.",
      "Tulley's barrister, Simon Achebe, said his client “denies every charge” and would give evidence.",
      "The trial is expected to last three weeks.",
      "Tulley, 58, of Ashby, left Pellworth Water in 2023.",
    ].join("\n\n"),
  },
  {
    input: "trial/2",
    externalId: "law-wire-1",
    source: "Law Wire",
    url: "https://lawwire.example/2026/09/18/tulley-evidence",
    publishedAt: "2026-09-18T12:00:00Z",
    title: "Tulley tells fraud trial the board approved his transfers",
    originalText: [
      "Graham Tulley told a jury on Thursday that the board of Pellworth Water had approved every transfer he made.",
      "“I never took a penny that was not owed to me,” Tulley said, speaking quietly from the witness box.",
      "“The chairman said to me, ‘Just get it done,’ and I did,” he told the court.",
      "Under cross-examination, Ms Rahman asked why the transfers had been split into sums of under £10,000.",
      "'The board never saw these payments,' Ms Rahman told him.",
      "The former chairman, Peter Lowell, is due to give evidence on Monday.",
    ].join("\n\n"),
  },
  {
    input: "trial/3",
    externalId: "crown-courier-2",
    source: "Crown Courier",
    url: "https://crowncourier.example/courts/tulley-guilty",
    publishedAt: "2026-09-24T06:30:00Z",
    title: "Tulley found guilty of £4.2m Pellworth Water fraud",
    originalText: [
      "A jury at Kingsbridge Crown Court on Wednesday found Graham Tulley guilty of fraud by abuse of position, after deliberating for 11 hours over two days.",
      "He was cleared of a second charge of false accounting.",
      "Judge Eleanor Whitcombe said Tulley would be sentenced on Oct. 7 and released him on bail until then.",
      "Tulley told the jury last week that the board had approved the transfers, but the former chairman, Peter Lowell, said on Monday that he had never seen them.",
      "“Justice has been done for the customers of Pellworth Water,” said Detective Inspector Ruth Okoye of the regional fraud unit.",
      "Achebe said that “the fight is not over” and that his client was considering an appeal.",
    ].join("\n\n"),
  },
  {
    input: "trial/4",
    externalId: "law-wire-2",
    source: "Law Wire",
    url: "https://lawwire.example/2026/09/23/tulley-convicted",
    publishedAt: "2026-09-23T17:00:00Z",
    title: "Jury convicts ex-Pellworth Water finance director Tulley",
    originalText: [
      "Graham Tulley, the former finance director of Pellworth Water, was convicted of fraud on Wednesday after the jury deliberated for about 14 hours.",
      "The jury of seven women and five men cleared him of false accounting.",
      "Tulley, who had told the jury he acted on the chairman's orders, showed no emotion as the verdict was read.",
      "Detective Inspector Ruth Okoye said outside court: “Justice has been done for the customers of Pellworth Water.”",
      "Sentencing was set for Oct. 7.",
    ].join("\n\n"),
  },
  {
    input: "trial/5",
    externalId: "kingsbridge-evening-news-1",
    source: "Kingsbridge Evening News",
    url: "https://kingsbridgenews.example/news/pellworth-finance-chief-convicted",
    publishedAt: "2026-09-23T19:30:00Z",
    title: "Ex-Pellworth Water finance chief convicted of fraud",
    originalText: [
      "Graham Tulley, the former finance director of Pellworth Water, was convicted of fraud on Wednesday after the jury deliberated for about 14 hours, Law Wire reported.",
      "The jury of seven women and five men cleared him of false accounting.",
      "Tulley, who had told the jury he acted on the chairman's orders, showed no emotion as the verdict was read.",
      "Detective Inspector Ruth Okoye said outside court: “Justice has been done for the customers of Pellworth Water.”",
      "Sentencing was set for Oct. 7.",
    ].join("\n\n"),
  },
  {
    input: "trial/6",
    externalId: "crown-courier-3",
    source: "Crown Courier",
    url: "https://crowncourier.example/courts/tulley-jailed",
    publishedAt: "2026-10-08T07:00:00Z",
    title: "Tulley jailed for six years for Pellworth Water fraud",
    originalText: [
      "Graham Tulley was jailed for six years on Wednesday for taking £4.2 million from Pellworth Water while he was its finance director.",
      "The prosecution had asked for a sentence of eight years, while his barrister argued that four would be enough.",
      "“You abused the trust of thousands of customers who paid their water bills in good faith,” the judge told him.",
      "Judge Whitcombe ordered him to repay £3.1 million within 12 months or serve a further three years.",
      "Pellworth Water said last week that it had recovered £900,000 of the missing money from Tulley's accounts.",
      "“He is relieved that it is over and will consider an appeal.” — Simon Achebe, Tulley's barrister",
    ].join("\n\n"),
  },
  {
    input: "trial/7",
    externalId: "water-watch-1",
    source: "Water Watch",
    url: "https://waterwatch.example/explainers/pellworth-fraud",
    title: "How the Pellworth Water fraud went unnoticed",
    originalText: [
      "Graham Tulley joined Pellworth Water in 2012 and became its finance director in 2017.",
      "Auditors flagged the payments only after a junior accountant noticed that dozens of transfers had gone to the same account.",
      "“Nobody checked, because nobody thought they had to,” said a former colleague, who asked not to be named.",
      "The company has since hired a new audit firm and says it now checks every payment over £5,000.",
      "Customers will not pay for the losses, the water regulator has said.",
    ].join("\n\n"),
  },
];

/** The seven articles, prepared and linked as the product does it. */
export function fraudTrialArticles(): Article[] {
  return linkNearDuplicates(FRAUD_TRIAL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const FRAUD_TRIAL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This was not a mistake", speaker: "Aisha Rahman" },
    { text: "He treated the company's accounts", speaker: "Aisha Rahman" },
    { text: "denies every charge", speaker: "Simon Achebe", partial: true },
    { text: "I never took a penny", speaker: "Graham Tulley" },
    { text: "The chairman said to me", speaker: "Graham Tulley" },
    { text: "The board never saw these payments", speaker: "Aisha Rahman" },
    { text: "Justice has been done", speaker: "Ruth Okoye" },
    { text: "the fight is not over", speaker: "Simon Achebe", partial: true },
    { text: "You abused the trust", speaker: "Eleanor Whitcombe" },
    { text: "He is relieved that it is over", speaker: "Simon Achebe" },
    // An unnamed source as the writer describes them (quotes25: as "said a nurse who asked not to be
    // named" gives "a nurse"; first written as null, when descriptions were not yet kept).
    { text: "Nobody checked, because nobody thought", speaker: "a former colleague" },
  ],
  timeline: [
    { text: "went on trial at Kingsbridge Crown Court on Monday", dates: ["2026-09-14"] },
    { text: "Graham Tulley told a jury on Thursday", dates: ["2026-09-17"] },
    { text: "is due to give evidence on Monday", dates: ["2026-09-21", "2026-09-18"] },
    { text: "on Wednesday found Graham Tulley guilty", dates: ["2026-09-23"] },
    { text: "would be sentenced on Oct. 7", dates: ["2026-09-23", "2026-10-07"] },
    { text: "was convicted of fraud on Wednesday", dates: ["2026-09-23"] },
    { text: "Sentencing was set for Oct. 7", dates: ["2026-09-23", "2026-10-07"] },
    {
      text: "Tulley told the jury last week that the board",
      dates: ["2026-09-14", "2026-09-15", "2026-09-16", "2026-09-17", "2026-09-18", "2026-09-21"],
    },
    { text: "was jailed for six years on Wednesday", dates: ["2026-10-07"] },
    {
      text: "Pellworth Water said last week",
      dates: [
        "2026-09-28",
        "2026-09-29",
        "2026-09-30",
        "2026-10-01",
        "2026-10-02",
        "2026-10-03",
        "2026-10-04",
        "2026-09",
        "2026-10",
      ],
    },
  ],
  neverDated: [
    { text: "accounts he controlled between 2019 and 2023", date: "2023" },
    { text: "would be sentenced on Oct. 7", date: "2025" },
    { text: "Sentencing was set for Oct. 7", date: "2025" },
  ],
  disagreements: [{ values: ["11", "14"], outlets: ["Crown Courier", "Law Wire"] }],
  notDisagreements: [
    ["4.2", "3.1"],
    ["4.2", "900,000"],
    ["3.1", "900,000"],
    ["six", "eight"],
    ["six", "four"],
    ["eight", "four"],
    ["10,000", "5,000"],
    ["12", "11"],
    ["12", "14"],
  ],
  corroboration: [
    // Law Wire and the evening paper's copy of it are one outlet.
    { text: "The jury of seven women and five men cleared him of false accounting", outlets: 1 },
    // The conviction on Wednesday: the Courier and Law Wire (its copy does not add one).
    { text: "was convicted of fraud on Wednesday after the jury deliberated", outlets: 1 },
  ],
};
