import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline17, 2026-12-05, before any digest of it
 * was run): four dated articles from three British outlets and one undated rail users' newsletter on
 * a landslip that buried the Hallam to Saltby railway late on Friday 1 March 2030, to passenger trains
 * returning late on Friday 8 March. Traps: "late on Friday", "in the early hours of Saturday" and "of
 * Sunday", "last month's storm" and "last week's reopening" (possessive times), "a fortnight ago",
 * "earlier this year", "the previous evening" counted from the Thursday of the sentence before, a
 * range ("from March 4 to 8"), a background year inside a sentence about something else ("The
 * cutting, which also slipped in 2014, will be monitored … from next month"), one clearing told as
 * "yesterday" in a Monday paper and "on Sunday" in a Tuesday one (one entry), and an undated
 * newsletter whose days cannot be placed. Test support only.
 */
const CUTTING_LANDSLIP_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cutting-landslip/1",
    externalId: "coastal-echo-1",
    source: "The Coastal Echo",
    url: "https://coastalecho.example.co.uk/news/2030/03/04/saltby-line-landslip",
    publishedAt: "2030-03-04T07:00:00Z",
    title: "Landslip shuts Saltby line as cliff gives way",
    originalText: [
      "A landslip at Cliffe Cutting late on Friday buried 40 metres of the Hallam to Saltby railway under mud and rock.",
      "Network Rail closed the line in the early hours of Saturday after a freight driver reported debris on the track.",
      "Engineers began clearing the mud yesterday, working under floodlights.",
      "Last month's storm dumped 120mm of rain on the cliffs above the cutting in two days.",
      "Replacement buses are running between Hallam and Saltby from March 4 to 8.",
      "“We knew that cliff was moving,” said Janet Pryor, who chairs the Saltby Line Users' Group.",
    ].join("\n\n"),
  },
  {
    input: "cutting-landslip/2",
    externalId: "northern-broadcasting-1",
    source: "Northern Broadcasting",
    url: "https://northernbroadcasting.example.co.uk/news/england-saltby-line",
    publishedAt: "2030-03-05T12:00:00Z",
    title: "Second slip hits Saltby line as clear-up goes on",
    originalText: [
      "Engineers began clearing mud from the cutting on Sunday, Network Rail said.",
      "A second, smaller slip came down in the early hours of Sunday, burying a signal cable.",
      "The cutting was inspected a fortnight ago and showed no sign of movement, the company said.",
      "Earlier this year, Network Rail spent £2.3m shoring up the cutting's northern face.",
      "The line, which carries 4,000 passengers a day, was built in 1885.",
    ].join("\n\n"),
  },
  {
    input: "cutting-landslip/3",
    externalId: "rail-business-daily-1",
    source: "Rail Business Daily",
    url: "https://railbusinessdaily.example.co.uk/infrastructure/cliffe-cutting-test-train",
    publishedAt: "2030-03-08T09:00:00Z",
    title: "Test train runs through Cliffe Cutting",
    originalText: [
      "Network Rail ran a test train through Cliffe Cutting on Thursday.",
      "Inspectors had approved a temporary retaining wall the previous evening.",
      "The slip has cost the operator, Coastway Trains, an estimated £1.2m in lost fares, the company said on Wednesday.",
    ].join("\n\n"),
  },
  {
    input: "cutting-landslip/4",
    externalId: "coastal-echo-2",
    source: "The Coastal Echo",
    url: "https://coastalecho.example.co.uk/news/2030/03/11/saltby-line-reopens",
    publishedAt: "2030-03-11T07:00:00Z",
    title: "Trains back on Saltby line a week after landslip",
    originalText: [
      "Passenger trains returned to the Saltby line late on Friday, a week after the landslip.",
      "Last week's reopening came two days earlier than Network Rail had forecast.",
      "The cutting, which also slipped in 2014, will be monitored by laser sensors from next month.",
      "A public meeting on the line's future will be held at Saltby Town Hall on 14 March.",
    ].join("\n\n"),
  },
  {
    input: "cutting-landslip/5",
    externalId: "saltby-line-users-1",
    source: "Saltby Line Users' Group",
    url: "https://saltbylineusers.example.org.uk/newsletter/cliffe-cutting",
    title: "Cliffe Cutting: a week without trains",
    originalText: [
      "The cliff at Cliffe Cutting gave way late on Friday night.",
      "By Sunday morning, a second slip had covered the signal cables.",
      "Trains ran again the following Friday.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function cuttingLandslipArticles(): Article[] {
  return linkNearDuplicates(CUTTING_LANDSLIP_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. A possessive time ("Last month's storm")
 * dates the event it owns; "a fortnight ago" is fourteen days before the publication; "earlier this
 * year" is the year (never the publication's day). A range is told at its first day. The undated
 * newsletter's days stay undated (or take the date of the dated entry that tells the same event).
 */
export const CUTTING_LANDSLIP_EXPECTED: ExpectedFacts = {
  quotes: [{ text: "We knew that cliff was moving", speaker: "Janet Pryor" }],
  timeline: [
    { text: "A landslip at Cliffe Cutting late on Friday buried 40 metres", dates: ["2030-03-01"] },
    { text: "Network Rail closed the line in the early hours of Saturday", dates: ["2030-03-02"] },
    // "Yesterday" in a Monday paper; Tuesday's "on Sunday" tells the same clearing.
    { text: "Engineers began clearing the mud yesterday", dates: ["2030-03-03"] },
    { text: "Engineers began clearing mud from the cutting on Sunday", dates: ["2030-03-03"] },
    // Last month from March: February.
    { text: "Last month's storm dumped 120mm of rain", dates: ["2030-02"] },
    { text: "Replacement buses are running between Hallam and Saltby from March 4 to 8", dates: ["2030-03-04"] },
    { text: "A second, smaller slip came down in the early hours of Sunday", dates: ["2030-03-03"] },
    // Fourteen days before Tuesday 5 March.
    { text: "The cutting was inspected a fortnight ago", dates: ["2030-02-19"] },
    { text: "Earlier this year, Network Rail spent £2.3m", dates: ["2030"] },
    { text: "Network Rail ran a test train through Cliffe Cutting on Thursday", dates: ["2030-03-07"] },
    // The evening before the Thursday of the sentence before.
    { text: "Inspectors had approved a temporary retaining wall the previous evening", dates: ["2030-03-06"] },
    { text: "an estimated £1.2m in lost fares, the company said on Wednesday", dates: ["2030-03-06"] },
    { text: "Passenger trains returned to the Saltby line late on Friday", dates: ["2030-03-08"] },
    // Last week from Monday 11 March: the week of Monday 4 March.
    {
      text: "Last week's reopening came two days earlier",
      dates: ["2030-03-04", "2030-03-05", "2030-03-06", "2030-03-07", "2030-03-08", "2030-03-09", "2030-03-10"],
    },
    // The 2014 slip is background: the sentence tells the monitoring to come.
    { text: "The cutting, which also slipped in 2014, will be monitored", dates: ["2030-04", "2030-03-11"] },
    {
      text: "A public meeting on the line's future will be held at Saltby Town Hall on 14 March",
      dates: ["2030-03-14"],
    },
    // The undated newsletter.
    { text: "The cliff at Cliffe Cutting gave way late on Friday night", dates: [null, "2030-03-01"] },
    { text: "By Sunday morning, a second slip had covered the signal cables", dates: [null, "2030-03-03"] },
    { text: "Trains ran again the following Friday", dates: [null, "2030-03-08"] },
  ],
  neverDated: [
    // Background years.
    { text: "The line, which carries 4,000 passengers a day, was built in 1885", date: "1885" },
    { text: "The cutting, which also slipped in 2014", date: "2014" },
    // Possessive times are not the publication's month or day.
    { text: "Last month's storm dumped 120mm of rain", date: "2030-03" },
    { text: "Last week's reopening came two days earlier", date: "2030-03-11", exact: true },
    // A fortnight ago and earlier this year are not the publication's day.
    { text: "The cutting was inspected a fortnight ago", date: "2030-03-05", exact: true },
    { text: "Earlier this year, Network Rail spent £2.3m", date: "2030-03-05", exact: true },
    // The previous evening is not the publication's day, nor the day before it.
    {
      text: "Inspectors had approved a temporary retaining wall the previous evening",
      date: "2030-03-08",
      exact: true,
    },
    {
      text: "Inspectors had approved a temporary retaining wall the previous evening",
      date: "2030-03-07",
      exact: true,
    },
    // The range's last day is not its start.
    { text: "Replacement buses are running between Hallam and Saltby", date: "2030-03-08", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // Lost fares against money spent on the face; metres buried against rain.
    ["£1.2m", "£2.3m"],
    ["40", "120mm"],
  ],
  corroboration: [{ text: "Network Rail ran a test train through Cliffe Cutting on Thursday", outlets: 1 }],
  sameEntry: [
    ["Engineers began clearing the mud yesterday", "Engineers began clearing mud from the cutting on Sunday"],
  ],
  order: [
    "The cliff at Cliffe Cutting gave way late on Friday night",
    "By Sunday morning, a second slip had covered the signal cables",
    "Trains ran again the following Friday",
  ],
};
