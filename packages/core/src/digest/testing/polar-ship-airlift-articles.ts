/**
 * Held-out batch T (lead session 32, 2026-12-07), written by heldout22 before any run; unfitted.
 * A Norwegian research ship beset in Weddell Sea pack ice and the helicopter airlift of most of its people, Monday 12 to Friday 16 January 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "py/1",
    externalId: "p1",
    source: "Nordic Press Agency",
    url: "https://nordicpressagency.example/news/research-ship-trapped-weddell-sea",
    publishedAt: "2043-01-12T09:00:00Z",
    title: "Norwegian research ship trapped in Antarctic pack ice",
    originalText: [
      "OSLO (NPA) — The Norwegian research ship Sigrun Halle has been trapped in pack ice in the Weddell Sea since Saturday with 74 people on board, the Norwegian Polar Institute said on Monday.",
      "The 94-metre vessel was about 180 nautical miles off the coast of Queen Maud Land when strong easterly winds drove thick floes around it.",
      "Ice around the hull is up to four metres thick, far more than the 1.5 metres the ship is built to break.",
      "“Everyone on board is safe and warm, and we have food for at least ten weeks,” expedition leader Ingrid Solberg said by satellite phone.",
      "The ship left Cape Town on December 9 for a 70-day survey of the Fimbul ice shelf.",
      "In 2013, 52 passengers were flown off the Russian ship Akademik Shokalskiy after it became stuck off East Antarctica.",
    ].join("\n"),
  },
  {
    input: "py/2",
    externalId: "p2",
    source: "Polar Science Weekly",
    url: "https://polarscienceweekly.example/logistics/southern-warden-diverted-sigrun-halle",
    publishedAt: "2043-01-13T14:00:00Z",
    title: "Australian icebreaker diverted to beset Sigrun Halle",
    originalText: [
      "The Australian icebreaker Southern Warden has been diverted to the Sigrun Halle and is expected to reach it within six days, the Australian Antarctic Division said on Tuesday.",
      "The Sigrun Halle, which is 89 metres long and was launched in 2019, carries 46 scientists and 28 crew.",
      "The survey, which cost 41 million kroner (about $3.9m), is measuring how fast warm water is eating the ice shelf from below.",
      "Solberg, 51, a glaciologist from Tromsø, has led four earlier expeditions to Antarctica.",
      "“Beset is the word we use, and beset is what she is,” said Marcus Feld, a sea-ice specialist at the Hobart Polar Centre.",
      "Feld said the floes would not loosen “until the wind swings round to the south”.",
    ].join("\n"),
  },
  {
    input: "py/3",
    externalId: "p3",
    source: "Nordic Press Agency",
    url: "https://nordicpressagency.example/news/helicopters-begin-airlift-sigrun-halle",
    publishedAt: "2043-01-15T18:00:00Z",
    title: "Helicopters begin airlift from ice-bound research ship",
    originalText: [
      "OSLO (NPA) — Helicopters from the Australian icebreaker Southern Warden began flying scientists off the trapped Sigrun Halle on Thursday, after the icebreaker arrived two days ahead of schedule and stopped at the edge of the pack, about 12 nautical miles from the ship.",
      "Thirty-one people were flown to the icebreaker in 14 flights before fog halted operations, the Norwegian Polar Institute said.",
      "Fifty-eight of the 74 on board will be evacuated; a crew of 16, including the captain, will stay with the ship until the ice loosens.",
      "The 54-year-old expedition leader, Ingrid Solberg, will be on the last flight, the institute said.",
      "“It is a hard thing to leave a ship behind,” Solberg said.",
      "The Southern Warden is rated to break ice up to 1.2 metres thick.",
    ].join("\n"),
  },
  {
    input: "py/4",
    externalId: "p4",
    source: "The Stavanger Courier",
    url: "https://stavangercourier.example/news/sigrun-halle-airlift-thursday",
    publishedAt: "2043-01-15T21:00:00Z",
    title: "First 31 flown off stranded Sigrun Halle",
    originalText: [
      "Thirty-one members of the expedition were lifted off the stranded Sigrun Halle by helicopter on Thursday, the first of 58 people to be evacuated from the research ship, the Norwegian Polar Institute said.",
      "The Australian icebreaker Southern Warden, which reached the edge of the pack two days earlier than planned, made 14 flights before fog stopped the operation.",
      "The captain and 15 crew will remain on board until the ice breaks up.",
      "Expedition leader Ingrid Solberg, 54, is to leave on the final flight.",
      "“It is a hard thing to leave a ship behind,” she said.",
    ].join("\n"),
  },
  {
    input: "py/5",
    externalId: "p5",
    source: "The Derwent Examiner",
    url: "https://derwentexaminer.example/news/southern-warden-airlift-antarctica",
    publishedAt: "2043-01-16T07:00:00Z",
    title: "Hobart icebreaker's choppers pluck scientists from the ice",
    originalText: [
      "HOBART — Two helicopters from the Hobart-based Southern Warden ferried 27 expedition members from the ice-bound Sigrun Halle yesterday before thick fog closed in.",
      "The icebreaker stopped about 22 kilometres short of the Norwegian ship, where the pack grew too thick to push on.",
      "The Sigrun Halle was some 210 nautical miles off the coast when the ice closed in on Saturday, according to Australian officials.",
      "The remaining evacuees were to be flown out today, weather permitting.",
      "“The ice will let her go when it is ready, and not a day before,” Captain Lars Aune told the Examiner by radio.",
    ].join("\n"),
  },
  {
    input: "py/6",
    externalId: "p6",
    source: "The Daily Beacon",
    url: "https://dailybeacon.example/news/student-airlifted-antarctic-ship",
    title: "Bristol student plucked from ice-trapped ship",
    originalText: [
      "A Norwegian research ship stuck in Antarctic ice for almost a week has been left with a skeleton crew after all 58 evacuees were airlifted to safety on Friday.",
      "Among them was Bristol student Amy Carrow, 24, who had been on board since Cape Town.",
      "‘We played football on the ice while we waited for the helicopters,’ she said in a message to her mother.",
      "Sixteen crew remain aboard.",
      "The rescue is thought to have cost more than £2 million.",
    ].join("\n"),
  },
];

export function polarShipAirliftArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. "Since Saturday" in Monday's wire is the 10th; "on Tuesday"
 * in Tuesday's trade story the 13th; "on Thursday" in Thursday's wire and its rewrite the 15th; "yesterday" in
 * the Examiner (Friday 16th, 18:00 in Hobart) is the 15th, and its "on Saturday" the 10th; "December 9" in a
 * January story is last year's. The Stavanger Courier's story is a syndicated rewrite of the wire's Thursday
 * story. The Beacon's story is undated: its "on Friday" may stay undated or take the 16th.
 */
export const POLAR_SHIP_AIRLIFT_EXPECTED: ExpectedFacts = {
  quotes: [
    {
      text: "Everyone on board is safe and warm, and we have food for at least ten weeks",
      speaker: "Ingrid Solberg",
    },
    { text: "Beset is the word we use, and beset is what she is", speaker: "Marcus Feld" },
    { text: "until the wind swings round to the south", speaker: "Marcus Feld", partial: true },
    { text: "It is a hard thing to leave a ship behind", speaker: "Ingrid Solberg" },
    { text: "The ice will let her go when it is ready, and not a day before", speaker: "Lars Aune" },
    { text: "We played football on the ice while we waited for the helicopters", speaker: "Amy Carrow" },
  ],
  timeline: [
    { text: "has been trapped in pack ice in the Weddell Sea since Saturday", dates: ["2043-01-12", "2043-01-10"] },
    { text: "The ship left Cape Town on December 9", dates: ["2042-12-09"] },
    {
      text: "is expected to reach it within six days, the Australian Antarctic Division said on Tuesday",
      dates: ["2043-01-13"],
    },
    { text: "began flying scientists off the trapped Sigrun Halle on Thursday", dates: ["2043-01-15"] },
    { text: "were lifted off the stranded Sigrun Halle by helicopter on Thursday", dates: ["2043-01-15"] },
    { text: "ferried 27 expedition members from the ice-bound Sigrun Halle yesterday", dates: ["2043-01-15"] },
    { text: "when the ice closed in on Saturday, according to Australian officials", dates: ["2043-01-10"] },
    { text: "all 58 evacuees were airlifted to safety on Friday", dates: [null, "2043-01-16"] },
  ],
  neverDated: [
    { text: "was launched in 2019", date: "2019" },
    { text: "In 2013, 52 passengers were flown off", date: "2013" },
    { text: "The ship left Cape Town on December 9", date: "2043-12-09", exact: true },
    // "On Saturday" in a Friday paper is the Saturday gone, not the next one.
    { text: "when the ice closed in on Saturday, according to Australian officials", date: "2043-01-17", exact: true },
  ],
  disagreements: [
    // The ship's length: inside a modifier against after "is ... long".
    { values: ["94", "89"], outlets: ["Nordic Press Agency", "Polar Science Weekly"] },
    // How far off the coast the ship was beset, both in nautical miles.
    { values: ["180", "210"], outlets: ["Nordic Press Agency", "The Derwent Examiner"] },
    // The expedition leader's age: ", 51," against "The 54-year-old" (the wire; its rewrite counts once).
    { values: ["51", "54"], outlets: ["Polar Science Weekly", "Nordic Press Agency"] },
    // People flown off on Thursday, before the fog.
    { values: ["Thirty-one", "27"], outlets: ["Nordic Press Agency", "The Derwent Examiner"] },
  ],
  notDisagreements: [
    // Thursday's flights against the whole airlift, and the airlift against all on board.
    ["Thirty-one", "58"],
    ["27", "58"],
    ["58", "74"],
    ["Fifty-eight", "74"],
    ["16", "74"],
    ["Sixteen", "58"],
    // The captain and 15 crew make the 16 who stay.
    ["15", "16"],
    // Scientists and crew make the 74.
    ["46", "74"],
    ["28", "74"],
    // A forecast against how early the icebreaker came.
    ["six", "two"],
    // The ice against two ships' ratings.
    ["four", "1.5"],
    ["1.5", "1.2"],
    // A conversion of money and one of distance.
    ["41", "3.9"],
    ["12", "22"],
    // A 2013 precedent.
    ["52", "58"],
    // Flights against people; the survey's length against the food.
    ["14", "Thirty-one"],
    ["70", "ten"],
    // The rescue's cost against the survey's.
    ["2", "41"],
    // A student's age against the leader's.
    ["24", "54"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the Examiner tells the same flights in other words (the Beacon
    // tells only the airlift's end, on Friday).
    { text: "began flying scientists off the trapped Sigrun Halle on Thursday", outlets: 2 },
    // The wire (with its rewrite) and the Beacon.
    { text: "a crew of 16, including the captain, will stay with the ship", outlets: 2 },
    { text: "is expected to reach it within six days", outlets: 1 },
  ],
  headline: ["airlift", "airlifted", "flown", "evacuat", "ferried"],
  summary: {
    holds: ["Sigrun Halle", "58"],
    never: ["is expected to reach it within six days"],
  },
  sameEntry: [
    [
      "began flying scientists off the trapped Sigrun Halle on Thursday",
      "ferried 27 expedition members from the ice-bound Sigrun Halle yesterday",
    ],
  ],
  order: [
    "The ship left Cape Town on December 9",
    "has been trapped in pack ice in the Weddell Sea since Saturday",
    "is expected to reach it within six days, the Australian Antarctic Division said on Tuesday",
    "began flying scientists off the trapped Sigrun Halle on Thursday",
  ],
  supersession: {
    apart: [
      ["is expected to reach it within six days", "arrived two days ahead of schedule"],
      ["is expected to reach it within six days", "reached the edge of the pack two days earlier than planned"],
    ],
    current: [
      "a crew of 16, including the captain, will stay with the ship",
      "The ship left Cape Town on December 9",
      "Ice around the hull is up to four metres thick",
    ],
  },
};
