import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline16, 2026-12-05, before any digest of it
 * was run): four dated articles from British outlets and one undated volunteers' page on the River
 * Calden flooding the Yorkshire town of Kelbrook overnight into Saturday 4 March 2028, a year after
 * an earlier flood, to the council's grant scheme on Tuesday 14 March. Traps: "overnight" in a
 * morning paper, a background anniversary ("a year after the flood that destroyed …", "higher than
 * in last year's flood", "promised after the flood of March 2027", "set up after the 2027 flood"),
 * a background year beside the news ("the first in the county since 2020"), British and US date
 * styles ("on 4 March", "on March 8th", a deadline "by 3/4" in a British council notice: 3 April,
 * which is also the only reading still to come), a date range ("from May 2 to May 5"), "this week"
 * and "earlier this month", a visit to come and the visit made, and an undated page whose Saturday
 * cannot be placed. Test support only.
 */
const REPEAT_FLOOD_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "repeat-flood/1",
    externalId: "pennine-post-1",
    source: "Pennine Post",
    url: "https://penninepost.example.co.uk/news/2028/03/04/kelbrook-flooded-again",
    publishedAt: "2028-03-04T07:30:00Z",
    title: "Kelbrook flooded again as River Calden bursts its banks",
    originalText: [
      "Hundreds of homes in Kelbrook were flooded overnight after the River Calden burst its banks, a year after the flood that destroyed the town's footbridge.",
      "The Environment Agency issued a severe flood warning for the river on Friday afternoon, the first in the county since 2020.",
      "“The water came up through the floorboards in twenty minutes,” said Margaret Hale, 71.",
    ].join("\n\n"),
  },
  {
    input: "repeat-flood/2",
    externalId: "northern-broadcasting-1",
    source: "Northern Broadcasting",
    url: "https://northernbroadcasting.example.co.uk/news/england-yorkshire-kelbrook",
    publishedAt: "2028-03-06T12:00:00Z",
    title: "Soldiers build barrier as Kelbrook counts the cost",
    originalText: [
      "The river peaked at 4.2 metres on 4 March, higher than in last year's flood.",
      "Soldiers began building a temporary barrier along the riverbank on Sunday.",
      "Kelbrook's flood defences, which were promised after the flood of March 2027, have not yet been built.",
      "The Prime Minister will visit Kelbrook on Thursday.",
    ].join("\n\n"),
  },
  {
    input: "repeat-flood/3",
    externalId: "daily-courier-1",
    source: "Daily Courier",
    url: "https://dailycourier.example.co.uk/news/pm-heckled-kelbrook",
    publishedAt: "2028-03-09T22:00:00Z",
    title: "PM heckled by flood victims in Kelbrook",
    originalText: [
      "The Prime Minister was heckled in Kelbrook on Thursday by residents who said the town had been forgotten.",
      "The Government announced on March 8th a £20 million fund for flooded homes and businesses.",
      "Contractors will close the Calden Road bridge from May 2 to May 5 to inspect it for damage.",
      "“We were told this would never happen again,” said shopkeeper Imran Qureshi.",
    ].join("\n\n"),
  },
  {
    input: "repeat-flood/4",
    externalId: "kelbrook-council-1",
    source: "Kelbrook Town Council",
    url: "https://kelbrook.example.gov.uk/news/flood-recovery-grant",
    publishedAt: "2028-03-14T10:00:00Z",
    title: "Flood recovery grant: how to apply",
    originalText: [
      "Households whose homes were flooded can apply for a recovery grant of up to £5,000.",
      "Applications must be made by 3/4.",
      "Councillors agreed earlier this month to waive council tax for flooded homes until June.",
      "Insurers have paid out £3.2 million to Kelbrook households this week, the Association of British Insurers said on Monday.",
    ].join("\n\n"),
  },
  {
    input: "repeat-flood/5",
    externalId: "kelbrook-flood-action-1",
    source: "Kelbrook Flood Action Group",
    url: "https://kelbrookfloodaction.example.org.uk/how-to-help",
    title: "How you can help",
    originalText: [
      "Volunteers cleared mud from 40 homes on Saturday.",
      "The group was set up after the 2027 flood.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function repeatFloodArticles(): Article[] {
  return linkNearDuplicates(REPEAT_FLOOD_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. "Overnight" in a Saturday morning paper
 * is the night into Saturday (either day is right). A last year's flood named beside this one is
 * background. A range is told at its first day. A plan may be told at its day or on the day it was
 * said.
 */
export const REPEAT_FLOOD_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The water came up through the floorboards in twenty minutes", speaker: "Margaret Hale" },
    { text: "We were told this would never happen again", speaker: "Imran Qureshi" },
  ],
  timeline: [
    { text: "Hundreds of homes in Kelbrook were flooded overnight", dates: ["2028-03-04", "2028-03-03"] },
    { text: "issued a severe flood warning for the river on Friday afternoon", dates: ["2028-03-03"] },
    // British style: 4 March.
    { text: "The river peaked at 4.2 metres on 4 March", dates: ["2028-03-04"] },
    { text: "Soldiers began building a temporary barrier along the riverbank on Sunday", dates: ["2028-03-05"] },
    { text: "The Prime Minister will visit Kelbrook on Thursday", dates: ["2028-03-09"] },
    { text: "The Prime Minister was heckled in Kelbrook on Thursday", dates: ["2028-03-09"] },
    // An ordinal: Wednesday 8 March.
    { text: "The Government announced on March 8th a £20 million fund", dates: ["2028-03-08"] },
    // A range: told at its first day.
    { text: "Contractors will close the Calden Road bridge from May 2 to May 5", dates: ["2028-05-02"] },
    // A British council's 3/4 is 3 April (4 March had already passed).
    { text: "Applications must be made by 3/4", dates: ["2028-04-03"] },
    { text: "Councillors agreed earlier this month to waive council tax", dates: ["2028-03"] },
    // Said on Monday 13 March, of this week.
    { text: "Insurers have paid out £3.2 million to Kelbrook households this week", dates: ["2028-03-13"] },
    // The undated page: its Saturday cannot be placed.
    { text: "Volunteers cleared mud from 40 homes on Saturday", dates: [null] },
  ],
  neverDated: [
    // The anniversary and last year's flood are background to this one.
    { text: "Hundreds of homes in Kelbrook were flooded overnight", date: "2027" },
    { text: "The river peaked at 4.2 metres on 4 March", date: "2027" },
    { text: "Kelbrook's flood defences, which were promised after the flood of March 2027", date: "2027" },
    { text: "The group was set up after the 2027 flood", date: "2027" },
    // A background year beside the news.
    { text: "issued a severe flood warning for the river on Friday afternoon", date: "2020" },
    // The US reading of 3/4, already past when the notice was written.
    { text: "Applications must be made by 3/4", date: "2028-03-04", exact: true },
    // The range's end is not its start; the waiver's end is not the day it was agreed.
    { text: "Contractors will close the Calden Road bridge", date: "2028-05-05", exact: true },
    { text: "Councillors agreed earlier this month to waive council tax", date: "2028-06" },
    { text: "Volunteers cleared mud from 40 homes on Saturday", date: "2028" },
  ],
  disagreements: [],
  notDisagreements: [
    // A fund against insurers' payouts; a grant's ceiling against a fund.
    ["20", "3.2"],
    ["5,000", "20"],
  ],
  corroboration: [{ text: "The Prime Minister was heckled in Kelbrook on Thursday", outlets: 1 }],
};
