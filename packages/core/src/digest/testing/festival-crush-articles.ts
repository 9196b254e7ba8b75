import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline24, 2026-12-06, texts and expectations
 * before running any code on them): five articles from five outlets on a crush at the main stage of a
 * music festival in Devon late on Friday 11 June 2027, the rest of the festival called off on the
 * Sunday and an investigation opened on the Monday. A US-style wire stamped 02:10 UTC on the Saturday
 * ("late Friday", the festival's first year), a British daily on the Saturday afternoon (a programme
 * "was cancelled", "said last night" about a barrier moved "on Thursday", a licence renewed "in March"
 * with no year, an earlier crush "in 2019" told for comparison), a local radio site on the Sunday
 * ("called off … on Sunday morning", "yesterday", then the festival's promise of refunds with no day),
 * an undated fan magazine piece told in order ("The trouble started…", "Within minutes…", "Hours
 * later…"), and a regional broadcaster on the Tuesday ("on Monday", "Last week", "on July 6").
 * Traps: cancellations as the main verb, a statement dated by the sentence before it, comparison and
 * background years, a barrier moved on Thursday told in a Saturday paper. Test support only.
 */
const FESTIVAL_CRUSH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "crush/1",
    externalId: "f1",
    source: "Associated Press",
    url: "https://apnews.example/article/britain-festival-crush-brightwater",
    publishedAt: "2027-06-12T02:10:00Z",
    title: "At least 19 hurt in crush at English music festival",
    originalText: [
      "HALDON, England (AP) — A crush near the main stage of the Brightwater music festival in southwest England injured at least 19 people late Friday, police said.",
      "Organizers halted the headline set by the band Marrow about 40 minutes after it began.",
      "The festival, first held in 1998, draws about 60,000 people a year.",
    ].join("\n\n"),
  },
  {
    input: "crush/2",
    externalId: "f2",
    source: "The Western Post",
    url: "https://westernpost.example/news/brightwater-crush-main-stage-cancelled",
    publishedAt: "2027-06-12T16:00:00Z",
    title: "Brightwater main stage shut as police examine crush barrier",
    originalText: [
      "Saturday's programme on the main stage was cancelled as police examined the area around the front barrier.",
      "Avon and Somerset Police said 23 people had been treated, four of them in hospital.",
      "Organisers said last night that the barrier had been moved forward by two metres on Thursday to make room for a camera platform.",
      "The council renewed the festival's licence in March on condition that it hire 40 more stewards.",
      "A crush at the same stage in 2019 left two people with broken ribs.",
      "“We were pinned against the barrier and nobody could move,” said Priya Lal, 24, from Exeter.",
    ].join("\n"),
  },
  {
    input: "crush/3",
    externalId: "f3",
    source: "Haldon Radio",
    url: "https://haldonradio.example/news/brightwater-festival-called-off",
    publishedAt: "2027-06-13T10:30:00Z",
    title: "Brightwater festival called off after crush",
    originalText: [
      "Organisers called off the rest of the Brightwater festival on Sunday morning after talks with police and the council.",
      "Police said yesterday that a 17-year-old girl remained in a serious condition at Derriford Hospital.",
      "The festival said ticket holders would receive a full refund for the two lost days.",
      "“Nothing matters more than the safety of the people who come to Brightwater,” said the festival's director, Owen Trace.",
    ].join("\n\n"),
  },
  {
    input: "crush/4",
    externalId: "f4",
    source: "Festival Scene",
    url: "https://festivalscene.example/features/what-happened-at-brightwater",
    title: "What happened at the front of the Brightwater main stage",
    originalText: [
      "The trouble started when fans surged forward as Marrow opened with their biggest hit.",
      "Within minutes, stewards were pulling people over the barrier into the pit.",
      "Hours later, the festival's app told everyone still in the arena to leave by the east gate.",
      "Marrow played Brightwater in 2015 without any trouble.",
    ].join("\n\n"),
  },
  {
    input: "crush/5",
    externalId: "f5",
    source: "South West Today",
    url: "https://southwesttoday.example/news/brightwater-crush-hse-investigation",
    publishedAt: "2027-06-15T07:00:00Z",
    title: "Safety watchdog investigates Brightwater crush",
    originalText: [
      "The Health and Safety Executive opened an investigation into the Brightwater crush on Monday.",
      "The 17-year-old girl treated at Derriford Hospital was discharged on Monday evening.",
      "Last week, the festival's safety officer asked for two more stewards at the front of the main stage, according to emails seen by South West Today.",
      "The council's licensing committee will review the festival's licence on July 6.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function festivalCrushArticles(): Article[] {
  return linkNearDuplicates(FESTIVAL_CRUSH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline24 (2026-12-06), before running any code on them. "Late
 * Friday" in a wire stamped 02:10 UTC on Saturday is the Friday; the halted set, told next with no day,
 * is that night too. A programme "was cancelled" in a Saturday paper about Saturday's programme: the
 * Saturday. "Said last night" in a Saturday afternoon paper is the Friday (what was said; the barrier's
 * move on Thursday may date it instead). "Called off … on Sunday morning": the Sunday; "yesterday" in a
 * Sunday paper the Saturday; the refund promise states no day, so it is the Sunday paper's. "On Monday"
 * in a Tuesday paper is the day before; "Last week" the week before (any day of it); "on July 6" this
 * year's. The fan magazine's entries stay undated, in the order it tells them.
 */
export const FESTIVAL_CRUSH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We were pinned against the barrier and nobody could move", speaker: "Priya Lal" },
    { text: "Nothing matters more than the safety of the people who come to Brightwater", speaker: "Owen Trace" },
  ],
  timeline: [
    { text: "injured at least 19 people late Friday", dates: ["2027-06-11"] },
    { text: "Organizers halted the headline set by the band Marrow", dates: ["2027-06-11"] },
    { text: "Saturday's programme on the main stage was cancelled", dates: ["2027-06-12"] },
    { text: "Avon and Somerset Police said 23 people had been treated", dates: ["2027-06-12"] },
    { text: "Organisers said last night that the barrier had been moved forward", dates: ["2027-06-11", "2027-06-10"] },
    { text: "Organisers called off the rest of the Brightwater festival on Sunday morning", dates: ["2027-06-13"] },
    { text: "Police said yesterday that a 17-year-old girl remained in a serious condition", dates: ["2027-06-12"] },
    { text: "The festival said ticket holders would receive a full refund", dates: ["2027-06-13"] },
    { text: "The Health and Safety Executive opened an investigation", dates: ["2027-06-14"] },
    { text: "was discharged on Monday evening", dates: ["2027-06-14"] },
    {
      text: "Last week, the festival's safety officer asked for two more stewards",
      dates: ["2027-06-07", "2027-06-08", "2027-06-09", "2027-06-10", "2027-06-11", "2027-06-12", "2027-06-13"],
    },
    { text: "The council's licensing committee will review the festival's licence on July 6", dates: ["2027-07-06"] },
    { text: "The trouble started when fans surged forward", dates: [null] },
    { text: "Within minutes, stewards were pulling people over the barrier", dates: [null] },
    { text: "Hours later, the festival's app told everyone", dates: [null] },
  ],
  neverDated: [
    // The festival's first year, an earlier crush told for comparison, the band's last visit.
    { text: "The festival, first held in 1998", date: "1998" },
    { text: "A crush at the same stage in 2019", date: "2019" },
    { text: "Marrow played Brightwater in 2015", date: "2015" },
    // A March with no year in June is the March just gone.
    { text: "The council renewed the festival's licence in March", date: "2028" },
    // "Late Friday" in a wire stamped early on Saturday UTC is not the Saturday.
    { text: "injured at least 19 people late Friday", date: "2027-06-12", exact: true },
    // The refund promise is the Sunday paper's, not the day of the sentence before it.
    { text: "The festival said ticket holders would receive a full refund", date: "2027-06-12", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // The night's first count of the injured against the next day's count of those treated.
    ["19", "23"],
    // Those in hospital against those treated; an earlier crush's injured.
    ["4", "23"],
    ["four", "23"],
    ["two", "19"],
  ],
  corroboration: [{ text: "Organisers called off the rest of the Brightwater festival", outlets: 1 }],
  headline: ["investigation", "investigates", "discharged"],
  order: [
    "The trouble started when fans surged forward",
    "Within minutes, stewards were pulling people over the barrier",
    "Hours later, the festival's app told everyone",
  ],
};
