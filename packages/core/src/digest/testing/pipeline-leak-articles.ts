import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline15, 2026-12-05, before any digest of it
 * was run): five dated articles from four outlets and one undated bulletin from a river group on a
 * crude oil pipeline leak into the Keel River above the town of Millbrook, from Sunday 7 May 2028
 * to a judge's order on Monday 15 May. Traps: a past fine in a relative clause on the operator of a
 * sentence about this week's spill ("Northway Energy, which was fined $1.2 million in 2023 …,
 * spilled … on Sunday") and the same fine told as a sentence's own news ("Northway Energy was fined
 * $1.2 million in 2023 after …"), events told in restrictive relative clauses on person subjects
 * ("Crews who arrived at the site on Sunday evening found oil …", "Volunteers who worked along the
 * riverbank on Monday rescued …", "More than 400 people who attended a town meeting … on Thursday
 * evening demanded …"), a figure's period ("whose profit was $310 million last year", "which
 * averaged 148,000 barrels a day in 2027"), background years ("built in 1968", "who took over in
 * 2022", "first flagged … in 2021", "since 2010, when …", "since 2004"), "yesterday" in a Monday and
 * a Tuesday paper, a hearing set for a day to come, and "until the June 14 hearing" in a sentence
 * about Monday's order. Test support only.
 */
const PIPELINE_LEAK_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "pipeline-leak/1",
    externalId: "atlantic-news-1",
    source: "Atlantic News Service",
    url: "https://atlanticnews.example/2028/05/08/keel-river-pipeline-leak",
    publishedAt: "2028-05-08T14:00:00Z",
    title: "Pipeline leaks 4,000 barrels of crude into Keel River",
    originalText: [
      "MILLBROOK (ANS) — A pipeline operated by Northway Energy, which was fined $1.2 million in 2023 for a smaller leak in the same county, spilled about 4,000 barrels of crude oil into the Keel River on Sunday.",
      "Crews who arrived at the site on Sunday evening found oil spread along eight kilometres of the river.",
      "Northway shut the pipeline yesterday and said it did not yet know what caused the leak.",
      "The line, built in 1968, carries about 150,000 barrels a day from Alberta to refineries in Illinois.",
      "Water intakes for Millbrook, which draws its drinking water from the river, were closed on Monday.",
    ].join("\n\n"),
  },
  {
    input: "pipeline-leak/2",
    externalId: "millbrook-courier-1",
    source: "Millbrook Courier",
    url: "https://millbrookcourier.example/news/keel-river-oil",
    publishedAt: "2028-05-09T06:30:00Z",
    title: "Volunteers rescue oiled geese as Millbrook told not to drink tap water",
    originalText: [
      "By Jenna Alvarez, Courier Staff",
      "Volunteers who worked along the riverbank on Monday rescued 40 oiled geese.",
      "Residents were told yesterday not to use tap water until further notice.",
      "Northway, whose profit was $310 million last year, has promised to pay for the clean-up.",
      "“The river smells like a gas station,” said Lena Ortiz, who runs a canoe rental near the bridge.",
      "A town meeting will be held on Thursday evening at Millbrook High School.",
    ].join("\n\n"),
  },
  {
    input: "pipeline-leak/3",
    externalId: "energy-desk-1",
    source: "Energy Desk",
    url: "https://energydesk.example/pipelines/northway-keel-river",
    publishedAt: "2028-05-10T11:00:00Z",
    title: "Regulators keep Northway line shut; hearing set for June",
    originalText: [
      "Northway Energy was fined $1.2 million in 2023 after a leak from the same pipeline fouled farmland in Harlan County.",
      "The company's shares fell 6% on Monday, wiping about $900 million off its market value.",
      "Regulators ordered Northway on Tuesday to keep the line shut until it had been inspected, and set a hearing for June 14 to decide whether it may reopen.",
      "The line's throughput, which averaged 148,000 barrels a day in 2027, makes it one of the busiest in the Midwest.",
      "Chief executive Dana Whitlock, who took over in 2022, said on Tuesday that the company would “find out what went wrong and fix it”.",
    ].join("\n\n"),
  },
  {
    input: "pipeline-leak/4",
    externalId: "cbn-news-1",
    source: "CBN News",
    url: "https://cbnnews.example/us/keel-river-weld",
    publishedAt: "2028-05-12T09:00:00Z",
    title: "Cracked weld probably caused Keel River leak, investigators say",
    originalText: [
      "Investigators said on Thursday that a cracked weld, first flagged in an inspection report in 2021, probably caused the leak.",
      "More than 400 people who attended a town meeting in Millbrook on Thursday evening demanded that the pipeline be closed for good.",
      "The spill is the largest in the state since 2010, when a ruptured line released about 20,000 barrels into the Tenmile River.",
      "Tap water in Millbrook was declared safe to drink again on Friday morning.",
      "A federal judge will hear the state's request for an emergency order on Monday.",
    ].join("\n\n"),
  },
  {
    input: "pipeline-leak/5",
    externalId: "keel-river-watch-1",
    source: "Keel River Watch",
    url: "https://keelriverwatch.example/updates/spill",
    title: "What we saw on the river",
    originalText: [
      "Our volunteers counted 212 dead birds along the river on Saturday.",
      "Keel River Watch has monitored the river since 2004.",
    ].join("\n\n"),
  },
  {
    input: "pipeline-leak/6",
    externalId: "atlantic-news-2",
    source: "Atlantic News Service",
    url: "https://atlanticnews.example/2028/05/16/northway-judge-order",
    publishedAt: "2028-05-16T16:00:00Z",
    title: "Judge orders Northway to keep Keel River pipeline shut",
    originalText: [
      "MILLBROOK (ANS) — A federal judge on Monday ordered Northway Energy to keep its Keel River pipeline shut until the June 14 hearing.",
      "Northway, which was fined $1.2 million in 2023 over an earlier leak, said it would appeal.",
      "Clean-up crews have recovered about 2,600 of the 4,000 barrels spilled, the Environmental Protection Agency said on Tuesday.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function pipelineLeakArticles(): Article[] {
  return linkNearDuplicates(PIPELINE_LEAK_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. A sentence is dated by its main clause's
 * event; a restrictive relative clause on its subject that tells the same event dates it too; a fine
 * told in a relative clause on the operator is background. A plan may be told at its day or on the
 * day it was said.
 */
export const PIPELINE_LEAK_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The river smells like a gas station", speaker: "Lena Ortiz" },
    { text: "find out what went wrong and fix it", speaker: "Dana Whitlock", partial: true },
  ],
  timeline: [
    { text: "spilled about 4,000 barrels of crude oil into the Keel River on Sunday", dates: ["2028-05-07"] },
    { text: "Crews who arrived at the site on Sunday evening found oil", dates: ["2028-05-07"] },
    // Written on Monday 8 May: yesterday is Sunday.
    { text: "Northway shut the pipeline yesterday", dates: ["2028-05-07"] },
    { text: "Water intakes for Millbrook", dates: ["2028-05-08"] },
    { text: "Volunteers who worked along the riverbank on Monday rescued 40 oiled geese", dates: ["2028-05-08"] },
    // Written early on Tuesday 9 May: yesterday is Monday.
    { text: "Residents were told yesterday not to use tap water", dates: ["2028-05-08"] },
    { text: "A town meeting will be held on Thursday evening", dates: ["2028-05-11"] },
    // The fine as the sentence's own news: a real past event at its year.
    { text: "Northway Energy was fined $1.2 million in 2023 after a leak", dates: ["2023"] },
    { text: "The company's shares fell 6% on Monday", dates: ["2028-05-08"] },
    { text: "Regulators ordered Northway on Tuesday to keep the line shut", dates: ["2028-05-09", "2028-06-14"] },
    { text: "Chief executive Dana Whitlock, who took over in 2022, said on Tuesday", dates: ["2028-05-09"] },
    { text: "Investigators said on Thursday that a cracked weld", dates: ["2028-05-11"] },
    {
      text: "More than 400 people who attended a town meeting in Millbrook on Thursday evening",
      dates: ["2028-05-11"],
    },
    { text: "Tap water in Millbrook was declared safe to drink again on Friday morning", dates: ["2028-05-12"] },
    { text: "A federal judge will hear the state's request for an emergency order on Monday", dates: ["2028-05-15"] },
    {
      text: "A federal judge on Monday ordered Northway Energy to keep its Keel River pipeline shut",
      dates: ["2028-05-15"],
    },
    { text: "Clean-up crews have recovered about 2,600 of the 4,000 barrels spilled", dates: ["2028-05-16"] },
    // The undated bulletin: its Saturday cannot be placed.
    { text: "Our volunteers counted 212 dead birds along the river on Saturday", dates: [null] },
  ],
  neverDated: [
    // The fine in a relative clause on the operator is background to this week's spill.
    { text: "spilled about 4,000 barrels of crude oil into the Keel River on Sunday", date: "2023" },
    { text: "Northway, which was fined $1.2 million in 2023 over an earlier leak", date: "2023" },
    // A figure's period.
    { text: "Northway, whose profit was $310 million last year", date: "2027" },
    { text: "The line's throughput, which averaged 148,000 barrels a day in 2027", date: "2027" },
    // Background years.
    { text: "The line, built in 1968", date: "1968" },
    { text: "Chief executive Dana Whitlock, who took over in 2022", date: "2022" },
    { text: "Investigators said on Thursday that a cracked weld", date: "2021" },
    { text: "The spill is the largest in the state since 2010", date: "2010" },
    { text: "Keel River Watch has monitored the river since 2004", date: "2004" },
    // The hearing named as the end of the order is not the day of the order.
    {
      text: "A federal judge on Monday ordered Northway Energy to keep its Keel River pipeline shut",
      date: "2028-06-14",
      exact: true,
    },
    { text: "Our volunteers counted 212 dead birds along the river on Saturday", date: "2028" },
  ],
  disagreements: [],
  notDisagreements: [
    // Oil recovered against oil spilled, a day's flow against a year's average, birds rescued against birds dead.
    ["2,600", "4,000"],
    ["150,000", "148,000"],
    ["40", "212"],
  ],
  corroboration: [{ text: "Crews who arrived at the site on Sunday evening found oil", outlets: 1 }],
};
