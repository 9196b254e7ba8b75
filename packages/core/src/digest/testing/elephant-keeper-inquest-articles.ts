import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of the headline and the summary's lead by latest10 (2026-12-06,
 * texts and expectations written before running any code on them): five articles from four outlets
 * (British and US) on the inquest into the death of a keeper crushed by an elephant at a safari park
 * in February 2033. The inquest opens on Monday 19 September 2033 and hears evidence; on Thursday the
 * jury returns its conclusion (accidental death, with failings by the park contributing), the story's
 * last development. Traps: a US trade site's Friday follow-up adds a minor detail (the park's
 * elephants moved to a new house) and retells February's death in its lead; a Friday opinion column
 * on keeping elephants. Test support only.
 * First run, before any fix: quotes 3/3, timeline 5/5 in order, no disagreement or trap taken,
 * corroboration 1/1, headline wrong ("A keeper was crushed to death by a bull elephant at an English
 * safari park", the trade site's retelling of February), summary 1/1 wanted, 0 unwanted, but it opened
 * with that retelling and held the column's "No keeper should have to walk into a bull's enclosure".
 */
const ELEPHANT_KEEPER_INQUEST_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "keeper-inquest/1",
    externalId: "ki1",
    source: "Wessex Evening Post",
    url: "https://wessexeveningpost.example/news/keeper-inquest-opens",
    publishedAt: "2033-09-19T17:30:00Z",
    title: "Inquest opens into death of Longmere safari park keeper",
    originalText: [
      "An inquest into the death of an elephant keeper at Longmere Safari Park opened at Salisbury on Monday.",
      "Daniel Okafor, 34, was crushed by a bull elephant called Rajah inside the elephant house on 14 February.",
      "The jury heard that he had entered the enclosure alone to clear a blocked drain.",
      "The park's rules required two keepers to be present whenever the bull was not secured.",
      "The inquest is expected to last four days.",
    ].join("\n"),
  },
  {
    input: "keeper-inquest/2",
    externalId: "ki2",
    source: "BBC West Desk",
    url: "https://bbcwestdesk.example/news/keeper-inquest-staffing",
    publishedAt: "2033-09-20T16:00:00Z",
    title: "Keeper inquest told of staff shortages",
    originalText: [
      "A former head keeper told the inquest on Tuesday that the elephant section had been short of staff for months.",
      "“We were asked to do the work of four people with two,” said Graham Leckie, who left the park in 2032.",
      "The park's operations director, Helen Maddox, told the jury the two-keeper rule had never been relaxed.",
    ].join("\n"),
  },
  {
    input: "keeper-inquest/3",
    externalId: "ki3",
    source: "Wessex Evening Post",
    url: "https://wessexeveningpost.example/news/keeper-inquest-conclusion",
    publishedAt: "2033-09-22T18:00:00Z",
    title: "Jury finds park failings contributed to keeper's death",
    originalText: [
      "An inquest jury concluded on Thursday that Daniel Okafor died by accident and that failings by Longmere Safari Park contributed to his death.",
      "The jury found the park had not enforced its own two-keeper rule.",
      "Senior coroner Anne Whitcombe said she would write to the park to prevent future deaths.",
      "“Danny was let down by the people who should have kept him safe,” his mother, Grace Okafor, said outside court.",
      "The Health and Safety Executive said it was considering whether to bring a prosecution.",
    ].join("\n"),
  },
  {
    input: "keeper-inquest/4",
    externalId: "ki4",
    source: "Zoo Industry Today",
    url: "https://zooindustrytoday.example/news/longmere-elephants-moved",
    publishedAt: "2033-09-23T14:00:00Z",
    title: "UK park moves elephants after keeper's death",
    originalText: [
      "A keeper was crushed to death by a bull elephant at an English safari park in February, an inquest jury heard this week.",
      "Longmere Safari Park said Friday it had moved its three elephants into a new house with protected-contact barriers.",
      "The park said keepers would no longer share space with the animals.",
      "“We accept the jury's findings in full,” park director Simon Arkwright said.",
    ].join("\n"),
  },
  {
    input: "keeper-inquest/5",
    externalId: "ki5",
    source: "The Wessex Chronicle",
    url: "https://wessexchronicle.example/opinion/elephants-in-parks",
    publishedAt: "2033-09-23T07:00:00Z",
    title: "Opinion: It is time to stop keeping elephants in small parks",
    originalText: [
      "Elephants are not suited to life in a converted barn in Wiltshire.",
      "No keeper should have to walk into a bull's enclosure to clear a drain.",
      "Small parks that cannot give elephants room to roam should send them to sanctuaries, argues animal welfare campaigner Liam Porter.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function elephantKeeperInquestArticles(): Article[] {
  return linkNearDuplicates(ELEPHANT_KEEPER_INQUEST_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by latest10 (2026-12-06), before running any code on them. No real
 * disagreement: 34 is an age, four days the inquest's length, two and four keepers other counts,
 * three the park's elephants.
 */
export const ELEPHANT_KEEPER_INQUEST_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We were asked to do the work of four people with two", speaker: "Graham Leckie" },
    { text: "Danny was let down by the people who should have kept him safe", speaker: "Grace Okafor" },
    { text: "We accept the jury's findings in full", speaker: "Simon Arkwright" },
  ],
  timeline: [
    { text: "was crushed by a bull elephant called Rajah", dates: ["2033-02-14"] },
    { text: "An inquest into the death of an elephant keeper", dates: ["2033-09-19"] },
    { text: "A former head keeper told the inquest on Tuesday", dates: ["2033-09-20"] },
    { text: "An inquest jury concluded on Thursday", dates: ["2033-09-22"] },
    { text: "had moved its three elephants", dates: ["2033-09-23"] },
  ],
  neverDated: [{ text: "who left the park in 2032", date: "2033", exact: true }],
  disagreements: [],
  notDisagreements: [
    ["four days", "four people"],
    ["two", "three"],
  ],
  corroboration: [{ text: "The jury found the park had not enforced its own two-keeper rule", outlets: 1 }],
  // The newest main development is the jury's conclusion; the elephants moved is a minor follow-up,
  // the trade site's lead a retelling of February's death.
  headline: ["concluded", "contributed to his death", "failings"],
  summary: {
    holds: ["contributed to his death"],
    never: ["Elephants are not suited to life", "should send them to sanctuaries", "is expected to last four days"],
  },
  order: [
    "was crushed by a bull elephant called Rajah",
    "A former head keeper told the inquest",
    "An inquest jury concluded on Thursday",
  ],
};
