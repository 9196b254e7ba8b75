import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts39 (2026-12-07, texts and expectations written before
 * running any code on them): five articles from five British outlets on a lightning strike beside the
 * 14th green during the final round of the Women's Coastal Open at Aberdaron Sands, Gwynedd, on Sunday
 * 20 August 2028, and the round finished on Monday. An agency on Sunday, a daily and a broadcaster's site
 * on Monday, a golf weekly on Tuesday, a Welsh daily on Wednesday. The real disagreements: how long
 * before the strike the siren sounded, 12 minutes for the agency against "barely four minutes before
 * lightning hit" for the daily; Sunday's crowd, "A crowd estimated at 9,000 by the organisers" for the
 * agency against "Around 12,000 people passed through the gates" for the broadcaster; the winner's
 * prize, "pockets £450,000" for the broadcaster against "collects £375,000" for the weekly; where the
 * bolt struck, "about 40 yards from the 14th green" for the daily against "100 metres from the green" for
 * the broadcaster. Traps: those treated, six then nine; three taken to hospital of them; the purse
 * against the winner's share; the week's crowd against Sunday's; a crowd hoped for; the stoppage revised
 * by the tour itself; a band of top-ten prizes; the runner-up's and last year's winner's prizes; a
 * precedent's distance; a warning the players want against the one the tour offers.
 * First run (facts39, before any fix): disagreements 0/4, 0 wrong, 0 of 22 traps taken; quotes 5/5; timeline 2/2.
 * Test support only.
 */
const LINKS_LIGHTNING_STRIKE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "links-lightning-strike/1",
    externalId: "ll1",
    source: "Cambrian Press Agency",
    url: "https://cambrianpress.example/2028/08/20/aberdaron-sands-lightning",
    publishedAt: "2028-08-20T18:00:00Z",
    title: "Six hurt as lightning strikes beside green at Women's Coastal Open",
    originalText: [
      "ABERDARON, Gwynedd (CPA) — Six spectators were treated by paramedics on Sunday after lightning struck beside the 14th green during the final round of the Women's Coastal Open at Aberdaron Sands.",
      "The siren to suspend play sounded 12 minutes before the strike, the tournament said.",
      "A crowd estimated at 9,000 by the organisers was on the course, short of the 15,000 they had hoped for on the final day.",
      "Three of those treated were taken to hospital in Bangor.",
      "“There was a flash and a bang at the same moment, and people just dropped,” said Gareth Pugh, a marshal at the 14th.",
    ].join("\n"),
  },
  {
    input: "links-lightning-strike/2",
    externalId: "ll2",
    source: "The Daily Courant",
    url: "https://dailycourant.example/sport/golf/coastal-open-lightning-siren",
    publishedAt: "2028-08-21T06:00:00Z",
    title: "Coastal Open: spectators say siren came too late",
    originalText: [
      "By Helen Marsh",
      "Spectators at the Women's Coastal Open said the siren went off barely four minutes before lightning hit on Sunday, leaving hundreds still walking back to the clubhouse.",
      "The bolt struck about 40 yards from the 14th green, where a grandstand had emptied minutes earlier.",
      "The number treated has risen to nine after three more spectators came forward with burns.",
      "The tour first said the stoppage lasted 190 minutes; it now puts it at 165 minutes.",
      "“We heard the siren when the sky was already black,” said Rhian Owen, who was at the 14th with her daughter.",
    ].join("\n"),
  },
  {
    input: "links-lightning-strike/3",
    externalId: "ll3",
    source: "Wales Broadcast News",
    url: "https://walesbroadcast.example/sport/golf-coastal-open-solberg-wins",
    publishedAt: "2028-08-21T19:00:00Z",
    title: "Solberg wins storm-hit Coastal Open on Monday finish",
    originalText: [
      "Ingrid Solberg won the Women's Coastal Open on Monday after the final round was finished a day late, and the Norwegian pockets £450,000 from the £2.5m purse.",
      "Japan's Mei Tanaka, who finished a shot behind, takes home £240,000.",
      "Around 12,000 people passed through the gates on Sunday, the club said, and 41,000 over the four days.",
      "The lightning hit the ground 100 metres from the green, the club said.",
      "“I could not stop thinking about the people by the 14th,” Solberg said.",
    ].join("\n"),
  },
  {
    input: "links-lightning-strike/4",
    externalId: "ll4",
    source: "Golf Weekly Review",
    url: "https://golfweeklyreview.example/tours/coastal-open-report",
    publishedAt: "2028-08-22T09:00:00Z",
    title: "Solberg's first win overshadowed by strike",
    originalText: [
      "Ingrid Solberg collects £375,000 for her first win on the tour.",
      "Top-ten finishers took home between £60,000 and £450,000 each.",
      "Last year's champion, Beth Carrick, took home £320,000.",
      "In 2015 lightning struck 300 yards from the clubhouse at the same course during a men's pro-am.",
      "“The tour has to look hard at how early it calls players in,” said Beth Carrick, who finished fourth.",
    ].join("\n"),
  },
  {
    input: "links-lightning-strike/5",
    externalId: "ll5",
    source: "The Gwynedd Chronicle",
    url: "https://gwyneddchronicle.example/news/coastal-open-storm-warning-row",
    publishedAt: "2028-08-23T15:00:00Z",
    title: "Players want earlier storm warnings after Aberdaron strike",
    originalText: [
      "The players' association wants the siren sounded 30 minutes before any storm is expected; the tour has offered 20 minutes.",
      "Two of the spectators hurt on Sunday remain in hospital in Bangor.",
      "Aberdaron Sands Golf Club said it would add three lightning shelters before next year's event.",
      "“Twenty minutes is better than what we had on Sunday, but it is not enough,” said Anna Lindqvist, who chairs the players' association.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function linksLightningStrikeArticles(): Article[] {
  return linkNearDuplicates(LINKS_LIGHTNING_STRIKE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts39 (2026-12-07), before running any code on them. Four real
 * disagreements: the siren's lead (12 minutes against four), Sunday's crowd (9,000 against 12,000), the
 * winner's prize (£450,000 against £375,000) and where the bolt struck (40 yards against 100 metres).
 */
export const LINKS_LIGHTNING_STRIKE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "There was a flash and a bang at the same moment", speaker: "Gareth Pugh" },
    { text: "We heard the siren when the sky was already black", speaker: "Rhian Owen" },
    { text: "I could not stop thinking about the people by the 14th", speaker: "Ingrid Solberg" },
    { text: "The tour has to look hard at how early it calls players in", speaker: "Beth Carrick" },
    { text: "Twenty minutes is better than what we had on Sunday", speaker: "Anna Lindqvist" },
  ],
  timeline: [
    { text: "Six spectators were treated by paramedics on Sunday", dates: ["2028-08-20"] },
    { text: "Ingrid Solberg won the Women's Coastal Open on Monday", dates: ["2028-08-21"] },
  ],
  neverDated: [{ text: "In 2015 lightning struck 300 yards from the clubhouse", date: "2028" }],
  disagreements: [
    { values: ["12", "four"], outlets: ["Cambrian Press Agency", "The Daily Courant"] },
    { values: ["9,000", "12,000"], outlets: ["Cambrian Press Agency", "Wales Broadcast News"] },
    { values: ["450,000", "375,000"], outlets: ["Wales Broadcast News", "Golf Weekly Review"] },
    { values: ["40", "100"], outlets: ["The Daily Courant", "Wales Broadcast News"] },
  ],
  notDisagreements: [
    // Those treated, a count that grew; those taken to hospital and still there, parts of it.
    ["Six", "nine"],
    ["Three", "Six"],
    ["Three", "nine"],
    ["Two", "nine"],
    // The purse against the winner's share; the week's crowd against Sunday's; a crowd hoped for.
    ["2.5", "450,000"],
    ["2.5", "375,000"],
    ["41,000", "9,000"],
    ["41,000", "12,000"],
    ["15,000", "9,000"],
    ["15,000", "12,000"],
    // The tour's own revision of the stoppage; the stoppage against the siren's lead.
    ["190", "165"],
    ["165", "12"],
    // A band of top-ten prizes that holds the winner's.
    ["60,000", "375,000"],
    // The runner-up's and last year's winner's prizes against this winner's.
    ["240,000", "450,000"],
    ["240,000", "375,000"],
    ["320,000", "450,000"],
    ["320,000", "375,000"],
    // A precedent's distance against this strike's.
    ["300", "40"],
    ["300", "100"],
    // A warning the players want against the one the tour offers, and both against Sunday's.
    ["30", "20"],
    ["20", "12"],
    ["30", "four"],
  ],
  corroboration: [{ text: "Ingrid Solberg collects £375,000", outlets: 1 }],
};
