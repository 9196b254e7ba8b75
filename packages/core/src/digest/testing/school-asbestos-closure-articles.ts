/**
 * Held-out batch T (lead session 32, 2026-12-07), written by heldout22 before any run; unfitted.
 * Asbestos found in a secondary school's ceilings closes three blocks and sends pupils by coach to a borrowed campus, Thursday 6 to Monday 10 September 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "sx/1",
    externalId: "s1",
    source: "The Kettleby Echo",
    url: "https://kettlebyecho.example/news/st-aldhelms-asbestos-blocks-closed",
    publishedAt: "2046-09-06T17:00:00Z",
    title: "Asbestos shuts two blocks at St Aldhelm's",
    originalText: [
      "Two blocks at St Aldhelm's Academy in Kettleby were closed today after contractors found asbestos in ceiling voids, the school's trust said.",
      "Workers fitting new heating pipes in the 1967 west wing discovered asbestos insulation board on Tuesday evening, and the science block was shut as a precaution.",
      "About 420 pupils in Years 7 and 8 will be taught at the former Brookfield College campus, four miles away, from Monday.",
      "Headteacher Claire Mabbott, who has led the school since 2038, said in a letter to parents: “The safety of our children and staff comes before everything else.”",
      "The academy has 1,150 pupils.",
    ].join("\n"),
  },
  {
    input: "sx/2",
    externalId: "s2",
    source: "Education Estates Journal",
    url: "https://educationestatesjournal.example/asbestos/st-aldhelms-kettleby-closure",
    publishedAt: "2046-09-07T10:00:00Z",
    title: "Heating works uncover asbestos at Kettleby academy",
    originalText: [
      "Asbestos insulation board has been found in two of St Aldhelm's Academy's seven blocks this week, forcing the Kettleby school to move nearly 480 pupils off site.",
      "Of 38 air samples taken on Wednesday, three showed fibres above the clearance level, according to the Kettleby Learning Trust.",
      "More than 80 per cent of schools built before 2000 still contain asbestos, a government survey found in 2043.",
      "“Asbestos that is left alone and in good condition is not a danger; once it is drilled or knocked, it is,” said Prof Neil Ashdown, an occupational hygienist at Trent Valley University.",
      "In 2033, asbestos closed Hollins Primary in the same county for 14 weeks.",
    ].join("\n"),
  },
  {
    input: "sx/3",
    externalId: "s3",
    source: "Midlands News Service",
    url: "https://midlandsnewsservice.example/education/st-aldhelms-pupils-coached-brookfield",
    publishedAt: "2046-09-10T12:00:00Z",
    title: "Pupils bussed out as asbestos closes third school block",
    originalText: [
      "KETTLEBY (MNS) — Nine coaches took pupils from St Aldhelm's Academy to temporary classrooms six miles away on Monday, after asbestos closed part of the school.",
      "A third block, the sports hall, was closed on Saturday after further tests found asbestos in its roof panels.",
      "Councillor Priya Dhillon, the county's cabinet member for education, said the removal would take about 18 weeks and cost £2.1m, which the county would pay.",
      "“We will not cut corners to get children back sooner,” Dhillon said.",
      "Parents have started a petition, signed by more than 1,300 people, calling for a new school building, which the trust estimates would cost £24m.",
    ].join("\n"),
  },
  {
    input: "sx/4",
    externalId: "s4",
    source: "The Shire Gazette",
    url: "https://shiregazette.example/news/asbestos-st-aldhelms-coaches-monday",
    publishedAt: "2046-09-10T15:00:00Z",
    title: "Coaches carry St Aldhelm's pupils to temporary classrooms",
    originalText: [
      "Pupils from St Aldhelm's Academy were taken by nine coaches to temporary classrooms six miles from the school on Monday, after asbestos forced part of it to close.",
      "The sports hall became the third block to shut on Saturday, when more tests found asbestos in its roof panels.",
      "The county will pay for the removal, which will cost £2.1m and take about 18 weeks, education cabinet member Councillor Priya Dhillon said.",
      "“We will not cut corners to get children back sooner,” she said.",
      "A petition calling for a new building, put at £24m by the trust, has more than 1,300 signatures.",
    ].join("\n"),
  },
  {
    input: "sx/5",
    externalId: "s5",
    source: "The Kettleby Echo",
    url: "https://kettlebyecho.example/news/st-aldhelms-first-day-brookfield",
    publishedAt: "2046-09-10T18:00:00Z",
    title: "First day at Brookfield for St Aldhelm's pupils",
    originalText: [
      "St Aldhelm's pupils made the four-mile trip to the Brookfield campus this morning for their first lessons away from the asbestos-hit school.",
      "The trust says its 22-week removal programme means the closed blocks will not reopen until after the February half-term.",
      "“He was nervous getting on the coach, but he came home smiling,” said parent Sunita Rao, whose son is in Year 7.",
      "Mabbott told parents the trust had acted “out of an abundance of caution”.",
      "Years 9 to 11 remain at the main site, in the four blocks still open.",
    ].join("\n"),
  },
  {
    input: "sx/6",
    externalId: "s6",
    source: "The Evening Trumpet",
    url: "https://eveningtrumpet.example/news/asbestos-school-parents-fury",
    title: "Asbestos school: parents demand answers",
    originalText: [
      "Furious parents have demanded answers after asbestos was found in the ceilings of a secondary school, forcing hundreds of children out of their classrooms.",
      "The clean-up at St Aldhelm's Academy in Kettleby will cost taxpayers £1.6million.",
      "‘They have known for years this building was falling apart,’ said mum Gemma Pratt, 38.",
      "Children as young as 11 now face a coach ride every morning.",
    ].join("\n"),
  },
];

export function schoolAsbestosClosureArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. In Thursday's Echo "today" is 6 September, "on Tuesday
 * evening" the 4th and "from Monday" the 10th; "on Wednesday" in Friday's trade story is the 5th; "on Monday"
 * in Monday's wire and its rewrite is the 10th, "on Saturday" the 8th; "this morning" in Monday's Echo the
 * 10th; "the February half-term" is next year's, a plan. The Shire Gazette's story is a syndicated rewrite
 * of the wire's. The Trumpet's story is undated.
 */
export const SCHOOL_ASBESTOS_CLOSURE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The safety of our children and staff comes before everything else", speaker: "Claire Mabbott" },
    {
      text: "Asbestos that is left alone and in good condition is not a danger; once it is drilled or knocked, it is",
      speaker: "Neil Ashdown",
    },
    { text: "We will not cut corners to get children back sooner", speaker: "Priya Dhillon" },
    { text: "He was nervous getting on the coach, but he came home smiling", speaker: "Sunita Rao" },
    { text: "out of an abundance of caution", speaker: "Claire Mabbott", partial: true },
    { text: "They have known for years this building was falling apart", speaker: "Gemma Pratt" },
  ],
  timeline: [
    { text: "Two blocks at St Aldhelm's Academy in Kettleby were closed today", dates: ["2046-09-06"] },
    { text: "discovered asbestos insulation board on Tuesday evening", dates: ["2046-09-04"] },
    {
      text: "will be taught at the former Brookfield College campus, four miles away, from Monday",
      dates: ["2046-09-10"],
    },
    { text: "Of 38 air samples taken on Wednesday", dates: ["2046-09-05"] },
    {
      text: "Nine coaches took pupils from St Aldhelm's Academy to temporary classrooms six miles away on Monday",
      dates: ["2046-09-10"],
    },
    { text: "A third block, the sports hall, was closed on Saturday", dates: ["2046-09-08"] },
    {
      text: "were taken by nine coaches to temporary classrooms six miles from the school on Monday",
      dates: ["2046-09-10"],
    },
    { text: "The sports hall became the third block to shut on Saturday", dates: ["2046-09-08"] },
    { text: "made the four-mile trip to the Brookfield campus this morning", dates: ["2046-09-10"] },
  ],
  neverDated: [
    { text: "in the 1967 west wing", date: "1967" },
    { text: "who has led the school since 2038", date: "2038" },
    { text: "a government survey found in 2043", date: "2043" },
    { text: "In 2033, asbestos closed Hollins Primary", date: "2033" },
    // The half-term to come is next February's, never the one gone.
    { text: "will not reopen until after the February half-term", date: "2046-02" },
  ],
  disagreements: [
    // Pupils moved off site: "About 420 pupils" against "nearly 480 pupils".
    { values: ["420", "480"], outlets: ["The Kettleby Echo", "Education Estates Journal"] },
    // How far the borrowed campus is: "four miles away" and "the four-mile trip" against "six miles away" (the wire; its rewrite counts once).
    { values: ["four", "six"], outlets: ["The Kettleby Echo", "Midlands News Service"] },
    // How long the removal takes: "about 18 weeks" against inside "its 22-week removal programme".
    { values: ["18", "22"], outlets: ["Midlands News Service", "The Kettleby Echo"] },
    // The removal's cost: "£2.1m" against "£1.6million".
    { values: ["2.1", "1.6"], outlets: ["Midlands News Service", "The Evening Trumpet"] },
  ],
  notDisagreements: [
    // Closed blocks as they grew, against all the blocks and those still open.
    ["Two", "third"],
    ["two", "seven"],
    ["seven", "four"],
    // Pupils moved against the whole roll, and a petition against the roll.
    ["420", "1,150"],
    ["480", "1,150"],
    ["1,300", "1,150"],
    // Air samples that failed against all taken.
    ["three", "38"],
    // The removal's cost against the new building parents want.
    ["2.1", "24"],
    ["1.6", "24"],
    // A 2033 precedent's closure against this removal.
    ["14", "18"],
    ["14", "22"],
    // Coaches against pupils; miles against weeks.
    ["Nine", "420"],
    ["six", "18"],
    // A survey's share against the roll; the youngest pupils' age against a parent's.
    ["80", "420"],
    ["11", "38"],
    // Year groups against blocks.
    ["9", "seven"],
  ],
  corroboration: [
    // The Echo, the trade journal, the wire (with its rewrite) and the Trumpet all tell pupils moved out.
    { text: "will be taught at the former Brookfield College campus, four miles away, from Monday", outlets: 4 },
    // The wire and its rewrite count once.
    { text: "A third block, the sports hall, was closed on Saturday", outlets: 1 },
    // Only the trade journal gives the air tests.
    { text: "Of 38 air samples taken on Wednesday, three showed fibres above the clearance level", outlets: 1 },
  ],
  headline: ["coach", "temporary classrooms", "Brookfield", "third block"],
  summary: {
    holds: ["St Aldhelm", "asbestos"],
    never: ["Two blocks at St Aldhelm's Academy in Kettleby were closed today"],
  },
  sameEntry: [
    [
      "Nine coaches took pupils from St Aldhelm's Academy to temporary classrooms six miles away on Monday",
      "made the four-mile trip to the Brookfield campus this morning",
    ],
  ],
  order: [
    "discovered asbestos insulation board on Tuesday evening",
    "Of 38 air samples taken on Wednesday",
    "Two blocks at St Aldhelm's Academy in Kettleby were closed today",
    "A third block, the sports hall, was closed on Saturday",
    "Nine coaches took pupils from St Aldhelm's Academy to temporary classrooms six miles away on Monday",
  ],
  supersession: {
    apart: [
      [
        "Two blocks at St Aldhelm's Academy in Kettleby were closed today",
        "A third block, the sports hall, was closed on Saturday",
      ],
      ["two of St Aldhelm's Academy's seven blocks", "The sports hall became the third block to shut on Saturday"],
    ],
    current: [
      "will not reopen until after the February half-term",
      "Years 9 to 11 remain at the main site",
      "calling for a new school building",
    ],
  },
};
