import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts7, 2026-12-04, before its author read the
 * facts code): five articles from five outlets about a march against hospital cuts (Saturday 28 to
 * Monday 30 November 2026). Traps: the classic real disagreement (the crowd on Saturday: 250,000 by
 * the organisers in one outlet, 80,000 by the police in another), an independent range (60,000 to
 * 90,000) that holds the police figure, a march in another city (40,000), arrests against officers
 * injured, "nearly 2,000 officers" against "1,987 officers", 14 beds cut against a 6% budget cut;
 * the organiser "Fatima Rahman" then "Rahman", a police commander then "the commander", a police
 * spokesperson, a quote inside a quote, a quote over two paragraphs, straight single quotes, a
 * pronoun "she said", "said X" with a description, a tabloid's capitals and an undated organisers'
 * statement. Test support only.
 */
const PROTEST_MARCH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "march/1",
    externalId: "city-live-1",
    source: "City Live",
    url: "https://citylive.example/live/hospital-cuts-march",
    publishedAt: "2026-11-28T13:00:00Z",
    title: "Hospital cuts march: live updates",
    originalText: [
      "12:50 — The head of the march has reached Parliament Square. Marchers are still leaving the park more than an hour after the start.",
      "Organisers say 250,000 people have joined the march so far.",
      "“When the minister told us ‘there is no money,’ we knew we had to come,” said Janet Moore, a nurse from Eastfield who travelled with her ward.",
      "The march was organised by Save Our Hospitals, a coalition of unions and patient groups.",
    ].join("\n\n"),
  },
  {
    input: "march/2",
    externalId: "national-news-channel-1",
    source: "National News Channel",
    url: "https://nnc.example/news/uk-hospital-march-police-estimate",
    publishedAt: "2026-11-28T19:00:00Z",
    title: "Tens of thousands march against hospital cuts",
    originalText: [
      "Police estimated that about 80,000 people took part in Saturday's march through the capital against cuts to hospital budgets.",
      "A separate march in Northport drew 40,000 people, organisers there said.",
      "Commander Alan Price, who led the police operation, said the day had been “overwhelmingly peaceful.”",
      "Eleven people were arrested, most of them for public order offences, and three officers were injured, the commander said.",
      "The government plans to cut the hospital budget by 6% next year.",
    ].join("\n\n"),
  },
  {
    input: "march/3",
    externalId: "daily-flash-1",
    source: "Daily Flash",
    url: "https://dailyflash.example/news/quarter-of-a-million-march",
    publishedAt: "2026-11-29T06:00:00Z",
    title: "QUARTER OF A MILLION MARCH FOR OUR HOSPITALS",
    originalText: [
      "A QUARTER of a million people flooded the capital yesterday to save our hospitals, organisers said, as furious nurses and patients brought the city to a standstill.",
      "Organiser Fatima Rahman told the Flash: ‘This is the biggest march for the health service that this country has ever seen.’",
      "Rahman said the crowd was 250,000 strong and that the police figure was “an insult.”",
      "She said: “We counted every coach and every train.",
      "“We will be back in bigger numbers if the minister does not listen.”",
      "Nearly 2,000 officers were on duty.",
    ].join("\n\n"),
  },
  {
    input: "march/4",
    externalId: "the-observer-review-1",
    source: "The Sunday Review",
    url: "https://sundayreview.example/politics/how-many-marched",
    publishedAt: "2026-11-29T09:00:00Z",
    title: "How many really marched? Counting Saturday's crowd",
    originalText: [
      "Crowd figures are always political, and Saturday's were no exception.",
      "An independent analysis of aerial photographs by Crowdcount, a firm that studies public gatherings, put the crowd at between 60,000 and 90,000.",
      "“Organisers count everyone who was there at any point; police count who is there at the busiest moment,” said Dr. Helen Marsh, a lecturer in statistics who has studied crowd estimates since 2015.",
      "The Metropolitan Police said 1,987 officers were deployed, at a cost it put at £2.4 million.",
      "A police spokesperson said: “Our estimate is based on the density of the crowd at fixed points along the route.”",
    ].join("\n\n"),
  },
  {
    input: "march/5",
    externalId: "save-our-hospitals-1",
    source: "Save Our Hospitals",
    url: "https://saveourhospitals.example/statements/after-the-march",
    title: "Statement after the national march",
    originalText: [
      "Save Our Hospitals thanks the 250,000 people who marched on Saturday and the 40,000 who marched in Northport.",
      "Our hospitals have lost 14 beds a week for the last year.",
      "'Nobody voted for this,' said Fatima Rahman, the campaign's national organiser.",
      "The campaign will hold a meeting of its members on December 12.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function protestMarchArticles(): Article[] {
  return linkNearDuplicates(PROTEST_MARCH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const PROTEST_MARCH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "we knew we had to come", speaker: "Janet Moore" },
    { text: "overwhelmingly peaceful.", speaker: "Alan Price", partial: true },
    { text: "This is the biggest march for the health service", speaker: "Fatima Rahman" },
    { text: "an insult.", speaker: "Fatima Rahman", partial: true },
    { text: "We counted every coach and every train", speaker: "Fatima Rahman" },
    { text: "We will be back in bigger numbers", speaker: "Fatima Rahman" },
    { text: "Organisers count everyone who was there at any point", speaker: "Helen Marsh" },
    // An unnamed speaker is named by the description the text gives, as the transfer story has it.
    { text: "Our estimate is based on the density of the crowd", speaker: "a police spokesperson" },
    { text: "Nobody voted for this", speaker: "Fatima Rahman" },
  ],
  timeline: [
    { text: "Organisers say 250,000 people have joined the march so far", dates: ["2026-11-28"] },
    { text: "Police estimated that about 80,000 people took part in Saturday's march", dates: ["2026-11-28"] },
    { text: "A QUARTER of a million people flooded the capital yesterday", dates: ["2026-11-28"] },
    { text: "The campaign will hold a meeting of its members on December 12", dates: ["2026-12-12", null] },
  ],
  neverDated: [{ text: "who has studied crowd estimates since 2015", date: "2015" }],
  disagreements: [{ values: ["250,000", "80,000"], outlets: ["City Live", "National News Channel"] }],
  notDisagreements: [
    ["80,000", "40,000"],
    ["250,000", "40,000"],
    ["60,000", "80,000"],
    ["90,000", "80,000"],
    ["2,000", "1,987"],
    ["11", "3"],
    ["14", "6%"],
  ],
  corroboration: [{ text: "Police estimated that about 80,000 people took part", outlets: 1 }],
};
