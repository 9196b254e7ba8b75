/**
 * Held-out batch W (lead session 33, 2026-12-07), written by heldout25 before any run; scored unfitted, then added to the bench at the session's end.
 * A container ship runs down a Grimsby trawler in North Sea fog, three crew missing, Tuesday 10 to Saturday 14 March 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ft/1",
    externalId: "w1",
    source: "Coastline Press Agency",
    url: "https://coastlinepress.example/uk/trawler-sinks-after-collision-fog",
    publishedAt: "2043-03-10T11:00:00Z",
    title: "Three fishermen missing after trawler and cargo ship collide in fog",
    originalText: [
      "GRIMSBY (CPA) — Three fishermen are missing after their trawler collided with a cargo ship in thick fog in the North Sea early on Tuesday, the coastguard said.",
      "The 18-metre trawler Silver Harvest, with five crew aboard, sank within minutes about 14 miles east of Spurn Point after it was struck by the 190-metre container ship Nordkap Trader at about 4.40am.",
      "Two crewmen were pulled from the water by the ship's crew and taken to hospital in Hull.",
      "“Visibility was down to less than 100 metres at the time,” said Alison Reeve, the coastguard's duty commander.",
      "A lifeboat, two helicopters and six other vessels joined the search.",
      "In 2029, a collision off Flamborough Head in fog cost four fishermen their lives.",
    ].join("\n"),
  },
  {
    input: "ft/2",
    externalId: "w2",
    source: "Humber Evening News",
    url: "https://humbereveningnews.example/news/silver-harvest-trawler-missing-crew",
    publishedAt: "2043-03-10T15:30:00Z",
    title: "Trawler crew missing after cargo ship crash in North Sea fog",
    originalText: [
      "Three fishermen are missing after the trawler they were working on was hit by a cargo ship in dense fog in the North Sea early on Tuesday, the coastguard said.",
      "The Silver Harvest, an 18-metre trawler carrying five crew, went down within minutes around 14 miles east of Spurn Point after being struck at about 4.40am by the Nordkap Trader, a 190-metre container ship.",
      "The ship's crew hauled two men out of the water and they were taken to hospital in Hull.",
      "Coastguard duty commander Alison Reeve said visibility had been down to less than 100 metres.",
      "A lifeboat, two helicopters and six other vessels took part in the search.",
    ].join("\n"),
  },
  {
    input: "ft/3",
    externalId: "w3",
    source: "Grimsby Dockside Telegraph",
    url: "https://grimsbydocksidetelegraph.example/news/silver-harvest-families-wait",
    publishedAt: "2043-03-11T07:00:00Z",
    title: "Port holds its breath for Silver Harvest three",
    originalText: [
      "Fishing families in Grimsby waited through the night for news after the search for three men from the Silver Harvest was suspended at dusk yesterday after more than 13 hours.",
      "The trawler was run down in fog before dawn yesterday some 20 miles off the Spurn peninsula.",
      "The missing men are skipper Dale Fenwick, 52, his son Liam, 24, and deckhand Tomasz Wrona, 31.",
      "The Silver Harvest had left Grimsby on Monday for a three-day trip to the fishing grounds.",
      "Two survivors, rescued by the cargo ship's crew, were still being treated at Hull Royal Infirmary last night.",
      "The Rev Ian Cotter, chaplain at the Fishermen's Mission, said the whole port was 'holding its breath'.",
    ].join("\n"),
  },
  {
    input: "ft/4",
    externalId: "w4",
    source: "Maritime Casualty Review",
    url: "https://maritimecasualtyreview.example/collisions/nordkap-trader-silver-harvest-ais",
    publishedAt: "2043-03-12T10:00:00Z",
    title: "Nordkap Trader was making 14 knots in fog, AIS data show",
    originalText: [
      "The Marine Accident Investigation Branch (MAIB) has sent a team of four inspectors to Immingham, where the Nordkap Trader has been detained since Wednesday.",
      "The Cypriot-flagged feeder ship, which is 172 metres long and was built in 2031, was making 14 knots when it hit the trawler at 5.10am, according to AIS data analysed by the Review.",
      "Its second officer, a 38-year-old, was on watch alone on the bridge, the Review understands.",
      "“A ship of that size at that speed in fog needs well over a mile to stop,” said Captain Harald Lindqvist, a marine safety consultant.",
      "The ship's operator, Baltavia Feeder Lines, said its crew of 16 were cooperating with investigators.",
    ].join("\n"),
  },
  {
    input: "ft/5",
    externalId: "w5",
    source: "The Daily Beacon",
    url: "https://dailybeacon.example/news/fog-ship-horror-dad-and-son-lost",
    title: "FOG SHIP HORROR: DAD AND SON LOST AT SEA",
    originalText: [
      "A dad and his lad are feared lost after their trawler was mown down by a giant cargo ship in pea-souper fog on Tuesday.",
      "Skipper Dale Fenwick, a 54-year-old grandfather, had fished out of Grimsby for more than 30 years.",
      "His wife, Karen Fenwick, 50, said: “He knew those waters better than anyone. Somebody on that ship wasn't looking.”",
      "Survivor Paul Ashby, 45, clung to a fish box for 40 minutes before he was hauled aboard the ship.",
      "Locals have raised more than £28,000 for the families.",
    ].join("\n"),
  },
  {
    input: "ft/6",
    externalId: "w6",
    source: "Coastline Press Agency",
    url: "https://coastlinepress.example/uk/silver-harvest-body-recovered",
    publishedAt: "2043-03-14T12:00:00Z",
    title: "Body of missing trawlerman recovered from North Sea",
    originalText: [
      "GRIMSBY (CPA) — The body of a fisherman missing since Tuesday's collision in the North Sea was recovered on Friday, police said, as the search for two other crewmen stayed suspended.",
      "Humberside Police said the body was that of deckhand Tomasz Wrona, 31, from Cleethorpes.",
      "The MAIB said on Saturday that the Nordkap Trader's second officer had been alone on the bridge and that a radar alarm had been switched off.",
      "“We will not stop until we bring Dale and Liam home,” said Mark Fenwick, the skipper's brother.",
      "A fund for the families has now raised more than £41,000.",
      "The MAIB expects to publish an interim report in June.",
    ].join("\n"),
  },
];

export function fogTrawlerCollisionArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (UK in March is on GMT: every stamp falls on the same
 * local day). "Early on Tuesday" is 10 March; "yesterday" in Wednesday's Telegraph is the 10th, and
 * "on Monday" there the 9th; "since Wednesday" in Thursday's Review is the 11th; "on Tuesday" in the
 * undated Beacon may stay undated or take the 10th; "on Friday" and "on Saturday" in Saturday's wire
 * are the 13th and 14th; "in June" is June 2043. The Humber Evening News story is a syndicated
 * rewrite of the agency's first story (counts once).
 */
export const FOG_TRAWLER_COLLISION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Visibility was down to less than 100 metres at the time", speaker: "Alison Reeve" },
    { text: "holding its breath", speaker: "Ian Cotter", partial: true },
    { text: "A ship of that size at that speed in fog needs well over a mile to stop", speaker: "Harald Lindqvist" },
    {
      text: "He knew those waters better than anyone. Somebody on that ship wasn't looking",
      speaker: "Karen Fenwick",
    },
    { text: "We will not stop until we bring Dale and Liam home", speaker: "Mark Fenwick" },
  ],
  timeline: [
    { text: "collided with a cargo ship in thick fog in the North Sea early on Tuesday", dates: ["2043-03-10"] },
    { text: "was hit by a cargo ship in dense fog in the North Sea early on Tuesday", dates: ["2043-03-10"] },
    { text: "was suspended at dusk yesterday after more than 13 hours", dates: ["2043-03-10"] },
    { text: "The trawler was run down in fog before dawn yesterday", dates: ["2043-03-10"] },
    { text: "The Silver Harvest had left Grimsby on Monday", dates: ["2043-03-09"] },
    { text: "where the Nordkap Trader has been detained since Wednesday", dates: ["2043-03-11"] },
    { text: "mown down by a giant cargo ship in pea-souper fog on Tuesday", dates: [null, "2043-03-10"] },
    { text: "was recovered on Friday, police said", dates: ["2043-03-13"] },
    { text: "The MAIB said on Saturday that the Nordkap Trader's second officer", dates: ["2043-03-14"] },
    { text: "The MAIB expects to publish an interim report in June", dates: ["2043-06"] },
  ],
  neverDated: [
    { text: "In 2029, a collision off Flamborough Head in fog", date: "2029" },
    { text: "which is 172 metres long and was built in 2031", date: "2031" },
    { text: "The MAIB expects to publish an interim report in June", date: "2042-06" },
    // "On Monday" in a Wednesday paper is the Monday gone, not the next one.
    { text: "The Silver Harvest had left Grimsby on Monday", date: "2043-03-16", exact: true },
    { text: "was recovered on Friday, police said", date: "2043-03-20", exact: true },
  ],
  disagreements: [
    // How far offshore the collision was: "about 14 miles east of" against "some 20 miles off".
    { values: ["14", "20"], outlets: ["Coastline Press Agency", "Grimsby Dockside Telegraph"] },
    // The container ship's length: inside a modifier against after "is … long".
    { values: ["190", "172"], outlets: ["Coastline Press Agency", "Maritime Casualty Review"] },
    // The skipper's age: ", 52," against "a 54-year-old grandfather".
    { values: ["52", "54"], outlets: ["Grimsby Dockside Telegraph", "The Daily Beacon"] },
    // The time of the collision.
    { values: ["4.40", "5.10"], outlets: ["Coastline Press Agency", "Maritime Casualty Review"] },
  ],
  notDisagreements: [
    // The appeal as it grew.
    ["28,000", "41,000"],
    // Crew aboard, missing, rescued; missing before and after the body was found.
    ["five", "Three"],
    ["Three", "Two"],
    ["Three", "two"],
    // The ship's crew against the trawler's.
    ["16", "five"],
    // Other things' figures in the same unit: visibility, trawler and ship lengths.
    ["100", "172"],
    ["100", "190"],
    ["18", "190"],
    ["18", "172"],
    // A 2029 precedent.
    ["four", "Three"],
    // The inspectors against the missing.
    ["four", "three"],
    // Ages of other people.
    ["24", "31"],
    ["50", "52"],
    ["38", "54"],
    ["45", "54"],
    // Durations of other things.
    ["13", "40"],
    ["30", "40"],
    // Search vessels against helicopters.
    ["six", "two"],
  ],
  corroboration: [
    // The agency and its rewrite count once; the Telegraph tells it in other words.
    { text: "Two crewmen were pulled from the water by the ship's crew", outlets: 2 },
    { text: "was on watch alone on the bridge, the Review understands", outlets: 2 },
    // Only the agency (with its rewrite, counting once) gives the search fleet.
    { text: "A lifeboat, two helicopters and six other vessels joined the search", outlets: 1 },
  ],
  headline: ["body", "recovered"],
  summary: {
    holds: ["body"],
    never: ["Locals have raised more than £28,000"],
  },
  sameEntry: [
    [
      "collided with a cargo ship in thick fog in the North Sea early on Tuesday",
      "The trawler was run down in fog before dawn yesterday",
    ],
  ],
  order: [
    "The Silver Harvest had left Grimsby on Monday",
    "collided with a cargo ship in thick fog in the North Sea early on Tuesday",
    "where the Nordkap Trader has been detained since Wednesday",
    "was recovered on Friday, police said",
    "The MAIB expects to publish an interim report in June",
  ],
  supersession: {
    apart: [
      ["Locals have raised more than £28,000", "A fund for the families has now raised more than £41,000"],
      ["Three fishermen are missing after their trawler collided", "The body of a fisherman missing since Tuesday's"],
      ["The missing men are skipper Dale Fenwick", "the body was that of deckhand Tomasz Wrona"],
    ],
    current: [
      "The Silver Harvest had left Grimsby on Monday",
      "where the Nordkap Trader has been detained since Wednesday",
      "The MAIB expects to publish an interim report in June",
    ],
  },
};
