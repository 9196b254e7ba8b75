import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts33 (2026-12-06, before running any code on it): five
 * articles from five outlets on a landslide that buried part of the hillside village of Sarno Alto
 * before dawn on Monday 9 September 2030. Real disagreements: the dead on Tuesday (26 for the civil
 * protection agency in an evening paper, 28 for the regional governor on the radio the same evening),
 * how far the slide ran ("swept mud and rocks 2 kilometres down the valley" against "travelled 1.5 km"),
 * and the blankets given out on Tuesday (2,500 "handed out" by the Red Cross against 1,800 "were given
 * to the displaced" for the prefecture). Traps: Monday's first toll and Wednesday's (updates), the
 * missing, the rain forecast against the rain that fell, rescuers and the soldiers among them, the
 * village's residents and those moved to a hall, homes destroyed as the mayor first put them and as he
 * revised them, aid promised against aid asked for. Test support only.
 */
const HILLSIDE_LANDSLIDE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "landslide/1",
    externalId: "l1",
    source: "Global Press Agency",
    url: "https://globalpressagency.example/world/sarno-alto-landslide",
    publishedAt: "2030-09-09T10:00:00Z",
    title: "Landslide buries hillside village after heavy rain",
    originalText: [
      "A landslide buried part of the hillside village of Sarno Alto before dawn on Monday after two days of heavy rain, civil protection officials said.",
      "At least 11 people were killed and dozens are missing, officials said.",
      "Forecasters had predicted up to 150 millimetres of rain over the weekend.",
      "“The mountain simply came down on the houses,” said the civil protection chief, Marco Ferri.",
    ].join("\n"),
  },
  {
    input: "landslide/2",
    externalId: "l2",
    source: "Valdera Daily",
    url: "https://valderadaily.example/news/sarno-alto-search",
    publishedAt: "2030-09-10T07:00:00Z",
    title: "Hundreds search the mud at Sarno Alto",
    originalText: [
      "The slide swept mud and rocks 2 kilometres down the valley, the regional geologist, Elena Conti, said.",
      "Some 600 rescuers, including 200 soldiers, were searching the debris on Monday night.",
      "About 80 homes were destroyed, the mayor, Paolo Russo, said.",
      "The village's 1,400 residents had been warned to leave on Sunday, according to the prefecture.",
    ].join("\n"),
  },
  {
    input: "landslide/3",
    externalId: "l3",
    source: "Coastal Times",
    url: "https://coastaltimes.example/news/landslide-toll-rises",
    publishedAt: "2030-09-10T18:00:00Z",
    title: "Landslide toll rises as rain eases",
    originalText: [
      "The death toll rose to 26 on Tuesday, the civil protection agency said.",
      "A total of 230 millimetres of rain fell in 48 hours, the weather service said.",
      "The mudslide travelled 1.5 km before it stopped at the river.",
      "The Red Cross handed out 2,500 blankets at a sports hall in the valley on Tuesday.",
      "“I heard a roar and then the lights went out,” said survivor Giulia Marino.",
    ].join("\n"),
  },
  {
    input: "landslide/4",
    externalId: "l4",
    source: "Radio Sud",
    url: "https://radiosud.example/news/sarno-alto-governor",
    publishedAt: "2030-09-10T20:00:00Z",
    title: "Governor says 28 dead in Sarno Alto",
    originalText: [
      "At least 28 people have died, the regional governor said on Tuesday evening.",
      "About 900 people have been moved to the sports hall.",
      "Some 1,800 blankets were given to the displaced on Tuesday, the prefecture said.",
      "The government has promised 5 million euros in emergency aid.",
      "The mayor has asked for 20 million euros.",
    ].join("\n"),
  },
  {
    input: "landslide/5",
    externalId: "l5",
    source: "Relief Monitor",
    url: "https://reliefmonitor.example/reports/sarno-alto-day-three",
    publishedAt: "2030-09-11T12:00:00Z",
    title: "Sarno Alto toll reaches 31",
    originalText: [
      "The death toll reached 31 on Wednesday, and eight people are still missing, the civil protection agency said.",
      "The mayor said on Wednesday that 94 homes had been destroyed, more than he had first thought.",
      "Rescuers will keep searching until the weekend, Marco Ferri said.",
      "“Every hour counts for the families who are still waiting,” said Red Cross coordinator Luca Bianchi.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function hillsideLandslideArticles(): Article[] {
  return linkNearDuplicates(HILLSIDE_LANDSLIDE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts33 (2026-12-06), before running any code on them. "On Monday"
 * in a Monday paper is that day; "on Monday night" in a Tuesday morning paper is the day before; "on
 * Tuesday" in a Tuesday paper is that day; "on Sunday" in a Tuesday paper is two days before.
 */
export const HILLSIDE_LANDSLIDE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The mountain simply came down on the houses", speaker: "Marco Ferri" },
    { text: "I heard a roar and then the lights went out", speaker: "Giulia Marino" },
    { text: "Every hour counts for the families who are still waiting", speaker: "Luca Bianchi" },
  ],
  timeline: [
    { text: "A landslide buried part of the hillside village of Sarno Alto", dates: ["2030-09-09"] },
    { text: "were searching the debris on Monday night", dates: ["2030-09-09"] },
    { text: "had been warned to leave on Sunday", dates: ["2030-09-08"] },
    { text: "The death toll rose to 26 on Tuesday", dates: ["2030-09-10"] },
    { text: "At least 28 people have died, the regional governor said on Tuesday evening", dates: ["2030-09-10"] },
    { text: "The death toll reached 31 on Wednesday", dates: ["2030-09-11"] },
  ],
  neverDated: [{ text: "had been warned to leave on Sunday", date: "2030-09-15", exact: true }],
  disagreements: [
    // The dead on one Tuesday evening: the civil protection agency's toll against the governor's.
    { values: ["26", "28"], outlets: ["Coastal Times", "Radio Sud"] },
    // How far the slide ran, in two ways of telling a distance.
    { values: ["2", "1.5"], outlets: ["Valdera Daily", "Coastal Times"] },
    // Blankets given out on Tuesday, by a subject and in the passive.
    { values: ["2,500", "1,800"], outlets: ["Coastal Times", "Radio Sud"] },
  ],
  notDisagreements: [
    // Monday's first toll and Wednesday's, against Tuesday's.
    ["11", "26"],
    ["11", "28"],
    ["26", "31"],
    ["28", "31"],
    // The missing against the dead.
    ["eight", "31"],
    // Rain forecast against rain that fell.
    ["150", "230"],
    // Rescuers and the soldiers among them; residents and those moved to the hall.
    ["600", "200"],
    ["1,400", "900"],
    // Homes destroyed, as the mayor first put them and as he revised them.
    ["80", "94"],
    // Aid promised against aid asked for.
    ["5 million", "20 million"],
    // Blankets against the people moved.
    ["900", "1,800"],
    ["900", "2,500"],
  ],
  corroboration: [{ text: "A total of 230 millimetres of rain fell in 48 hours", outlets: 1 }],
};
