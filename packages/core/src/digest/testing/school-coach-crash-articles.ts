import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts20 (2026-12-05, before running any code on it): five
 * articles from five outlets on a coach carrying a school party that overturned on the M9 near
 * Brackley Cross on the afternoon of Monday 22 February 2027. A wire on Monday evening and a local
 * evening paper's syndicated rewrite of it, a national paper and a regional broadcaster on Tuesday, a
 * weekly on Wednesday. The real disagreements: the passengers aboard, 48 for the wire (the police)
 * against 52 for the national paper (the operator); the coach's speed, 62 mph for the national paper
 * (its tachograph) against about 70 mph for the broadcaster (witnesses). Traps: 31 taken to hospital,
 * nine of them seriously hurt, against 12 still in hospital a day later; a closure expected to last up
 * to 12 hours that lasted nine; the speed against the 50 mph limit of the roadworks; 23 pupils of one
 * school among the passengers; the operator's 40 coaches; a driver's 14 years with the firm. Test
 * support only.
 */
const COACH_CRASH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "coach/1",
    externalId: "c1",
    source: "Central News Agency",
    url: "https://centralnews.example/uk/m9-coach-overturns",
    publishedAt: "2027-02-22T18:00:00Z",
    title: "Coach carrying school party overturns on M9",
    originalText: [
      "A coach carrying a school party overturned on the M9 near Brackley Cross on Monday afternoon, killing its driver.",
      "The coach was carrying 48 passengers, most of them pupils from Hartley Academy in Lowick, police said.",
      "Thirty-one people were taken to hospital, nine of them with serious injuries, the ambulance service said.",
      "The northbound carriageway was expected to stay closed for up to 12 hours.",
      "“The scene was utter chaos,” said lorry driver Mark Devlin, who stopped to help.",
    ].join("\n"),
  },
  {
    input: "coach/2",
    externalId: "c2",
    source: "Lowick Evening Post",
    url: "https://lowickpost.example/news/school-coach-overturns-m9",
    publishedAt: "2027-02-22T20:30:00Z",
    title: "Hartley Academy coach overturns on M9",
    originalText: [
      "A coach carrying a school party overturned on the M9 near Brackley Cross on Monday afternoon, killing its driver.",
      "The coach was carrying 48 passengers, most of them pupils from Hartley Academy in Lowick, police said.",
      "Thirty-one people were taken to hospital, nine of them with serious injuries, the ambulance service said.",
      "“The scene was utter chaos,” said lorry driver Mark Devlin, who stopped to help.",
      "Central News Agency",
    ].join("\n"),
  },
  {
    input: "coach/3",
    externalId: "c3",
    source: "The Morning Herald",
    url: "https://morningherald.example/news/coach-crash-speed-tachograph",
    publishedAt: "2027-02-23T06:00:00Z",
    title: "Crashed coach was speeding through roadworks",
    originalText: [
      "Fifty-two passengers were on board the coach when it left the road on Monday, according to its operator, Greystone Travel.",
      "The coach was travelling at 62 mph, according to its tachograph, in a 50 mph roadworks zone.",
      "The motorway reopened after nine hours, shortly after 1 a.m. on Tuesday.",
      "The driver, named as 58-year-old Graham Pike, had worked for Greystone for 14 years.",
      "“Our thoughts are with the families of everyone on board,” Greystone Travel's managing director, Susan Whitlow, said.",
    ].join("\n"),
  },
  {
    input: "coach/4",
    externalId: "c4",
    source: "North Midlands Radio",
    url: "https://northmidlandsradio.example/news/coach-crash-twelve-in-hospital",
    publishedAt: "2027-02-23T12:00:00Z",
    title: "Twelve still in hospital after M9 coach crash",
    originalText: [
      "Twelve people remained in hospital on Tuesday, two of them in a critical condition, the ambulance service said.",
      "Witnesses told police the coach had been travelling at about 70 mph when it hit the barrier.",
      "Greystone Travel, which runs 40 coaches, said it had taken its other vehicles off the road for checks.",
      "“Every family in Lowick knows someone who was on that coach,” said the town's mayor, Daniel Osei.",
    ].join("\n"),
  },
  {
    input: "coach/5",
    externalId: "c5",
    source: "The Lowick Sentinel",
    url: "https://lowicksentinel.example/news/hartley-academy-to-reopen",
    publishedAt: "2027-02-24T07:00:00Z",
    title: "Hartley Academy to reopen after coach crash",
    originalText: [
      "Hartley Academy said 23 of its pupils were among the passengers, returning from a museum trip in Eldon.",
      "The coach was carrying 48 passengers, police said.",
      "The school will reopen on Thursday, its head teacher, Rachel Ames, said on Tuesday.",
      "“We will get through this together, as a school and as a town,” Ms Ames said.",
      "Greystone Travel was fined £40,000 in 2024 for failing to maintain its vehicles.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function schoolCoachCrashArticles(): Article[] {
  return linkNearDuplicates(COACH_CRASH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts20 (2026-12-05), before running any code on them. Two real
 * disagreements: the passengers aboard (48 against 52) and the coach's speed (62 against about 70 mph).
 */
export const SCHOOL_COACH_CRASH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The scene was utter chaos", speaker: "Mark Devlin" },
    { text: "Our thoughts are with the families of everyone on board", speaker: "Susan Whitlow" },
    { text: "Every family in Lowick knows someone who was on that coach", speaker: "Daniel Osei" },
    { text: "We will get through this together", speaker: "Rachel Ames" },
  ],
  timeline: [
    { text: "overturned on the M9 near Brackley Cross on Monday afternoon", dates: ["2027-02-22"] },
    { text: "The motorway reopened after nine hours", dates: ["2027-02-23"] },
    { text: "The school will reopen on Thursday", dates: ["2027-02-25"] },
  ],
  neverDated: [{ text: "Greystone Travel was fined £40,000 in 2024", date: "2027" }],
  disagreements: [
    { values: ["48", "Fifty-two"], outlets: ["Central News Agency", "The Morning Herald"] },
    { values: ["62", "70"], outlets: ["The Morning Herald", "North Midlands Radio"] },
  ],
  notDisagreements: [
    // Taken to hospital, seriously hurt among them, and still there a day later.
    ["Thirty-one", "Twelve"],
    ["nine", "Twelve"],
    // The closure expected against the closure.
    ["12", "nine"],
    // The speed against the limit.
    ["62", "50"],
    ["70", "50"],
    // One school's pupils among the passengers; the operator's fleet.
    ["48", "23"],
    ["Fifty-two", "23"],
    ["48", "40"],
    ["Fifty-two", "40"],
  ],
  corroboration: [
    // The police's count, told by the wire (and its rewrite) and the weekly.
    { text: "The coach was carrying 48 passengers, most of them pupils", outlets: 2 },
    { text: "Thirty-one people were taken to hospital", outlets: 1 },
    { text: "Twelve people remained in hospital on Tuesday", outlets: 1 },
    { text: "Fifty-two passengers were on board the coach", outlets: 1 },
  ],
};
