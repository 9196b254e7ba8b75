import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline19, 2026-12-05, before any digest of it
 * was run): four dated articles from four outlets and one undated civil protection bulletin on an
 * irrigation dam in northern Portugal that gave way in the night of Tuesday 8 to Wednesday 9 February
 * 2033. Traps: "overnight" in a Wednesday morning wire, a date range ("from Feb. 6 to Feb. 8"), a
 * background year inside a sentence ("The dam, built in 1956, …", a village "also flooded in January
 * 2001" that lost its bridge on Wednesday), "earlier this month", a deadline still to come ("by March
 * 31", "until Feb. 20 at the earliest"), a Lisbon paper stamped 00:20 UTC on the Saturday that says
 * "this evening" of Friday, "last month" and "last week" in a Monday paper, "on Saturday and Sunday",
 * and an undated bulletin. Test support only.
 */
const DAM_BREACH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "dam-breach/1",
    externalId: "iberia-wire-1",
    source: "Iberia Wire",
    url: "https://iberiawire.example/en/2033/02/09/valdemar-dam-gives-way",
    publishedAt: "2033-02-09T06:30:00Z",
    title: "Portuguese dam gives way after days of rain, flooding two villages",
    originalText: [
      "Part of the Valdemar dam in northern Portugal gave way overnight after three days of torrential rain, sending a wall of water through two villages, civil protection officials said.",
      "More than 1,200 people were evacuated from Ribeira and Souto before dawn on Wednesday.",
      "The dam, built in 1956 to irrigate the valley's vineyards, held about 14 million cubic metres of water.",
      "Up to 180 millimetres of rain fell on the region from Feb. 6 to Feb. 8, the weather service said.",
    ].join("\n\n"),
  },
  {
    input: "dam-breach/2",
    externalId: "european-desk-1",
    source: "The European Desk",
    url: "https://europeandesk.example/2033/02/10/portugal-dam-deaths",
    publishedAt: "2033-02-10T11:00:00Z",
    title: "Four dead, two missing after Portuguese dam bursts",
    originalText: [
      "Four people were killed when the Valdemar dam burst on Wednesday, Portuguese authorities said on Thursday, and two more are missing.",
      "About 900 people were evacuated from the two villages below the dam, the authorities said.",
      "The dam's operator, Águas do Norte, warned the government earlier this month that the spillway was blocked with debris.",
      "Prime Minister Tomás Arruda visited the flooded villages on Thursday and promised 50 million euros in aid.",
      "“Nobody should lose their home because a warning went unheard,” Arruda said.",
      "Engineers said the breach must be sealed by March 31, before the spring snowmelt.",
    ].join("\n\n"),
  },
  {
    input: "dam-breach/3",
    externalId: "porto-herald-1",
    source: "Porto Herald",
    url: "https://portoherald.example/en/valdemar-missing-found",
    publishedAt: "2033-02-12T00:20:00Z",
    title: "Bodies of two missing villagers found as Valdemar toll rises to six",
    originalText: [
      "Rescuers found the bodies of the two missing villagers in the mud near Souto this evening, raising the death toll to six.",
      "Police said on Thursday that they had opened an inquiry into the dam's operator.",
      "Souto, which was also flooded in January 2001, lost its only bridge on Wednesday.",
      "Residents of Souto have been told they cannot return home until Feb. 20 at the earliest.",
    ].join("\n\n"),
  },
  {
    input: "dam-breach/4",
    externalId: "global-news-agency-1",
    source: "Global News Agency",
    url: "https://globalnewsagency.example/2033/02/14/portugal-dam-cracks-inspection",
    publishedAt: "2033-02-14T10:00:00Z",
    title: "Inspectors found cracks in Portuguese dam weeks before it burst",
    originalText: [
      "An inspection of the Valdemar dam last month found cracks in its concrete spillway, Portugal's environment agency said on Monday.",
      "Four of the six victims were buried on Saturday and Sunday in Ribeira.",
      "The chief executive of Águas do Norte, Helena Moura, resigned last week.",
      "“I take responsibility for what happened at Valdemar,” Moura said in a statement.",
    ].join("\n\n"),
  },
  {
    input: "dam-breach/5",
    externalId: "civil-protection-1",
    source: "National Civil Protection Authority",
    url: "https://civilprotection.example/en/bulletins/valdemar",
    title: "Valdemar: bulletin for residents",
    originalText: [
      "The evacuation order for Ribeira was lifted at noon on Sunday.",
      "Residents of Souto must stay away until further notice.",
      "Tap water in the valley should be boiled until Friday.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function damBreachArticles(): Article[] {
  return linkNearDuplicates(DAM_BREACH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen. "Overnight" in a Wednesday morning wire is
 * the night just ended; a range is told by its days; a deadline ahead is its day; "this evening" in a
 * paper stamped just after midnight UTC (Lisbon's own time in winter) is the evening just ended;
 * "last month" in February is January, "last week" in a Monday paper the week before; a background
 * year in a relative clause never dates the sentence. The evacuated, more than 1,200 against about
 * 900, is a real disagreement.
 */
export const DAM_BREACH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Nobody should lose their home because a warning went unheard", speaker: "Tomás Arruda" },
    { text: "I take responsibility for what happened at Valdemar", speaker: "Helena Moura" },
  ],
  timeline: [
    { text: "Part of the Valdemar dam in northern Portugal gave way overnight", dates: ["2033-02-08", "2033-02-09"] },
    { text: "More than 1,200 people were evacuated from Ribeira and Souto", dates: ["2033-02-09"] },
    { text: "Up to 180 millimetres of rain fell on the region", dates: ["2033-02-06", "2033-02-07", "2033-02-08"] },
    { text: "Four people were killed when the Valdemar dam burst on Wednesday", dates: ["2033-02-09", "2033-02-10"] },
    { text: "warned the government earlier this month", dates: ["2033-02-0", "2033-02"] },
    { text: "Prime Minister Tomás Arruda visited the flooded villages on Thursday", dates: ["2033-02-10"] },
    { text: "Engineers said the breach must be sealed by March 31", dates: ["2033-03-31"] },
    { text: "Rescuers found the bodies of the two missing villagers", dates: ["2033-02-11"] },
    { text: "Police said on Thursday that they had opened an inquiry", dates: ["2033-02-10"] },
    { text: "lost its only bridge on Wednesday", dates: ["2033-02-09"] },
    { text: "cannot return home until Feb. 20 at the earliest", dates: ["2033-02-20", "2033-02-12", "2033-02-11"] },
    { text: "An inspection of the Valdemar dam last month found cracks", dates: ["2033-01", "2033-02-14"] },
    { text: "Four of the six victims were buried on Saturday and Sunday", dates: ["2033-02-12", "2033-02-13"] },
    {
      text: "Helena Moura, resigned last week",
      dates: ["2033-02-07", "2033-02-08", "2033-02-09", "2033-02-10", "2033-02-11", "2033-02-12", "2033-02-13"],
    },
    // The undated bulletin.
    { text: "The evacuation order for Ribeira was lifted at noon on Sunday", dates: [null, "2033-02-13"] },
  ],
  neverDated: [
    { text: "The dam, built in 1956", date: "1956" },
    { text: "which was also flooded in January 2001", date: "2001" },
    // Earlier this month is before the paper, the evening that of the day the paper was written.
    { text: "warned the government earlier this month", date: "2033-02-10", exact: true },
    { text: "Rescuers found the bodies of the two missing villagers", date: "2033-02-12", exact: true },
    // Last month is January, not December; last week is not the paper's own.
    { text: "An inspection of the Valdemar dam last month found cracks", date: "2032-12" },
    { text: "Helena Moura, resigned last week", date: "2033-02-14", exact: true },
    // A deadline ahead is no day in the past.
    { text: "Engineers said the breach must be sealed by March 31", date: "2032-03-31", exact: true },
  ],
  disagreements: [{ values: ["1,200", "900"], outlets: ["Iberia Wire", "The European Desk"] }],
  notDisagreements: [
    // Rain in millimetres against water in cubic metres; aid against water; a year against a count.
    ["180", "14"],
    ["50", "14"],
    ["1956", "1,200"],
  ],
  corroboration: [{ text: "Prime Minister Tomás Arruda visited the flooded villages on Thursday", outlets: 1 }],
  order: [
    "Up to 180 millimetres of rain fell on the region",
    "More than 1,200 people were evacuated from Ribeira and Souto",
    "Prime Minister Tomás Arruda visited the flooded villages on Thursday",
    "Rescuers found the bodies of the two missing villagers",
    "Engineers said the breach must be sealed by March 31",
  ],
};
