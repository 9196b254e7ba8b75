/**
 * Held-out batch R (lead session 31, 2026-12-07), written by heldout20 before any run; unfitted.
 * A New South Wales dam's spillway gates opened after heavy rain and two river towns evacuated, Thursday 8 to Monday 12 February 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "td/1",
    externalId: "d1",
    source: "Southern Cross Wire",
    url: "https://southerncrosswire.example/nsw/tallong-dam-spillway-opened",
    publishedAt: "2046-02-08T09:00:00Z",
    title: "Tallong Dam spillway opened, river towns told to leave",
    originalText: [
      "SYDNEY (SCW) — Engineers opened the spillway gates at Tallong Dam in the NSW Central West on Thursday after more than 300mm of rain fell on its catchment in two days.",
      "The dam was at 104 per cent of capacity when the gates were opened, the State Water Authority said.",
      "About 2,500 residents of Kelso Flat and Bandon were ordered to leave their homes on Thursday evening as releases reached 120,000 megalitres a day.",
      "The Yarrabin River at Bandon is expected to peak at 12.5 metres on Saturday, well above the major flood level of 9.5 metres.",
      "“If you are told to go, go now,” Emergency Services Minister Dana Whitlock said.",
      "Bandon's record flood, in 1974, reached 13.4 metres.",
    ].join("\n"),
  },
  {
    input: "td/2",
    externalId: "d2",
    source: "Central West Leader",
    url: "https://centralwestleader.example/news/kelso-flat-bandon-evacuate",
    publishedAt: "2046-02-09T01:00:00Z",
    title: "Towns empty as Tallong gates lift",
    originalText: [
      "Police went door to door in Kelso Flat and Bandon last night after an evacuation order covering 3,400 people in the two towns.",
      "Tallong was at 108% when the gates were lifted yesterday, the water authority's online dashboard showed.",
      "The authority was letting about 95,000ML a day out of the dam last night.",
      "The heaviest fall in the catchment was 410mm at Mount Lyell, west of the dam.",
      "'We lost everything in 2022 and we are not waiting around this time,' said Bandon grazier Tom Fairweather.",
      "Evacuation centres have opened at the Orange showground and two schools.",
    ].join("\n"),
  },
  {
    input: "td/3",
    externalId: "d3",
    source: "Water Infrastructure Review",
    url: "https://waterinfrastructurereview.example/dams/tallong-releases-debate",
    title: "Tallong releases reopen the pre-release debate",
    originalText: [
      "Tallong Dam, finished in 1967, holds 1,150 gigalitres at full supply.",
      "Its gated spillway can pass up to 400,000 megalitres a day, so this week's releases are well within its design.",
      "Critics say the authority should have begun releasing water last week, when forecasts first showed the rain.",
      "“Pre-releases cost water that farmers have paid for, and you cannot get it back” — Rachel Osei, a dam safety engineer.",
      "The dam wall was raised by 4 metres in 2011.",
    ].join("\n"),
  },
  {
    input: "td/4",
    externalId: "d4",
    source: "Southern Cross Wire",
    url: "https://southerncrosswire.example/nsw/yarrabin-river-peaks-bandon",
    publishedAt: "2046-02-10T08:00:00Z",
    title: "Yarrabin River peaks below forecast at Bandon",
    originalText: [
      "SYDNEY (SCW) — The Yarrabin River peaked at 11.2 metres at Bandon on Saturday afternoon, below the forecast, as the State Water Authority began cutting releases from Tallong Dam.",
      "About 60 homes in the two towns were flooded, the State Emergency Service said.",
      "More than 4,000 people spent the night away from home, including many who left before the order.",
      "“We are not out of the woods yet,” Whitlock said.",
    ].join("\n"),
  },
  {
    input: "td/5",
    externalId: "d5",
    source: "Australian Regional News",
    url: "https://australianregionalnews.example/nsw/bandon-river-peak",
    publishedAt: "2046-02-11T00:00:00Z",
    title: "Bandon river peak lower than feared",
    originalText: [
      "The Yarrabin River reached its peak at Bandon on Saturday afternoon at 11.2 metres, lower than forecast, while the State Water Authority started reducing releases from Tallong Dam.",
      "The State Emergency Service said about 60 homes in the two towns had been flooded.",
      "More than 4,000 people were away from their homes overnight, many of them having left before the order.",
      "“We are not out of the woods yet,” said Whitlock.",
    ].join("\n"),
  },
  {
    input: "td/6",
    externalId: "d6",
    source: "Central West Leader",
    url: "https://centralwestleader.example/news/kelso-flat-residents-return",
    publishedAt: "2046-02-12T02:00:00Z",
    title: "Kelso Flat goes home; Bandon waits",
    originalText: [
      "The Yarrabin crested at 12.1m at the Bandon gauge on Saturday, Bureau of Meteorology data shows.",
      "Kelso Flat residents were allowed home yesterday, but the order for Bandon remains in place.",
      "About 140 homes were flooded, the SES said on Sunday after crews checked every street.",
      "Releases from Tallong were cut to 60,000 megalitres a day on Sunday.",
      "NSW Farmers wants $50m in flood aid for growers; the state has offered $15m.",
      "Asked whether releases should have started earlier, Whitlock said: “The dam did its job.”",
    ].join("\n"),
  },
];

export function tallongDamSpillwayArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (NSW is UTC+11 in February: every stamp falls on the
 * same local day, Thursday's wire at 20:00, Friday's Leader at 12:00). "On Thursday" (and "on Thursday
 * evening") in Thursday's wire is 8 February, and so are "last night" and "yesterday" in
 * Friday's Leader; "on Saturday" in Thursday's wire is a forecast for the 10th; "on Saturday
 * afternoon" in Saturday's wire and in its rewrite stamped Sunday is the 10th; in Monday's Leader "on
 * Saturday" is the 10th and "yesterday" and "on Sunday" the 11th. The Review is undated: its "last
 * week" stays undated. Australian Regional News's story is a syndicated rewrite of the wire's Saturday one.
 */
export const TALLONG_DAM_SPILLWAY_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "If you are told to go, go now", speaker: "Dana Whitlock" },
    { text: "We lost everything in 2022 and we are not waiting around this time", speaker: "Tom Fairweather" },
    {
      text: "Pre-releases cost water that farmers have paid for, and you cannot get it back",
      speaker: "Rachel Osei",
    },
    { text: "We are not out of the woods yet", speaker: "Dana Whitlock" },
    { text: "The dam did its job", speaker: "Dana Whitlock" },
  ],
  timeline: [
    {
      text: "Engineers opened the spillway gates at Tallong Dam in the NSW Central West on Thursday",
      dates: ["2046-02-08"],
    },
    { text: "were ordered to leave their homes on Thursday evening", dates: ["2046-02-08"] },
    { text: "is expected to peak at 12.5 metres on Saturday", dates: ["2046-02-10"] },
    { text: "Police went door to door in Kelso Flat and Bandon last night", dates: ["2046-02-08"] },
    { text: "Tallong was at 108% when the gates were lifted yesterday", dates: ["2046-02-08"] },
    { text: "should have begun releasing water last week", dates: [null] },
    { text: "The Yarrabin River peaked at 11.2 metres at Bandon on Saturday afternoon", dates: ["2046-02-10"] },
    { text: "The Yarrabin River reached its peak at Bandon on Saturday afternoon", dates: ["2046-02-10"] },
    { text: "The Yarrabin crested at 12.1m at the Bandon gauge on Saturday", dates: ["2046-02-10"] },
    { text: "Kelso Flat residents were allowed home yesterday", dates: ["2046-02-11"] },
    { text: "About 140 homes were flooded, the SES said on Sunday", dates: ["2046-02-11"] },
    { text: "Releases from Tallong were cut to 60,000 megalitres a day on Sunday", dates: ["2046-02-11"] },
  ],
  neverDated: [
    { text: "Bandon's record flood, in 1974, reached 13.4 metres", date: "1974" },
    { text: "We lost everything in 2022", date: "2022" },
    { text: "Tallong Dam, finished in 1967", date: "1967" },
    { text: "The dam wall was raised by 4 metres in 2011", date: "2011" },
    // "On Saturday" in a Monday paper is the Saturday gone.
    { text: "The Yarrabin crested at 12.1m at the Bandon gauge on Saturday", date: "2046-02-17", exact: true },
  ],
  disagreements: [
    // The dam's level when the gates opened: "104 per cent of capacity" against "at 108%".
    { values: ["104", "108"], outlets: ["Southern Cross Wire", "Central West Leader"] },
    // People under Thursday evening's order: "About 2,500 residents … were ordered" against "an evacuation order covering 3,400 people".
    { values: ["2,500", "3,400"], outlets: ["Southern Cross Wire", "Central West Leader"] },
    // Thursday evening's release rate: "reached 120,000 megalitres a day" against "about 95,000ML a day".
    { values: ["120,000", "95,000"], outlets: ["Southern Cross Wire", "Central West Leader"] },
    // The river's peak at Bandon on Saturday: "peaked at 11.2 metres" against "crested at 12.1m".
    { values: ["11.2", "12.1"], outlets: ["Southern Cross Wire", "Central West Leader"] },
  ],
  notDisagreements: [
    // A forecast peak against the outcome, the major flood level and the 1974 record.
    ["12.5", "11.2"],
    ["12.5", "12.1"],
    ["9.5", "11.2"],
    ["13.4", "12.1"],
    // Rain at the dam's catchment against the heaviest single fall.
    ["300", "410"],
    // Those under the order against all who spent the night away.
    ["2,500", "4,000"],
    ["3,400", "4,000"],
    // Homes flooded as crews checked, and the day's release rates as they were cut.
    ["60", "140"],
    ["120,000", "60,000"],
    ["95,000", "60,000"],
    // Releases against the spillway's capacity; storage in gigalitres.
    ["120,000", "400,000"],
    ["1,150", "400,000"],
    // A demand against an offer.
    ["50", "15"],
    // The wall's raising against the river heights.
    ["4", "11.2"],
    // Evacuation centres (two schools) against homes.
    ["two", "60"],
  ],
  corroboration: [
    // The wire's Saturday story and its rewrite count once; the Leader tells the peak at another height.
    { text: "The Yarrabin River peaked at 11.2 metres at Bandon on Saturday afternoon", outlets: 1 },
    // The opening of the gates: the wire and the Leader ("when the gates were lifted yesterday").
    { text: "Engineers opened the spillway gates at Tallong Dam", outlets: 2 },
    { text: "Evacuation centres have opened at the Orange showground and two schools", outlets: 1 },
  ],
  headline: ["allowed home", "cut", "Kelso Flat"],
  summary: {
    holds: ["spillway", "140 homes"],
    never: ["is expected to peak at 12.5 metres on Saturday", "About 60 homes in the two towns were flooded"],
  },
  sameEntry: [
    [
      "were ordered to leave their homes on Thursday evening",
      "Police went door to door in Kelso Flat and Bandon last night",
    ],
    [
      "Engineers opened the spillway gates at Tallong Dam in the NSW Central West on Thursday",
      "Tallong was at 108% when the gates were lifted yesterday",
    ],
  ],
  order: [
    "Engineers opened the spillway gates at Tallong Dam in the NSW Central West on Thursday",
    "The Yarrabin River peaked at 11.2 metres at Bandon on Saturday afternoon",
    "Kelso Flat residents were allowed home yesterday",
  ],
  supersession: {
    apart: [
      ["is expected to peak at 12.5 metres on Saturday", "The Yarrabin River peaked at 11.2 metres"],
      ["About 60 homes in the two towns were flooded", "About 140 homes were flooded"],
      ["as releases reached 120,000 megalitres a day", "Releases from Tallong were cut to 60,000 megalitres a day"],
    ],
    current: [
      "Bandon's record flood, in 1974, reached 13.4 metres",
      "but the order for Bandon remains in place",
      "the state has offered $15m",
    ],
  },
};
