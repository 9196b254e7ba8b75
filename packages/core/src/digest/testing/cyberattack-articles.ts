import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts7, 2026-12-04, before its author read the
 * facts code): five articles from five outlets about a ransomware attack on a hospital group
 * (Thursday 12 to Monday 16 November 2026). Traps: one real disagreement (the records exposed on
 * Monday: 1.4 million by the company in one outlet, 3.2 million by a researcher in another; since
 * ruled a patient count against a record count, see CYBERATTACK_EXPECTED), the
 * subset with bank details (310,000), a share of patients (12%), a ransom demand in bitcoin and the
 * same in dollars, hospitals hit in two regions and their total, a first count then a later one;
 * a chief executive "Laura Chen" and a researcher "Michael Chen" later called "Ms Chen" and "Mr
 * Chen", "the chief executive said", a company spokesperson, a pronoun "he said", "said X" with a
 * description, straight double quotes, a partial quote, an em-dash quote and an undated explainer
 * that repeats Monday's company figure. Test support only.
 */
const CYBERATTACK_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cyber/1",
    externalId: "tech-wire-1",
    source: "TechWire",
    url: "https://techwire.example/2026/11/12/harbourline-health-ransomware",
    publishedAt: "2026-11-12T21:00:00Z",
    title: "Ransomware attack disrupts Harbourline Health hospitals",
    originalText: [
      "A ransomware attack has disrupted computer systems at 18 hospitals run by Harbourline Health, the company said on Thursday, forcing staff back to paper records.",
      "Emergency patients were being diverted from six of the hospitals, a spokesperson for Harbourline said.",
      '"Patient care is our first priority, and no one has been turned away who needed urgent treatment," the spokesperson said.',
      "The company did not say whether patient data had been taken.",
      "Harbourline runs 22 hospitals, 9 of them in the northern region and 13 in the south.",
    ].join("\n\n"),
  },
  {
    input: "cyber/2",
    externalId: "financial-chronicle-1",
    source: "Financial Chronicle",
    url: "https://financialchronicle.example/companies/harbourline-ransom-demand",
    publishedAt: "2026-11-14T08:00:00Z",
    title: "Hackers demand $3.6 million from Harbourline Health",
    originalText: [
      "The criminal group behind the attack on Harbourline Health has demanded 40 bitcoin, worth about $3.6 million, to restore its systems and delete stolen files, according to a note seen by the Financial Chronicle.",
      "By Friday all 22 of the group's hospitals were affected, up from 18 on Thursday.",
      "Laura Chen, Harbourline's chief executive, said in a statement that the company “does not negotiate with criminals.”",
      "Shares in Harbourline's parent fell 7% on Friday.",
      "The attack is the largest on a private health provider since 2021, when a similar group hit a chain of clinics.",
    ].join("\n\n"),
  },
  {
    input: "cyber/3",
    externalId: "morning-herald-1",
    source: "The Morning Herald",
    url: "https://morningherald.example/news/harbourline-records-exposed",
    publishedAt: "2026-11-16T15:00:00Z",
    title: "Harbourline says 1.4 million patient records exposed in hack",
    originalText: [
      "Harbourline Health said on Monday that the records of 1.4 million patients had been exposed in last week's attack, about 12% of everyone it has treated.",
      "Of those, 310,000 records included bank details, the company said.",
      "“We are writing to every one of them this week,” Ms Chen told the Herald.",
      "The chief executive said the company had restored systems at 15 of its 22 hospitals.",
      "The data protection regulator said it had opened an investigation.",
    ].join("\n\n"),
  },
  {
    input: "cyber/4",
    externalId: "byte-signal-1",
    source: "Byte Signal",
    url: "https://bytesignal.example/security/harbourline-leak-site-3-2-million",
    publishedAt: "2026-11-16T18:30:00Z",
    title: "Researcher: Harbourline leak is far bigger than company admits",
    originalText: [
      "The files the hackers posted on their leak site on Monday hold 3.2 million patient records, according to Michael Chen, a security researcher at Greyline Labs who examined them.",
      '"They have published names, addresses and diagnoses, and some of it goes back to 2009," said Mr Chen, who is not related to Harbourline\'s chief executive.',
      "He said the company's figure appeared to leave out records from its clinics.",
      "Asked about the gap, a Harbourline spokesperson said the company stood by its count.",
      "“Anyone who was a patient should assume their data is out there” — Priya Raman, a privacy lawyer who is advising patients.",
    ].join("\n\n"),
  },
  {
    input: "cyber/5",
    externalId: "consumer-watch-1",
    source: "Consumer Watch",
    url: "https://consumerwatch.example/guides/harbourline-breach-what-to-do",
    title: "Harbourline data breach: what patients should do",
    originalText: [
      "Harbourline Health says 1.4 million patients' records were exposed, and 310,000 of them included bank details.",
      "If you have been treated at one of its hospitals, watch for letters and emails claiming to be from the company.",
      "“Change any password you shared with the patient portal, and tell your bank,” said Tom Fisher, our consumer editor.",
      "Fisher said scammers often strike within weeks of a breach.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function cyberattackArticles(): Article[] {
  return linkNearDuplicates(CYBERATTACK_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const CYBERATTACK_EXPECTED: ExpectedFacts = {
  quotes: [
    // "the spokesperson" is the one described before: an unnamed speaker keeps its description, cut
    // short as code cuts every anonymous source ("an official with knowledge of…" → "an official").
    // The organisation the article names with the spokesperson stays with them (facts11).
    { text: "Patient care is our first priority", speaker: "a spokesperson for Harbourline" },
    { text: "does not negotiate with criminals.", speaker: "Laura Chen", partial: true },
    { text: "We are writing to every one of them this week", speaker: "Laura Chen" },
    { text: "They have published names, addresses and diagnoses", speaker: "Michael Chen" },
    { text: "Anyone who was a patient should assume their data is out there", speaker: "Priya Raman" },
    { text: "Change any password you shared with the patient portal", speaker: "Tom Fisher" },
  ],
  timeline: [
    { text: "A ransomware attack has disrupted computer systems at 18 hospitals", dates: ["2026-11-12"] },
    { text: "By Friday all 22 of the group's hospitals were affected", dates: ["2026-11-13"] },
    { text: "Harbourline Health said on Monday that the records of 1.4 million patients", dates: ["2026-11-16"] },
    { text: "The files the hackers posted on their leak site on Monday", dates: ["2026-11-16"] },
  ],
  neverDated: [
    { text: "the largest on a private health provider since 2021", date: "2021" },
    { text: "some of it goes back to 2009", date: "2009" },
  ],
  // Written first as the story's one real disagreement. Ruled otherwise by disagree9 (figures code,
  // 2026-12-04), as a careful editor would: the company counts patients ("the records of 1.4 million
  // patients"), the researcher counts records ("3.2 million patient records"), and a patient can have
  // several records, so both can be true; a count of customers against a count of customers' data
  // is one measure (see the retail breach story).
  disagreements: [],
  notDisagreements: [
    ["1.4 million", "3.2 million"],
    ["18", "22"],
    ["9", "13"],
    ["13", "22"],
    ["6", "18"],
    ["40", "3.6"],
    ["1.4 million", "310,000"],
    ["3.2 million", "310,000"],
    ["12%", "7%"],
    ["15", "22"],
  ],
  corroboration: [{ text: "Of those, 310,000 records included bank details", outlets: 2 }],
};
