/**
 * The lead's held-out batch N (session 29, 2026-12-07): texts and expectations written by helper heldout16 before any run, kept
 * outside the repository while unfitted (first run on 0a381dc3 and after the session's merges: see the README's facts
 * table), added here at the session's end; the lead read their misses after the unfitted runs, so they are fitted from now on.
 * Window washers stranded on a skyscraper's broken platform in Chicago are rescued, Wednesday 13 to Monday 18 September 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cradle/1",
    externalId: "c1",
    source: "WLKE 5 News",
    url: "https://wlke5news.example/news/calloway-tower-window-washers-trapped",
    publishedAt: "2045-09-13T17:30:00Z",
    title: "Window washers trapped on dangling platform at Calloway Tower",
    originalText: [
      "Two window washers are trapped on a dangling platform 540 feet up the side of Calloway Tower in the Loop, and firefighters are working to reach them.",
      "Fire officials initially said three workers were on the platform; the department now says there are two.",
      "The men have been stranded for more than two hours.",
      "Wacker Drive is closed between Lake and Randolph streets.",
      "“I looked up and saw it swinging like a pendulum,” said Dana Whitfield, who works across the street.",
    ].join("\n"),
  },
  {
    input: "cradle/2",
    externalId: "c2",
    source: "United Press Network",
    url: "https://unitedpressnetwork.example/us/chicago-window-washers-rescued",
    publishedAt: "2045-09-13T19:00:00Z",
    title: "Firefighters cut through window to rescue Chicago window washers",
    originalText: [
      "CHICAGO (UPN) — Two window washers were pulled to safety through a window Wednesday after a cable on their platform snapped and left them dangling about 600 feet (183 meters) above Wacker Drive, fire officials said.",
      "The cable broke shortly after 10:20 a.m. at the 52nd floor of the 68-story Calloway Tower, Chicago Fire Department spokesman Gil Ramos said.",
      "Firefighters cut through a double-glazed window and hauled the men inside at about 1:10 p.m.",
      "Some 60 firefighters took part in the rescue.",
      "“They kept their heads and did everything we asked of them,” Ramos said.",
      "Wind gusts of up to 35 mph had been forecast for Wednesday afternoon.",
      "In 2036, two window washers spent four hours on a tilted platform at a Michigan Avenue hotel before they were rescued.",
    ].join("\n"),
  },
  {
    input: "cradle/3",
    externalId: "c3",
    source: "Prairie State Journal",
    url: "https://prairiestatejournal.example/news/wire/calloway-tower-rescue",
    publishedAt: "2045-09-13T22:00:00Z",
    title: "Window washers rescued after cable snaps on Chicago tower",
    originalText: [
      "Chicago firefighters rescued two window washers through a skyscraper window Wednesday after a cable on their platform broke and left them hanging about 600 feet above Wacker Drive.",
      "The cable snapped shortly after 10:20 a.m. at the 52nd floor of the 68-story Calloway Tower, according to fire department spokesman Gil Ramos.",
      "Around 60 firefighters were involved, and the men were pulled inside at about 1:10 p.m. after crews cut through a window.",
      "“They kept their heads and did everything we asked of them,” said Ramos.",
      "— UPN",
    ].join("\n"),
  },
  {
    input: "cradle/4",
    externalId: "c4",
    source: "Lakeshore Tribune",
    url: "https://lakeshoretribune.example/news/calloway-tower-window-washers-named",
    publishedAt: "2045-09-14T11:00:00Z",
    title: "Calloway Tower window washers named; city halts contractor's work",
    originalText: [
      "The window washers rescued from Calloway Tower yesterday were named as Marco Delgado, 29, and Ray Huston, 41, both employees of SkyLine Facade Services.",
      "Their platform tipped when one of its two cables snapped at about 9:45 a.m., the company said.",
      "The rescue ended more than three hours later, when firefighters broke through a 52nd-floor window.",
      "Delgado was treated for a cut hand; Huston was not hurt.",
      "Huston said: “When that cable went, I thought we were gone.”",
      "The city's Department of Buildings said Thursday it had ordered SkyLine to halt work on all 14 of its Chicago sites.",
      "Gusts reached 48 mph at the lakefront on Wednesday afternoon, the National Weather Service said.",
    ].join("\n"),
  },
  {
    input: "cradle/5",
    externalId: "c5",
    source: "The Evening Flash",
    url: "https://eveningflash.example/news/window-cleaner-cradle-chicago-terror",
    title: "'I PRAYED THE WHOLE TIME': Window cleaner's skyscraper cradle terror",
    originalText: [
      "Terrified window cleaner Marco Delgado told last night how he clung on for his life as his cradle swung wildly high above Chicago.",
      "Delgado and workmate Ray Huston were stranded for three hours on Wednesday before a team of 45 firefighters smashed through a window to reach them.",
      "'I prayed the whole time,' said the 29-year-old dad.",
      "'He is never going up there again,' said his wife Lucia.",
      "SkyLine has been banned from working at its 14 Chicago sites until further notice.",
    ].join("\n"),
  },
  {
    input: "cradle/6",
    externalId: "c6",
    source: "Facade & Access Today",
    url: "https://facadeaccesstoday.example/safety/skyline-calloway-cable-failure-osha",
    publishedAt: "2045-09-18T14:00:00Z",
    title: "OSHA opens probe into Calloway Tower cable failure",
    originalText: [
      "Federal safety inspectors opened an investigation on Friday into the cable failure that stranded two SkyLine Facade Services workers on Chicago's Calloway Tower last week.",
      "The 1,200-pound platform was installed on the tower's roof in 2031 and last load-tested in March, building manager Halden Properties said.",
      "The 31-year-old Delgado had worked on high-rise facades for nine years.",
      "OSHA fined SkyLine $48,000 in 2042 over missing fall-arrest equipment at another site, and can now seek up to $165,000 for each serious violation.",
      "According to SkyLine's safety director, Paula Grange, “both men were clipped to independent lifelines, and that is why they are alive.”",
      "The investigation could take up to six months.",
    ].join("\n"),
  },
];

export function windowCradleRescueArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Chicago is UTC-5 in September: every stamp falls on
 * the same local day). "Wednesday" in Wednesday's stories is 13 September and "yesterday" in
 * Thursday's paper the 13th too; "Thursday" there is the 14th; "on Wednesday" in the undated tabloid
 * is the 13th if anything; "on Friday" in Monday's trade story is the 15th; "in March" is 2045's.
 */
export const WINDOW_CRADLE_RESCUE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "I looked up and saw it swinging like a pendulum", speaker: "Dana Whitfield" },
    // Surname-only in the wire ("Ramos said") and in its rewrite ("said Ramos"), the full name given before.
    { text: "They kept their heads and did everything we asked of them", speaker: "Gil Ramos" },
    { text: "When that cable went, I thought we were gone", speaker: "Ray Huston" },
    // Single quotes, "said the 29-year-old dad": the name is given two sentences before.
    { text: "I prayed the whole time", speaker: "Marco Delgado" },
    { text: "He is never going up there again", speaker: "Lucia Delgado" },
    // "According to title, Name, “…”", lower-case opening: partial by the house rule.
    {
      text: "both men were clipped to independent lifelines, and that is why they are alive",
      speaker: "Paula Grange",
      partial: true,
    },
  ],
  timeline: [
    { text: "Two window washers were pulled to safety through a window Wednesday", dates: ["2045-09-13"] },
    {
      text: "Chicago firefighters rescued two window washers through a skyscraper window Wednesday",
      dates: ["2045-09-13"],
    },
    { text: "Wind gusts of up to 35 mph had been forecast for Wednesday afternoon", dates: ["2045-09-13"] },
    {
      text: "The window washers rescued from Calloway Tower yesterday were named",
      dates: ["2045-09-13", "2045-09-14"],
    },
    { text: "said Thursday it had ordered SkyLine to halt work", dates: ["2045-09-14"] },
    { text: "Gusts reached 48 mph at the lakefront on Wednesday afternoon", dates: ["2045-09-13"] },
    { text: "were stranded for three hours on Wednesday", dates: [null, "2045-09-13"] },
    { text: "opened an investigation on Friday into the cable failure", dates: ["2045-09-15"] },
    { text: "last load-tested in March", dates: ["2045-03"] },
    // A past act of the story's own actor in its own main clause: dated at its year (house rule, expected-facts.ts).
    { text: "OSHA fined SkyLine $48,000 in 2042", dates: ["2042"] },
  ],
  neverDated: [
    { text: "In 2036, two window washers spent four hours on a tilted platform", date: "2036" },
    { text: "installed on the tower's roof in 2031 and last load-tested in March", date: "2031" },
    { text: "last load-tested in March", date: "2046-03" },
    // "On Friday" in a Monday story is the Friday gone.
    { text: "opened an investigation on Friday into the cable failure", date: "2045-09-22", exact: true },
  ],
  disagreements: [
    // How high the platform hung: "540 feet up" against "dangling about 600 feet (183 meters) above Wacker Drive".
    { values: ["540", "600"], outlets: ["WLKE 5 News", "United Press Network"] },
    // When the cable broke: "shortly after 10:20 a.m." against "at about 9:45 a.m.".
    { values: ["10:20", "9:45"], outlets: ["United Press Network", "Lakeshore Tribune"] },
    // Firefighters in the rescue: "Some 60 firefighters took part" against "a team of 45 firefighters".
    { values: ["60", "45"], outlets: ["United Press Network", "The Evening Flash"] },
    // The younger man's age: "Marco Delgado, 29," against "The 31-year-old Delgado".
    { values: ["29", "31"], outlets: ["Lakeshore Tribune", "Facade & Access Today"] },
  ],
  notDisagreements: [
    // The floor against the building's height in floors.
    ["52", "68"],
    // A forecast gust against the measured one.
    ["35", "48"],
    // Two men's ages; a man's age against his years at work.
    ["29", "41"],
    ["31", "41"],
    ["nine", "31"],
    // The station's own correction of the men on the platform.
    ["three", "two"],
    // Firefighters against the contractor's sites.
    ["60", "14"],
    ["45", "14"],
    // A 2042 fine against the most a violation can cost now.
    ["48,000", "165,000"],
    // A height and its conversion.
    ["600", "183"],
    ["540", "183"],
    // A 2036 precedent's hours against this rescue's.
    ["four", "three"],
    // The platform's weight against its height.
    ["1,200", "600"],
  ],
  corroboration: [
    // The wire (with its rewrite), the local paper and the tabloid, in other words.
    { text: "Two window washers were pulled to safety through a window Wednesday", outlets: 3 },
    // Carried only by the wire and its rewrite.
    { text: "hauled the men inside at about 1:10 p.m.", outlets: 1 },
    // The local paper and the tabloid ("banned from working at its 14 Chicago sites").
    { text: "it had ordered SkyLine to halt work on all 14 of its Chicago sites", outlets: 2 },
  ],
  headline: ["investigation", "probe"],
  summary: {
    holds: ["investigation"],
    never: ["firefighters are working to reach them", "The men have been stranded for more than two hours"],
  },
  sameEntry: [
    [
      "Two window washers were pulled to safety through a window Wednesday",
      "The window washers rescued from Calloway Tower yesterday were named",
    ],
  ],
  order: [
    "last load-tested in March",
    "Two window washers were pulled to safety through a window Wednesday",
    "said Thursday it had ordered SkyLine to halt work",
    "opened an investigation on Friday into the cable failure",
  ],
  supersession: {
    apart: [
      ["firefighters are working to reach them", "Two window washers were pulled to safety through a window Wednesday"],
      ["The men have been stranded for more than two hours", "The rescue ended more than three hours later"],
    ],
    current: [
      "it had ordered SkyLine to halt work on all 14 of its Chicago sites",
      "last load-tested in March",
      "The investigation could take up to six months",
    ],
  },
};
