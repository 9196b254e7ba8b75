import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts27 (2026-12-06, before running any code on it): five
 * articles from five outlets on drone sightings that shut Brenford Airport's runway on the evening of
 * Friday 13 October 2028. Real disagreements: how long the runway was shut ("nearly seven hours" for the
 * airport, nine hours for the police), the flights cancelled during the closure (142 for the airport,
 * 168 as a data firm "put the number") and the passengers affected (about 21,000 for the airport, some
 * 27,000 "had their journeys disrupted" for the airlines' board). Traps: a running count of sightings
 * told on three days by three outlets, flights diverted and one airline's cancellations, passengers
 * stranded overnight, the airport's passengers a year, Saturday's planned flights against those run,
 * two ages, a reward and its doubling, a demand against an offer, punctuality then and a week before,
 * claims against a grant. Test support only.
 */
const AIRPORT_DRONE_CLOSURE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "drone/1",
    externalId: "d1",
    source: "Anglia News Wire",
    url: "https://anglianewswire.example/uk/brenford-airport-drone-closure",
    publishedAt: "2028-10-14T06:00:00Z",
    title: "Drone sightings shut Brenford Airport",
    originalText: [
      "Brenford Airport closed its runway on Friday evening after repeated drone sightings, grounding flights and stranding thousands of passengers.",
      "The runway was shut for nearly seven hours, the airport said.",
      "Airport staff and pilots reported more than 40 sightings of at least two drones between 6pm and midnight.",
      "A total of 142 flights were cancelled and 37 were diverted to other airports, the airport said.",
      "“This was a deliberate and reckless act,” said Chief Superintendent Karen Hollis of Brenford Police.",
      "The airport, which handles 29 million passengers a year, opened its second terminal in 2009.",
    ].join("\n"),
  },
  {
    input: "drone/2",
    externalId: "d2",
    source: "Brenford Echo",
    url: "https://brenfordecho.example/news/two-arrested-airport-drones",
    publishedAt: "2028-10-14T15:00:00Z",
    title: "Police arrest two over airport drone chaos",
    originalText: [
      "Police arrested a man aged 47 and a woman aged 52 in Lowfield on Saturday morning.",
      "The runway was closed for nine hours, Brenford Police said.",
      "About 21,000 passengers were affected, a spokesman for the airport said.",
      "Around 2,000 passengers spent the night on the terminal floor.",
      "The airport expected to run 480 of its 520 scheduled flights on Saturday.",
      "“I have been here since five o'clock yesterday and nobody tells us anything,” said Amira Haddad, who was trying to reach Lisbon.",
    ].join("\n"),
  },
  {
    input: "drone/3",
    externalId: "d3",
    source: "Southern Broadcasting",
    url: "https://southernbroadcasting.example/news/brenford-drones-suspects-released",
    publishedAt: "2028-10-15T10:00:00Z",
    title: "Brenford drone suspects released without charge",
    originalText: [
      "The two people arrested over the drone sightings were released without charge on Sunday.",
      "The data firm FlightTrack put the number of flights cancelled during the closure at 168.",
      "In the end 455 flights operated on Saturday, the airport said.",
      "Police said they had received 67 reports of drone sightings by Sunday morning.",
      "Crimestoppers has offered a £50,000 reward for information.",
      "“We have never seen anything like it,” said air traffic controller Tom Reilly.",
    ].join("\n"),
  },
  {
    input: "drone/4",
    externalId: "d4",
    source: "Aviation Business Daily",
    url: "https://aviationbusinessdaily.example/airports/brenford-closure-cost",
    publishedAt: "2028-10-16T07:00:00Z",
    title: "Brenford closure leaves airlines counting the cost",
    originalText: [
      "Some 27,000 passengers had their journeys disrupted by the closure, the Board of Airline Representatives said.",
      "Punctuality at the airport fell to 38% on Saturday, against 81% a week earlier.",
      "Airlines could face compensation claims of up to £12 million.",
      "The airport wants £5 million from the government for anti-drone equipment; ministers have offered £2 million.",
      "Brenford's chief operating officer, Daniel Okafor, said: “We cannot let one person with a drone close a national airport.”",
    ].join("\n"),
  },
  {
    input: "drone/5",
    externalId: "d5",
    source: "Capital Evening Post",
    url: "https://capitaleveningpost.example/news/brenford-drone-reward-doubled",
    publishedAt: "2028-10-16T17:00:00Z",
    title: "Reward doubled in hunt for Brenford drone pilot",
    originalText: [
      "Crimestoppers doubled its reward to £100,000 on Monday.",
      "Police said they had now received 93 reports of sightings since Friday.",
      "The airport's runway was shut for almost seven hours on Friday night.",
      "The budget carrier SkyWing alone cancelled 64 flights.",
      "Flying a drone near an airport carries a prison sentence of up to five years.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function airportDroneClosureArticles(): Article[] {
  return linkNearDuplicates(AIRPORT_DRONE_CLOSURE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts27 (2026-12-06), before running any code on them. "On Friday
 * evening" in a Saturday morning wire is the day before; "on Saturday morning" in a Saturday paper is
 * that day; "on Sunday" in a Sunday bulletin that day; "on Monday" in a Monday evening paper that day.
 */
export const AIRPORT_DRONE_CLOSURE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This was a deliberate and reckless act", speaker: "Karen Hollis" },
    { text: "I have been here since five o'clock yesterday and nobody tells us anything", speaker: "Amira Haddad" },
    { text: "We have never seen anything like it", speaker: "Tom Reilly" },
    { text: "We cannot let one person with a drone close a national airport", speaker: "Daniel Okafor" },
  ],
  timeline: [
    { text: "Brenford Airport closed its runway on Friday evening", dates: ["2028-10-13"] },
    {
      text: "Police arrested a man aged 47 and a woman aged 52 in Lowfield on Saturday morning",
      dates: ["2028-10-14"],
    },
    { text: "were released without charge on Sunday", dates: ["2028-10-15"] },
    { text: "Crimestoppers doubled its reward to £100,000 on Monday", dates: ["2028-10-16"] },
  ],
  neverDated: [{ text: "opened its second terminal in 2009", date: "2009" }],
  disagreements: [
    // How long one closure shut the runway: the airport's hours against the police's.
    { values: ["seven", "nine"], outlets: ["Anglia News Wire", "Brenford Echo"] },
    // Flights cancelled during the closure: the airport's count against a data firm's.
    { values: ["142", "168"], outlets: ["Anglia News Wire", "Southern Broadcasting"] },
    // Passengers the closure affected: the airport's count against the airlines' board's.
    { values: ["21,000", "27,000"], outlets: ["Brenford Echo", "Aviation Business Daily"] },
  ],
  notDisagreements: [
    // A running count of sightings told on Friday night, Sunday morning and Monday.
    ["40", "67"],
    ["67", "93"],
    ["40", "93"],
    ["two", "40"],
    // Flights cancelled against those diverted and one airline's cancellations.
    ["142", "37"],
    ["168", "37"],
    ["142", "64"],
    ["168", "64"],
    // Passengers affected, those stranded overnight, the airport's passengers a year.
    ["21,000", "2,000"],
    ["27,000", "2,000"],
    ["29 million", "21,000"],
    ["29 million", "27,000"],
    // Saturday's planned flights, its scheduled flights and those run.
    ["480", "455"],
    ["520", "455"],
    ["480", "520"],
    // Two ages; a reward and its doubling; a demand and an offer; claims and a grant.
    ["47", "52"],
    ["50,000", "100,000"],
    ["5 million", "2 million"],
    ["12 million", "5 million"],
    ["12 million", "2 million"],
    // Punctuality on Saturday against a week before.
    ["38%", "81%"],
    // A closure's hours against a sentence's years.
    ["seven", "five"],
    ["nine", "five"],
  ],
  corroboration: [
    { text: "The runway was shut for nearly seven hours", outlets: 2 },
    { text: "Police arrested a man aged 47 and a woman aged 52", outlets: 1 },
  ],
  order: [
    "Brenford Airport closed its runway on Friday evening",
    "Police arrested a man aged 47 and a woman aged 52 in Lowfield on Saturday morning",
    "were released without charge on Sunday",
    "Crimestoppers doubled its reward to £100,000 on Monday",
  ],
};
