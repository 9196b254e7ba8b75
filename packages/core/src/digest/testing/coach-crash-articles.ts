import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline19, 2026-12-05, before any digest of it
 * was run): four dated articles from four outlets and one undated operator's statement on a coach that
 * left an Alpine pass road shortly before midnight on Saturday 16 October 2032. Traps: a wire
 * published at 23:20 UTC on the Saturday, when it is already Sunday in Austria ("confirmed dead early
 * on Sunday"), "overnight" in a Sunday paper, weekdays across a week boundary ("on Friday" and "on
 * Monday" in a Sunday paper), an American wire published at 02:00 UTC on the Monday that is still
 * Sunday evening in New York, "on Thursday and Friday", "earlier this month", "last week" in a Friday
 * paper, a memorial service still to come, background years inside sentences about this week ("The
 * pass road, which was widened in 1998, …", "since 2009"), and an undated statement. Test support
 * only.
 */
const COACH_CRASH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "coach-crash/1",
    externalId: "alpine-press-1",
    source: "Alpine Press Agency",
    url: "https://alpinepress.example/en/2032/10/16/coach-falls-arlen-pass",
    publishedAt: "2032-10-16T23:20:00Z",
    title: "Coach carrying British tourists falls into ravine on Arlen Pass",
    originalText: [
      "A coach carrying 48 people, most of them British pensioners on a walking holiday, left the road on the Arlen Pass in western Austria shortly before midnight on Saturday and fell about 30 metres into a ravine, police said.",
      "Five people were confirmed dead early on Sunday, and 21 were taken to hospitals in Innsbruck and Landeck.",
      "The pass road, which was widened in 1998, has no crash barrier on the stretch where the coach left it.",
    ].join("\n\n"),
  },
  {
    input: "coach-crash/2",
    externalId: "morning-ledger-1",
    source: "Morning Ledger",
    url: "https://morningledger.example/world/2032/oct/17/austria-coach-crash-yorkshire",
    publishedAt: "2032-10-17T09:00:00Z",
    title: "Seven dead as coach of Yorkshire walkers plunges off Alpine road",
    originalText: [
      "Rescuers worked overnight in freezing fog to reach passengers trapped in the wreckage of a coach that fell into a ravine in the Austrian Alps.",
      "Seven people, six of them from Yorkshire, have died, Austrian police said on Sunday morning.",
      "The coach, run by the Innsbruck firm Brenner Reisen, had picked the group up from Munich airport on Friday.",
      "The tour operator, Dales Holidays of Harrogate, said it would fly relatives to Innsbruck on Monday.",
      "“Our thoughts are with everyone who has lost someone they love,” said Ruth Ackroyd, the managing director of Dales Holidays.",
    ].join("\n\n"),
  },
  {
    input: "coach-crash/3",
    externalId: "atlantic-wire-1",
    source: "Atlantic Wire Service",
    url: "https://atlanticwire.example/2032/10/17/austria-bus-crash-investigation",
    publishedAt: "2032-10-18T02:00:00Z",
    title: "Austria opens criminal inquiry into driver of crashed tour bus",
    originalText: [
      "INNSBRUCK, Austria — Austrian prosecutors opened a criminal investigation Sunday into the driver of a tour bus that plunged into a ravine in the Alps late Saturday, killing seven British tourists.",
      "The bus was carrying 52 people, police said.",
      "The driver, a 58-year-old Austrian, had worked 14-hour shifts on Thursday and Friday, a police spokesman said.",
      "He is due to be questioned by a judge in Innsbruck on Monday.",
      "It was the deadliest bus crash in Austria since 2009, when 11 people died near Salzburg.",
    ].join("\n\n"),
  },
  {
    input: "coach-crash/4",
    externalId: "dales-gazette-1",
    source: "Dales Gazette",
    url: "https://dalesgazette.example/news/arlen-pass-survivors-return-home",
    publishedAt: "2032-10-22T16:00:00Z",
    title: "Arlen Pass survivors return home as questions grow over coach firm",
    originalText: [
      "The first of the injured passengers flew home to Leeds Bradford airport on Thursday.",
      "Brenner Reisen said the coach had passed its annual safety inspection earlier this month.",
      "Austria's transport minister, Klara Weissmann, visited the crash site last week and promised to pay for crash barriers on the pass.",
      "A memorial service will be held at Ripon Cathedral on Sunday, Oct. 31.",
      "“We came home, and seven of our friends did not,” said Margaret Holt, 74, who broke her arm in the crash.",
    ].join("\n\n"),
  },
  {
    input: "coach-crash/5",
    externalId: "brenner-reisen-1",
    source: "Brenner Reisen",
    url: "https://brenner-reisen.example/en/statement",
    title: "Statement on the accident on the Arlen Pass",
    originalText: [
      "On Saturday night one of our coaches was involved in a serious accident on the Arlen Pass.",
      "We are cooperating fully with the police and the public prosecutor.",
      "Our driver has worked for the company since 2011 and had a clean record.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function coachCrashArticles(): Article[] {
  return linkNearDuplicates(COACH_CRASH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. A wire stamped late on the Saturday in UTC
 * that says "early on Sunday" means the Sunday just begun where it was written, not the one before;
 * an American wire stamped early on the Monday in UTC that says "Sunday" means the day before. A
 * Sunday paper's "on Friday" is two days back and its "on Monday" the next day; "last week" in a
 * Friday paper is the week before; "earlier this month" is this October before the paper. The
 * passengers' count, 48 against 52, is a real disagreement.
 */
export const COACH_CRASH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Our thoughts are with everyone who has lost someone they love", speaker: "Ruth Ackroyd" },
    { text: "We came home, and seven of our friends did not", speaker: "Margaret Holt" },
  ],
  timeline: [
    {
      text: "left the road on the Arlen Pass in western Austria shortly before midnight on Saturday",
      dates: ["2032-10-16"],
    },
    { text: "Five people were confirmed dead early on Sunday", dates: ["2032-10-17"] },
    { text: "Rescuers worked overnight in freezing fog", dates: ["2032-10-16", "2032-10-17"] },
    { text: "Seven people, six of them from Yorkshire, have died", dates: ["2032-10-17"] },
    { text: "had picked the group up from Munich airport on Friday", dates: ["2032-10-15"] },
    { text: "said it would fly relatives to Innsbruck on Monday", dates: ["2032-10-18", "2032-10-17"] },
    { text: "Austrian prosecutors opened a criminal investigation Sunday", dates: ["2032-10-17"] },
    { text: "had worked 14-hour shifts on Thursday and Friday", dates: ["2032-10-14", "2032-10-15"] },
    { text: "He is due to be questioned by a judge in Innsbruck on Monday", dates: ["2032-10-18"] },
    { text: "The first of the injured passengers flew home", dates: ["2032-10-21"] },
    { text: "had passed its annual safety inspection earlier this month", dates: ["2032-10"] },
    {
      text: "visited the crash site last week",
      dates: ["2032-10-11", "2032-10-12", "2032-10-13", "2032-10-14", "2032-10-15", "2032-10-16", "2032-10-17"],
    },
    { text: "A memorial service will be held at Ripon Cathedral", dates: ["2032-10-31"] },
    // The undated statement.
    { text: "On Saturday night one of our coaches", dates: [null, "2032-10-16"] },
  ],
  neverDated: [
    { text: "The pass road, which was widened in 1998", date: "1998" },
    { text: "It was the deadliest bus crash in Austria since 2009", date: "2009" },
    { text: "Our driver has worked for the company since 2011", date: "2011" },
    // Sunday in a wire stamped late on the Saturday is the next day, not the Sunday before.
    { text: "Five people were confirmed dead early on Sunday", date: "2032-10-10", exact: true },
    // Sunday in a wire stamped early on the Monday is the day before, not six days on or back.
    { text: "Austrian prosecutors opened a criminal investigation Sunday", date: "2032-10-24", exact: true },
    { text: "Austrian prosecutors opened a criminal investigation Sunday", date: "2032-10-10", exact: true },
    // Last week is not the paper's own week, nor the inspection a month back.
    { text: "visited the crash site last week", date: "2032-10-22", exact: true },
    { text: "had passed its annual safety inspection earlier this month", date: "2032-09" },
    { text: "had passed its annual safety inspection earlier this month", date: "2032-10-22", exact: true },
    // Monday in a Sunday paper is the next day.
    { text: "He is due to be questioned by a judge in Innsbruck on Monday", date: "2032-10-11", exact: true },
  ],
  disagreements: [{ values: ["48", "52"], outlets: ["Alpine Press Agency", "Atlantic Wire Service"] }],
  notDisagreements: [
    // Deaths counted early and later the same day; a drop against a count; ages against counts.
    ["21", "48"],
    ["30", "48"],
    ["58", "52"],
    ["2009", "11"],
  ],
  corroboration: [{ text: "The first of the injured passengers flew home to Leeds Bradford airport", outlets: 1 }],
  sameEntry: [],
  order: [
    "left the road on the Arlen Pass in western Austria shortly before midnight on Saturday",
    "Austrian prosecutors opened a criminal investigation Sunday",
    "He is due to be questioned by a judge in Innsbruck on Monday",
    "The first of the injured passengers flew home",
    "A memorial service will be held at Ripon Cathedral",
  ],
};
