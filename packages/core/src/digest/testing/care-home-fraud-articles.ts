import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of the offline headline by summary10 (2026-12-05, before running
 * any code on it): five articles from four outlets on Dominic Ashcroft, owner of the Larchwood care
 * homes, convicted at Northfield Crown Court on Thursday 15 October 2026 of stealing £2.4 million from
 * residents, the regulator's review announced on Wednesday 21 October, and his sentence on Friday 20
 * November. The two reports of the sentence carry no usable title (a live page's label, a wire copy
 * scraped without one), and both leads are longer than a headline with the sentence, the news, after
 * an aside about the man: a relative clause between commas ("Dominic Ashcroft, who stole …, was
 * jailed for nine years…") and an appositive with a relative clause inside it ("sentenced Dominic
 * Ashcroft, the former owner … residents, to nine years in prison"). A headline that cuts the lead at
 * the aside loses the nine years. Test support only.
 */
const CARE_HOME_FRAUD_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "carehome/1",
    externalId: "c1",
    source: "Northfield Gazette",
    url: "https://northfieldgazette.example/news/ashcroft-guilty",
    publishedAt: "2026-10-15T17:20:00Z",
    title: "Care home owner Dominic Ashcroft guilty of £2.4m fraud",
    originalText: [
      "By Joanne Whitley, Crime Reporter",
      "Dominic Ashcroft, who owned the Larchwood chain of care homes, was found guilty at Northfield Crown Court on Thursday of stealing £2.4 million from elderly residents over eight years.",
      "The jury of seven women and five men took six hours to reach unanimous verdicts on 14 counts of fraud by abuse of position.",
      "“He treated their savings as his own pocket money,” prosecutor Alan Brierley told the jury.",
      "Ashcroft, 58, used the money to buy a villa in Portugal and a share in a racehorse, the court heard.",
      "Judge Miriam Cole remanded him in custody and set sentencing for November 20.",
    ].join("\n"),
  },
  {
    input: "carehome/2",
    externalId: "c2",
    source: "Press Association",
    url: "https://pa.example/care-home-owner-convicted",
    publishedAt: "2026-10-15T18:05:00Z",
    title: "Former care home boss convicted of stealing from residents",
    originalText: [
      "A former care home owner who stole £2.4 million from elderly and vulnerable residents to pay for a villa in Portugal and a racehorse has been convicted of fraud.",
      "Dominic Ashcroft ran five Larchwood homes in Northfield and Eastby.",
      "Relatives of 61 residents gave evidence during the five-week trial.",
      "“We trusted him with our parents,” said Ruth Daly, whose father lived at Larchwood House from 2017 until his death.",
    ].join("\n"),
  },
  {
    input: "carehome/3",
    externalId: "c3",
    source: "Care Sector Weekly",
    url: "https://caresectorweekly.example/regulator-review-larchwood",
    publishedAt: "2026-10-22T08:00:00Z",
    title: "Regulator to review finance checks on small care home groups",
    originalText: [
      "The Care Quality Standards Board said on Wednesday it would review how it inspects the finances of small care home groups after the Larchwood fraud went undetected for eight years.",
      "Its chief executive, Sunita Rao, said inspectors had looked at the homes’ care but not at where residents’ money went.",
      "“That was a gap, and we will close it,” Rao said.",
      "The board inspects about 14,000 care homes in England.",
    ].join("\n"),
  },
  {
    input: "carehome/4",
    externalId: "c4",
    source: "Northfield Gazette",
    url: "https://northfieldgazette.example/live/ashcroft-sentencing",
    publishedAt: "2026-11-20T13:05:00Z",
    title: "Dominic Ashcroft sentencing: live updates",
    originalText: [
      "A judge at Northfield Crown Court on Friday sentenced Dominic Ashcroft, the former owner of the Larchwood care homes who stole £2.4 million from elderly residents, to nine years in prison.",
      "Judge Miriam Cole said the fraud had been “cruel, calculated and sustained”, and that Ashcroft had shown no remorse.",
      "He will serve at least half of the sentence before he can be considered for release.",
      "Ashcroft, wearing a grey suit, showed no reaction as the sentence was read.",
      "Outside court, Helen Barraclough, whose mother lost £86,000, said: “Nine years is not enough, but at least he is where he belongs.”",
      "A hearing to recover the money will be held in February.",
    ].join("\n"),
  },
  {
    input: "carehome/5",
    externalId: "c5",
    source: "Press Association",
    url: "https://pa.example/care-home-owner-jailed",
    publishedAt: "2026-11-20T14:30:00Z",
    title: "",
    originalText: [
      "Dominic Ashcroft, who stole £2.4 million from residents of his care homes to pay for a villa and a racehorse, was jailed for nine years at Northfield Crown Court on Friday.",
      "The judge said Ashcroft had targeted people “who could not check their own bank statements”.",
      "Relatives in the public gallery applauded as he was led away.",
      "Prosecutors will seek to seize the villa and his other assets at a hearing in February.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function careHomeFraudArticles(): Article[] {
  return linkNearDuplicates(CARE_HOME_FRAUD_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by summary10 (2026-12-05), before running any code on them. The
 * headline must give the sentence (nine years), the latest news, with its verb.
 */
export const CARE_HOME_FRAUD_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "He treated their savings as his own pocket money", speaker: "Alan Brierley" },
    { text: "We trusted him with our parents", speaker: "Ruth Daly" },
    { text: "That was a gap, and we will close it", speaker: "Sunita Rao" },
    { text: "Nine years is not enough", speaker: "Helen Barraclough" },
    // The judge's words in the wire's report of the sentence, the full name in the Gazette's.
    { text: "who could not check their own bank statements", speaker: "Miriam Cole", partial: true },
  ],
  timeline: [
    { text: "was found guilty at Northfield Crown Court on Thursday", dates: ["2026-10-15"] },
    { text: "said on Wednesday it would review how it inspects", dates: ["2026-10-21"] },
    { text: "on Friday sentenced Dominic Ashcroft", dates: ["2026-11-20"] },
    { text: "was jailed for nine years at Northfield Crown Court on Friday", dates: ["2026-11-20"] },
  ],
  neverDated: [{ text: "whose father lived at Larchwood House from 2017", date: "2017", exact: true }],
  disagreements: [],
  notDisagreements: [
    // What he stole against one resident's loss; his age against the residents' relatives.
    ["2.4 million", "86,000"],
    ["58", "61"],
    // Years of the fraud against years of the sentence.
    ["eight", "nine"],
  ],
  corroboration: [
    // The Gazette's live page and the wire both report the sentence.
    { text: "was jailed for nine years at Northfield Crown Court on Friday", outlets: 2 },
  ],
  headline: ["nine years"],
  summary: { holds: ["nine years"], never: [] },
};
