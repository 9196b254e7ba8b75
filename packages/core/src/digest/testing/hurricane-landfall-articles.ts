import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline12, 2026-12-05, before its author read
 * more of the date code): six articles from five outlets on Hurricane Delphine, which strengthened
 * on Sunday 11 October 2026 and made landfall near Port Arden on the Gulf coast early on Tuesday 13
 * October. A wire story and its rewrite on the Sunday; a live blog on the Tuesday morning (local
 * time stamps, "tonight", a toll that rises within the morning); a national paper on the Wednesday
 * ("early Tuesday", "Tuesday night", "this week", an insurance deadline "by Jan. 15" across the
 * year end); an undated neighbourhood page ("this week", "on Friday evening", which stay undated);
 * the local paper on the Thursday (a higher toll, the curfew lifted "on Saturday", aid "from
 * Monday"). Traps: Hurricane Ivan "in 2004" and a market "built in 1928" as background; "last
 * week's forecast" inside a sentence about the landfall; the tolls 3, seven, 12 and 15 are a figure
 * that changes over time. The power cut is counted by the utility (more than 400,000) and by the
 * state agency (about 380,000) on the same Tuesday morning. Test support only.
 */
const HURRICANE_LANDFALL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "hurricane/1",
    externalId: "gulf-press-1",
    source: "Gulf Press Service",
    url: "https://gulfpress.example/2026/10/11/delphine-category-3",
    publishedAt: "2026-10-11T20:00:00Z",
    title: "Hurricane Delphine strengthens, takes aim at Port Arden",
    originalText: [
      "PORT ARDEN (Gulf Press Service) — Hurricane Delphine strengthened to a Category 3 storm on Sunday and is expected to make landfall near Port Arden early Tuesday, the National Hurricane Center said.",
      "Gov. Laura Whitfield ordered the mandatory evacuation of three coastal counties beginning at 6 a.m. Monday.",
      "A curfew will take effect in Port Arden at 8 p.m. on Monday and last until the storm has passed, Mayor Luis Ortega said.",
      "Delphine would be the strongest hurricane to strike the city since Hurricane Ivan in 2004.",
      "“If you are told to leave, leave. Do not wait for Monday night,” Whitfield said.",
    ].join("\n\n"),
  },
  {
    input: "hurricane/2",
    externalId: "bayou-courier-1",
    source: "Bayou Courier",
    url: "https://bayoucourier.example/weather/delphine-port-arden-braces",
    publishedAt: "2026-10-11T21:30:00Z",
    title: "Delphine now a Category 3 hurricane as Port Arden braces",
    originalText: [
      "Hurricane Delphine strengthened to a Category 3 storm on Sunday and is expected to make landfall near Port Arden early Tuesday, according to the National Hurricane Center.",
      "Gov. Laura Whitfield ordered three coastal counties to evacuate starting at 6 a.m. Monday.",
      "Port Arden will be under a curfew from 8 p.m. Monday, Mayor Luis Ortega said.",
      "“If you are told to leave, leave. Do not wait for Monday night,” Whitfield said.",
      "Get the Bayou Courier's storm alerts on your phone: subscribe today.",
    ].join("\n\n"),
  },
  {
    input: "hurricane/3",
    externalId: "coastal-ledger-live-1",
    source: "Coastal Ledger",
    url: "https://coastalledger.example/live/hurricane-delphine-landfall",
    publishedAt: "2026-10-13T11:30:00-05:00",
    title: "Hurricane Delphine live: storm makes landfall near Port Arden",
    originalText: [
      "Updated 11:30 a.m.",
      "2:10 a.m. — Delphine made landfall near Port Arden as a Category 4 hurricane with winds of 140 mph, the National Hurricane Center said.",
      "The storm came ashore about 60 miles west of where last week's forecast had placed it.",
      "5:40 a.m. — At least 3 people have died, the Arden County sheriff's office said.",
      "8:15 a.m. — The death toll has risen to seven, Whitfield said at a briefing.",
      "More than 400,000 homes and businesses are without power, according to Gulf Power & Light.",
      "9:50 a.m. — The storm is expected to weaken to a tropical storm tonight as it moves inland over Mississippi.",
      "A dusk-to-dawn curfew will remain in force in Port Arden tonight and Wednesday night, Ortega said.",
      "“We have water in places that have never flooded, not in 2004, not ever,” Ortega said.",
    ].join("\n\n"),
  },
  {
    input: "hurricane/4",
    externalId: "daily-record-1",
    source: "The Daily Record",
    url: "https://dailyrecord.example/us/delphine-toll-rises",
    publishedAt: "2026-10-14T12:00:00Z",
    title: "Delphine's toll rises to 12 as rescuers search flooded Port Arden",
    originalText: [
      "The death toll from Hurricane Delphine rose to 12 on Tuesday night, Gov. Laura Whitfield said, as rescuers in boats searched flooded neighbourhoods of Port Arden.",
      "The storm surge reached 14 feet early Tuesday, the highest ever recorded in the city.",
      "About 380,000 homes and businesses had lost power by Tuesday morning, the state emergency agency said.",
      "Schools in the three coastal counties will stay closed this week, officials said.",
      "Homeowners must also file insurance claims by Jan. 15 to be covered under the state's emergency rules, the insurance commissioner said.",
      "“The water is going down, but the work is only beginning,” Whitfield said.",
    ].join("\n\n"),
  },
  {
    input: "hurricane/5",
    externalId: "eastside-neighbours-1",
    source: "Eastside Neighbours",
    url: "https://eastsideneighbours.example/posts/after-delphine",
    title: "After Delphine: how to help",
    originalText: [
      "Volunteers handed out water and hot meals at Grace Chapel this week.",
      "The storm tore the roof off the old fish market, built in 1928.",
      "With the toll now at 12, the chapel will hold a vigil on Friday evening.",
      "“We lost the roof, but we did not lose each other,” said Pastor Ruth Adeyemi.",
    ].join("\n\n"),
  },
  {
    input: "hurricane/6",
    externalId: "port-arden-gazette-1",
    source: "Port Arden Gazette",
    url: "https://portardengazette.example/news/delphine-toll-15-curfew",
    publishedAt: "2026-10-15T22:00:00Z",
    title: "Delphine death toll reaches 15; Port Arden to lift curfew Saturday",
    originalText: [
      "The death toll from Hurricane Delphine rose to 15 on Thursday after search teams found two bodies in a flooded house on the Eastside and a third near the harbour.",
      "Mayor Luis Ortega said the city would lift its curfew at 6 a.m. on Saturday.",
      "Power has been restored to about 200,000 of the 400,000 customers who lost it, Gulf Power & Light said on Thursday.",
      "Delphine was the deadliest storm to hit Port Arden since Hurricane Ivan in 2004, which killed 11 people in the county.",
      "Federal aid offices will open from Monday, the governor's office said.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function hurricaneLandfallArticles(): Article[] {
  return linkNearDuplicates(HURRICANE_LANDFALL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen (after the first run, the undated page's
 * vigil "on Friday evening", a plan, was taken off the expected entries: plans in undated articles
 * are no entries; it is still a sentence that must get no date). The utility's "more than 400,000"
 * without power and the state agency's "about 380,000" are one count of one Tuesday morning; the
 * tolls rise over three days (a development); Ivan's 11 dead in 2004 are another storm.
 */
export const HURRICANE_LANDFALL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "If you are told to leave, leave", speaker: "Laura Whitfield" },
    { text: "We have water in places that have never flooded", speaker: "Luis Ortega" },
    { text: "The water is going down, but the work is only beginning", speaker: "Laura Whitfield" },
    { text: "We lost the roof, but we did not lose each other", speaker: "Ruth Adeyemi" },
  ],
  timeline: [
    { text: "Hurricane Delphine strengthened to a Category 3 storm on Sunday", dates: ["2026-10-11"] },
    { text: "ordered the mandatory evacuation of three coastal counties", dates: ["2026-10-11", "2026-10-12"] },
    { text: "A curfew will take effect in Port Arden at 8 p.m. on Monday", dates: ["2026-10-12"] },
    { text: "Delphine made landfall near Port Arden as a Category 4 hurricane", dates: ["2026-10-13"] },
    { text: "where last week's forecast had placed it", dates: ["2026-10-13"] },
    { text: "At least 3 people have died", dates: ["2026-10-13"] },
    { text: "The death toll has risen to seven", dates: ["2026-10-13"] },
    { text: "The storm is expected to weaken to a tropical storm tonight", dates: ["2026-10-13"] },
    { text: "A dusk-to-dawn curfew will remain in force in Port Arden tonight", dates: ["2026-10-13"] },
    { text: "The death toll from Hurricane Delphine rose to 12 on Tuesday night", dates: ["2026-10-13"] },
    { text: "The storm surge reached 14 feet early Tuesday", dates: ["2026-10-13"] },
    // The week of Wednesday 14 October (the schema's week precision is dated by the week's Monday).
    { text: "Schools in the three coastal counties will stay closed this week", dates: ["2026-10-12", "2026-10-14"] },
    // A deadline ahead, across the year end.
    { text: "Homeowners must also file insurance claims by Jan. 15", dates: ["2027-01-15"] },
    { text: "The death toll from Hurricane Delphine rose to 15 on Thursday", dates: ["2026-10-15"] },
    { text: "the city would lift its curfew at 6 a.m. on Saturday", dates: ["2026-10-17"] },
    { text: "Power has been restored to about 200,000", dates: ["2026-10-15"] },
    { text: "Federal aid offices will open from Monday", dates: ["2026-10-19"] },
    // The undated page: its week cannot be placed (its Friday's vigil, a plan, is no entry).
    { text: "Volunteers handed out water and hot meals at Grace Chapel this week", dates: [null] },
  ],
  neverDated: [
    { text: "where last week's forecast had placed it", date: "2026-10-05" },
    { text: "where last week's forecast had placed it", date: "2026-10-06" },
    { text: "Delphine made landfall near Port Arden as a Category 4 hurricane", date: "2026-10-14" },
    { text: "We have water in places that have never flooded", date: "2004" },
    { text: "The storm surge reached 14 feet early Tuesday", date: "2026-10-20" },
    { text: "Homeowners must also file insurance claims by Jan. 15", date: "2026-01-15" },
    { text: "The storm tore the roof off the old fish market", date: "1928" },
    { text: "the chapel will hold a vigil on Friday evening", date: "2026" },
    { text: "the city would lift its curfew at 6 a.m. on Saturday", date: "2026-10-10" },
    { text: "Federal aid offices will open from Monday", date: "2026-10-12" },
  ],
  disagreements: [{ values: ["400,000", "380,000"], outlets: ["Coastal Ledger", "The Daily Record"] }],
  notDisagreements: [
    // A toll that rises over three days, and another storm's.
    ["3", "12"],
    ["12", "15"],
    ["11", "12"],
    ["11", "15"],
    // Customers restored against customers cut off.
    ["200,000", "400,000"],
    ["200,000", "380,000"],
  ],
  corroboration: [
    // The Bayou Courier's story is the wire's, rewritten: one outlet.
    { text: "Hurricane Delphine strengthened to a Category 3 storm on Sunday", outlets: 1 },
  ],
  headline: ["15", "curfew"],
};
