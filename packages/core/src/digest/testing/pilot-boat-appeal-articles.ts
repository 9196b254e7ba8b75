import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of the summary by summary14 (2026-12-05, before running any code
 * on it): five articles from three outlets on the appeal of Callum Drysdale, a former harbour master
 * jailed for the manslaughter of three crewmen of the pilot boat Kittiwake, heard from Monday 8 March
 * 2027 and dismissed on Friday 12 March. Before the judgment the reports tell stances and a
 * deliberation the judgment settles ("Drysdale denies that he ignored the storm warning and maintains
 * his innocence", "is seeking to have his conviction quashed", "The Crown argues that the conviction
 * is safe", "The judges retired on Wednesday to consider their decision", "could be freed if the
 * appeal succeeds"); after it, the news and what comes next (a Supreme Court appeal considered, a
 * family's words). A wire on Monday and Wednesday, a regional paper on Tuesday and Saturday, a legal
 * bulletin on Friday. Traps: three crewmen and three judges, a six-year sentence and 14 months served,
 * the sinking's year. Test support only.
 */
const PILOT_BOAT_APPEAL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "appeal/1",
    externalId: "a1",
    source: "Coastal Wire",
    url: "https://coastalwire.example/news/drysdale-appeal-opens",
    publishedAt: "2027-03-08T16:20:00Z",
    title: "Former harbour master's appeal over Kittiwake sinking begins",
    originalText: [
      "Three judges at the Court of Appeal in Edinburgh began hearing on Monday the appeal of Callum Drysdale, the former harbour master jailed for six years over the sinking of the pilot boat Kittiwake, in which three crewmen died.",
      "Drysdale denies that he ignored the storm warning and maintains his innocence.",
      "His counsel, Fiona Baird KC, told the court that the trial judge had misdirected the jury on the duty of care owed by a harbour master.",
      "The Kittiwake sank off Fraserburgh in January 2024 while taking a pilot out to a tanker.",
      "The hearing is expected to last three days.",
    ].join("\n"),
  },
  {
    input: "appeal/2",
    externalId: "a2",
    source: "The Northern Record",
    url: "https://northernrecord.example/courts/kittiwake-appeal-day-two",
    publishedAt: "2027-03-09T19:00:00Z",
    title: "Kittiwake families in court as Drysdale fights conviction",
    originalText: [
      "By Isla Munro",
      "Callum Drysdale is seeking to have his conviction quashed and a retrial ordered, the Court of Appeal heard on Tuesday.",
      "The Crown argues that the conviction is safe and that the jury heard ample evidence of the warning Drysdale received.",
      "Relatives of the three crewmen sat in the public gallery for a second day.",
      "“We just want it over,” said Morag Lindsay, whose husband Euan was the Kittiwake’s skipper.",
    ].join("\n"),
  },
  {
    input: "appeal/3",
    externalId: "a3",
    source: "Coastal Wire",
    url: "https://coastalwire.example/news/drysdale-judges-retire",
    publishedAt: "2027-03-10T17:45:00Z",
    title: "Judges to rule on Friday in Drysdale appeal",
    originalText: [
      "The judges retired on Wednesday to consider their decision in the appeal of Callum Drysdale, and said they would give it on Friday.",
      "Drysdale, who has served 14 months of his sentence, could be freed if the appeal succeeds.",
      "In closing, Baird said the case against her client rested on “a single phone call that nobody recorded.”",
    ].join("\n"),
  },
  {
    input: "appeal/4",
    externalId: "a4",
    source: "Law Bulletin Scotland",
    url: "https://lawbulletin.example/criminal/drysdale-appeal-dismissed",
    publishedAt: "2027-03-12T13:10:00Z",
    title: "Court of Appeal dismisses Drysdale appeal over Kittiwake deaths",
    originalText: [
      "The Court of Appeal on Friday dismissed Callum Drysdale’s appeal against his conviction for the manslaughter of three crewmen of the pilot boat Kittiwake.",
      "Lord Hendry, giving the court’s judgment, said the jury had been properly directed and the verdict was safe.",
      "“The warning was given, it was received, and it was not acted upon,” Lord Hendry said.",
      "Drysdale will continue to serve his six-year sentence.",
      "Baird said after the hearing that her client was considering an appeal to the Supreme Court.",
    ].join("\n"),
  },
  {
    input: "appeal/5",
    externalId: "a5",
    source: "The Northern Record",
    url: "https://northernrecord.example/courts/kittiwake-families-relief",
    publishedAt: "2027-03-13T08:30:00Z",
    title: "Kittiwake families relieved as conviction upheld",
    originalText: [
      "By Isla Munro",
      "Families of the Kittiwake’s crew said they were relieved after three judges upheld the conviction of former harbour master Callum Drysdale on Friday.",
      "“For three years we have had to listen to him say it was not his fault. Now it is finished,” Morag Lindsay said outside the court.",
      "The harbour authority said a new storm protocol, which requires warnings to be logged in writing, took effect in January.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function pilotBoatAppealArticles(): Article[] {
  return linkNearDuplicates(PILOT_BOAT_APPEAL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by summary14 (2026-12-05), before running any code on them. No real
 * disagreement. The summary must tell the appeal dismissed and none of the stances and the
 * deliberation the judgment settled, nor the outcome it ruled out ("could be freed").
 */
export const PILOT_BOAT_APPEAL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We just want it over", speaker: "Morag Lindsay" },
    { text: "a single phone call that nobody recorded", speaker: "Fiona Baird", partial: true },
    { text: "The warning was given, it was received", speaker: "Lord Hendry" },
    { text: "For three years we have had to listen to him", speaker: "Morag Lindsay" },
  ],
  timeline: [
    { text: "began hearing on Monday the appeal of Callum Drysdale", dates: ["2027-03-08"] },
    { text: "The judges retired on Wednesday to consider their decision", dates: ["2027-03-10"] },
    { text: "The Court of Appeal on Friday dismissed Callum Drysdale", dates: ["2027-03-12"] },
  ],
  neverDated: [{ text: "The Kittiwake sank off Fraserburgh in January 2024", date: "2027-01" }],
  disagreements: [],
  notDisagreements: [
    // Crewmen and judges; the sentence and the time served.
    ["six", "14"],
  ],
  corroboration: [{ text: "The Court of Appeal on Friday dismissed Callum Drysdale", outlets: 2 }],
  headline: ["dismiss", "upheld", "rejected"],
  summary: {
    holds: ["dismissed"],
    never: [
      "maintains his innocence",
      "is seeking to have his conviction quashed",
      "The Crown argues that the conviction is safe",
      "retired on Wednesday to consider",
      "could be freed if the appeal succeeds",
      "The hearing is expected to last three days",
    ],
  },
};
