import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * The lead's held-out batch H (session 25, 2026-12-06): texts and expectations written before any run, kept
 * outside the repository while they were unfitted and added here after (the rules its first run showed
 * missing were written from it, so it is fitted now).
 * A Legionnaires' outbreak linked to a US hotel, August 2037 (Monday 3 to Friday 7).
 */
const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "lg/1",
    externalId: "l1",
    source: "Marlow Falls Courier",
    url: "https://marlowfallscourier.example/news/legionnaires-grandview-hotel",
    publishedAt: "2037-08-03T19:00:00Z",
    title: "Legionnaires' outbreak linked to downtown hotel sickens 11",
    originalText: [
      "Eleven people have been diagnosed with Legionnaires' disease after staying at or visiting the Grandview Hotel in downtown Marlow Falls, county health officials said Monday.",
      "Seven of the 11 are in the hospital, and one, a 72-year-old man, has died.",
      "The 310-room hotel, which has 14 floors, closed its pool and spa on Sunday.",
      "“We are working closely with the health department and have closed the areas of concern,” said general manager Dana Whitcomb.",
      "An outbreak at a Cleveland hotel in 2019 sickened 18 people.",
    ].join("\n"),
  },
  {
    input: "lg/2",
    externalId: "l2",
    source: "Ohio Public Radio",
    url: "https://ohiopublicradio.example/2037/08/04/legionnaires-cases-rise",
    publishedAt: "2037-08-04T21:00:00Z",
    title: "Legionnaires' cases tied to Grandview Hotel rise to 16",
    originalText: [
      "The number of confirmed Legionnaires' cases linked to the Grandview Hotel rose to 16 on Tuesday, according to the Marlow County Health Department.",
      "Health Commissioner Dr. Alan Pruitt said: “We expect to see more cases, because the incubation period can be up to two weeks.”",
      "The man who died, identified as Walter Brennan of Dayton, was 74.",
      "Samples were taken from the hotel's cooling tower, pool and hot tub on Monday.",
      "Nine people remain hospitalized.",
    ].join("\n"),
  },
  {
    input: "lg/3",
    externalId: "l3",
    source: "Associated Wire",
    url: "https://associatedwire.example/article/ohio-hotel-legionnaires-17",
    publishedAt: "2037-08-05T22:00:00Z",
    title: "Ohio hotel Legionnaires outbreak grows; hotel offers to pay bills",
    originalText: [
      "MARLOW FALLS, Ohio (AW) — At a briefing on Wednesday, Dr. Pruitt said 17 cases had been confirmed.",
      "The hotel, which has 290 rooms, has offered to pay the medical bills of guests who fell ill.",
      "“This is a preventable disease,” said Dr. Maria Esposito, an epidemiologist at Ohio State University.",
      "Legionnaires' disease is a severe form of pneumonia caused by bacteria that grow in warm water.",
    ].join("\n"),
  },
  {
    input: "lg/4",
    externalId: "l4",
    source: "Health Desk Daily",
    url: "https://healthdeskdaily.example/outbreaks/marlow-falls-cooling-tower",
    publishedAt: "2037-08-06T20:00:00Z",
    title: "Cooling tower identified as source of Marlow Falls Legionnaires outbreak",
    originalText: [
      "Tests have confirmed that the Grandview Hotel's rooftop cooling tower was the source of the Legionnaires' outbreak in Marlow Falls, county health commissioner Dr. Alan Pruitt announced Thursday.",
      "Dr. Pruitt told Wednesday's briefing that 19 cases had been confirmed.",
      "According to Pruitt, “The tower was disinfected on Tuesday and poses no further risk.”",
      "The cooling tower sits on the roof of the 15-story building.",
      "Two more guests have died, bringing the death toll to three.",
    ].join("\n"),
  },
  {
    input: "lg/5",
    externalId: "l5",
    source: "Marlow Falls Courier",
    url: "https://marlowfallscourier.example/news/grandview-closed-until-september",
    publishedAt: "2037-08-07T18:00:00Z",
    title: "Grandview Hotel to stay closed until September after outbreak",
    originalText: [
      "The Grandview Hotel will remain closed until at least Sept. 1, its owners said Friday, as the number of Legionnaires' cases linked to it reached 21.",
      "Health officials said no new cases had been reported among people who visited after July 28.",
      "A class-action lawsuit was filed against the hotel's owner, Redstone Hospitality, in Franklin County on Thursday.",
      "“My father went there for a wedding and came home in an ambulance,” said Karen Lutz, whose father is among those still in the hospital.",
    ].join("\n"),
  },
];

export function legionnairesOutbreakArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

export const LEGIONNAIRES_OUTBREAK_EXPECTED: ExpectedFacts = {
  quotes: [
    {
      text: "We are working closely with the health department and have closed the areas of concern",
      speaker: "Dana Whitcomb",
    },
    {
      text: "We expect to see more cases, because the incubation period can be up to two weeks",
      speaker: "Alan Pruitt",
    },
    { text: "This is a preventable disease", speaker: "Maria Esposito" },
    { text: "The tower was disinfected on Tuesday and poses no further risk", speaker: "Alan Pruitt" },
    { text: "My father went there for a wedding and came home in an ambulance", speaker: "Karen Lutz" },
  ],
  timeline: [
    { text: "Eleven people have been diagnosed with Legionnaires' disease", dates: ["2037-08-03"] },
    { text: "closed its pool and spa on Sunday", dates: ["2037-08-02"] },
    { text: "rose to 16 on Tuesday", dates: ["2037-08-04"] },
    { text: "Samples were taken from the hotel's cooling tower, pool and hot tub on Monday", dates: ["2037-08-03"] },
    { text: "At a briefing on Wednesday, Dr. Pruitt said 17 cases", dates: ["2037-08-05"] },
    { text: "Dr. Pruitt told Wednesday's briefing that 19 cases", dates: ["2037-08-05"] },
    { text: "rooftop cooling tower was the source", dates: ["2037-08-06"] },
    { text: "A class-action lawsuit was filed", dates: ["2037-08-06"] },
    { text: "will remain closed until at least Sept. 1, its owners said Friday", dates: ["2037-08-07"] },
  ],
  neverDated: [
    { text: "An outbreak at a Cleveland hotel in 2019 sickened 18 people", date: "2037" },
    { text: "no new cases had been reported among people who visited after July 28", date: "2037-07-28" },
  ],
  disagreements: [
    { values: ["72", "74"], outlets: ["Marlow Falls Courier", "Ohio Public Radio"] },
    { values: ["310", "290"], outlets: ["Marlow Falls Courier", "Associated Wire"] },
    { values: ["17", "19"], outlets: ["Associated Wire", "Health Desk Daily"] },
    { values: ["14", "15"], outlets: ["Marlow Falls Courier", "Health Desk Daily"] },
  ],
  notDisagreements: [
    ["11", "16"],
    ["16", "21"],
    ["17", "21"],
    ["19", "21"],
    ["11", "17"],
    ["Seven", "Nine"],
    ["one", "three"],
    ["11", "Seven"],
    ["16", "Nine"],
    ["18", "16"],
    ["18", "17"],
    ["18", "19"],
    ["18", "21"],
    ["18", "11"],
    ["two", "14"],
    ["two", "15"],
    ["310", "14"],
    ["290", "15"],
  ],
  corroboration: [{ text: "as the number of Legionnaires' cases linked to it reached 21", outlets: 1 }],
  headline: ["21", "remain closed", "cooling tower"],
  summary: { holds: ["21"], never: [] },
  supersession: {
    apart: [
      ["Eleven people have been diagnosed", "reached 21"],
      ["rose to 16 on Tuesday", "reached 21"],
      ["Seven of the 11 are in the hospital", "Nine people remain hospitalized"],
      ["Seven of the 11 are in the hospital", "bringing the death toll to three"],
    ],
    current: ["A class-action lawsuit was filed", "will remain closed until at least Sept. 1"],
  },
};
