import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts31 (2026-12-06, texts and expectations before running any
 * code on them): six articles from five outlets on a ransomware attack on Mercy Valley Health, a
 * hospital group in Dayton, Ohio, found on Sunday 8 November 2026. Real disagreements, each told by
 * different sayers or in other words: the patients whose records were stolen (about 310,000 by the
 * hospital, as many as 450,000 by a security researcher, the same day), the ransom the hackers asked
 * (4.5 million dollars by people familiar with the talks on Thursday, 6 million by the hospital's own
 * filing made that day), and how long ambulances were sent elsewhere (72 hours in one paper, a five-day diversion in
 * another). Traps: procedures postponed as they grew over the week, a rounded count beside an exact one,
 * current patients among all the patients, the hospital's own cost estimate raised, a lowered demand, an
 * older attack's count, a week's emergency patients against a day's, a forecast and what came. Test
 * support only.
 * First run (facts31, before any fix): disagreements 0/3, 0 wrong, 0 of 10 traps taken; quotes 4/4;
 * timeline 4/4, the 2023 attack's sentence dated 2026-11-10 (background 1/1 taken); corroboration 2/2.
 */
const HOSPITAL_RANSOMWARE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ransom/1",
    externalId: "h1",
    source: "Associated Newswire",
    url: "https://associatednewswire.example/ohio-hospital-cyberattack",
    publishedAt: "2026-11-09T14:00:00Z",
    title: "Cyberattack forces Ohio hospital group onto paper records",
    originalText: [
      "DAYTON, Ohio (AN) — A ransomware attack has forced Mercy Valley Health to switch to paper records at its three hospitals, the group said on Monday.",
      "The attack was discovered early on Sunday, when staff found they could not open patient files.",
      "About 400 procedures scheduled for this week have been postponed, a spokeswoman said.",
      "“Patient care continues, and our staff are doing extraordinary work on paper,” chief executive Dana Whitfield said in a statement.",
      "The group expects its main systems to be back within a week, the spokeswoman said.",
      "Its emergency departments see about 2,000 patients a week.",
    ].join("\n"),
  },
  {
    input: "ransom/2",
    externalId: "h2",
    source: "Dayton Ledger",
    url: "https://daytonledger.example/news/mercy-valley-records-stolen",
    publishedAt: "2026-11-10T21:00:00Z",
    title: "Mercy Valley says records of 310,000 patients stolen",
    originalText: [
      "Hackers stole the records of about 310,000 patients from Mercy Valley Health, the hospital group said on Tuesday.",
      "About 260,000 of them are current patients; the rest were treated before 2020.",
      "The group's emergency departments have been sending ambulances to hospitals in Springfield and Middletown since Sunday.",
      "Mercy Valley put the cost of restoring its systems at $12 million.",
      "A similar attack on a Toledo hospital in 2023 exposed the records of 210,000 patients.",
      "“We were lucky nobody died in an ambulance on the way to Springfield,” said paramedic Luis Ortega.",
    ].join("\n"),
  },
  {
    input: "ransom/3",
    externalId: "h3",
    source: "CyberBeat",
    url: "https://cyberbeat.example/2026/11/10/mercy-valley-leak-bigger",
    publishedAt: "2026-11-10T23:30:00Z",
    title: "Researcher: Mercy Valley leak may reach 450,000 patients",
    originalText: [
      "The files stolen from Mercy Valley Health hold the records of as many as 450,000 patients, according to Priya Raman, a researcher at the security firm Northgate Labs, who examined samples posted by the hackers on Tuesday.",
      "The samples were posted on a leak site run by a group calling itself Cinder.",
      "“The hospital is counting the people it can find in its own systems, not what the hackers took,” Raman said.",
    ].join("\n"),
  },
  {
    input: "ransom/4",
    externalId: "h4",
    source: "Dayton Ledger",
    url: "https://daytonledger.example/news/mercy-valley-ransom",
    publishedAt: "2026-11-12T20:00:00Z",
    title: "Hackers demanded $4.5 million from Mercy Valley",
    originalText: [
      "The group behind the attack on Mercy Valley Health demanded a ransom of $4.5 million, two people familiar with the talks said on Thursday.",
      "Its emergency departments, which turned ambulances away for 72 hours after the attack, are taking them again.",
      "The hospital group has said it will not pay.",
      "The number of postponed procedures had reached 900 by Thursday, the group said.",
    ].join("\n"),
  },
  {
    input: "ransom/5",
    externalId: "h5",
    source: "Ohio Capital Journal",
    url: "https://ohiocapitaljournal.example/2026/11/13/mercy-valley-filing",
    publishedAt: "2026-11-13T22:45:00Z",
    title: "Mercy Valley filing puts ransom demand at $6 million",
    originalText: [
      "Hackers asked Mercy Valley Health for $6 million in bitcoin, according to a filing the hospital group made with state regulators on Thursday.",
      "The filing said ambulances had been sent to other hospitals in a five-day diversion that ended on Friday morning.",
      "“We will not reward criminals,” board chairman Robert Kessler said.",
    ].join("\n"),
  },
  {
    input: "ransom/6",
    externalId: "h6",
    source: "Associated Newswire",
    url: "https://associatednewswire.example/ohio-hospital-systems-back",
    publishedAt: "2026-11-20T18:00:00Z",
    title: "Ohio hospital group restores records system after cyberattack",
    originalText: [
      "DAYTON, Ohio (AN) — Mercy Valley Health restored its patient records system on Friday, 12 days after a ransomware attack.",
      "The group raised its estimate of the cost of the recovery to $17 million, from $12 million last week.",
      "It said 1,150 procedures had been postponed since the attack, of which more than 1,100 have been rescheduled.",
      "The hackers cut their demand to $3 million on Monday, a person familiar with the talks said.",
      "Its emergency departments, which see about 300 patients a day, are running normally again, Whitfield said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function hospitalRansomwareArticles(): Article[] {
  return linkNearDuplicates(HOSPITAL_RANSOMWARE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts31 (2026-12-06), before running any code on them. The three real
 * disagreements: the patients whose records were stolen, told on Tuesday by the hospital (310,000,
 * Dayton Ledger) and by a researcher (450,000, CyberBeat); the ransom asked, told on Thursday by people
 * familiar with the talks (4.5 million, Dayton Ledger) and by the hospital's filing (6 million, Ohio
 * Capital Journal); how long ambulances were sent away, 72 hours (Dayton Ledger, Thursday) against a
 * five-day diversion (Ohio Capital Journal, Friday): one finished episode, told two ways.
 */
export const HOSPITAL_RANSOMWARE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Patient care continues, and our staff are doing extraordinary work on paper", speaker: "Dana Whitfield" },
    { text: "We were lucky nobody died in an ambulance", speaker: "Luis Ortega" },
    { text: "The hospital is counting the people it can find in its own systems", speaker: "Priya Raman" },
    { text: "We will not reward criminals", speaker: "Robert Kessler" },
  ],
  timeline: [
    { text: "has forced Mercy Valley Health to switch to paper records", dates: ["2026-11-09", "2026-11-08"] },
    { text: "Hackers stole the records of about 310,000 patients", dates: ["2026-11-10", "2026-11-08"] },
    { text: "demanded a ransom of $4.5 million", dates: ["2026-11-12", "2026-11-08"] },
    { text: "restored its patient records system on Friday", dates: ["2026-11-20"] },
  ],
  neverDated: [{ text: "A similar attack on a Toledo hospital in 2023", date: "2026-11" }],
  disagreements: [
    { values: ["310,000", "450,000"], outlets: ["Dayton Ledger", "CyberBeat"] },
    { values: ["4.5 million", "6 million"], outlets: ["Dayton Ledger", "Ohio Capital Journal"] },
    { values: ["72", "five"], outlets: ["Dayton Ledger", "Ohio Capital Journal"] },
  ],
  notDisagreements: [
    // Procedures postponed as the week went on, and the rescheduled among them (rounded).
    ["400", "900"],
    ["900", "1,150"],
    ["1,150", "1,100"],
    // Current patients among all the patients whose records were stolen.
    ["260,000", "310,000"],
    // The hospital's own cost estimate raised.
    ["12 million", "17 million"],
    // The hackers' demand, then their lowered demand.
    ["4.5 million", "3 million"],
    ["6 million", "3 million"],
    // An older attack's count.
    ["210,000", "310,000"],
    // A week's emergency patients and a day's.
    ["2,000", "300"],
    // Systems expected back within a week; back after 12 days.
    ["12", "72"],
  ],
  corroboration: [
    { text: "Hackers stole the records of about 310,000 patients", outlets: 1 },
    { text: "restored its patient records system on Friday", outlets: 1 },
  ],
};
