import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes17 (2026-12-05, before running any code on it): six
 * articles from five outlets on a county commissioner charged with bribery in a federal complaint:
 * his arrest on Tuesday 24 November 2026, the board stripping him of his posts on Friday 27 November,
 * his plea on Tuesday 1 December. A wire story and its syndicated rewrite with a credit line, a local
 * paper with a byline (twice), a regional paper, an undated legal column. The complaint hides people
 * behind labels ("Contractor A", "Official 1") and the story quotes nicknames, a code name, a
 * memoir's title and a title of office in quotation marks, some right after someone's quote, some as
 * the object of a speech verb ("Vance asked “Contractor A” …", "Vance told “Contractor A” that “…”").
 * Quote styles: "“…,” U.S. Attorney X said", "X's lawyer, Y, said his client “…”", a reporter named
 * before the man asked ("WKDC reporter Dana Kim asked Vance. “…,” he said."), "At Friday's meeting,
 * Hsu was asked whether …. “…,” she said." after another woman quoted. The one real disagreement: the
 * bribes told as $380,000 (Reuters) and $340,000 (the local paper). Test support only.
 */
const BRIBERY_COMPLAINT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "bribery/1",
    externalId: "c1",
    source: "Reuters",
    url: "https://reuters.example/delmont-commissioner-charged",
    publishedAt: "2026-11-24T18:00:00Z",
    title: "Pennsylvania county commissioner charged with taking $380,000 in bribes",
    originalText: [
      "PHILADELPHIA (Reuters) — A Delmont County commissioner was arrested on Tuesday and charged with taking $380,000 in bribes from a paving contractor in exchange for road contracts, federal prosecutors said.",
      "Gregory Vance, 58, a commissioner since 2015, appeared in federal court in Philadelphia and was released on a $250,000 bond.",
      "“Commissioner Vance treated the county’s road budget as his personal bank account,” U.S. Attorney Laura Brennan said at a news conference. “Contractor A” is Dominic Ferro, owner of Ferro Paving, according to two people familiar with the case.",
      "Ferro has not been charged and did not respond to a request for comment.",
      "Vance’s lawyer, Michael Oduya, said his client “will plead not guilty and looks forward to his day in court.”",
    ].join("\n"),
  },
  {
    input: "bribery/2",
    externalId: "c2",
    source: "Delmont Daily Times",
    url: "https://delmonttimes.example/news/vance-complaint-recordings",
    publishedAt: "2026-11-25T05:00:00Z",
    title: "Recorded calls: Vance asked for cash in ‘birthday cards,’ complaint says",
    originalText: [
      "By Carla Ruiz, Times staff writer",
      "Recorded calls quoted in a 41-page criminal complaint unsealed Tuesday show Delmont County Commissioner Gregory Vance asking a contractor for $340,000 in cash, delivered in envelopes he called “birthday cards.”",
      "“Did the birthday card come?” Vance asked “Contractor A” in an August call, the complaint says.",
      "Prosecutors said Vance and a county engineer, identified in the complaint as “Official 1,” steered 14 repaving contracts worth $6.2 million to Ferro Paving between 2021 and 2025.",
      "Colleagues on the board have long called Vance “the Road King,” a nickname he embraced in his 2019 campaign. His 2019 memoir, “Paved With Good Intentions,” tells of his rise from a road crew to the county board.",
      "“This is a sad day for Delmont County,” said board chair Ellen Hsu. “Acting commissioner” will be the title of deputy clerk Ron Abbott until the board appoints a replacement.",
    ].join("\n"),
  },
  {
    input: "bribery/3",
    externalId: "c3",
    source: "Harrisburg Ledger",
    url: "https://harrisburgledger.example/wire/delmont-vance-bribery",
    publishedAt: "2026-11-24T22:00:00Z",
    title: "Delmont County commissioner charged with bribery",
    originalText: [
      "A Delmont County commissioner was arrested on Tuesday and charged with taking $380,000 in bribes from a paving contractor in exchange for road contracts, federal prosecutors said.",
      "Gregory Vance, 58, a commissioner since 2015, appeared in federal court in Philadelphia and was released on a $250,000 bond.",
      "“Commissioner Vance treated the county’s road budget as his personal bank account,” U.S. Attorney Laura Brennan said at a news conference. “Contractor A” is Dominic Ferro, owner of Ferro Paving, according to two people familiar with the case.",
      "(Reuters)",
    ].join("\n"),
  },
  {
    input: "bribery/4",
    externalId: "c4",
    source: "Keystone Inquirer",
    url: "https://keystoneinquirer.example/politics/delmont-board-strips-vance",
    publishedAt: "2026-11-27T21:15:00Z",
    title: "Delmont board strips Vance of committee posts",
    originalText: [
      "The Delmont County Board of Commissioners on Friday voted 4-0 to strip Gregory Vance of his committee posts, three days after he was charged with bribery.",
      "Vance did not attend.",
      "“We are still following the money,” Brennan said on Thursday.",
      "At Friday’s meeting, Hsu was asked whether the board would ask Vance to resign. “That is a decision for him and his conscience,” she said.",
      "“Nobody on this board knew,” Hsu told reporters after the vote.",
      "According to the complaint, Vance told “Contractor A” that “the county pays on time, and so should you.”",
      "Oduya said on Friday that Vance had “done nothing the board did not approve in open session.”",
    ].join("\n"),
  },
  {
    input: "bribery/5",
    externalId: "c5",
    source: "Keystone Legal",
    url: "https://keystonelegal.example/column/complaint-labels",
    title: "Why complaints call people ‘Contractor A’",
    originalText: [
      "Federal complaints hide uncharged people behind labels, and the Delmont County case is no exception.",
      "“Labels like that protect people who have not been charged, and sometimes people who are cooperating,” said Victor Amari, a former federal prosecutor who teaches at Temple University’s law school. “Operation Tollgate,” as the FBI called the investigation, began in 2022 with a tip from a county clerk.",
      "He said each of the three counts carries up to 20 years in prison.",
    ].join("\n"),
  },
  {
    input: "bribery/6",
    externalId: "c6",
    source: "Delmont Daily Times",
    url: "https://delmonttimes.example/news/vance-pleads-not-guilty",
    publishedAt: "2026-12-01T20:45:00Z",
    title: "Vance pleads not guilty to bribery charges",
    originalText: [
      "By Carla Ruiz, Times staff writer",
      "Gregory Vance pleaded not guilty on Tuesday to three counts of bribery and honest-services fraud in federal court in Philadelphia.",
      "“Not guilty, your honor,” Vance told U.S. Magistrate Judge Rosa Delgado, who set a trial date of March 8.",
      "“Did you take the money?” WKDC reporter Dana Kim asked Vance as he left the courthouse. “I’m not going to talk about the case today,” he said.",
      "“My client will be at every board meeting he is allowed to attend,” Oduya said.",
      "Outside, protesters held signs reading “Pave the Road to Prison.”",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function briberyComplaintArticles(): Article[] {
  return linkNearDuplicates(BRIBERY_COMPLAINT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes17 (2026-12-05), before running any code on them. Not
 * quotations, so not listed: “Contractor A” (the subject of the sentence after Brennan's quote, the
 * one asked and the one told), “Official 1”, “the Road King”, “Paved With Good Intentions”, “Acting
 * commissioner” (the subject of the sentence after Hsu's quote) and “Operation Tollgate” (after
 * Amari's).
 */
export const BRIBERY_COMPLAINT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Commissioner Vance treated the county’s road budget", speaker: "Laura Brennan" },
    { text: "will plead not guilty and looks forward to his day in court.", speaker: "Michael Oduya", partial: true },
    // Vance's word on the recorded calls.
    { text: "birthday cards.", speaker: "Gregory Vance", partial: true },
    { text: "Did the birthday card come?", speaker: "Gregory Vance" },
    { text: "This is a sad day for Delmont County", speaker: "Ellen Hsu" },
    { text: "We are still following the money", speaker: "Laura Brennan" },
    // "Hsu was asked whether …" after Brennan spoke: "she said" is Hsu.
    { text: "That is a decision for him and his conscience", speaker: "Ellen Hsu" },
    { text: "Nobody on this board knew", speaker: "Ellen Hsu" },
    // The words Vance told "Contractor A".
    { text: "the county pays on time, and so should you.", speaker: "Gregory Vance", partial: true },
    { text: "done nothing the board did not approve in open session.", speaker: "Michael Oduya", partial: true },
    { text: "Labels like that protect people who have not been charged", speaker: "Victor Amari" },
    { text: "Not guilty, your honor", speaker: "Gregory Vance" },
    // A named reporter asks Vance; "he said" is Vance.
    { text: "Did you take the money?", speaker: "Dana Kim" },
    { text: "I’m not going to talk about the case today", speaker: "Gregory Vance" },
    { text: "My client will be at every board meeting", speaker: "Michael Oduya" },
    // Words on signs: no one's.
    { text: "Pave the Road to Prison.", speaker: null },
  ],
  timeline: [
    { text: "A Delmont County commissioner was arrested on Tuesday", dates: ["2026-11-24"] },
    { text: "on Friday voted 4-0 to strip Gregory Vance", dates: ["2026-11-27"] },
    { text: "Gregory Vance pleaded not guilty on Tuesday", dates: ["2026-12-01"] },
  ],
  neverDated: [
    { text: "a nickname he embraced in his 2019 campaign", date: "2019", exact: true },
    { text: "began in 2022 with a tip", date: "2022", exact: true },
    { text: "a commissioner since 2015", date: "2015", exact: true },
  ],
  disagreements: [{ values: ["380,000", "340,000"], outlets: ["Reuters", "Delmont Daily Times"] }],
  notDisagreements: [
    // The bribes against the bond, and the contracts' worth.
    ["380,000", "250,000"],
    ["340,000", "250,000"],
    ["380,000", "6.2 million"],
    // Counts, years, a vote, an age, pages.
    ["14", "41"],
    ["three", "20"],
    ["58", "41"],
  ],
  corroboration: [
    // Reuters and its rewrite count once; the local paper gives another sum.
    { text: "was arrested on Tuesday and charged with taking $380,000 in bribes", outlets: 1 },
  ],
  headline: ["pleaded", "pleads"],
};
