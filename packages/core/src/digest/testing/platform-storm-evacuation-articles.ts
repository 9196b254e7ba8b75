/**
 * The lead's held-out batch N (session 29, 2026-12-07): texts and expectations written by helper heldout16 before any run, kept
 * outside the repository while unfitted (first run on 0a381dc3 and after the session's merges: see the README's facts
 * table), added here at the session's end; the lead read their misses after the unfitted runs, so they are fitted from now on.
 * A storm forces the evacuation of a North Sea oil platform east of Shetland, Wednesday 12 to Monday 17 November 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "platform/1",
    externalId: "p1",
    source: "Britannic Press Association",
    url: "https://britannicpress.example/news/north-sea-platform-storm-ulla-evacuation",
    publishedAt: "2042-11-12T20:00:00Z",
    title: "Workers flown off North Sea platform as Storm Ulla nears",
    originalText: [
      "ABERDEEN (BPA) — An oil company began flying workers off a North Sea platform on Wednesday as Storm Ulla closed in on Shetland, with waves of up to 18 metres forecast for Friday.",
      "Caldmoor Energy said the Varra Alpha platform, about 110 miles east of Shetland, had 148 people on board when the evacuation began.",
      "Sixty-two non-essential staff were taken off by helicopter on Wednesday and the rest would follow on Thursday, the company said.",
      "“The safety of our people comes first, and we will not take chances with a storm like this,” Caldmoor's offshore director, Ewan Baird, said.",
      "The platform, which started production in 2019, pumps about 40,000 barrels of oil a day.",
      "In 2033, about 400 workers were taken off five platforms in the same waters during Storm Hesta.",
    ].join("\n"),
  },
  {
    input: "platform/2",
    externalId: "p2",
    source: "Northern Isles Gazette",
    url: "https://northernislesgazette.example/news/wire/varra-alpha-workers-leave",
    publishedAt: "2042-11-12T23:30:00Z",
    title: "Varra Alpha crews leave by helicopter ahead of storm",
    originalText: [
      "Workers have begun leaving a North Sea oil platform by helicopter as Storm Ulla heads for Shetland, with waves as high as 18 metres expected on Friday.",
      "Caldmoor Energy said 148 people were on board the Varra Alpha, some 110 miles east of Shetland, when the evacuation started.",
      "Sixty-two staff who were not needed to run the platform were flown off on Wednesday, and the remainder would leave on Thursday, the company said.",
      "“The safety of our people comes first, and we will not take chances with a storm like this,” said Ewan Baird, Caldmoor's offshore director.",
      "(BPA)",
    ].join("\n"),
  },
  {
    input: "platform/3",
    externalId: "p3",
    source: "BBS Scotland",
    url: "https://bbsscotland.example/news/highlands-islands/storm-ulla-varra-alpha",
    publishedAt: "2042-11-14T18:00:00Z",
    title: "Storm Ulla: last workers off Varra Alpha as giant waves hit",
    originalText: [
      "The last workers left the Varra Alpha platform on Thursday evening, hours before Storm Ulla brought gusts of more than 90mph to Shetland.",
      "All 156 people who were on the platform when the storm warning came had been flown to Sumburgh by 6.30pm, Caldmoor Energy confirmed.",
      "A 21-metre wave, the highest of the storm, was recorded at the platform early on Friday, the Met Office said.",
      "One worker, a 47-year-old scaffolder from Lerwick, broke his wrist when he slipped on a stairway to the helideck.",
      "Gusts reached 97mph at Sumburgh Airport, where all flights were cancelled.",
      "The storm is expected to ease by Saturday night.",
    ].join("\n"),
  },
  {
    input: "platform/4",
    externalId: "p4",
    source: "The Daily Clarion",
    url: "https://dailyclarion.example/news/rig-worker-storm-airlift-wrist",
    title: "'I thought that was it': rig hero's terror in storm airlift",
    originalText: [
      "A brave oil worker has told how he clung to a rail as 30ft waves crashed below him during a desperate airlift from a storm-lashed North Sea rig.",
      "Gary Munro, 44, broke his wrist when he slipped on a soaking stairway on the Varra Alpha platform, 130 miles off Shetland.",
      "'I thought that was it for me,' said the dad of three, who has worked offshore for 22 years.",
      "Munro was flown off on Thursday with his arm strapped to his chest.",
      "His wife, Karen, said: 'We just want him home.'",
    ].join("\n"),
  },
  {
    input: "platform/5",
    externalId: "p5",
    source: "Britannic Press Association",
    url: "https://britannicpress.example/news/varra-alpha-storm-damage-inspection",
    publishedAt: "2042-11-16T19:00:00Z",
    title: "Inspectors find storm damage on Varra Alpha platform",
    originalText: [
      "ABERDEEN (BPA) — An inspection team returned to the Varra Alpha platform on Sunday, two days after Storm Ulla battered the North Sea.",
      "The 28 engineers found a lower-deck walkway torn away and one of the platform's six lifeboats missing, Caldmoor Energy said.",
      "All workers were flown off on Thursday, and nobody was seriously hurt.",
      "The largest wave measured by the platform's radar reached 24 metres on Friday morning, the company said.",
      "Production would resume “within a fortnight”, Mr Baird said.",
      "Forecasters said Ulla was the strongest storm to hit Shetland since 2031.",
    ].join("\n"),
  },
  {
    input: "platform/6",
    externalId: "p6",
    source: "Offshore Energy Review",
    url: "https://offshoreenergyreview.example/operations/caldmoor-varra-alpha-restart",
    publishedAt: "2042-11-17T10:00:00Z",
    title: "Caldmoor eyes Varra Alpha restart as union questions airlift timing",
    originalText: [
      "Caldmoor Energy expects to restart the Varra Alpha in about ten days, after its crew was flown off last Thursday ahead of Storm Ulla.",
      "Storm damage included a walkway ripped from the lower deck and a lost lifeboat.",
      "Each day of lost output costs the company about £2.6m at current prices, analysts at Brennick Partners estimate.",
      "The platform has bunks for 170 people.",
      "Offshore Workers' Union organiser Dana Kerr said the airlift should have started a day earlier: “Crews were still being flown off in 50-knot winds, and that is too close for comfort.”",
      "“We made the call on the forecast we had, and it was the right one,” Baird said.",
      "The Health and Safety Executive said it would review the evacuation by the end of January.",
    ].join("\n"),
  },
];

export function platformStormEvacuationArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Shetland is on UTC in November). "On Wednesday" in
 * Wednesday's wire and its rewrite is 12 November; "on Thursday evening" in Friday's broadcast is the
 * 13th and "early on Friday" the 14th; "by Saturday night" then is the 15th; "on Thursday" in the
 * undated tabloid is the 13th if anything; "on Sunday" in Sunday's wire is the 16th and "on Friday
 * morning" the 14th; "last Thursday" in Monday's trade story is the 13th; "by the end of January" in
 * November is January 2043.
 */
export const PLATFORM_STORM_EVACUATION_EXPECTED: ExpectedFacts = {
  quotes: [
    // In the wire and its rewrite (“…,” Title, Name, said / said Name, title).
    {
      text: "The safety of our people comes first, and we will not take chances with a storm like this",
      speaker: "Ewan Baird",
    },
    // Single quotes, said the descriptive noun phrase whose name is given the sentence before.
    { text: "I thought that was it for me", speaker: "Gary Munro" },
    { text: "We just want him home", speaker: "Karen Munro" },
    // Lower-case opening: partial by the house rule.
    { text: "within a fortnight", speaker: "Ewan Baird", partial: true },
    {
      text: "Crews were still being flown off in 50-knot winds, and that is too close for comfort",
      speaker: "Dana Kerr",
    },
    // Surname-only attribution; the full name is in the earlier stories.
    { text: "We made the call on the forecast we had, and it was the right one", speaker: "Ewan Baird" },
  ],
  timeline: [
    { text: "An oil company began flying workers off a North Sea platform on Wednesday", dates: ["2042-11-12"] },
    { text: "Sixty-two non-essential staff were taken off by helicopter on Wednesday", dates: ["2042-11-12"] },
    {
      text: "Sixty-two staff who were not needed to run the platform were flown off on Wednesday",
      dates: ["2042-11-12"],
    },
    { text: "The last workers left the Varra Alpha platform on Thursday evening", dates: ["2042-11-13"] },
    { text: "was recorded at the platform early on Friday", dates: ["2042-11-14"] },
    { text: "The storm is expected to ease by Saturday night", dates: ["2042-11-15"] },
    { text: "Munro was flown off on Thursday with his arm strapped", dates: [null, "2042-11-13"] },
    { text: "An inspection team returned to the Varra Alpha platform on Sunday", dates: ["2042-11-16"] },
    { text: "All workers were flown off on Thursday, and nobody was seriously hurt", dates: ["2042-11-13"] },
    { text: "reached 24 metres on Friday morning", dates: ["2042-11-14"] },
    { text: "after its crew was flown off last Thursday ahead of Storm Ulla", dates: ["2042-11-13"] },
    { text: "would review the evacuation by the end of January", dates: ["2043-01"] },
  ],
  neverDated: [
    { text: "which started production in 2019", date: "2019" },
    { text: "In 2033, about 400 workers were taken off five platforms", date: "2033" },
    { text: "the strongest storm to hit Shetland since 2031", date: "2031" },
    { text: "would review the evacuation by the end of January", date: "2042-01" },
    // "Last Thursday" in a Monday story is the Thursday gone, never the one to come.
    { text: "after its crew was flown off last Thursday ahead of Storm Ulla", date: "2042-11-20", exact: true },
    // "On Sunday" in a Sunday story is that day, not the Sunday before.
    { text: "An inspection team returned to the Varra Alpha platform on Sunday", date: "2042-11-09", exact: true },
  ],
  disagreements: [
    // People aboard when the evacuation began: "had 148 people on board" against "All 156 people who were on the platform".
    { values: ["148", "156"], outlets: ["Britannic Press Association", "BBS Scotland"] },
    // The storm's highest wave on Friday: "A 21-metre wave, the highest" against "The largest wave … reached 24 metres".
    { values: ["21", "24"], outlets: ["BBS Scotland", "Britannic Press Association"] },
    // Where the platform lies: "about 110 miles east of Shetland" against "130 miles off Shetland".
    { values: ["110", "130"], outlets: ["Britannic Press Association", "The Daily Clarion"] },
    // The injured scaffolder's age: "a 47-year-old scaffolder" against "Gary Munro, 44,".
    { values: ["47", "44"], outlets: ["BBS Scotland", "The Daily Clarion"] },
  ],
  notDisagreements: [
    // A forecast against the waves that came.
    ["18", "21"],
    ["18", "24"],
    // The waves during Thursday's airlift against Friday's peak.
    ["30", "21"],
    ["30", "24"],
    // Wednesday's first flights, a part of the whole crew.
    ["Sixty-two", "148"],
    ["Sixty-two", "156"],
    // "More than 90mph" against the 97mph measured.
    ["90", "97"],
    // Union's 50-knot winds during the airlift against the storm's gusts.
    ["50", "97"],
    // The inspection team and the bunks against the crew.
    ["28", "156"],
    ["170", "156"],
    ["170", "148"],
    // A 2033 precedent.
    ["400", "148"],
    ["400", "156"],
    // The worker's age against his years offshore.
    ["44", "22"],
    ["47", "22"],
    // Lifeboats against engineers.
    ["six", "28"],
  ],
  corroboration: [
    // The wire and its rewrite count once.
    { text: "Sixty-two non-essential staff were taken off by helicopter on Wednesday", outlets: 1 },
    // Told by the broadcaster, the wire's Sunday story and the trade paper, in other words.
    { text: "The last workers left the Varra Alpha platform on Thursday evening", outlets: 3 },
    // The wire and the trade paper ("a walkway ripped from the lower deck and a lost lifeboat").
    { text: "The 28 engineers found a lower-deck walkway torn away", outlets: 2 },
  ],
  headline: ["restart", "walkway", "inspection", "damage"],
  summary: {
    holds: ["walkway"],
    never: ["the rest would follow on Thursday", "The storm is expected to ease by Saturday night"],
  },
  sameEntry: [
    [
      "The last workers left the Varra Alpha platform on Thursday evening",
      "after its crew was flown off last Thursday ahead of Storm Ulla",
    ],
  ],
  order: [
    "An oil company began flying workers off a North Sea platform on Wednesday",
    "The last workers left the Varra Alpha platform on Thursday evening",
    "was recorded at the platform early on Friday",
    "An inspection team returned to the Varra Alpha platform on Sunday",
    "would review the evacuation by the end of January",
  ],
  supersession: {
    apart: [
      ["the rest would follow on Thursday", "The last workers left the Varra Alpha platform on Thursday evening"],
      // The company's own later estimate of the restart.
      ["Production would resume “within a fortnight”", "expects to restart the Varra Alpha in about ten days"],
    ],
    current: ["broke his wrist when he slipped on a stairway", "would review the evacuation by the end of January"],
  },
};
