import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of stale statements by stale19 (2026-12-06, texts and
 * expectations written before running any code on them): five articles from three outlets on a
 * Second World War bomb found by builders in Harwick on Friday 20 May 2033. Homes are evacuated and
 * residents told not to return until told it is safe; trains are suspended; army experts expect to
 * make the bomb safe by Sunday evening; a search of the site for other devices is under way. On
 * Saturday evening the bomb is defused and residents may go back; on Sunday it is destroyed at a
 * quarry as planned the day before, the search finds nothing more and trains resume. What stays: the
 * night at the leisure centre, the building work due to restart, the raid in 1941, training for
 * builders to come. Test support only.
 * First run, before any fix: quotes 3/3, timeline 4/4, no disagreement or trap, headline right,
 * summary 1/1 wanted and 0 unwanted, superseded pairs kept apart 6/6, current statements kept 6/6; but
 * the 250-word summary held "should not try to return to their homes" and "have been evacuated"
 * without the later "could go back" (left out in their stead), and the key points "have been evacuated".
 */
const WARTIME_BOMB_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "bomb/1",
    externalId: "wb1",
    source: "Midlands Wire",
    url: "https://midlandswire.example/news/harwick-wartime-bomb-found",
    publishedAt: "2033-05-20T19:00:00Z",
    title: "1,400 homes evacuated after wartime bomb found in Harwick",
    originalText: [
      "A 500kg German bomb from the Second World War was found by builders on a housing site in Harwick on Friday afternoon, the police said.",
      "About 1,400 homes within a 400-metre cordon have been evacuated.",
      "Army bomb disposal experts expect to make the device safe by Sunday evening.",
      "Trains between Harwick and Leyton Cross are suspended because the line runs through the cordon.",
      "“It is in a delicate state after 90 years in wet clay,” said Chief Inspector Sunita Rai.",
    ].join("\n"),
  },
  {
    input: "bomb/2",
    externalId: "wb2",
    source: "Harwick Evening Mail",
    url: "https://harwickmail.example/news/night-in-leisure-centre",
    publishedAt: "2033-05-21T07:00:00Z",
    title: "Evacuated families spend night in leisure centre",
    originalText: [
      "About 300 residents spent the night at the town's leisure centre.",
      "A search of the rest of the building site for further devices is under way, the police said.",
      "Officers said residents should not try to return to their homes until they were told it was safe.",
      "“We grabbed the children and the cat and that was it,” said resident Joanne Pike.",
    ].join("\n"),
  },
  {
    input: "bomb/3",
    externalId: "wb3",
    source: "National News Service",
    url: "https://nns.example/uk/harwick-bomb-defused",
    publishedAt: "2033-05-21T21:30:00Z",
    title: "Army defuses wartime bomb in Harwick a day early",
    originalText: [
      "Army experts defused the bomb on Saturday evening, a day earlier than planned, after working on it for nine hours.",
      "The police said residents could go back to their homes from 9pm.",
      "The bomb will be taken to Barrow Hill quarry to be destroyed in a controlled explosion on Sunday.",
      "“The team did a remarkable job in very difficult conditions,” said Major Tom Ellery of the Royal Logistic Corps.",
    ].join("\n"),
  },
  {
    input: "bomb/4",
    externalId: "wb4",
    source: "Harwick Evening Mail",
    url: "https://harwickmail.example/news/bomb-destroyed-at-quarry",
    publishedAt: "2033-05-22T15:00:00Z",
    title: "Harwick bomb destroyed at quarry as trains run again",
    originalText: [
      "The bomb was destroyed in a controlled explosion at Barrow Hill quarry on Sunday morning.",
      "The search of the building site found no further devices, the police said.",
      "Train services between Harwick and Leyton Cross resumed on Sunday morning.",
    ].join("\n"),
  },
  {
    input: "bomb/5",
    externalId: "wb5",
    source: "Midlands Wire",
    url: "https://midlandswire.example/news/harwick-building-work-restart",
    publishedAt: "2033-05-23T09:00:00Z",
    title: "Work on Harwick housing site to restart after bomb scare",
    originalText: [
      "Work on the 220-home development is due to restart on Wednesday.",
      "The bomb was one of about 1,000 dropped on the town's factories in 1941, local historians said.",
      "Builders on the site will be given training in spotting old munitions, the developer said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function wartimeBombArticles(): Article[] {
  return linkNearDuplicates(WARTIME_BOMB_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by stale19 (2026-12-06), before running any code on them. No real
 * disagreement: 1,400 homes, 300 residents, 220 homes to be built and 1,000 bombs are other counts.
 */
export const WARTIME_BOMB_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It is in a delicate state after 90 years in wet clay", speaker: "Sunita Rai" },
    { text: "We grabbed the children and the cat and that was it", speaker: "Joanne Pike" },
    { text: "The team did a remarkable job in very difficult conditions", speaker: "Tom Ellery" },
  ],
  timeline: [
    { text: "was found by builders on a housing site in Harwick", dates: ["2033-05-20"] },
    { text: "defused the bomb on Saturday evening", dates: ["2033-05-21"] },
    { text: "destroyed in a controlled explosion at Barrow Hill quarry on Sunday", dates: ["2033-05-22"] },
    { text: "resumed on Sunday morning", dates: ["2033-05-22"] },
  ],
  neverDated: [{ text: "dropped on the town's factories in 1941", date: "2033" }],
  disagreements: [],
  notDisagreements: [
    ["1,400", "220"],
    ["1,400", "300"],
    ["220", "1,000"],
  ],
  corroboration: [{ text: "About 300 residents spent the night", outlets: 1 }],
  headline: ["defused", "destroyed", "resumed", "due to restart"],
  summary: {
    holds: ["defused the bomb"],
    never: ["expect to make the device safe", "is under way", "should not try to return"],
  },
  supersession: {
    apart: [
      // Made safe by Sunday, then defused on Saturday.
      ["expect to make the device safe by Sunday evening", "defused the bomb on Saturday evening"],
      // A search under way, then its result.
      ["A search of the rest of the building site for further devices is under way", "found no further devices"],
      // Told to stay away, then allowed back; evacuated, then back.
      ["should not try to return to their homes", "residents could go back to their homes from 9pm"],
      ["homes within a 400-metre cordon have been evacuated", "residents could go back to their homes from 9pm"],
      // Trains suspended, then resumed; a destruction to come, then done.
      [
        "Trains between Harwick and Leyton Cross are suspended",
        "Train services between Harwick and Leyton Cross resumed",
      ],
      ["to be destroyed in a controlled explosion on Sunday", "was destroyed in a controlled explosion"],
    ],
    current: [
      "spent the night at the town's leisure centre",
      "is due to restart on Wednesday",
      "one of about 1,000 dropped",
      "will be given training in spotting old munitions",
      "was found by builders on a housing site",
      "defused the bomb on Saturday evening",
    ],
  },
};
