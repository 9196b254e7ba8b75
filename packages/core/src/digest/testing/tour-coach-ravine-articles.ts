/**
 * Held-out batch Y (lead session 34, 2026-12-08), written by heldout27 before any run; scored unfitted, then added to the bench at the session's end.
 * A coach of British and Dutch tourists plunges into a ravine on a Montenegrin mountain pass, Wednesday 13 to Monday 18 August 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tc/1",
    externalId: "y1",
    source: "Continental Press Agency",
    url: "https://continentalpressagency.example/europe/montenegro-tourist-coach-ravine",
    publishedAt: "2042-08-13T18:00:00Z",
    title: "Nine killed as tourist coach plunges into Montenegro ravine",
    originalText: [
      "PODGORICA (CPA) — Nine people were killed and 27 injured when a coach carrying foreign tourists plunged into a ravine on a mountain road in northern Montenegro on Wednesday, police said.",
      "The coach, carrying 38 passengers and two crew, left the road on a hairpin bend on the Vrana Pass at about 2.30pm and fell some 60 metres.",
      "Most of the passengers were from Britain and the Netherlands and were on a day trip from the coastal resort of Budva, 140km to the south.",
      "“The bus simply disappeared over the edge,” said Milan Radović, a lorry driver who was travelling behind it.",
      "Rescuers used ropes to bring survivors up the slope, work that took more than four hours.",
      "In 2031, 14 people died when a minibus left a road near Žabljak in fog.",
    ].join("\n"),
  },
  {
    input: "tc/2",
    externalId: "y2",
    source: "The Daily Beacon",
    url: "https://dailybeacon.example/news/brits-killed-balkan-coach-horror",
    title: "BRITS KILLED IN BALKAN COACH HORROR",
    originalText: [
      "BRITISH holidaymakers were among the dead after their coach plunged off a terrifying mountain road in Montenegro.",
      "The coach tumbled around 80 metres down the gorge before coming to rest against a tree.",
      "Families had paid £1,450 a head for the week-long Balkan tour with Yorkshire firm Dalesway Holidays.",
      "Survivor Kevin Marsh, 58, from Harrogate, said: “One second we were looking at the view, the next we were upside down.”",
      "The 53-seat coach was just three years old.",
    ].join("\n"),
  },
  {
    input: "tc/3",
    externalId: "y3",
    source: "Nidd Valley Gazette",
    url: "https://niddvalleygazette.example/news/harrogate-passengers-montenegro-coach",
    publishedAt: "2042-08-14T16:00:00Z",
    title: "Harrogate three among passengers on crashed Montenegro coach",
    originalText: [
      "Three people from Harrogate were among the 41 passengers on the coach that crashed in Montenegro yesterday, Dalesway Holidays confirmed.",
      "The toll rose to 11 overnight after two injured passengers died in hospital in Podgorica.",
      "“Our thoughts are with every family caught up in this terrible accident,” said Fiona Kettle, the firm's managing director.",
      "The firm, founded in 1988, runs about 90 tours abroad each year.",
      "The Foreign Office said it was supporting the families of 17 British nationals.",
    ].join("\n"),
  },
  {
    input: "tc/4",
    externalId: "y4",
    source: "Continental Press Agency",
    url: "https://continentalpressagency.example/europe/montenegro-coach-driver-arrested",
    publishedAt: "2042-08-15T11:00:00Z",
    title: "Driver arrested over Montenegro coach crash",
    originalText: [
      "PODGORICA (CPA) — The driver of the coach that plunged into a ravine on Wednesday has been arrested on suspicion of causing death by dangerous driving, prosecutors said on Friday.",
      "The driver, a 52-year-old Montenegrin man, survived with a broken leg.",
      "Investigators believe the coach was travelling at about 70km/h on a stretch with a 40km/h limit, chief prosecutor Ana Lekić said.",
      "According to Lekić, “the tachograph tells a very clear story.”",
      "The death toll stands at 11; 16 people remain in hospital, four of them in intensive care.",
    ].join("\n"),
  },
  {
    input: "tc/5",
    externalId: "y5",
    source: "Adriatic Times",
    url: "https://adriatictimes.example/region/coach-driver-held-vrana-pass",
    publishedAt: "2042-08-15T14:30:00Z",
    title: "Coach driver held after Vrana Pass crash",
    originalText: [
      "Prosecutors said on Friday that the driver of a tourist coach that fell into a ravine in northern Montenegro on Wednesday had been arrested on suspicion of causing death by dangerous driving.",
      "The 52-year-old Montenegrin driver suffered a broken leg in the crash.",
      "The coach is believed to have been doing about 70km/h where the limit is 40km/h, chief prosecutor Ana Lekić said.",
      "According to Lekić, “the tachograph tells a very clear story.”",
      "Eleven people have died; 16 are still in hospital, four in intensive care. (CPA)",
    ].join("\n"),
  },
  {
    input: "tc/6",
    externalId: "y6",
    source: "Travel Trade Weekly",
    url: "https://traveltradeweekly.example/operators/dalesway-suspends-balkan-coach-tours",
    publishedAt: "2042-08-18T09:00:00Z",
    title: "Dalesway suspends Balkan coach tours after fatal crash",
    originalText: [
      "Dalesway Holidays has suspended all its Balkan coach tours after last Wednesday's crash on the Vrana Pass, which killed 11 people.",
      "The driver, 49, had worked for the Montenegrin coach operator Tara Line for six years.",
      "Customers booked on the tour, which sells for £1,250 per person, will be offered full refunds or a transfer to another holiday.",
      "Tara Line has offered €5,000 to each victim's family; lawyers for the families are seeking €150,000 each.",
      "The coach had passed its annual inspection in May, Tara Line said.",
      "“Operators must check who they are subcontracting to” — Paul Haddow, chief executive of the Association of Coach Tour Operators.",
    ].join("\n"),
  },
];

export function tourCoachRavineArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Montenegro is UTC+2: every stamp falls on the same
 * local day). "On Wednesday" in Wednesday's wire and in Friday's wire and its rewrite is 13 August;
 * "yesterday" in Thursday's Gazette is the 13th; "on Friday" in Friday's stories is the 15th; "last
 * Wednesday" in a Monday trade story is the 13th; "in May" in August is this year's. The Beacon's story
 * is undated and names no day. Adriatic Times rewrites the agency's Friday story with a credit line.
 */
export const TOUR_COACH_RAVINE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The bus simply disappeared over the edge", speaker: "Milan Radović" },
    {
      text: "One second we were looking at the view, the next we were upside down",
      speaker: "Kevin Marsh",
    },
    { text: "Our thoughts are with every family caught up in this terrible accident", speaker: "Fiona Kettle" },
    // Opening in lower case after "According to …,", by surname only: partial, the prosecutor named before.
    { text: "the tachograph tells a very clear story", speaker: "Ana Lekić", partial: true },
    { text: "Operators must check who they are subcontracting to", speaker: "Paul Haddow" },
  ],
  timeline: [
    { text: "plunged into a ravine on a mountain road in northern Montenegro on Wednesday", dates: ["2042-08-13"] },
    { text: "on the coach that crashed in Montenegro yesterday", dates: ["2042-08-13"] },
    {
      text: "has been arrested on suspicion of causing death by dangerous driving, prosecutors said on Friday",
      dates: ["2042-08-15"],
    },
    {
      text: "Dalesway Holidays has suspended all its Balkan coach tours after last Wednesday's crash",
      dates: ["2042-08-13", "2042-08-18"],
    },
    { text: "The coach had passed its annual inspection in May", dates: ["2042-05"] },
  ],
  neverDated: [
    { text: "In 2031, 14 people died when a minibus left a road", date: "2031" },
    { text: "The firm, founded in 1988", date: "1988" },
    { text: "The coach had passed its annual inspection in May", date: "2043-05" },
    // "Last Wednesday" in a Monday story is the Wednesday gone.
    { text: "after last Wednesday's crash on the Vrana Pass", date: "2042-08-20", exact: true },
  ],
  disagreements: [
    // Passengers on board: the agency's count against the tour firm's, one before "passengers" after a verb, one after "among the".
    { values: ["38", "41"], outlets: ["Continental Press Agency", "Nidd Valley Gazette"] },
    // How far the coach fell: "fell some 60 metres" against "tumbled around 80 metres".
    { values: ["60", "80"], outlets: ["Continental Press Agency", "The Daily Beacon"] },
    // The driver's age: "a 52-year-old" (the agency; its rewrite counts once) against ", 49,".
    { values: ["52", "49"], outlets: ["Continental Press Agency", "Travel Trade Weekly"] },
    // The price of the one tour: "£1,450 a head" against "sells for £1,250 per person".
    { values: ["1,450", "1,250"], outlets: ["The Daily Beacon", "Travel Trade Weekly"] },
  ],
  notDisagreements: [
    // A toll that rose overnight.
    ["Nine", "11"],
    ["Nine", "Eleven"],
    // The injured on the day against those still in hospital, and those in intensive care.
    ["27", "16"],
    ["16", "four"],
    // Passengers against the dead and injured; seats against passengers.
    ["38", "27"],
    ["41", "11"],
    ["53", "41"],
    ["53", "38"],
    // Speed against the limit.
    ["70", "40"],
    // An offer against a demand.
    ["5,000", "150,000"],
    // A 2031 precedent.
    ["14", "11"],
    ["14", "Nine"],
    // The fall against the distance from the resort.
    ["60", "140"],
    ["80", "140"],
    // A part against the whole: Harrogate passengers, British nationals, all passengers.
    ["Three", "17"],
    ["17", "41"],
    // A survivor's age against the driver's.
    ["58", "52"],
    ["58", "49"],
  ],
  corroboration: [
    // The toll at 11: the Gazette, the agency (with its rewrite, once) and the trade weekly, in other words.
    { text: "The toll rose to 11 overnight after two injured passengers died", outlets: 3 },
    // The arrest: the agency and its rewrite count once.
    { text: "has been arrested on suspicion of causing death by dangerous driving", outlets: 1 },
    { text: "Three people from Harrogate were among the 41 passengers", outlets: 1 },
  ],
  headline: ["suspend", "suspended", "arrested"],
  summary: {
    holds: ["11"],
    never: ["Nine people were killed and 27 injured"],
  },
  sameEntry: [
    [
      "plunged into a ravine on a mountain road in northern Montenegro on Wednesday",
      "on the coach that crashed in Montenegro yesterday",
    ],
  ],
  order: [
    "The coach had passed its annual inspection in May",
    "plunged into a ravine on a mountain road in northern Montenegro on Wednesday",
    "has been arrested on suspicion of causing death by dangerous driving, prosecutors said on Friday",
  ],
  supersession: {
    apart: [
      ["Nine people were killed and 27 injured", "The death toll stands at 11"],
      ["Nine people were killed and 27 injured", "The toll rose to 11 overnight"],
    ],
    current: [
      "The coach had passed its annual inspection in May",
      "lawyers for the families are seeking €150,000 each",
      "supporting the families of 17 British nationals",
    ],
  },
};
