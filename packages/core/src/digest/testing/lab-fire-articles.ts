import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes26 (2026-12-06, before running any code on it): five
 * articles from four US outlets on a fire in a chemistry laboratory at Ridgeview State University on
 * the afternoon of Tuesday 16 May 2028, the state's investigation and the cause found on Friday 19 May.
 * American styles throughout: commas and periods inside the closing quotation mark (a partial quote
 * ending ".”"), "“…,” Fire Chief X said", a quote running over two paragraphs, "Prof. X, chair of …,
 * said: “…”", "she said" and "he said" after "X and Y toured …", an unnamed sophomore quoted in part,
 * "said a spokesman for the regulator" (the regulator introduced only as "the state's environmental
 * regulator"), "Lt. Col. X, commander of …", "According to X, the team found “…”", "University
 * President X said in a statement", "Dr. X, a biochemist whose lab …", "she wrote" after an email, an
 * em-dash line naming a student and her post, "Deputy Fire Marshal X said", "she said" after two women
 * are named in turn. Traps: students who took the alarm for a “fire drill.” (a label in a paraphrase,
 * its period inside the marks), so-called “forever chemicals”, what some faculty call a “deferred
 * maintenance” problem, a headline quote. Test support only.
 */
const LAB_FIRE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "lab-fire/1",
    externalId: "lf1",
    source: "Associated Press",
    url: "https://apnews.example/article/ridgeview-state-lab-fire",
    publishedAt: "2028-05-16T21:00:00Z",
    title: "Fire tears through chemistry lab at Ridgeview State; 3 hurt",
    originalText: [
      "RIDGEVIEW, Ohio (AP) — A fire broke out Tuesday afternoon in a chemistry laboratory at Ridgeview State University, injuring three people and forcing the evacuation of Whitmore Hall.",
      "“The fire started in a fume hood on the third floor and spread into the ceiling,” Fire Chief Daniel Ortega said at a news conference.",
      "“Our crews had it under control in about 40 minutes,” Ortega said. “Everybody who was in that building got out.",
      "“But I want to be clear: this building is going to be closed for a long time.”",
      "Two graduate students and a custodian were taken to Mercy Regional Medical Center with minor burns and smoke inhalation, a hospital spokeswoman said.",
      "Students said many people at first assumed the alarm was a “fire drill.”",
    ].join("\n"),
  },
  {
    input: "lab-fire/2",
    externalId: "lf2",
    source: "Ridgeview Gazette",
    url: "https://ridgeviewgazette.example/news/whitmore-hall-fire-students",
    publishedAt: "2028-05-17T12:00:00Z",
    title: "‘I just grabbed my laptop and ran’: Students recount Whitmore Hall fire",
    originalText: [
      "Kevin Liu, a 26-year-old doctoral student who was working two doors down from the lab, said he smelled smoke before he heard the alarm.",
      "“I just grabbed my laptop and ran,” Liu said. “By the time I got to the stairs you couldn’t see the exit sign.”",
      "Prof. Miriam Castellanos, chair of the chemistry department, said: “Our first thought is with the three people who were hurt. All three are expected to make a full recovery.”",
      "Castellanos and Ortega toured the damaged floor Wednesday morning.",
      "“It is heartbreaking. Some of these students have lost years of work,” she said.",
      "“The sprinklers did exactly what they were designed to do,” he said.",
      "A sophomore who lives across the street said the smoke was “like a black wall” pouring out of the windows.",
    ].join("\n"),
  },
  {
    input: "lab-fire/3",
    externalId: "lf3",
    source: "The Columbus Ledger",
    url: "https://columbusledger.example/news/state-investigates-ridgeview-lab-chemicals",
    publishedAt: "2028-05-17T20:00:00Z",
    title: "State investigates chemical storage after Ridgeview lab fire",
    originalText: [
      "The state’s environmental regulator said Wednesday it had opened an investigation into how chemicals were stored in the Whitmore Hall laboratory where Tuesday’s fire began.",
      "“We want to know what was in that room, how much of it there was and whether it was being stored as the law requires,” said a spokesman for the regulator.",
      "Lt. Col. Andrea Whitfield, commander of the Ohio National Guard’s 52nd Civil Support Team, said air samples taken overnight showed “no hazard to the public.”",
      "According to Whitfield, the team found “trace levels” of hydrogen chloride near the loading dock.",
      "Some environmental groups have raised concerns about so-called “forever chemicals” used in the department’s research.",
      "University President Gloria Hammond said in a statement: “We will cooperate fully with every investigation, and we will rebuild.”",
      "“Safety has always been our first priority,” Hammond said.",
    ].join("\n"),
  },
  {
    input: "lab-fire/4",
    externalId: "lf4",
    source: "Campus Report",
    url: "https://campusreport.example/news/2028/05/18/ridgeview-researchers-count-losses",
    publishedAt: "2028-05-18T14:00:00Z",
    title: "After Ridgeview fire, researchers count what was lost",
    originalText: [
      "Researchers at Ridgeview State University are still waiting to learn when they can return to Whitmore Hall, two days after a fire gutted a third-floor chemistry lab.",
      "“We lost cell lines that took four years to build,” said Dr. Samuel Osei, a biochemist whose lab shares the floor.",
      "Osei said the university had promised researchers temporary space in the engineering building by June.",
      "Castellanos told faculty in an email Wednesday night that the department would “do everything in its power” to help graduate students whose work was destroyed.",
      "“We are a family, and families look after each other,” she wrote.",
      "The fire has revived criticism of what some faculty call the university’s “deferred maintenance” problem.",
      "“Five years of samples, gone in an afternoon.” — Priya Nair, a doctoral student, in a post on X",
    ].join("\n"),
  },
  {
    input: "lab-fire/5",
    externalId: "lf5",
    source: "Associated Press",
    url: "https://apnews.example/article/ridgeview-lab-fire-cause-solvent-still",
    publishedAt: "2028-05-19T18:30:00Z",
    title: "Fire officials: Ridgeview lab blaze started in solvent still",
    originalText: [
      "RIDGEVIEW, Ohio (AP) — The fire that gutted a chemistry lab at Ridgeview State University on Tuesday was started by a solvent still that had been left running unattended, fire officials said Friday.",
      "“There is no evidence of anything criminal,” Deputy Fire Marshal Carla Jennings said. “This was an accident, and a preventable one.”",
      "Jennings said the still had no automatic shut-off, which the university’s own rules require.",
      "Hammond said the university would inspect every lab on campus before the fall semester.",
      "“We owe that to our students,” she said.",
      "The three people hurt in the fire have been released from the hospital.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function labFireArticles(): Article[] {
  return linkNearDuplicates(LAB_FIRE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes26 (2026-12-06), before running any code on them. No real
 * disagreement: three people hurt, told the same way wherever told.
 */
export const LAB_FIRE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The fire started in a fume hood on the third floor", speaker: "Daniel Ortega" },
    { text: "Our crews had it under control in about 40 minutes", speaker: "Daniel Ortega" },
    // A quote running over two paragraphs: the first paragraph's never closes, the second's opens again.
    { text: "Everybody who was in that building got out.", speaker: "Daniel Ortega" },
    { text: "But I want to be clear: this building is going to be closed for a long time.", speaker: "Daniel Ortega" },
    { text: "I just grabbed my laptop and ran", speaker: "Kevin Liu" },
    { text: "By the time I got to the stairs you couldn’t see the exit sign.", speaker: "Kevin Liu" },
    { text: "Our first thought is with the three people who were hurt.", speaker: "Miriam Castellanos" },
    { text: "All three are expected to make a full recovery.", speaker: "Miriam Castellanos" },
    // "she said" and "he said" after "Castellanos and Ortega toured …": the woman, then the man.
    { text: "It is heartbreaking.", speaker: "Miriam Castellanos" },
    { text: "Some of these students have lost years of work", speaker: "Miriam Castellanos" },
    { text: "The sprinklers did exactly what they were designed to do", speaker: "Daniel Ortega" },
    { text: "like a black wall", speaker: "a sophomore", partial: true },
    {
      text: "We want to know what was in that room",
      speaker: "a spokesman for the regulator",
    },
    { text: "no hazard to the public", speaker: "Andrea Whitfield", partial: true },
    { text: "trace levels", speaker: "Andrea Whitfield", partial: true },
    { text: "We will cooperate fully with every investigation, and we will rebuild.", speaker: "Gloria Hammond" },
    { text: "Safety has always been our first priority", speaker: "Gloria Hammond" },
    { text: "We lost cell lines that took four years to build", speaker: "Samuel Osei" },
    { text: "do everything in its power", speaker: "Miriam Castellanos", partial: true },
    // "she wrote" after Osei and Castellanos are named: the woman, whose email it is.
    { text: "We are a family, and families look after each other", speaker: "Miriam Castellanos" },
    { text: "Five years of samples, gone in an afternoon.", speaker: "Priya Nair" },
    { text: "There is no evidence of anything criminal", speaker: "Carla Jennings" },
    { text: "This was an accident, and a preventable one.", speaker: "Carla Jennings" },
    // "she said" after Jennings, then Hammond: the woman named last.
    { text: "We owe that to our students", speaker: "Gloria Hammond" },
    // Not quotes: the “fire drill.” label, so-called “forever chemicals”, the “deferred maintenance” problem.
  ],
  timeline: [
    { text: "A fire broke out Tuesday afternoon in a chemistry laboratory", dates: ["2028-05-16"] },
    {
      text: "The state’s environmental regulator said Wednesday it had opened an investigation",
      dates: ["2028-05-17"],
    },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["26", "40"],
    ["three", "four"],
  ],
  corroboration: [],
};
