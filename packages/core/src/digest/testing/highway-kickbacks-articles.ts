import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts29 (2026-12-06, texts and expectations before running any
 * code on them): five articles from five outlets on the federal corruption trial of Raymond Tolliver, a
 * former county highway director, from the jury's retiring on Tuesday 10 October 2028 to a weekend
 * feature. Real disagreements, each worded differently by each side: the charges he faced ("faces a
 * 14-count indictment", a count as an adjective, against "is charged with 16 counts of fraud"), the
 * money he took under different nouns ("$180,000 in kickbacks" against "more than $240,000 in cash,
 * home renovations and gifts"), and the value of the contracts he steered ("were worth $42 million"
 * against "totalled about $36 million"). Traps an editor would not call a disagreement: counts dropped
 * before trial against counts faced, the jury of 12 against the counts, counts convicted and acquitted
 * (parts of the whole), two contractors who pleaded guilty out of three, the sentence prosecutors will
 * seek against the maximum, the county's civil claim sought against an award in another case, county
 * employees among the witnesses. Test support only.
 */
const HIGHWAY_KICKBACKS_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "highway-kickbacks/1",
    externalId: "h1",
    source: "Associated Wire",
    url: "https://associatedwire.example/us/tolliver-jury-deliberates",
    publishedAt: "2028-10-10T21:00:00Z",
    title: "Jury begins deliberating in Merriweather County kickback trial",
    originalText: [
      "Jurors began deliberating on Tuesday in the federal trial of Raymond Tolliver, the former Merriweather County highway director accused of taking $180,000 in kickbacks from road contractors.",
      "Tolliver faces a 14-count indictment that includes wire fraud, bribery and money laundering.",
      "Prosecutors dropped two further counts before the trial opened in September.",
      "The jury of 12 heard from 31 witnesses over four weeks.",
      "“He sold his office one contract at a time,” Assistant U.S. Attorney Dana Whitfield told jurors in her closing argument.",
    ].join("\n"),
  },
  {
    input: "highway-kickbacks/2",
    externalId: "h2",
    source: "Tri-County Courier",
    url: "https://tricountycourier.example/news/tolliver-jury-resumes",
    publishedAt: "2028-10-11T10:00:00Z",
    title: "Tolliver jury to resume deliberations",
    originalText: [
      "Raymond Tolliver is charged with 16 counts of fraud, bribery and money laundering over road contracts he oversaw.",
      "Prosecutors say he took more than $240,000 in cash, home renovations and gifts from three contractors.",
      "The contracts he steered to the three firms were worth $42 million, according to the indictment.",
      "Two of the contractors pleaded guilty last year and testified against him.",
      "Tolliver's lawyer, Martin Keogh, told the jury the payments were loans between old friends.",
    ].join("\n"),
  },
  {
    input: "highway-kickbacks/3",
    externalId: "h3",
    source: "State Capitol Report",
    url: "https://statecapitolreport.example/courts/tolliver-convicted",
    publishedAt: "2028-10-11T23:30:00Z",
    title: "Former highway chief Tolliver convicted on nine counts",
    originalText: [
      "A federal jury on Wednesday convicted Raymond Tolliver on nine counts and acquitted him on five others.",
      "The jury deliberated for about 11 hours over two days.",
      "The rigged contracts totalled about $36 million, prosecutors said.",
      "The most serious count carries a maximum sentence of 20 years.",
      "“This verdict tells every public servant in this state that their office is not for sale,” said U.S. Attorney Lorraine Becerra.",
    ].join("\n"),
  },
  {
    input: "highway-kickbacks/4",
    externalId: "h4",
    source: "Channel 9 News",
    url: "https://channel9news.example/local/tolliver-bond-revoked",
    publishedAt: "2028-10-12T02:00:00Z",
    title: "Ex-highway director guilty, bond revoked",
    originalText: [
      "Judge Harold Pike revoked Tolliver's $500,000 bond after the verdict and ordered him held until sentencing on January 18.",
      "Prosecutors will seek a sentence of at least 12 years, Becerra said.",
      "Tolliver's lawyer, Martin Keogh, said he would appeal.",
      "“We respect the jury, but we believe the evidence was misread,” Keogh said outside the courthouse.",
    ].join("\n"),
  },
  {
    input: "highway-kickbacks/5",
    externalId: "h5",
    source: "The Weekend Ledger",
    url: "https://weekendledger.example/features/how-a-road-chief-came-undone",
    publishedAt: "2028-10-14T09:00:00Z",
    title: "How a road chief's favours came undone",
    originalText: [
      "The case began in 2023, when a contractor went to the FBI with recordings of the payments.",
      "Nine of the witnesses were county employees.",
      "The county has filed a civil suit seeking $4.5 million from Tolliver and the contractors.",
      "A judge awarded the county $1.2 million from one of the firms in a separate case last year.",
      "Tolliver, 61, ran the highway department for 14 years.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function highwayKickbacksArticles(): Article[] {
  return linkNearDuplicates(HIGHWAY_KICKBACKS_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts29 (2026-12-06), before running any code on them. "On Tuesday"
 * in a Tuesday wire is that day; "on Wednesday" in a Wednesday report that day; "January 18" is ahead
 * (2029); "in 2023" is the case's start; "last year" is 2027.
 */
export const HIGHWAY_KICKBACKS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "He sold his office one contract at a time", speaker: "Dana Whitfield" },
    { text: "This verdict tells every public servant in this state", speaker: "Lorraine Becerra" },
    { text: "We respect the jury, but we believe the evidence was misread", speaker: "Martin Keogh" },
  ],
  timeline: [
    { text: "Jurors began deliberating on Tuesday", dates: ["2028-10-10"] },
    { text: "A federal jury on Wednesday convicted Raymond Tolliver", dates: ["2028-10-11"] },
    { text: "ordered him held until sentencing on January 18", dates: ["2029-01-18", "2028-10-11"] },
  ],
  neverDated: [{ text: "ordered him held until sentencing on January 18", date: "2028-01-18" }],
  disagreements: [
    // The charges he faced: a count as an adjective against a count of its noun.
    { values: ["14", "16"], outlets: ["Associated Wire", "Tri-County Courier"] },
    // The money he took, under two nouns for it.
    { values: ["180,000", "240,000"], outlets: ["Associated Wire", "Tri-County Courier"] },
    // The value of the contracts he steered.
    { values: ["42 million", "36 million"], outlets: ["Tri-County Courier", "State Capitol Report"] },
  ],
  notDisagreements: [
    // Counts dropped before trial against counts faced; the jury against the counts.
    ["two", "14"],
    ["two", "16"],
    ["12", "14"],
    ["12", "16"],
    // Counts convicted and acquitted: parts of the whole.
    ["nine", "14"],
    ["nine", "16"],
    ["five", "14"],
    ["five", "16"],
    ["nine", "five"],
    // Contractors who pleaded guilty among those who paid; witnesses who were county employees.
    ["Two", "three"],
    ["Nine", "31"],
    // The sentence to be sought against the maximum; a claim sought against another case's award.
    ["12", "20"],
    ["4.5 million", "1.2 million"],
    // The bond against the money taken; years in office against counts.
    ["500,000", "180,000"],
    ["500,000", "240,000"],
    ["14 years", "16"],
  ],
  corroboration: [{ text: "A federal jury on Wednesday convicted Raymond Tolliver", outlets: 1 }],
  order: ["The case began in 2023", "Jurors began deliberating on Tuesday", "A federal jury on Wednesday convicted"],
};
