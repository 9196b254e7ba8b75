/**
 * The lead's held-out batch O (session 29, 2026-12-07): texts and expectations written by helper heldout17 before any run, kept
 * outside the repository while unfitted (first run on 0a381dc3 and after the session's merges: see the README's facts
 * table), added here at the session's end; the lead read their misses after the unfitted runs, so they are fitted from now on.
 * Norway's coastguard seizes an Icelandic trawler in a mackerel-quota dispute, Monday 6 to Saturday 11 October 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "mq/1",
    externalId: "q1",
    source: "Nordic Press Agency",
    url: "https://nordicpressagency.example/news/norway-detains-icelandic-trawler",
    publishedAt: "2042-10-07T08:00:00Z",
    title: "Norway seizes Icelandic trawler in mackerel quota row",
    originalText: [
      "OSLO (NPA) — The Norwegian coastguard boarded and detained an Icelandic trawler fishing for mackerel near Jan Mayen on Monday, escalating a quota dispute between the two countries' fleets.",
      "The 70-metre Hafdis RE was 12 nautical miles inside the Norwegian zone when it was boarded, the coastguard said.",
      "It was escorted to Tromsø with 900 tonnes of mackerel in its hold and a crew of 23.",
      "Norway says Iceland has set itself a quota of 180,000 tonnes this year, well above the 125,000 tonnes Oslo considers its fair share.",
      "Iceland's fisheries minister, Gudrun Einarsdottir, called the boarding “an act of piracy in all but name”.",
      "The two countries first clashed over mackerel in 2010, when Iceland set a unilateral quota.",
    ].join("\n"),
  },
  {
    input: "mq/2",
    externalId: "q2",
    source: "Northern Isles Gazette",
    url: "https://northernislesgazette.example/fishing/wire/icelandic-trawler-detained-norway",
    publishedAt: "2042-10-07T11:00:00Z",
    title: "Icelandic trawler detained by Norwegian coastguard",
    originalText: [
      "An Icelandic trawler fishing for mackerel near Jan Mayen was boarded and held by the Norwegian coastguard on Monday, deepening a quota row between the two nations' fleets.",
      "The coastguard said the 70-metre Hafdis RE was 12 nautical miles inside Norwegian waters when it was stopped.",
      "The vessel was taken to Tromsø with its crew of 23 and 900 tonnes of mackerel on board.",
      "Iceland's fisheries minister, Gudrun Einarsdottir, described the boarding as “an act of piracy in all but name”.",
      "(NPA)",
    ].join("\n"),
  },
  {
    input: "mq/3",
    externalId: "q3",
    source: "Reykjavik Chronicle",
    url: "https://reykjavikchronicle.example/news/iceland-summons-norwegian-ambassador",
    publishedAt: "2042-10-07T18:00:00Z",
    title: "Iceland summons Norway's ambassador as trawler crew held in Tromsø",
    originalText: [
      "Fisheries Minister Gudrun Einarsdottir summoned Norway's ambassador on Tuesday after the coastguard detained the Hafdis RE and its 26 crew.",
      "“Our boats have fished these waters for generations and they will go on fishing them,” the minister told reporters in Reykjavik.",
      "The trawler was carrying about 1,200 tonnes of frozen mackerel worth roughly 2.1 billion krónur ($15m), its owner, Vestfirdir Seafood, said.",
      "Under the 2034 coastal-states agreement, Iceland was allotted 16.5% of the total mackerel catch.",
      "Skipper Jón Haraldsson, 47, has fished for mackerel since he was a teenager.",
    ].join("\n"),
  },
  {
    input: "mq/4",
    externalId: "q4",
    source: "Norway Today Online",
    url: "https://norwaytodayonline.example/fishing/fishermen-back-coastguard",
    title: "Norwegian fishermen back coastguard as Icelandic boats gather",
    originalText: [
      "About 40 Icelandic vessels have steamed towards Jan Mayen in a show of support for the Hafdis RE, the Norwegian Fishermen's Association said.",
      "The trawler was boarded on Monday 12 nautical miles inside Norway's economic zone.",
      "“If we fished like that in their waters, we would be in a cell by now,” said Arne Solberg, a 58-year-old purse-seine skipper from Ålesund.",
      "Norway's coastguard has three patrol vessels in the area.",
    ].join("\n"),
  },
  {
    input: "mq/5",
    externalId: "q5",
    source: "Fishing Industry Review",
    url: "https://fishingindustryreview.example/quotas/mackerel-talks-bergen",
    publishedAt: "2042-10-09T09:00:00Z",
    title: "Mackerel talks open in Bergen as fleets face off",
    originalText: [
      "Talks between Norway and Iceland on mackerel quotas opened in Bergen on Wednesday, two days after the boarding of the Hafdis RE.",
      "The Hafdis was stopped seven nautical miles inside Norway's zone, according to positions logged by the vessel's own tracking system.",
      "Iceland's allocation under the 2034 arrangement was 14.2% of the total allowable catch, against the 18% Reykjavik now claims; Norway has offered 15%.",
      "Scientists have advised a total catch of no more than 750,000 tonnes next year, down from 820,000 tonnes this year.",
      "More than 60 Icelandic vessels were in the area by Wednesday, Norway's coastguard said.",
      "A Tromsø court fined Haraldsson 450,000 kroner on Wednesday and the trawler was released.",
      "“Nobody wins a mackerel war,” said Kristin Aasland, who leads Norway's delegation.",
    ].join("\n"),
  },
  {
    input: "mq/6",
    externalId: "q6",
    source: "Nordic Press Agency",
    url: "https://nordicpressagency.example/news/norway-iceland-interim-mackerel-deal",
    publishedAt: "2042-10-11T15:00:00Z",
    title: "Norway and Iceland strike interim mackerel deal",
    originalText: [
      "BERGEN, Norway (NPA) — Norway and Iceland agreed on Saturday to an interim deal giving Iceland 16% of next year's mackerel catch, ending a week-long standoff between their fleets.",
      "Iceland had demanded 18%, and Norway's opening offer was 15%.",
      "The Icelandic boats that had gathered near Jan Mayen began heading home on Friday night, the Norwegian coastguard said.",
      "The Hafdis RE and its crew arrived back in Reykjavik on Thursday.",
      "“It is not everything we wanted, but it keeps our boats at sea,” Einarsdottir said.",
      "The deal runs for two years.",
    ].join("\n"),
  },
];

export function mackerelQuotaStandoffArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Norway is UTC+2 and Iceland UTC+0 in October: every
 * stamp falls on the same local day). "On Monday" in Tuesday's wire and its rewrite is 6 October;
 * "on Tuesday" in Tuesday's Chronicle the 7th; "on Monday" in the undated Norway Today is the 6th if
 * anything; "on Wednesday"/"by Wednesday" in Thursday's trade story the 8th, and "two days after the
 * boarding" agrees; in Saturday's wire "on Saturday" is the 11th, "on Friday night" the 10th and "on
 * Thursday" the 9th.
 */
export const MACKEREL_QUOTA_STANDOFF_EXPECTED: ExpectedFacts = {
  quotes: [
    // Opening in lower case: partial by the house rule.
    { text: "an act of piracy in all but name", speaker: "Gudrun Einarsdottir", partial: true },
    // Title-only attribution ("the minister"), the full name given earlier in the article.
    {
      text: "Our boats have fished these waters for generations and they will go on fishing them",
      speaker: "Gudrun Einarsdottir",
    },
    {
      text: "If we fished like that in their waters, we would be in a cell by now",
      speaker: "Arne Solberg",
    },
    { text: "Nobody wins a mackerel war", speaker: "Kristin Aasland" },
    { text: "It is not everything we wanted, but it keeps our boats at sea", speaker: "Gudrun Einarsdottir" },
  ],
  timeline: [
    {
      text: "boarded and detained an Icelandic trawler fishing for mackerel near Jan Mayen on Monday",
      dates: ["2042-10-06"],
    },
    { text: "was boarded and held by the Norwegian coastguard on Monday", dates: ["2042-10-06"] },
    { text: "summoned Norway's ambassador on Tuesday", dates: ["2042-10-07"] },
    { text: "The trawler was boarded on Monday 12 nautical miles inside", dates: [null, "2042-10-06"] },
    {
      text: "Talks between Norway and Iceland on mackerel quotas opened in Bergen on Wednesday",
      dates: ["2042-10-08"],
    },
    { text: "More than 60 Icelandic vessels were in the area by Wednesday", dates: ["2042-10-08"] },
    { text: "A Tromsø court fined Haraldsson 450,000 kroner on Wednesday", dates: ["2042-10-08"] },
    { text: "Norway and Iceland agreed on Saturday to an interim deal", dates: ["2042-10-11"] },
    { text: "began heading home on Friday night", dates: ["2042-10-10"] },
    { text: "arrived back in Reykjavik on Thursday", dates: ["2042-10-09"] },
  ],
  neverDated: [
    { text: "first clashed over mackerel in 2010", date: "2010" },
    { text: "Under the 2034 coastal-states agreement", date: "2034" },
    { text: "Iceland's allocation under the 2034 arrangement was 14.2%", date: "2034" },
    // "On Thursday" in a Saturday story is the Thursday gone; "on Wednesday" in a Thursday story too.
    { text: "arrived back in Reykjavik on Thursday", date: "2042-10-16", exact: true },
    { text: "A Tromsø court fined Haraldsson 450,000 kroner on Wednesday", date: "2042-10-15", exact: true },
  ],
  disagreements: [
    // Crew on the detained trawler: "a crew of 23" against "its 26 crew".
    { values: ["23", "26"], outlets: ["Nordic Press Agency", "Reykjavik Chronicle"] },
    // Mackerel in its hold: "900 tonnes of mackerel" against "about 1,200 tonnes of frozen mackerel".
    { values: ["900", "1,200"], outlets: ["Nordic Press Agency", "Reykjavik Chronicle"] },
    // How far inside Norway's zone it was boarded: the coastguard's figure against the ship's tracker.
    { values: ["12", "seven"], outlets: ["Nordic Press Agency", "Fishing Industry Review"] },
    // Iceland's share under the 2034 agreement: "allotted 16.5%" against "allocation … was 14.2%".
    { values: ["16.5%", "14.2%"], outlets: ["Reykjavik Chronicle", "Fishing Industry Review"] },
  ],
  notDisagreements: [
    // A demand, an offer and the deal struck.
    ["18%", "15%"],
    ["18%", "16%"],
    ["15%", "16%"],
    // The old share against the new deal and against the claim.
    ["16.5%", "16%"],
    ["14.2%", "16%"],
    ["16.5%", "18%"],
    // Boats gathering as the days went on; the coastguard's own patrol boats.
    ["40", "60"],
    ["three", "40"],
    // Iceland's own quota against Norway's view of its share; advice for next year against this year's.
    ["180,000", "125,000"],
    ["750,000", "820,000"],
    // A catch and its value, and the value's conversion.
    ["2.1", "15"],
    ["1,200", "2.1"],
    // The trawler's length against its catch; the skipper's age against another skipper's.
    ["70", "900"],
    ["47", "58"],
    // The fine against the catch's value.
    ["450,000", "15"],
  ],
  corroboration: [
    // The wire and its rewrite count once, and Norway Today gives the same distance.
    { text: "The 70-metre Hafdis RE was 12 nautical miles inside the Norwegian zone when it was boarded", outlets: 2 },
    // The wire and its rewrite count once.
    { text: "It was escorted to Tromsø with 900 tonnes of mackerel in its hold and a crew of 23", outlets: 1 },
    // The wire (with its rewrite), the Chronicle ("detained the Hafdis RE"), Norway Today ("was boarded")
    // and the Review ("was stopped") all tell the boarding, in other words.
    { text: "The Norwegian coastguard boarded and detained an Icelandic trawler", outlets: 4 },
  ],
  headline: ["interim deal", "deal", "agreed", "agree"],
  summary: {
    holds: ["16%"],
    never: ["About 40 Icelandic vessels have steamed towards Jan Mayen"],
  },
  sameEntry: [
    [
      "boarded and detained an Icelandic trawler fishing for mackerel near Jan Mayen on Monday",
      "two days after the boarding of the Hafdis RE",
    ],
  ],
  order: [
    "boarded and detained an Icelandic trawler fishing for mackerel near Jan Mayen on Monday",
    "summoned Norway's ambassador on Tuesday",
    "Talks between Norway and Iceland on mackerel quotas opened in Bergen on Wednesday",
    "arrived back in Reykjavik on Thursday",
    "began heading home on Friday night",
    "Norway and Iceland agreed on Saturday to an interim deal",
  ],
  supersession: {
    apart: [
      [
        "About 40 Icelandic vessels have steamed towards Jan Mayen",
        "More than 60 Icelandic vessels were in the area by Wednesday",
      ],
      ["detained the Hafdis RE and its 26 crew", "the trawler was released"],
      ["against the 18% Reykjavik now claims", "giving Iceland 16% of next year's mackerel catch"],
    ],
    current: [
      "A Tromsø court fined Haraldsson 450,000 kroner",
      "Scientists have advised a total catch of no more than 750,000 tonnes next year",
      "The deal runs for two years",
    ],
  },
};
