import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes26 (2026-12-06, before running any code on it): five
 * articles from four outlets (three British, one American) on the Bristol Harbourside Marathon, stopped
 * in 31C heat on Sunday 11 June 2028, the questions put to its organisers on Monday and a runner's
 * recovery. Quote styles: "Race director X said: “… …”", "Supt X, of … Police, said …" then "she
 * said", "A Met Office spokesman said: “…”", British single quotes with "he said" after one man is
 * named and again after a woman and a second man, "‘…,’ Dr X said", "Cllr X said", "he said" and "she
 * said" after "X and Y met …", "A spokesman for the ambulance service said: “…”", American "said Dr.
 * X, a sports physiologist", a partial quote ending ".”", an em-dash line signed by a runner named
 * in other articles, "In a statement, the Trust said the man was “…”". Traps: runners told to treat the
 * last miles as a ‘fun run’ (a label in a paraphrase), the council's “cooling stations” "according to
 * several runners", a headline quote, a headline's ‘improving’. Named harbourside-marathon because
 * the brief's marathon-heat-articles.ts already holds another session's story (not read before writing
 * this one). Test support only.
 */
const HARBOURSIDE_MARATHON_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "marathon/1",
    externalId: "mh1",
    source: "BBC News",
    url: "https://bbc.example/news/uk-england-bristol-marathon-heat",
    publishedAt: "2028-06-11T15:30:00Z",
    title: "Bristol marathon cut short as runners collapse in heat",
    originalText: [
      "The Bristol Harbourside Marathon was stopped after three and a half hours on Sunday as temperatures reached 31C and dozens of runners needed treatment.",
      "Race director Gareth Pryce said: “We made the call at 11:40 to stop the race. The safety of runners comes before everything else.”",
      "Supt Helen Cartwright, of Avon and Somerset Police, said 47 people had been taken to hospital, two of them in a serious condition.",
      "“I would ask people to stay away from the finish area so that ambulances can get through,” she said.",
      "A Met Office spokesman said: “Temperatures in Bristol were about eight degrees above the June average.”",
      "Many runners said they had been told to treat the final miles as a ‘fun run’ once the race was stopped.",
    ].join("\n"),
  },
  {
    input: "marathon/2",
    externalId: "mh2",
    source: "The Guardian",
    url: "https://guardian.example/uk-news/2028/jun/12/bristol-marathon-runners-heat",
    publishedAt: "2028-06-12T06:00:00Z",
    title: "‘It was like running into an oven’: Bristol marathon runners describe heat ordeal",
    originalText: [
      "Tom Beddoes, a 34-year-old teacher from Bath, had trained for six months for his first marathon.",
      "‘It was like running into an oven,’ he said. ‘At mile 18 I started seeing double.’",
      "Beddoes was treated in a medical tent at Hotwells and released.",
      "Dr Aisha Rahman, an emergency medicine consultant at the Bristol Royal Infirmary, said staff had treated runners with body temperatures above 40C.",
      "‘Heatstroke is a medical emergency. Some of these runners were very, very unwell when they arrived,’ Dr Rahman said.",
      "Pryce, the race director, defended the decision not to postpone the race on Saturday, when the forecast was already for more than 28C.",
      "‘We took advice from the Met Office and from the ambulance service,’ he said. ‘On that advice, the race was safe to start.’",
    ].join("\n"),
  },
  {
    input: "marathon/3",
    externalId: "mh3",
    source: "Bristol Post",
    url: "https://bristolpost.example/news/bristol-news/marathon-organisers-face-questions",
    publishedAt: "2028-06-12T14:00:00Z",
    title: "Marathon organisers face questions over heat plan",
    originalText: [
      "Organisers of the Bristol Harbourside Marathon are facing questions over why the race went ahead on Sunday despite a heat warning issued two days earlier.",
      "Cllr Hugh Ventnor, the city council’s cabinet member for public health, said he had written to the organisers asking for their risk assessment.",
      "“People have a right to know what advice was given and whether it was followed,” Cllr Ventnor said.",
      "Pryce and Cartwright met council officials on Monday morning.",
      "“We will publish everything,” he said after the meeting.",
      "“There is no criminal investigation,” she said.",
      "A spokesman for the ambulance service said: “Crews dealt with 112 calls from the race route, the most we have had at any event.”",
      "The council’s “cooling stations” along the route ran out of water by mid-morning, according to several runners.",
    ].join("\n"),
  },
  {
    input: "marathon/4",
    externalId: "mh4",
    source: "Runner’s Journal",
    url: "https://runnersjournal.example/news/bristol-marathon-heat-experts",
    publishedAt: "2028-06-13T16:00:00Z",
    title: "What went wrong in Bristol? Experts weigh in on marathon heat crisis",
    originalText: [
      "Organizers of Sunday’s Bristol Harbourside Marathon in England stopped the race after 3 hours 30 minutes as temperatures hit 88 degrees Fahrenheit.",
      "“Once the temperature passes about 80 degrees, the risk curve goes almost vertical,” said Dr. Neil Sorensen, a sports physiologist at the University of Oregon.",
      "Sorensen said races should set a temperature at which they are automatically canceled.",
      "“A race director on the morning of the race is under enormous pressure to go ahead. A rule takes that pressure away,” he said.",
      "Pryce told British reporters that the event had followed “every piece of guidance available to us.”",
      "“I’m not going to run another one in June, that’s for sure.” — Tom Beddoes, a runner treated for heat exhaustion",
    ].join("\n"),
  },
  {
    input: "marathon/5",
    externalId: "mh5",
    source: "BBC News",
    url: "https://bbc.example/news/uk-england-bristol-marathon-runner-improving",
    publishedAt: "2028-06-13T19:00:00Z",
    title: "Bristol marathon: Runner in serious condition ‘improving’",
    originalText: [
      "One of the two runners who were in a serious condition after Sunday’s Bristol Harbourside Marathon is improving, the hospital said.",
      "In a statement, North Bristol NHS Trust said the man was “awake and talking to his family”.",
      "Supt Cartwright said police had spoken to both runners’ families.",
      "The race’s organisers said they would commission an independent review.",
      "Gareth Pryce said: “Whatever the review finds, we will act on it. I owe that to every runner who was hurt.”",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function harboursideMarathonArticles(): Article[] {
  return linkNearDuplicates(HARBOURSIDE_MARATHON_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes26 (2026-12-06), before running any code on them. No real
 * disagreement: 31C and 88 degrees Fahrenheit are one heat, three and a half hours and 3 hours 30
 * minutes one time.
 */
export const HARBOURSIDE_MARATHON_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We made the call at 11:40 to stop the race.", speaker: "Gareth Pryce" },
    { text: "The safety of runners comes before everything else.", speaker: "Gareth Pryce" },
    { text: "I would ask people to stay away from the finish area", speaker: "Helen Cartwright" },
    {
      text: "Temperatures in Bristol were about eight degrees above the June average.",
      speaker: "a Met Office spokesman",
    },
    { text: "It was like running into an oven", speaker: "Tom Beddoes" },
    { text: "At mile 18 I started seeing double.", speaker: "Tom Beddoes" },
    { text: "Heatstroke is a medical emergency.", speaker: "Aisha Rahman" },
    { text: "Some of these runners were very, very unwell when they arrived", speaker: "Aisha Rahman" },
    // "he said" after Pryce, the last man named (Beddoes before him, Dr Rahman a woman).
    { text: "We took advice from the Met Office and from the ambulance service", speaker: "Gareth Pryce" },
    { text: "On that advice, the race was safe to start.", speaker: "Gareth Pryce" },
    { text: "People have a right to know what advice was given", speaker: "Hugh Ventnor" },
    // "he said" and "she said" after "Pryce and Cartwright met …": the man, then the woman.
    { text: "We will publish everything", speaker: "Gareth Pryce" },
    { text: "There is no criminal investigation", speaker: "Helen Cartwright" },
    { text: "Crews dealt with 112 calls from the race route", speaker: "a spokesman for the ambulance service" },
    { text: "Once the temperature passes about 80 degrees", speaker: "Neil Sorensen" },
    {
      text: "A race director on the morning of the race is under enormous pressure to go ahead.",
      speaker: "Neil Sorensen",
    },
    { text: "A rule takes that pressure away", speaker: "Neil Sorensen" },
    { text: "every piece of guidance available to us", speaker: "Gareth Pryce", partial: true },
    { text: "I’m not going to run another one in June, that’s for sure.", speaker: "Tom Beddoes" },
    { text: "awake and talking to his family", speaker: "North Bristol NHS Trust", partial: true },
    { text: "Whatever the review finds, we will act on it.", speaker: "Gareth Pryce" },
    { text: "I owe that to every runner who was hurt.", speaker: "Gareth Pryce" },
    // Not quotes: the ‘fun run’ label in a paraphrase, the “cooling stations” as runners name them.
  ],
  timeline: [
    {
      text: "The Bristol Harbourside Marathon was stopped after three and a half hours on Sunday",
      dates: ["2028-06-11"],
    },
    { text: "Pryce and Cartwright met council officials on Monday morning.", dates: ["2028-06-12"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["31C", "88 degrees"],
    ["47", "112"],
    ["40C", "31C"],
    ["28C", "31C"],
  ],
  corroboration: [],
};
