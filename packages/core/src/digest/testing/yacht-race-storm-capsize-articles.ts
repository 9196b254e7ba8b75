/**
 * Held-out batch V (lead session 33, 2026-12-07), written by heldout24 before any run; scored unfitted, then added to the bench at the session's end.
 * A Coral Sea storm capsizes yachts in an ocean race from Brisbane and crews are rescued, Monday 17 to Friday 21 November 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "yr/1",
    externalId: "y1",
    source: "Pacific Press Wire",
    url: "https://pacificpresswire.example/sport/coral-sea-race-storm-capsize",
    publishedAt: "2042-11-17T03:00:00Z",
    title: "Two yachts capsize as storm hits Coral Sea race fleet",
    originalText: [
      "BRISBANE, Australia (PPW) — Two yachts capsized and a third was dismasted when a storm tore through the Coral Sea Ocean Race fleet overnight, organisers said on Monday.",
      "Gusts reached 55 knots and seas built to about 8 metres about 120 nautical miles east of Fraser Island, the race committee said.",
      "Fourteen sailors were winched from the water and life rafts by navy and rescue helicopters before dawn.",
      "The crew of the capsized Southern Cross spent about three hours in a life raft before they were found.",
      "One crew member from the yacht Kestrel was still missing, and a search was under way.",
      "The Bureau of Meteorology had forecast winds of up to 40 knots for the weekend.",
      "The race to Noumea started on Saturday with 47 yachts.",
    ].join("\n"),
  },
  {
    input: "yr/2",
    externalId: "y2",
    source: "Coastline Daily",
    url: "https://coastlinedaily.example/news/storm-capsizes-coral-sea-yachts",
    publishedAt: "2042-11-17T07:00:00Z",
    title: "Storm capsizes two yachts in Coral Sea Ocean Race",
    originalText: [
      "Organisers said on Monday that two yachts had capsized and another had lost its mast as a storm swept through the Coral Sea Ocean Race fleet overnight.",
      "The race committee said gusts hit 55 knots and the seas rose to about 8 metres some 120 nautical miles east of Fraser Island.",
      "Navy and rescue helicopters lifted fourteen sailors from the sea and from life rafts before dawn.",
      "Southern Cross's crew were in a life raft for about three hours before being located.",
      "A crew member from Kestrel remained missing as searchers went out.",
      "The 47-yacht fleet left Brisbane on Saturday, bound for Noumea.",
    ].join("\n"),
  },
  {
    input: "yr/3",
    externalId: "y3",
    source: "The Brisbane Courier-Ledger",
    url: "https://brisbanecourierledger.example/news/kestrel-sailor-found-alive",
    publishedAt: "2042-11-17T20:00:00Z",
    title: "Missing Kestrel sailor found alive clinging to hull",
    originalText: [
      "The missing Kestrel crew member, Josh Whitcombe, 24, was found alive clinging to the upturned hull late yesterday afternoon, about 14 hours after the yacht rolled.",
      "“I just kept talking to myself and holding on,” Whitcombe told rescuers, according to his father.",
      "Both Southern Cross and Kestrel were knocked flat and rolled by the same squall line.",
      "Southern Cross's skipper, Mark Ellison, 58, said the boat went over in seconds.",
      "“There was no warning, just a wall of water,” Ellison said.",
      "Sixteen of the 47 starters have now retired from the race.",
      "Winds in the area were measured at up to 65 knots, the navy said.",
    ].join("\n"),
  },
  {
    input: "yr/4",
    externalId: "y4",
    source: "Offshore Yachting World",
    url: "https://offshoreyachtingworld.example/racing/coral-sea-race-capsize-inquiry",
    publishedAt: "2042-11-19T00:00:00Z",
    title: "Coral Sea race: organisers face questions over start decision",
    originalText: [
      "The 61-year-old Ellison has sailed the race 11 times and called the storm the worst he had seen.",
      "Southern Cross, a 52-foot carbon racer, lost her keel bulb before she capsized, her crew said on Tuesday.",
      "Her eight crew spent five hours in their raft after the rollover, the yacht's owner said.",
      "Kestrel, a 40-footer, had seven aboard.",
      "Yachting Australia said on Tuesday it would hold an inquiry into the decision to start the race on Saturday.",
      "The entry fee was A$4,500, about US$2,900, per yacht.",
      "In 2031 the race lost no boats in a storm of similar strength.",
    ].join("\n"),
  },
  {
    input: "yr/5",
    externalId: "y5",
    source: "The Sunday Splash",
    url: "https://sundaysplash.example/news/josh-hull-hero-coral-sea",
    title: "MIRACLE AT SEA: Josh clung to hull for 14 hours",
    originalText: [
      "Young sailor Josh Whitcombe held on to the upturned hull of Kestrel through the night in mountainous seas.",
      "The yacht flipped some 150 nautical miles off the Queensland coast.",
      "'He's tougher than any of us,' one Kestrel crewmate said.",
      "His mother, Karen Whitcombe, 51, said: 'We were told to prepare for the worst.'",
    ].join("\n"),
  },
  {
    input: "yr/6",
    externalId: "y6",
    source: "Pacific Press Wire",
    url: "https://pacificpresswire.example/sport/coral-sea-race-finish-noumea",
    publishedAt: "2042-11-21T06:00:00Z",
    title: "Storm-hit Coral Sea race ends in Noumea as inquiry named",
    originalText: [
      "NOUMEA (PPW) — Line honours in the storm-hit Coral Sea Ocean Race went to the 100-foot maxi Tempest, which crossed the line in Noumea on Thursday night.",
      "Tempest finished in 5 days 9 hours, more than a day outside the 2036 race record.",
      "Only 29 of the 47 starters are expected to finish.",
      "All 14 sailors rescued on Monday have left hospital.",
      "Whitcombe was lifted off Kestrel's hull by a navy helicopter on Monday afternoon.",
      "He was flown home to Brisbane yesterday.",
      "Former Olympic sailor Rachel Obi will lead the inquiry, which is due to report by February.",
      "“Everyone came home, and that is the only result that matters this week,” race director Greg Hollis said.",
    ].join("\n"),
  },
];

export function yachtRaceStormCapsizeArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. Brisbane is UTC+10 (no summer time): the first wire
 * story (13:00 local Monday) and its rewrite tell of Sunday night into Monday 17 November; "on
 * Saturday" is the 15th; "late yesterday afternoon" in the Courier-Ledger (06:00 Tuesday 18th) is
 * Monday the 17th; "on Tuesday" in the trade story (10:00 Wednesday 19th) is the 18th; Noumea is
 * UTC+11 and "on Thursday night" in Friday's wire is the 20th, "on Monday" the 17th, "yesterday" the
 * 20th; "by February" is 2043. Coastline Daily's story is a syndicated rewrite of the wire's first.
 * The Splash's story is undated.
 */
export const YACHT_RACE_STORM_CAPSIZE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "I just kept talking to myself and holding on", speaker: "Josh Whitcombe" },
    { text: "There was no warning, just a wall of water", speaker: "Mark Ellison" },
    { text: "He's tougher than any of us", speaker: "one Kestrel crewmate" },
    { text: "We were told to prepare for the worst", speaker: "Karen Whitcombe" },
    { text: "Everyone came home, and that is the only result that matters this week", speaker: "Greg Hollis" },
  ],
  timeline: [
    { text: "when a storm tore through the Coral Sea Ocean Race fleet overnight", dates: ["2042-11-17", "2042-11-16"] },
    { text: "as a storm swept through the Coral Sea Ocean Race fleet overnight", dates: ["2042-11-17", "2042-11-16"] },
    { text: "The race to Noumea started on Saturday with 47 yachts", dates: ["2042-11-15"] },
    { text: "was found alive clinging to the upturned hull late yesterday afternoon", dates: ["2042-11-17"] },
    { text: "lost her keel bulb before she capsized, her crew said on Tuesday", dates: ["2042-11-18", "2042-11-17"] },
    { text: "Yachting Australia said on Tuesday it would hold an inquiry", dates: ["2042-11-18"] },
    { text: "which crossed the line in Noumea on Thursday night", dates: ["2042-11-20"] },
    { text: "Whitcombe was lifted off Kestrel's hull by a navy helicopter on Monday afternoon", dates: ["2042-11-17"] },
    { text: "He was flown home to Brisbane yesterday", dates: ["2042-11-20"] },
    { text: "which is due to report by February", dates: ["2043-02"] },
  ],
  neverDated: [
    { text: "In 2031 the race lost no boats in a storm of similar strength", date: "2031" },
    { text: "more than a day outside the 2036 race record", date: "2036" },
    // "By February" in a November story is next year's, not this year's.
    { text: "which is due to report by February", date: "2042-02", exact: true },
    // "Yesterday" in Friday's wire is Thursday.
    { text: "He was flown home to Brisbane yesterday", date: "2042-11-21", exact: true },
    // "Yesterday" in a Tuesday-morning paper is Monday, not Tuesday.
    { text: "was found alive clinging to the upturned hull late yesterday afternoon", date: "2042-11-18", exact: true },
    // "On Saturday" in a Wednesday trade story is the start day gone.
    { text: "the decision to start the race on Saturday", date: "2042-11-22", exact: true },
  ],
  disagreements: [
    // The strongest wind: the committee's "Gusts reached 55 knots" (the wire; its rewrite once) against the
    // navy's "measured at up to 65 knots".
    { values: ["55", "65"], outlets: ["Pacific Press Wire", "The Brisbane Courier-Ledger"] },
    // How far offshore the yachts went over.
    { values: ["120", "150"], outlets: ["Pacific Press Wire", "The Sunday Splash"] },
    // Southern Cross's crew in their raft: "about three hours" against "five hours".
    { values: ["three", "five"], outlets: ["Pacific Press Wire", "Offshore Yachting World"] },
    // Ellison's age: ", 58," against "The 61-year-old Ellison".
    { values: ["58", "61"], outlets: ["The Brisbane Courier-Ledger", "Offshore Yachting World"] },
  ],
  notDisagreements: [
    // The forecast wind against the gusts that came.
    ["40", "55"],
    ["40", "65"],
    // Retirements and expected finishers against the starters.
    ["Sixteen", "47"],
    ["29", "47"],
    ["Sixteen", "29"],
    // Crews of the two yachts against all rescued.
    ["eight", "Fourteen"],
    ["seven", "Fourteen"],
    ["eight", "seven"],
    // A fee and its conversion.
    ["4,500", "2,900"],
    // Boat lengths against each other and against the missing sailor's age.
    ["52", "40"],
    ["100", "52"],
    ["24", "40"],
    // Hours on the hull against hours in the raft.
    ["14", "three"],
    ["14", "five"],
    // The skipper's races; the sea height.
    ["11", "14"],
    ["8", "eight"],
    // The winning time's days against the raft's hours.
    ["5", "five"],
    // The sailor's mother's age against the skipper's.
    ["51", "58"],
    ["51", "61"],
  ],
  corroboration: [
    // The wire and its rewrite: once.
    { text: "Fourteen sailors were winched from the water and life rafts", outlets: 1 },
    // The Courier-Ledger and the Splash ("held on to the upturned hull of Kestrel through the night").
    { text: "was found alive clinging to the upturned hull", outlets: 2 },
    // The wire (its rewrite once) and the Courier-Ledger ("Both Southern Cross and Kestrel were knocked flat and rolled").
    { text: "Two yachts capsized and a third was dismasted", outlets: 2 },
  ],
  headline: ["line honours", "Tempest", "crossed the line"],
  summary: {
    holds: ["Whitcombe", "inquiry"],
    never: ["One crew member from the yacht Kestrel was still missing", "A crew member from Kestrel remained missing"],
  },
  sameEntry: [
    [
      "was found alive clinging to the upturned hull late yesterday afternoon",
      "Whitcombe was lifted off Kestrel's hull by a navy helicopter on Monday afternoon",
    ],
  ],
  order: [
    "The race to Noumea started on Saturday with 47 yachts",
    "when a storm tore through the Coral Sea Ocean Race fleet overnight",
    "Yachting Australia said on Tuesday it would hold an inquiry",
    "which crossed the line in Noumea on Thursday night",
    "which is due to report by February",
  ],
  supersession: {
    apart: [
      ["One crew member from the yacht Kestrel was still missing", "was found alive clinging to the upturned hull"],
      ["A crew member from Kestrel remained missing", "was found alive clinging to the upturned hull"],
      ["Sixteen of the 47 starters have now retired", "Only 29 of the 47 starters are expected to finish"],
    ],
    current: [
      "Yachting Australia said on Tuesday it would hold an inquiry",
      "The race to Noumea started on Saturday with 47 yachts",
      "which is due to report by February",
    ],
  },
};
