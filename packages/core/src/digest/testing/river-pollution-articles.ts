import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline13, 2026-12-05, before any digest of it
 * was run): six dated articles from four outlets and one undated newsletter on a phenol spill from
 * the Corvane Chemicals plant at Ashford Mill into the River Alder, from a valve that failed at about
 * 11 p.m. on Monday 4 October 2027, to the warning on the river lifted on Tuesday 12 October, a day
 * later than the Monday the agency had planned. A wire report and its rewrite with a subscription
 * line. Traps: the statement day against the day of what it names ("said on Wednesday that the valve
 * that failed on Monday was 30 years old"), "a third town … on Oct. 7", "yesterday", "last week's
 * spill", background years in clauses about something else ("which opened the plant in 1968", "its
 * worst since 2011", "last inspected in 2022", "who took over as chief executive in 2024"), plans and
 * deadlines ahead ("would have the leak sealed by Friday", met on Wednesday; "would lift its warning
 * on Monday", done on Tuesday; "by Nov. 1"; "on Oct. 21"), and an undated newsletter whose days
 * ("early on Tuesday", "By Thursday … up from 1,200 on Wednesday") cannot be placed but keep their
 * order. Test support only.
 */
const RIVER_POLLUTION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "river-pollution/1",
    externalId: "alder-valley-gazette-1",
    source: "Alder Valley Gazette",
    url: "https://aldervalleygazette.example/news/2027/10/05/dead-fish-river-alder",
    publishedAt: "2027-10-05T16:00:00Z",
    title: "Thousands of dead fish in the Alder after chemical plant spill",
    originalText: [
      "Thousands of dead fish were found along an eight-kilometre stretch of the River Alder on Tuesday morning, a day after a spill at the Corvane Chemicals plant in Ashford Mill.",
      "Corvane said a valve on a wastewater tank failed at about 11 p.m. on Monday, sending phenol into the river for almost two hours.",
      "The spill is the plant's worst since 2011, when a fire forced the evacuation of nearby streets.",
      "Corvane, which opened the plant in 1968, said it would have the leak sealed by Friday.",
      "The Environment Agency told residents not to let pets or livestock drink from the river.",
    ].join("\n\n"),
  },
  {
    input: "river-pollution/2",
    externalId: "regional-broadcasting-1",
    source: "Regional Broadcasting Network",
    url: "https://rbn.example/news/breyford-water-intake-closed",
    publishedAt: "2027-10-06T19:00:00Z",
    title: "Second town stops taking water from the Alder",
    originalText: [
      "Breyford became the second town to stop drawing drinking water from the Alder on Wednesday, after tests found phenol at six times the safe limit.",
      "Corvane engineers sealed the leaking tank on Wednesday evening, two days earlier than the company had promised.",
      "Ashford Mill had closed its own intake on Tuesday.",
      "Corvane said on Wednesday that the valve that failed on Monday was 30 years old and had last been inspected in 2022.",
      "The agency said it would lift its warning on the river on Monday if tests were clear.",
    ].join("\n\n"),
  },
  {
    input: "river-pollution/3",
    externalId: "national-press-wire-1",
    source: "National Press Wire",
    url: "https://nationalpresswire.example/2027/10/08/alder-spill-investigation",
    publishedAt: "2027-10-08T07:00:00Z",
    title: "Criminal investigation opened into Alder chemical spill",
    originalText: [
      "A third town, Kellow, shut its water intake on Oct. 7 as the plume moved downstream.",
      "Corvane's chief executive, Daniel Marsh, apologised yesterday at a public meeting in Ashford Mill attended by about 300 people.",
      "“We failed this river and the people who live along it,” Marsh said.",
      "The Environment Agency said on Thursday it had opened a criminal investigation, its first into the company since 2011.",
      "The company must submit a clean-up plan by Nov. 1.",
    ].join("\n\n"),
  },
  {
    input: "river-pollution/4",
    externalId: "kellow-courier-1",
    source: "Kellow Courier",
    url: "https://kellowcourier.example/news/alder-spill-investigation",
    publishedAt: "2027-10-08T09:30:00Z",
    title: "Criminal investigation opened into Alder spill",
    originalText: [
      "A third town, Kellow, shut its water intake on Oct. 7 as the plume moved downstream.",
      "Corvane's chief executive, Daniel Marsh, apologised yesterday at a public meeting in Ashford Mill attended by about 300 people.",
      "“We failed this river and the people who live along it,” Marsh said.",
      "The Environment Agency said on Thursday it had opened a criminal investigation, its first into the company since 2011.",
      "The company must submit a clean-up plan by Nov. 1.",
      "Get the Kellow Courier delivered to your door for £3 a week.",
    ].join("\n\n"),
  },
  {
    input: "river-pollution/5",
    externalId: "alder-valley-gazette-2",
    source: "Alder Valley Gazette",
    url: "https://aldervalleygazette.example/news/2027/10/13/alder-warning-lifted",
    publishedAt: "2027-10-13T15:00:00Z",
    title: "Warning on the Alder lifted as towns resume drawing water",
    originalText: [
      "The Environment Agency lifted its warning on the River Alder on Tuesday, a day later than planned, after two rounds of clean tests.",
      "Last week's spill killed an estimated 11,000 fish, the agency said.",
      "Breyford and Kellow resumed drawing water on Tuesday; Ashford Mill will follow on Friday.",
      "Marsh, who took over as chief executive in 2024, said the company would replace every tank valve at the plant by the end of the year.",
      "A public hearing on the spill will be held on Oct. 21 at the town hall.",
    ].join("\n\n"),
  },
  {
    input: "river-pollution/6",
    externalId: "alder-anglers-1",
    source: "Alder Anglers Association",
    url: "https://alderanglers.example/newsletter/spill",
    title: "Newsletter: the spill and our river",
    originalText: [
      "Members found the first dead trout below Hollins Weir early on Tuesday.",
      "By Thursday, volunteers had counted more than 4,000 dead fish, up from 1,200 on Wednesday.",
      "The association, founded in 1952, has asked Corvane to pay for restocking the river.",
      "Members will meet on Saturday to plan the restocking.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function riverPollutionArticles(): Article[] {
  return linkNearDuplicates(RIVER_POLLUTION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. The statement rule: a day inside a
 * relative clause that says which thing is meant ("the valve that failed on Monday") names that
 * thing; the sentence's own news is the statement, on its day. A plan a later article reports done
 * may be told by that report (the report's entry cites it). The Kellow Courier's article is the
 * wire's, copied: one outlet.
 */
export const RIVER_POLLUTION_EXPECTED: ExpectedFacts = {
  quotes: [{ text: "We failed this river and the people who live along it", speaker: "Daniel Marsh" }],
  timeline: [
    { text: "Thousands of dead fish were found along an eight-kilometre stretch", dates: ["2027-10-05"] },
    { text: "a valve on a wastewater tank failed at about 11 p.m. on Monday", dates: ["2027-10-04"] },
    { text: "said it would have the leak sealed by Friday", dates: ["2027-10-08", "2027-10-05"] },
    { text: "Breyford became the second town to stop drawing drinking water", dates: ["2027-10-06"] },
    { text: "Corvane engineers sealed the leaking tank on Wednesday evening", dates: ["2027-10-06"] },
    { text: "Ashford Mill had closed its own intake on Tuesday", dates: ["2027-10-05"] },
    { text: "Corvane said on Wednesday that the valve that failed on Monday", dates: ["2027-10-06"] },
    { text: "would lift its warning on the river on Monday", dates: ["2027-10-11", "2027-10-06"] },
    { text: "A third town, Kellow, shut its water intake on Oct. 7", dates: ["2027-10-07"] },
    { text: "apologised yesterday at a public meeting", dates: ["2027-10-07"] },
    { text: "The Environment Agency said on Thursday it had opened a criminal investigation", dates: ["2027-10-07"] },
    { text: "must submit a clean-up plan by Nov. 1", dates: ["2027-11-01"] },
    { text: "lifted its warning on the River Alder on Tuesday", dates: ["2027-10-12"] },
    { text: "Last week's spill killed an estimated 11,000 fish", dates: ["2027-10-04"] },
    { text: "Breyford and Kellow resumed drawing water on Tuesday", dates: ["2027-10-12"] },
    { text: "A public hearing on the spill will be held on Oct. 21", dates: ["2027-10-21"] },
    // The undated newsletter: no day can be put on its news, which keeps its order.
    { text: "Members found the first dead trout below Hollins Weir", dates: [null] },
    { text: "By Thursday, volunteers had counted more than 4,000 dead fish", dates: [null] },
  ],
  neverDated: [
    { text: "The spill is the plant's worst since 2011", date: "2011" },
    { text: "Corvane, which opened the plant in 1968", date: "1968" },
    { text: "Corvane said on Wednesday that the valve that failed on Monday", date: "2022" },
    // The day of the thing named, not of the statement.
    { text: "Corvane said on Wednesday that the valve that failed on Monday", date: "2027-10-04", exact: true },
    // Written on a Wednesday: the coming Monday.
    { text: "would lift its warning on the river on Monday", date: "2027-10-04" },
    { text: "The Environment Agency said on Thursday it had opened a criminal investigation", date: "2011" },
    { text: "must submit a clean-up plan by Nov. 1", date: "2026-11-01" },
    { text: "Marsh, who took over as chief executive in 2024", date: "2024" },
    { text: "The association, founded in 1952", date: "1952" },
    { text: "Members will meet on Saturday to plan the restocking", date: "2027" },
  ],
  disagreements: [],
  notDisagreements: [
    // A count that grows from one day to the next, and two other things counted.
    ["1,200", "4,000"],
    ["300", "11,000"],
    ["4,000", "11,000"],
  ],
  corroboration: [
    // The Kellow Courier's article is the wire's, copied.
    { text: "A third town, Kellow, shut its water intake on Oct. 7", outlets: 1 },
  ],
};
