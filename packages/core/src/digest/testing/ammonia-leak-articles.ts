import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline17, 2026-12-05, before any digest of it
 * was run): four dated articles from three American outlets and one undated union update on an
 * ammonia leak at a Kansas poultry plant late on Tuesday 4 September 2029, a worker's death the next
 * day, and the plant's reopening on Monday 10 September. Traps: abbreviated weekdays and months ("on
 * Tue.", "held Thurs. at", "on Sept. 3", "set for Jan 9" across the year end), "late on Tuesday", "in
 * the early hours of Wednesday", "the previous evening" counted from the Tuesday of the sentence
 * before, possessive times ("Last month's state inspection", "Last week's vote"), a background year
 * inside a sentence about something else ("The plant, linked to a salmonella outbreak in 2021,
 * reopened on Monday"), one arrival told as "yesterday" in a Thursday paper and "on Wednesday" in a
 * Friday one (one entry), and an undated union update whose days cannot be placed. Test support only.
 */
const AMMONIA_LEAK_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ammonia-leak/1",
    externalId: "kdrn-1",
    source: "KDRN News 12",
    url: "https://kdrn12.example/news/dorrance-ammonia-leak-evacuation",
    publishedAt: "2029-09-05T12:00:00Z",
    title: "Ammonia leak at Dorrance poultry plant forces hundreds from homes",
    originalText: [
      "An ammonia leak at the Harlan Poultry plant in Dorrance forced about 300 residents from their homes in the early hours of Wednesday.",
      "The leak was reported shortly before midnight on Tue., the Ellis County Sheriff's Office said.",
      "Two workers were taken to Hays Medical Center with breathing problems.",
      "“The smell woke us up. It was like breathing in bleach,” said Carla Imhoff, who lives two blocks from the plant.",
    ].join("\n\n"),
  },
  {
    input: "ammonia-leak/2",
    externalId: "dorrance-ledger-1",
    source: "Dorrance Ledger",
    url: "https://dorranceledger.example/2029/09/06/harlan-worker-dies",
    publishedAt: "2029-09-06T11:00:00Z",
    title: "Harlan worker dies after ammonia leak; federal inspectors at plant",
    originalText: [
      "A Harlan Poultry worker died on Wednesday, a day after an ammonia leak at the company's Dorrance plant.",
      "Inspectors from the Occupational Safety and Health Administration arrived at the plant yesterday, a spokeswoman for the agency said.",
      "The leak began late on Tuesday in a refrigeration line on the plant's second floor.",
      "Maintenance crews had worked on the same line the previous evening, according to two employees.",
      "Last month's state inspection found no problems with the refrigeration system, the company said.",
      "Workers first complained about a smell of ammonia on Sept. 3, said Luis Ortega, a steward for the United Food and Commercial Workers union.",
    ].join("\n\n"),
  },
  {
    input: "ammonia-leak/3",
    externalId: "plains-wire-1",
    source: "Plains Wire",
    url: "https://plainswire.example/us/kansas-poultry-plant-leak-osha",
    publishedAt: "2029-09-07T21:00:00Z",
    title: "Kansas poultry plant leak: OSHA opens inquiry as company pledges to pay bills",
    originalText: [
      "Inspectors from the Occupational Safety and Health Administration arrived at the Dorrance plant on Wednesday to begin an investigation.",
      "Tomas Reyes, 34, a refrigeration technician, died at Hays Medical Center on Wednesday, his family said.",
      "Harlan Poultry said Thursday it would pay the medical bills of the 11 workers who were treated after the leak.",
      "Ammonia levels near the plant were back to normal by late Wednesday, state environmental officials said.",
      "Harlan, which was founded in 1961, employs 640 people at the plant.",
    ].join("\n\n"),
  },
  {
    input: "ammonia-leak/4",
    externalId: "dorrance-ledger-2",
    source: "Dorrance Ledger",
    url: "https://dorranceledger.example/2029/09/11/harlan-plant-reopens",
    publishedAt: "2029-09-11T11:00:00Z",
    title: "Harlan plant reopens as county presses for review",
    originalText: [
      "The plant, linked to a salmonella outbreak in 2021, reopened on Monday with the damaged refrigeration line shut off.",
      "Last week's vote by the county commission to demand an independent safety review was unanimous.",
      "The county sued the company on Friday, seeking $2 million in cleanup costs.",
      "A first hearing in the case is set for Jan 9.",
      "A memorial service for Reyes will be held Thurs. at St. Anne's Catholic Church.",
    ].join("\n\n"),
  },
  {
    input: "ammonia-leak/5",
    externalId: "ufcw-local-2-1",
    source: "UFCW Local 2",
    url: "https://ufcwlocal2.example/updates/dorrance",
    title: "Dorrance update: what happened at Harlan",
    originalText: [
      "Members on the night shift left the building late on Tuesday when the ammonia alarms went off.",
      "Brother Tomas Reyes died the next day.",
      "The company reopened the plant on Monday without asking the union.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function ammoniaLeakArticles(): Article[] {
  return linkNearDuplicates(AMMONIA_LEAK_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. A sentence is dated by its main clause's
 * event; a year in a participle on the subject ("linked to … in 2021") is background. A possessive
 * time ("Last month's inspection") dates the event it owns. "The previous evening" is the evening
 * before the day the sentence before tells. A week is told at any of its days. The undated update's
 * days stay undated (or take the date of the dated entry that tells the same event).
 */
export const AMMONIA_LEAK_EXPECTED: ExpectedFacts = {
  quotes: [{ text: "The smell woke us up. It was like breathing in bleach", speaker: "Carla Imhoff" }],
  timeline: [
    { text: "forced about 300 residents from their homes in the early hours of Wednesday", dates: ["2029-09-05"] },
    // "Tue." in a Wednesday article: the day before.
    { text: "The leak was reported shortly before midnight on Tue.", dates: ["2029-09-04"] },
    { text: "A Harlan Poultry worker died on Wednesday", dates: ["2029-09-05"] },
    // "Yesterday" in a Thursday paper; the wire's "on Wednesday" tells the same arrival.
    { text: "arrived at the plant yesterday", dates: ["2029-09-05"] },
    { text: "arrived at the Dorrance plant on Wednesday", dates: ["2029-09-05"] },
    { text: "The leak began late on Tuesday", dates: ["2029-09-04"] },
    // The evening before the Tuesday of the sentence before.
    { text: "Maintenance crews had worked on the same line the previous evening", dates: ["2029-09-03"] },
    // Last month from September: August.
    { text: "Last month's state inspection found no problems", dates: ["2029-08"] },
    { text: "Workers first complained about a smell of ammonia on Sept. 3", dates: ["2029-09-03"] },
    { text: "Tomas Reyes, 34, a refrigeration technician, died", dates: ["2029-09-05"] },
    { text: "Harlan Poultry said Thursday it would pay the medical bills", dates: ["2029-09-06"] },
    { text: "Ammonia levels near the plant were back to normal by late Wednesday", dates: ["2029-09-05"] },
    { text: "The plant, linked to a salmonella outbreak in 2021, reopened on Monday", dates: ["2029-09-10"] },
    // Last week from Tuesday 11 September: the week of Monday 3 September.
    {
      text: "Last week's vote by the county commission",
      dates: ["2029-09-03", "2029-09-04", "2029-09-05", "2029-09-06", "2029-09-07", "2029-09-08", "2029-09-09"],
    },
    { text: "The county sued the company on Friday", dates: ["2029-09-07"] },
    // Jan 9 told in September: the January to come.
    { text: "A first hearing in the case is set for Jan 9", dates: ["2030-01-09"] },
    // "Thurs." in a Tuesday article: the coming Thursday.
    { text: "A memorial service for Reyes will be held Thurs.", dates: ["2029-09-13"] },
    // The undated update.
    { text: "Members on the night shift left the building late on Tuesday", dates: [null, "2029-09-04"] },
    { text: "Brother Tomas Reyes died the next day", dates: [null, "2029-09-05"] },
    { text: "The company reopened the plant on Monday without asking the union", dates: [null, "2029-09-10"] },
  ],
  neverDated: [
    // Background years.
    { text: "The plant, linked to a salmonella outbreak in 2021", date: "2021" },
    { text: "Harlan, which was founded in 1961", date: "1961" },
    // A possessive last month is not this month; last week not the publication's day.
    { text: "Last month's state inspection found no problems", date: "2029-09" },
    { text: "Last week's vote by the county commission", date: "2029-09-11", exact: true },
    // The previous evening is not the publication's day, nor the day before it.
    { text: "Maintenance crews had worked on the same line the previous evening", date: "2029-09-06", exact: true },
    { text: "Maintenance crews had worked on the same line the previous evening", date: "2029-09-05", exact: true },
    // Jan 9 in the wrong year.
    { text: "A first hearing in the case is set for Jan 9", date: "2029-01-09", exact: true },
    // The undated update's days cannot be placed by a year.
    { text: "Members on the night shift left the building", date: "2029-09-05", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // Two taken to hospital that night against 11 treated in all.
    ["Two", "11"],
    ["300", "640"],
  ],
  corroboration: [{ text: "Ammonia levels near the plant were back to normal", outlets: 1 }],
  sameEntry: [["arrived at the plant yesterday", "arrived at the Dorrance plant on Wednesday"]],
  order: [
    "Members on the night shift left the building late on Tuesday",
    "Brother Tomas Reyes died the next day",
    "The company reopened the plant on Monday without asking the union",
  ],
};
