/**
 * The lead's held-out batch J (session 26, 2026-12-07): texts and expectations written by helper heldout12 before any run, kept
 * outside the repository while they were unfitted (first run: 3 of 20 disagreements; 4 of 20 at the end of session 26) and added
 * here in session 27 (2026-12-07), when rules were written from its misses told in other words (so it is fitted now).
 * The expectations' values were rewritten to bare figures ("95" for "95-foot") before the first run, the house convention.
 * A wooden roller coaster car derails at a Tennessee theme park, Friday 6 to Wednesday 11 July 2040.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cd/1",
    externalId: "r1",
    source: "American Newswire",
    url: "https://americannewswire.example/article/tennessee-roller-coaster-derails",
    publishedAt: "2040-07-07T01:00:00Z",
    title: "Roller coaster car derails at Tennessee park, injuring 14",
    originalText: [
      "MILLBROOK, Tenn. (AN) — A car on a wooden roller coaster at Thunder Ridge Adventure Park derailed Friday afternoon, injuring 14 riders, park officials said.",
      "The Timber Rattler, which opened in 1998, was carrying 24 people when the rear car left the track on a curve at about 4:15 p.m.",
      "“We heard a crack and then screaming,” said Tanya Boyd, who was waiting in line with her two children.",
      "The ride has a top speed of 55 mph.",
      "In 2031, a coaster derailment at an Ohio park injured nine people.",
    ].join("\n"),
  },
  {
    input: "cd/2",
    externalId: "r2",
    source: "Channel 9 Action News",
    url: "https://channel9actionnews.example/news/local/timber-rattler-investigators",
    publishedAt: "2040-07-07T15:00:00Z",
    title: "State investigators at Thunder Ridge after Timber Rattler derailment",
    originalText: [
      "Investigators from the Tennessee Department of Labor were at Thunder Ridge on Saturday, a day after a Timber Rattler car jumped the track with 30 riders on board.",
      "The number of people hurt rose to 16 overnight as more riders sought treatment, the Millbrook Fire Department said.",
      "Six people were taken to hospitals, and two remain in critical condition.",
      "One of the critically injured riders is a 12-year-old girl from Knoxville.",
      "The car came off the rails just after the coaster's 95-foot first drop.",
      "“Our hearts are with the riders and their families,” park president Gene Harlan said in a statement.",
      "The park, which draws about 1.2 million visitors a year, will stay closed through the weekend.",
    ].join("\n"),
  },
  {
    input: "cd/3",
    externalId: "r3",
    source: "The Daily Sentinel",
    url: "https://dailysentinel.example/news/british-family-rollercoaster-tennessee",
    title: "British family hurt in US rollercoaster horror",
    originalText: [
      "A British family of four from Leeds were among the 16 people hurt when a rollercoaster derailed at an American theme park on Friday.",
      "“The whole carriage lurched sideways and I thought we were going over,” said Joanne Pike, 41, whose husband and two sons were also on the ride.",
      "The family had paid $89 — about £70 — each for day tickets.",
      "The ride's 95ft drop is the tallest in the state.",
    ].join("\n"),
  },
  {
    input: "cd/4",
    externalId: "r4",
    source: "The Cedar Valley Register",
    url: "https://cedarvalleyregister.example/local/timber-rattler-inspection-records",
    publishedAt: "2040-07-08T11:00:00Z",
    title: "Timber Rattler passed inspection weeks before derailment",
    originalText: [
      "State inspectors last certified the Timber Rattler on May 30, according to records obtained by the Register.",
      "The car left the track at the bottom of the ride's 85-foot first drop.",
      "The injured girl, 13, is in critical condition at East Tennessee Children's Hospital, her family said.",
      "The coaster underwent a $3.5 million renovation in 2036.",
      "Harlan told reporters Saturday that the coaster had passed its daily check that morning and that the park would “cooperate fully” with investigators.",
    ].join("\n"),
  },
  {
    input: "cd/5",
    externalId: "r5",
    source: "Amusement Industry Today",
    url: "https://amusementindustrytoday.example/safety/thunder-ridge-timber-rattler-season",
    publishedAt: "2040-07-09T16:00:00Z",
    title: "Thunder Ridge shuts Timber Rattler for season",
    originalText: [
      "Thunder Ridge said Monday it would keep the Timber Rattler closed for the rest of the season and reopen the rest of the park on Wednesday.",
      "The ride passed its most recent state inspection on May 30, the Tennessee Department of Labor confirmed.",
      "The park spent $2.8 million refurbishing the coaster's track and trains in 2036, its annual report shows.",
      "“Wooden coasters take a beating every single day,” Rick Ortega, a ride-safety consultant, said.",
    ].join("\n"),
  },
  {
    input: "cd/6",
    externalId: "r6",
    source: "American Newswire",
    url: "https://americannewswire.example/article/roller-coaster-broken-axle",
    publishedAt: "2040-07-11T20:00:00Z",
    title: "Broken axle caused Tennessee roller coaster derailment, officials say",
    originalText: [
      "MILLBROOK, Tenn. (AN) — A broken axle on the rear car caused the Timber Rattler derailment, Tennessee labor officials said Wednesday.",
      "The axle had not been replaced since 2029, the inspectors' preliminary report found.",
      "Investigators estimated the car was going about 40 mph when it left the track.",
      "The fire department had counted 16 injured on Saturday. It now puts the number at 19, after three more riders reported back and neck injuries.",
      "The two riders who were critically hurt have been upgraded to serious condition.",
      "The families of four riders have filed suit against the park, seeking $10 million in damages; the park has offered $25,000 to each injured rider.",
      "“We missed it, and we are deeply sorry,” Harlan said.",
      "The park reopened Wednesday without the coaster.",
    ].join("\n"),
  },
];

export function coasterDerailmentArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. The first wire story is stamped 01:00 UTC Saturday
 * (Friday evening in Tennessee): "Friday afternoon" is 6 July. "On Saturday" in Saturday's and
 * Wednesday's stories is the 7th; "on Friday" in the undated Sentinel story is the 6th if anything; "Saturday" in a Sunday
 * paper is the 7th; "Monday" in a Monday story the 9th; "Wednesday" in a Wednesday story the 11th;
 * "May 30" in July is this year's.
 */
export const COASTER_DERAILMENT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We heard a crack and then screaming", speaker: "Tanya Boyd" },
    { text: "Our hearts are with the riders and their families", speaker: "Gene Harlan" },
    { text: "The whole carriage lurched sideways and I thought we were going over", speaker: "Joanne Pike" },
    { text: "cooperate fully", speaker: "Gene Harlan", partial: true },
    { text: "Wooden coasters take a beating every single day", speaker: "Rick Ortega" },
    { text: "We missed it, and we are deeply sorry", speaker: "Gene Harlan" },
  ],
  timeline: [
    { text: "derailed Friday afternoon, injuring 14 riders", dates: ["2040-07-06"] },
    { text: "were at Thunder Ridge on Saturday, a day after", dates: ["2040-07-07"] },
    // The Sentinel's story carries no date: its "on Friday" may stay undated or take the Friday of the others.
    { text: "derailed at an American theme park on Friday", dates: [null, "2040-07-06"] },
    { text: "State inspectors last certified the Timber Rattler on May 30", dates: ["2040-05-30"] },
    { text: "The ride passed its most recent state inspection on May 30", dates: ["2040-05-30"] },
    { text: "Harlan told reporters Saturday", dates: ["2040-07-07", "2040-07-06"] },
    { text: "Thunder Ridge said Monday it would keep the Timber Rattler closed", dates: ["2040-07-09"] },
    { text: "caused the Timber Rattler derailment, Tennessee labor officials said Wednesday", dates: ["2040-07-11"] },
    { text: "The fire department had counted 16 injured on Saturday", dates: ["2040-07-07"] },
    { text: "The park reopened Wednesday without the coaster", dates: ["2040-07-11"] },
  ],
  neverDated: [
    { text: "which opened in 1998", date: "1998" },
    { text: "In 2031, a coaster derailment at an Ohio park injured nine people", date: "2031" },
    { text: "underwent a $3.5 million renovation in 2036", date: "2036" },
    { text: "refurbishing the coaster's track and trains in 2036", date: "2036" },
    { text: "The axle had not been replaced since 2029", date: "2029" },
    { text: "State inspectors last certified the Timber Rattler on May 30", date: "2041-05-30", exact: true },
    // "On Saturday" in a Wednesday story is the Saturday gone.
    { text: "The fire department had counted 16 injured on Saturday", date: "2040-07-14", exact: true },
  ],
  disagreements: [
    // Riders on the derailed train.
    { values: ["24", "30"], outlets: ["American Newswire", "Channel 9 Action News"] },
    // The critically injured girl's age.
    { values: ["12", "13"], outlets: ["Channel 9 Action News", "The Cedar Valley Register"] },
    // The height of the first drop, each inside a modifier.
    { values: ["95", "85"], outlets: ["Channel 9 Action News", "The Cedar Valley Register"] },
    // The cost of one 2036 renovation.
    { values: ["3.5", "2.8"], outlets: ["The Cedar Valley Register", "Amusement Industry Today"] },
  ],
  notDisagreements: [
    // The injured as the count grew, and the same department's revision.
    ["14", "16"],
    ["16", "19"],
    ["14", "19"],
    // Riders on board against those hurt; those hurt against those in hospital and the critical.
    ["24", "14"],
    ["30", "16"],
    ["30", "19"],
    ["16", "Six"],
    ["Six", "two"],
    // Top speed against the speed at the derailment.
    ["55", "40"],
    // A 2031 precedent.
    ["nine", "14"],
    ["nine", "16"],
    // A price and its conversion.
    ["89", "70"],
    // A demand against an offer.
    ["10", "25,000"],
    // The renovation against the ride's age and visitors.
    ["3.5", "1.2"],
    // A family's member's age against the girl's.
    ["41", "13"],
  ],
  corroboration: [
    { text: "State inspectors last certified the Timber Rattler on May 30", outlets: 2 },
    { text: "A broken axle on the rear car caused the Timber Rattler derailment", outlets: 1 },
  ],
  headline: ["broken axle", "axle"],
  summary: {
    holds: ["broken axle", "19"],
    never: ["derailed Friday afternoon, injuring 14 riders", "two remain in critical condition"],
  },
  order: [
    "State inspectors last certified the Timber Rattler on May 30",
    "derailed Friday afternoon, injuring 14 riders",
    "Thunder Ridge said Monday it would keep the Timber Rattler closed",
    "caused the Timber Rattler derailment, Tennessee labor officials said Wednesday",
  ],
  supersession: {
    apart: [
      ["derailed Friday afternoon, injuring 14 riders", "It now puts the number at 19"],
      ["The number of people hurt rose to 16 overnight", "It now puts the number at 19"],
      ["two remain in critical condition", "have been upgraded to serious condition"],
      ["will stay closed through the weekend", "The park reopened Wednesday without the coaster"],
    ],
    current: [
      "would keep the Timber Rattler closed for the rest of the season",
      "State inspectors last certified the Timber Rattler on May 30",
      "have filed suit against the park",
    ],
  },
};
