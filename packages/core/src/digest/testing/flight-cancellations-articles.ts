import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of figures code (disagree11, 2026-12-05, before its author
 * read the disagreement code further than the attributive figures): six articles from five outlets
 * about an airline's computer failure (Friday 11 to Monday 14 June 2027). Two real disagreements:
 * the flights cancelled on Friday (1,180 in one outlet, 1,450 in another) and the passengers who
 * spent Friday night at Harlow Airport (about 4,000 against 2,800). Traps: the airline's own revised
 * count of passengers affected (60,000, then 75,000), passengers a day against passengers over three
 * days, a range of 30 to 40 aircraft against 35, "at least 12" airports against 15, a forecast share
 * of the schedule against the share flown, Saturday's cancellations against the total since Friday,
 * compensation in euros and pounds, a fall in percentage points beside a fall in percent, two
 * airports' cancellations, a figure in a quote (moved to partners) against the narration
 * (rebooked), a wire report rewritten by a second paper and an undated, untitled forum post.
 * Test support only.
 */
const FLIGHT_CANCELLATIONS_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "outage/1",
    externalId: "transit-wire-1",
    source: "Transit Wire",
    url: "https://transitwire.example/2027/06/11/aurora-air-systems-failure",
    publishedAt: "2027-06-11T20:00:00Z",
    title: "Aurora Air grounds flights after computer failure",
    originalText: [
      "Aurora Air grounded flights across its network on Friday after a failure in its crew scheduling system, the airline said.",
      "About 60,000 passengers were affected, Aurora said in a statement on Friday evening.",
      "Flights were disrupted at at least 12 airports, from Harlow to Lisbon.",
      "“We are deeply sorry, and we are working through the night to fix it,” chief executive Dana Okafor said.",
      "The airline carries about 180,000 passengers a day in June.",
    ].join("\n\n"),
  },
  {
    input: "outage/2",
    externalId: "daily-ledger-1",
    source: "Daily Ledger",
    url: "https://dailyledger.example/travel/aurora-air-grounds-flights",
    publishedAt: "2027-06-11T22:15:00Z",
    title: "Aurora Air flights grounded by computer failure",
    originalText: [
      "Aurora Air grounded flights across its network on Friday after a failure in its crew scheduling system, the airline said.",
      "About 60,000 passengers were affected, Aurora said in a statement on Friday evening.",
      "“We are deeply sorry, and we are working through the night to fix it,” chief executive Dana Okafor said.",
      "The airline carries about 180,000 passengers a day in June.",
    ].join("\n\n"),
  },
  {
    input: "outage/3",
    externalId: "airport-journal-1",
    source: "Airport Journal",
    url: "https://airportjournal.example/2027/06/12/aurora-cancellations",
    publishedAt: "2027-06-12T12:00:00Z",
    title: "Aurora cancels 1,180 flights as crews are left without rosters",
    originalText: [
      "Aurora Air cancelled 1,180 flights on Friday, Aurora data compiled by the Airport Journal show.",
      "About 4,000 passengers spent Friday night at Harlow Airport, where 260 flights were cancelled, and at Beacon Field 230 were cancelled.",
      "Between 30 and 40 aircraft were left out of position when the system failed, engineers said.",
      "Flights were disrupted at 15 airports on Friday, according to the European air traffic agency.",
      "Passengers whose flights were cancelled are owed €250 each in compensation, about £215.",
    ].join("\n\n"),
  },
  {
    input: "outage/4",
    externalId: "business-herald-1",
    source: "Business Herald",
    url: "https://businessherald.example/companies/aurora-air-outage-cost",
    publishedAt: "2027-06-12T18:30:00Z",
    title: "Aurora Air raises count of stranded passengers",
    originalText: [
      "Some 1,450 flights were cancelled on Friday, the worst day in Aurora Air's history.",
      "Aurora on Saturday raised its estimate of passengers affected on Friday to 75,000, from 60,000.",
      "It cancelled 640 more flights on Saturday, taking the total since Friday to 1,820.",
      "Its punctuality fell 12 percentage points in May, to 72 percent, before the failure.",
      "The airline expected to run 90 percent of its schedule on Sunday.",
      "“We moved more than 9,000 passengers onto partner airlines on Saturday,” Okafor said.",
    ].join("\n\n"),
  },
  {
    input: "outage/5",
    externalId: "city-fm-1",
    source: "City FM",
    url: "https://cityfm.example/news/aurora-air-recovery",
    publishedAt: "2027-06-14T08:00:00Z",
    title: "Aurora Air flies most of its schedule as recovery continues",
    originalText: [
      "Aurora Air ran 82 percent of its flights on Sunday, the airline said.",
      "2,800 passengers slept in the terminal at Harlow Airport on Friday night, the airport's operator said.",
      "Aurora rebooked 11,000 passengers on Saturday.",
      "About 35 aircraft had to be flown back to their bases empty.",
      "Shares in Aurora fell 14 percent on Monday morning.",
      "Aurora's punctuality had already fallen 14 percent this year, said analyst Priya Natarajan of Kestrel Research.",
    ].join("\n\n"),
  },
  {
    input: "outage/6",
    externalId: "flyer-forum-1",
    source: "Flyer Forum",
    url: "https://flyerforum.example/threads/aurora-meltdown",
    title: null,
    originalText: [
      "Stuck in Lisbon for two nights with no hotel offered.",
      "Over three days the airline stranded 410,000 passengers, if you believe the figures going round.",
      "The desk agent told me, 'I have never seen anything like it in 20 years.'",
      "Claim your €250: the form is on the Aurora website.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function flightCancellationsArticles(): Article[] {
  return linkNearDuplicates(FLIGHT_CANCELLATIONS_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const FLIGHT_CANCELLATIONS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are deeply sorry", speaker: "Dana Okafor" },
    { text: "We moved more than 9,000 passengers onto partner airlines", speaker: "Dana Okafor" },
    { text: "I have never seen anything like it in 20 years", speaker: null },
  ],
  timeline: [
    { text: "Aurora Air grounded flights across its network on Friday", dates: ["2027-06-11"] },
    { text: "Aurora on Saturday raised its estimate", dates: ["2027-06-12"] },
    { text: "It cancelled 640 more flights on Saturday", dates: ["2027-06-12"] },
    { text: "Aurora Air ran 82 percent of its flights on Sunday", dates: ["2027-06-13"] },
    { text: "Shares in Aurora fell 14 percent on Monday morning", dates: ["2027-06-14"] },
  ],
  neverDated: [{ text: "Its punctuality fell 12 percentage points in May", date: "2027-06-11", exact: true }],
  disagreements: [
    { values: ["1,180", "1,450"], outlets: ["Airport Journal", "Business Herald"] },
    { values: ["4,000", "2,800"], outlets: ["Airport Journal", "City FM"] },
  ],
  notDisagreements: [
    // The airline's own revision of Friday's count: a development.
    ["60,000", "75,000"],
    // A day's passengers against three days'.
    ["180,000", "410,000"],
    // A point inside the range.
    ["35", "40"],
    ["30", "35"],
    // "At least 12" is not contradicted by 15.
    ["12", "15"],
    // The forecast against the outcome.
    ["90", "82"],
    // Saturday's cancellations against the total since Friday, and Friday's against the total.
    ["640", "1,820"],
    ["1,450", "1,820"],
    ["1,180", "1,820"],
    // One amount in two currencies.
    ["250", "215"],
    // Points against percent, and shares against punctuality.
    ["12", "14"],
    ["72", "82"],
    // Two airports' cancellations.
    ["260", "230"],
    // Moved to partners (in a quote) against rebooked (in the narration).
    ["9,000", "11,000"],
    // Aircraft against airports.
    ["35", "15"],
  ],
  corroboration: [
    // The wire report and its rewrite are one outlet.
    { text: "Aurora Air grounded flights across its network on Friday", outlets: 1 },
  ],
};
