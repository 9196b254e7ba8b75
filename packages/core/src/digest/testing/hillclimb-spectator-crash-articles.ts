import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts39 (2026-12-07, texts and expectations written before
 * running any code on them): five articles from five British outlets on a historic rally car that left
 * the road into spectators at the Kettlesike hill climb in Cumbria on Sunday 11 June 2028. An agency that
 * evening, a local daily and a broadcaster's site on Monday, a motor sport trade paper on Tuesday, a
 * weekly on Wednesday. The real disagreements: the crowd, put at 6,500 by the organisers for the agency
 * against "Some 8,000 spectators had turned out" for the broadcaster; how far the spectators stood from
 * the track, "about three metres from the edge of the track" for the daily against "25ft from the
 * track's edge" for the trade paper; how long before the crash the marshals' warning came, "about 10
 * seconds before the car left the road" for the daily against "a full 30 seconds before the Escort hit
 * the bank" for the weekly. Traps: an appeal's total that grew; the club's own revision of the hurt
 * (five, now four); those in a grandstand against the crowd; a crowd expected against the crowd that
 * came; last year's crowd; a range of set-backs in the rules that holds three metres; the car's run
 * across the grass and a precedent's distance; racing's restart before the crash; damages sought
 * against the insurers' offer; the course's length.
 * First run (facts39, before any fix): disagreements 0/3, 0 wrong, 0 of 17 traps taken; quotes 5/5; timeline 1/1.
 * Test support only.
 */
const HILLCLIMB_SPECTATOR_CRASH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "hillclimb-spectator-crash/1",
    externalId: "hc1",
    source: "Border Counties Press",
    url: "https://bordercountiespress.example/2028/06/11/kettlesike-hill-climb-crash",
    publishedAt: "2028-06-11T17:00:00Z",
    title: "Spectators hurt as car leaves road at Cumbrian hill climb",
    originalText: [
      "KETTLESIKE, Cumbria (BCP) — Five spectators were hurt on Sunday when a historic rally car left the road and ploughed into a bank at the Kettlesike hill climb, the organisers said.",
      "The car, a 1974 Ford Escort, was travelling at about 90mph when it left the road at Gallows Bend, the sharpest corner on the 1,000-yard course.",
      "The organisers put the crowd at 6,500, well short of the 10,000 they had expected.",
      "Racing had restarted only 15 minutes before the crash after a heavy shower.",
      "The driver, from Penrith, was not hurt.",
      "“It came straight at us and there was nowhere to go,” said Alan Pryce, who was standing at the bend with his son.",
    ].join("\n"),
  },
  {
    input: "hillclimb-spectator-crash/2",
    externalId: "hc2",
    source: "The Eden Valley Courier",
    url: "https://edenvalleycourier.example/news/hill-climb-crash-closed-area",
    publishedAt: "2028-06-12T07:00:00Z",
    title: "Hill climb crash: spectators were in closed area, club says",
    originalText: [
      "By Fiona Lister",
      "The spectators hurt at the Kettlesike hill climb on Sunday had been standing about three metres from the edge of the track, in an area marked as closed to the public, Kettlesike Motor Club said.",
      "The club first said five spectators were hurt; it now puts the number at four, two of whom were taken to hospital in Carlisle.",
      "Marshals shouted a warning about 10 seconds before the car left the road, witnesses said.",
      "The car travelled about 40 metres across the grass before it stopped against a wall of hay bales.",
      "An online appeal for the injured had raised £4,000 by Sunday night.",
      "“Our marshals did everything they could,” said club chairman Derek Holme.",
    ].join("\n"),
  },
  {
    input: "hillclimb-spectator-crash/3",
    externalId: "hc3",
    source: "Northern Broadcast News",
    url: "https://northernbroadcast.example/news/cumbria-kettlesike-crowd-safety",
    publishedAt: "2028-06-12T13:00:00Z",
    title: "Kettlesike hill climb: questions over crowd safety after crash",
    originalText: [
      "Some 8,000 spectators had turned out for Sunday's hill climb at Kettlesike, the club's biggest event of the year.",
      "About 1,200 of them watched from the grandstand beside the paddock.",
      "Last year's event drew 5,000.",
      "In 2019 a car left the road at the same bend and stopped 20 metres from spectators.",
      "Cumbria Police said they were not treating the crash as suspicious.",
      "“We will look at every part of how the day was run,” said Sarah Quayle, the event's safety officer.",
    ].join("\n"),
  },
  {
    input: "hillclimb-spectator-crash/4",
    externalId: "hc4",
    source: "Motor Sport Bulletin",
    url: "https://motorsportbulletin.example/clubsport/kettlesike-inquiry",
    publishedAt: "2028-06-13T10:00:00Z",
    title: "Kettlesike crash: governing body opens inquiry",
    originalText: [
      "Motorsport UK has opened an inquiry into Sunday's crash at the Kettlesike hill climb, in which four spectators were hurt.",
      "Photographs taken at Gallows Bend show the group was 25ft from the track's edge when the Escort left the road.",
      "Under the governing body's rules, spectator areas on a hill climb must be set 2 to 6 metres back from the track's edge, depending on the speed of the section.",
      "“A closed area is only as safe as the people who respect it,” said Motorsport UK's safety director, Colin Marr.",
    ].join("\n"),
  },
  {
    input: "hillclimb-spectator-crash/5",
    externalId: "hc5",
    source: "The Fellside Gazette",
    url: "https://fellsidegazette.example/news/hill-climb-victims-damages",
    publishedAt: "2028-06-14T16:00:00Z",
    title: "Hill climb crash victims seek damages",
    originalText: [
      "Solicitors for two of the spectators hurt at the Kettlesike hill climb are seeking £200,000 in damages; the club's insurers have offered £75,000.",
      "The marshals' warning came a full 30 seconds before the Escort hit the bank, according to spectators who spoke to the Gazette.",
      "The appeal for the injured has now raised £11,500.",
      "One of the injured, a schoolboy, remains in hospital in Carlisle.",
      "“My son still cannot sleep,” said his mother, Karen Birkett.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function hillclimbSpectatorCrashArticles(): Article[] {
  return linkNearDuplicates(HILLCLIMB_SPECTATOR_CRASH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts39 (2026-12-07), before running any code on them. Three real
 * disagreements: the crowd (6,500 against 8,000), the spectators' distance from the track's edge (three
 * metres against 25ft) and the warning's lead (10 seconds against 30).
 */
export const HILLCLIMB_SPECTATOR_CRASH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It came straight at us and there was nowhere to go", speaker: "Alan Pryce" },
    { text: "Our marshals did everything they could", speaker: "Derek Holme" },
    { text: "We will look at every part of how the day was run", speaker: "Sarah Quayle" },
    { text: "A closed area is only as safe as the people who respect it", speaker: "Colin Marr" },
    { text: "My son still cannot sleep", speaker: "Karen Birkett" },
  ],
  timeline: [{ text: "Five spectators were hurt on Sunday", dates: ["2028-06-11"] }],
  neverDated: [{ text: "In 2019 a car left the road at the same bend", date: "2028" }],
  disagreements: [
    { values: ["6,500", "8,000"], outlets: ["Border Counties Press", "Northern Broadcast News"] },
    { values: ["three", "25"], outlets: ["The Eden Valley Courier", "Motor Sport Bulletin"] },
    { values: ["10", "30"], outlets: ["The Eden Valley Courier", "The Fellside Gazette"] },
  ],
  notDisagreements: [
    // An appeal's total that grew.
    ["4,000", "11,500"],
    // The club's own revision of the hurt.
    ["Five", "four"],
    // Those in the grandstand (a part) against the crowd; the crowd expected; last year's crowd.
    ["1,200", "6,500"],
    ["1,200", "8,000"],
    ["10,000", "6,500"],
    ["10,000", "8,000"],
    ["5,000", "6,500"],
    ["5,000", "8,000"],
    // The rules' range of set-backs holds three metres.
    ["6", "three"],
    // The car's run across the grass and a precedent's distance against the spectators' distance.
    ["40", "three"],
    ["40", "25"],
    ["20", "three"],
    ["20", "25"],
    // Racing's restart before the crash against the warning's lead.
    ["15", "10"],
    ["15", "30"],
    // Damages sought against the insurers' offer.
    ["200,000", "75,000"],
    // The course's length against a distance.
    ["1,000", "25"],
  ],
  corroboration: [
    { text: "Motorsport UK has opened an inquiry", outlets: 1 },
    { text: "Some 8,000 spectators had turned out", outlets: 1 },
  ],
};
