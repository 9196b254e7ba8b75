/**
 * The lead's held-out batch L (session 28, 2026-12-07): texts and expectations written by helper heldout14 before any run, kept
 * outside the repository while unfitted (first run on 016a999 and the session's end: see the README's facts table),
 * added here at the session's end; one rule (clock times) was written after reading its misses, so it is fitted from now on.
 * A fire aboard a car carrier docked at a Maryland port, Monday 12 to Thursday 15 September 2044, and its neighbours' anger.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cc/1",
    externalId: "s1",
    source: "American Press Wire",
    url: "https://americanpresswire.example/article/chesterton-car-carrier-fire",
    publishedAt: "2044-09-13T12:00:00Z",
    title: "Fire rips through car carrier docked at Chesterton port",
    originalText: [
      "CHESTERTON, Md. (APW) — A fire broke out aboard a car carrier loaded with 3,100 vehicles at the Port of Chesterton late Monday, forcing the evacuation of its 24 crew members and injuring two firefighters, officials said.",
      "The blaze started on one of the ship's upper decks shortly after 10 p.m., the Coast Guard said.",
      "The Sable Horizon, a 200-meter vessel flagged in Liberia, had arrived from Bremerhaven, Germany, on Sunday.",
      "“The heat inside those decks is like nothing my people have ever faced,” Chesterton Fire Chief Walter Brisco said.",
      "The Coast Guard set up a 1,000-yard safety zone around the berth and closed part of the shipping channel.",
      "About 420 of the vehicles on board are electric, according to the ship's manifest.",
      "In 2037, a car carrier fire at a New Jersey terminal burned for six days.",
    ].join("\n"),
  },
  {
    input: "cc/2",
    externalId: "s2",
    source: "The Bayside Daily",
    url: "https://baysidedaily.example/news/wire/car-carrier-fire-chesterton",
    publishedAt: "2044-09-13T15:00:00Z",
    title: "Car carrier catches fire at Chesterton; two firefighters hurt",
    originalText: [
      "A car carrier loaded with 3,100 vehicles caught fire at the Port of Chesterton late Monday, forcing its 24 crew members off the ship and injuring two firefighters, officials said.",
      "The fire began on an upper deck a little after 10 p.m., according to the Coast Guard.",
      "The Sable Horizon, a Liberian-flagged vessel 200 meters long, had come in from Bremerhaven, Germany, on Sunday.",
      "“The heat inside those decks is like nothing my people have ever faced,” Chesterton Fire Chief Walter Brisco said.",
      "A 1,000-yard safety zone has been set up around the berth, the Coast Guard said.",
      "(APW)",
    ].join("\n"),
  },
  {
    input: "cc/3",
    externalId: "s3",
    source: "WCHS 7 News",
    url: "https://wchs7news.example/local/sable-horizon-still-burning",
    publishedAt: "2044-09-13T23:00:00Z",
    title: "Car carrier still burning at Chesterton; third firefighter hurt",
    originalText: [
      "The fire that broke out aboard the Sable Horizon last night was still burning on Tuesday evening, the Chesterton Fire Department said.",
      "All 24 crew members got off the ship safely.",
      "A third firefighter was hurt on Tuesday afternoon when he slipped on a loading ramp, bringing the number of injured firefighters to three.",
      "The Coast Guard widened the safety zone to 1,500 yards on Tuesday as smoke drifted toward Fells Landing, where the nearest homes are about 800 yards from the berth.",
      "The ship is carrying about 3,400 cars, trucks and tractors, the port authority said.",
      "“You could smell burning plastic all the way up Harbor Street,” said resident Marisa Kettering, 52.",
      "Port director Alan Fenwick said the berth would stay closed for at least a week.",
    ].join("\n"),
  },
  {
    input: "cc/4",
    externalId: "s4",
    source: "Maritime Bulletin",
    url: "https://maritimebulletin.example/casualty/sable-horizon-salvors-appointed",
    publishedAt: "2044-09-14T10:00:00Z",
    title: "Sable Horizon fire: salvors appointed as insurers weigh loss",
    originalText: [
      "Owner Nordvik Car Carriers has appointed salvors to take charge of the Sable Horizon, the pure car and truck carrier that caught fire at Chesterton on Monday night.",
      "The 2031-built ship is 180 metres (590ft) long and can carry 6,500 car equivalent units.",
      "Market sources put the value of the cargo at $140m and the hull at about $55m.",
      "Salvage master Erik Tollefsen said: “We will not put anyone back into those decks until the temperatures drop below 60C.”",
      "Nordvik said the fire appeared to have started in a used pickup truck loaded in Bremerhaven, not in an electric vehicle.",
      "Car carrier fires have cost insurers more than $2bn since 2030, according to broker Ashcombe Marine.",
    ].join("\n"),
  },
  {
    input: "cc/5",
    externalId: "s5",
    source: "American Press Wire",
    url: "https://americanpresswire.example/article/sable-horizon-fire-out-pickup",
    publishedAt: "2044-09-15T18:00:00Z",
    title: "Car carrier fire out after 38 hours; pickup truck blamed",
    originalText: [
      "CHESTERTON, Md. (APW) — The fire aboard the car carrier Sable Horizon was declared out around midday Wednesday after firefighters fought it for 38 hours, the Coast Guard said on Thursday.",
      "Investigators believe the fire started in a gasoline-powered pickup truck on deck 9, Coast Guard Capt. Renee Salazar said.",
      "“This was not an electric vehicle fire,” Salazar said.",
      "Of the 3,100 vehicles on board, about 1,900 were destroyed or badly damaged, the ship's owner said.",
      "The three injured firefighters have been released from the hospital.",
      "The shipping channel reopened to traffic on Thursday morning, but the berth remains closed.",
    ].join("\n"),
  },
  {
    input: "cc/6",
    externalId: "s6",
    source: "Fells Landing Gazette",
    url: "https://fellslandinggazette.example/community/residents-want-answers-ship-fire",
    title: "Fells Landing residents want answers after ship fire",
    originalText: [
      "Residents of Fells Landing, whose nearest homes sit some 600 yards from the berth, packed a community meeting to ask why they were not warned sooner.",
      "The 44-hour fire filled the neighborhood with smoke for two nights.",
      "'Nobody knocked on a single door,' said Gloria Pettway, 71, who has lived on Harbor Street since 1989.",
      "Port officials said air monitors never recorded harmful levels of smoke in the neighborhood.",
      "The port handled about 850,000 vehicles last year, making it one of the busiest car terminals on the East Coast.",
      "Residents have asked the port for $2,000 per household for cleaning costs; the port has offered $300.",
    ].join("\n"),
  },
];

export function carCarrierFireArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Maryland is UTC−4 in September; every stamp falls on
 * the same local day). "Late Monday" is 12 September, "on Sunday" in Tuesday's wire the 11th; "last
 * night" in Tuesday evening's TV story is the night of the 12th, "on Tuesday" there the 13th; "on
 * Monday night" in Wednesday's trade story the 12th; "around midday Wednesday" in Thursday's wire the
 * 14th and "on Thursday"/"on Thursday morning" the 15th. "Last year" is 2043.
 */
export const CAR_CARRIER_FIRE_EXPECTED: ExpectedFacts = {
  quotes: [
    // "“…,” Title Full Name said", in the wire and its rewrite.
    { text: "The heat inside those decks is like nothing my people have ever faced", speaker: "Walter Brisco" },
    { text: "You could smell burning plastic all the way up Harbor Street", speaker: "Marisa Kettering" },
    { text: "We will not put anyone back into those decks", speaker: "Erik Tollefsen" },
    // The surname alone after "Coast Guard Capt. Renee Salazar" in the sentence before.
    { text: "This was not an electric vehicle fire", speaker: "Renee Salazar" },
    // Straight single quotes.
    { text: "Nobody knocked on a single door", speaker: "Gloria Pettway" },
  ],
  timeline: [
    { text: "A fire broke out aboard a car carrier loaded with 3,100 vehicles", dates: ["2044-09-12"] },
    { text: "caught fire at the Port of Chesterton late Monday", dates: ["2044-09-12"] },
    { text: "had arrived from Bremerhaven, Germany, on Sunday", dates: ["2044-09-11"] },
    { text: "broke out aboard the Sable Horizon last night was still burning", dates: ["2044-09-12", "2044-09-13"] },
    { text: "A third firefighter was hurt on Tuesday afternoon", dates: ["2044-09-13"] },
    { text: "widened the safety zone to 1,500 yards on Tuesday", dates: ["2044-09-13"] },
    { text: "that caught fire at Chesterton on Monday night", dates: ["2044-09-12"] },
    { text: "was declared out around midday Wednesday", dates: ["2044-09-14", "2044-09-15"] },
    { text: "The shipping channel reopened to traffic on Thursday morning", dates: ["2044-09-15"] },
  ],
  neverDated: [
    { text: "In 2037, a car carrier fire at a New Jersey terminal", date: "2037" },
    { text: "The 2031-built ship is 180 metres", date: "2031" },
    { text: "more than $2bn since 2030", date: "2030" },
    { text: "who has lived on Harbor Street since 1989", date: "1989" },
    { text: "The port handled about 850,000 vehicles last year", date: "2044", exact: true },
    // "On Sunday" in a Tuesday story is the Sunday gone.
    { text: "had arrived from Bremerhaven, Germany, on Sunday", date: "2044-09-18", exact: true },
  ],
  disagreements: [
    // Vehicles on board: "loaded with 3,100 vehicles" against "carrying about 3,400 cars, trucks and tractors".
    { values: ["3,100", "3,400"], outlets: ["American Press Wire", "WCHS 7 News"] },
    // The ship's length: "a 200-meter vessel" against "is 180 metres (590ft) long".
    { values: ["200", "180"], outlets: ["American Press Wire", "Maritime Bulletin"] },
    // How long the fire burned: "fought it for 38 hours" against "The 44-hour fire".
    { values: ["38", "44"], outlets: ["American Press Wire", "Fells Landing Gazette"] },
    // How far the nearest homes are from the berth.
    { values: ["800", "600"], outlets: ["WCHS 7 News", "Fells Landing Gazette"] },
  ],
  notDisagreements: [
    // Injured firefighters as the count grew.
    ["two", "three"],
    // The safety zone the Coast Guard widened.
    ["1,000", "1,500"],
    // Homes' distance against the safety zone, in the same unit.
    ["800", "1,000"],
    ["600", "1,000"],
    ["800", "1,500"],
    ["600", "1,500"],
    // Electric vehicles and destroyed vehicles against all on board; the load against the capacity.
    ["3,100", "420"],
    ["3,400", "420"],
    ["3,100", "1,900"],
    ["3,400", "1,900"],
    ["3,100", "6,500"],
    ["3,400", "6,500"],
    // A length and its conversion.
    ["180", "590"],
    // Cargo against hull; an industry's losses.
    ["140", "55"],
    ["140", "2"],
    // A 2037 precedent burned for days.
    ["six", "38"],
    ["six", "44"],
    // A demand against an offer.
    ["2,000", "300"],
    // Crew against injured firefighters; two residents' ages.
    ["24", "three"],
    ["52", "71"],
  ],
  corroboration: [
    // The wire and its rewrite count once.
    { text: "The Coast Guard set up a 1,000-yard safety zone around the berth", outlets: 1 },
    // The wire (with its rewrite) and the TV story ("All 24 crew members got off the ship safely").
    { text: "All 24 crew members got off the ship safely", outlets: 2 },
    // The owner through the trade paper and the Coast Guard through the wire, in other words.
    { text: "Investigators believe the fire started in a gasoline-powered pickup truck", outlets: 2 },
  ],
  headline: ["declared out", "pickup", "38 hours"],
  summary: {
    holds: ["declared out"],
    never: ["was still burning on Tuesday evening", "The Coast Guard set up a 1,000-yard safety zone"],
  },
  sameEntry: [
    [
      "A fire broke out aboard a car carrier loaded with 3,100 vehicles",
      "broke out aboard the Sable Horizon last night was still burning",
    ],
  ],
  order: [
    "had arrived from Bremerhaven, Germany, on Sunday",
    "A fire broke out aboard a car carrier loaded with 3,100 vehicles",
    "A third firefighter was hurt on Tuesday afternoon",
    "was declared out around midday Wednesday",
    "The shipping channel reopened to traffic on Thursday morning",
  ],
  supersession: {
    apart: [
      ["injuring two firefighters", "bringing the number of injured firefighters to three"],
      ["The Coast Guard set up a 1,000-yard safety zone", "widened the safety zone to 1,500 yards"],
      ["was still burning on Tuesday evening", "was declared out around midday Wednesday"],
      ["closed part of the shipping channel", "The shipping channel reopened to traffic on Thursday morning"],
    ],
    current: [
      "the berth would stay closed for at least a week",
      "About 420 of the vehicles on board are electric",
      "Residents have asked the port for $2,000 per household",
    ],
  },
};
