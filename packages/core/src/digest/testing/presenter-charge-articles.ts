import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes20 (2026-12-05, before running any code on it): four
 * articles from four outlets on the television presenter Siobhan Keane's first appearance in court on
 * Wednesday 2 December 2026, charged with causing serious injury by dangerous driving after a crash in
 * Norwich on 21 November, and her stepping back from her programme. A wire story, a regional
 * broadcaster's site, a local paper with a byline, a national paper the next morning. Quote styles:
 * "A lawyer for X, who denies the charge, said: “…”" (the lawyer speaks), "X, whose brother Y was …,
 * said:", "X's agent, Y, said … “…”, but “…”" (two partial quotes), "“…,” Surname added", single
 * quotes with "she said" after "Detective Sergeant X, of …", a broadcaster's spokeswoman over two
 * sentences, a memoir quoted after its title, "Taxi driver X, who saw the crash, said:", "“…,” Surname
 * told Outlet", "The prosecutor, X, told the court … “…”", a title alone ("The district judge
 * said:"). Traps: a programme's title, a book's title, a segment's title, a scare quote. Test support
 * only.
 */
const PRESENTER_CHARGE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "presenter/1",
    externalId: "p1",
    source: "Press Wire",
    url: "https://presswire.example/keane-charged-dangerous-driving",
    publishedAt: "2026-12-02T14:05:00Z",
    title: "TV presenter Siobhan Keane in court on dangerous driving charge after Norwich crash",
    originalText: [
      "NORWICH (Press Wire) — Television presenter Siobhan Keane appeared before Norwich magistrates on Wednesday charged with causing serious injury by dangerous driving, after a crash in which a pedestrian suffered a fractured skull.",
      "Keane, 47, who presents the breakfast programme “The Morning Table”, spoke only to confirm her name, age and address.",
      "A lawyer for Siobhan Keane, who denies the charge, said: “Ms Keane will plead not guilty and looks forward to clearing her name. She has the greatest sympathy for Mr Doherty and his family.”",
      "The pedestrian, Liam Doherty, 29, was struck on Prince of Wales Road shortly after 11 p.m. on Nov. 21.",
      "She was released on bail and will appear at Norwich Crown Court on Dec. 30.",
    ].join("\n"),
  },
  {
    input: "presenter/2",
    externalId: "p2",
    source: "Anglia Today",
    url: "https://angliatoday.example/news/keane-crash-what-we-know",
    publishedAt: "2026-12-02T17:00:00Z",
    title: "Siobhan Keane crash: what we know",
    originalText: [
      "The car, a grey Range Rover, hit Mr Doherty as he crossed near the Riverside junction, police said.",
      "Taxi driver Paul Emery, who saw the crash, said: “It didn’t brake. I heard the thump before I saw anything.”",
      "“He was lying in the road and he kept asking for his phone,” Emery told Anglia Today. “He wanted to ring his mum.”",
      "The prosecutor, Gemma Harte, told the court the car had been “travelling at around 50 mph in a 30 mph zone”.",
      "District Judge Anthony Crewe sent the case to Norwich Crown Court.",
      "The district judge said: “These are serious allegations, and the Crown Court is the right place for them.”",
    ].join("\n"),
  },
  {
    input: "presenter/3",
    externalId: "p3",
    source: "Eastern Daily Record",
    url: "https://easterndailyrecord.example/news/doherty-brother-keane-court",
    publishedAt: "2026-12-02T19:00:00Z",
    title: "Brother of man hurt in Keane crash: ‘He doesn’t know if he’ll work again’",
    originalText: [
      "By Ben Ashworth",
      "The brother of a Norwich roofer seriously injured in a crash has spoken of his family’s ordeal.",
      "Conor Doherty, whose brother Liam was struck by the car, said: “Liam can’t walk to the end of the garden yet. He was a roofer. He doesn’t know if he’ll work again.”",
      "Outside the court, Keane’s agent, Marcus Fenwick, said the presenter was “heartbroken” by what had happened to Mr Doherty, but “completely confident” she had done nothing wrong.",
      "“She is not hiding, and she will not be hiding,” Fenwick added.",
      "Detective Sergeant Ellen Wragg, of Norfolk Police’s serious collision unit, appealed for witnesses. ‘Anyone with dashcam footage from Prince of Wales Road that night, please get in touch,’ she said.",
    ].join("\n"),
  },
  {
    input: "presenter/4",
    externalId: "p4",
    source: "The Daily Post",
    url: "https://dailypost.example/showbiz/keane-steps-back-morning-table",
    publishedAt: "2026-12-03T07:30:00Z",
    title: "‘Morning Table’ host steps back from show after crash charge",
    originalText: [
      "Siobhan Keane will step back from “The Morning Table” until her case is resolved, the broadcaster Channel Nine said on Wednesday.",
      "“Siobhan has asked to step back, and we have agreed,” a Channel Nine spokeswoman said. “We will not comment further while legal proceedings are active.”",
      "Her co-host, Dev Malhotra, will present the programme alone.",
      "Keane wrote in her 2021 memoir, “Keeping Time”, that she had “never once been late for a live show”.",
      "A 2023 segment in which she test-drove sports cars on a closed track was billed as “Keane on Speed”.",
      "Channel Nine has faced questions over its “duty of care” to presenters since 2024.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function presenterChargeArticles(): Article[] {
  return linkNearDuplicates(PRESENTER_CHARGE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by quotes20 (2026-12-05), before running any code on them. */
export const PRESENTER_CHARGE_EXPECTED: ExpectedFacts = {
  quotes: [
    // The lawyer speaks, not the presenter named after "for" (who denies the charge).
    { text: "Ms Keane will plead not guilty", speaker: "a lawyer for Siobhan Keane" },
    { text: "She has the greatest sympathy for Mr Doherty", speaker: "a lawyer for Siobhan Keane" },
    { text: "It didn’t brake", speaker: "Paul Emery" },
    { text: "He was lying in the road", speaker: "Paul Emery" },
    { text: "He wanted to ring his mum", speaker: "Paul Emery" },
    { text: "travelling at around 50 mph in a 30 mph zone", speaker: "Gemma Harte", partial: true },
    // A title alone, the name in the sentence before.
    { text: "These are serious allegations", speaker: "Anthony Crewe" },
    // The brother named in the relative clause is not the speaker.
    { text: "Liam can’t walk to the end of the garden yet", speaker: "Conor Doherty" },
    // The agent, not the presenter whose agent he is.
    { text: "heartbroken", speaker: "Marcus Fenwick", partial: true },
    { text: "completely confident", speaker: "Marcus Fenwick", partial: true },
    { text: "She is not hiding", speaker: "Marcus Fenwick" },
    { text: "Anyone with dashcam footage", speaker: "Ellen Wragg" },
    { text: "Siobhan has asked to step back", speaker: "a Channel Nine spokeswoman" },
    { text: "We will not comment further while legal proceedings are active", speaker: "a Channel Nine spokeswoman" },
    // Her own words from her memoir, after its title.
    { text: "never once been late for a live show", speaker: "Siobhan Keane", partial: true },
  ],
  timeline: [
    {
      text: "Television presenter Siobhan Keane appeared before Norwich magistrates on Wednesday",
      dates: ["2026-12-02"],
    },
    { text: "was struck on Prince of Wales Road shortly after 11 p.m.", dates: ["2026-11-21"] },
  ],
  neverDated: [{ text: "Television presenter Siobhan Keane appeared before Norwich magistrates", date: "2021" }],
  disagreements: [],
  notDisagreements: [
    ["47", "29"],
    ["50 mph", "30 mph"],
  ],
  corroboration: [],
};
