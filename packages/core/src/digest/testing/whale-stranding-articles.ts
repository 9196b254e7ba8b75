import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * The lead's held-out batch G (session 24, 2026-12-06): texts and expectations written before any run, kept
 * outside the repository while they were unfitted and added here after. A pod of pilot whales strands on
 * a beach; volunteers refloat some, the toll rises as parts of the pod.
 */
const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ws/1",
    externalId: "w1",
    source: "Coastal Times",
    url: "https://coastaltimes.example/news/pilot-whales-stranded-carrow",
    publishedAt: "2036-05-12T08:00:00Z",
    title: "Hundreds of pilot whales stranded at Carrow Beach",
    originalText: [
      "About 200 pilot whales have stranded on Carrow Beach near Port Adair, wildlife officials said on Monday.",
      "The whales are spread along a 2km stretch of the beach.",
      "Rescuers said many of the animals were still alive on Monday morning.",
      "‘The first 24 hours are critical,’ said incident controller Brendan Hale.",
    ].join("\n"),
  },
  {
    input: "ws/2",
    externalId: "w2",
    source: "Island Radio",
    url: "https://islandradio.example/news/carrow-whale-rescue-day-two",
    publishedAt: "2036-05-13T19:00:00Z",
    title: "Rescuers refloat 32 whales as death toll climbs",
    originalText: [
      "Rescuers refloated 32 pilot whales on Tuesday, but 90 of the 212 animals that stranded on Carrow Beach have died.",
      "More than 300 volunteers joined the rescue on Tuesday.",
      "Marine biologist Dr Priya Nair said the pod had probably followed a sick leader into the shallows.",
      "‘We lost some tonight, but we saved some too,’ said volunteer Jo Carney.",
    ].join("\n"),
  },
  {
    input: "ws/3",
    externalId: "w3",
    source: "The Southern Mercury",
    url: "https://southernmercury.example/environment/carrow-stranding-volunteers",
    publishedAt: "2036-05-14T06:00:00Z",
    title: "Volunteers pour in for Carrow whale rescue",
    originalText: [
      "Some 180 volunteers helped at Carrow Beach on Tuesday, working in shifts to keep the whales wet.",
      "The stranded whales lie over about 3.5km of the beach, from the river mouth to Gull Point.",
      "The largest mass stranding in the state's history came in 1998, when about 300 whales beached at Macquarie Heads.",
      "Pilot whales grow up to six metres long and can weigh three tonnes.",
      "“It is heartbreaking work, but every whale we float is a win,” Hale said.",
    ].join("\n"),
  },
  {
    input: "ws/4",
    externalId: "w4",
    source: "Island Radio",
    url: "https://islandradio.example/news/carrow-rescue-ends",
    publishedAt: "2036-05-15T12:00:00Z",
    title: "Carrow whale rescue ends",
    originalText: [
      "The rescue operation at Carrow Beach ended on Thursday morning, with no live whales left on the sand.",
      "Rescuers refloated a total of 47 whales over four days, the Parks and Wildlife Service said.",
      "The carcasses of the dead whales will be towed out to sea next week.",
    ].join("\n"),
  },
  {
    input: "ws/5",
    externalId: "w5",
    source: "Coastal Times",
    url: "https://coastaltimes.example/news/carrow-stranding-final-count",
    publishedAt: "2036-05-15T20:00:00Z",
    title: "Whale rescuers stand down at Carrow",
    originalText: [
      "In total 51 whales were returned to the sea, the volunteer group Marine Rescue Tasman said on Thursday.",
      "Of the 212 whales that stranded, 160 died.",
      "Dr Nair said tissue samples would be sent to a laboratory in Hobart, with results expected within a month.",
      "“The ones that made it out have a real chance,” said Nair.",
    ].join("\n"),
  },
];

export function whaleStrandingArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

export const WHALE_STRANDING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The first 24 hours are critical", speaker: "Brendan Hale" },
    { text: "We lost some tonight, but we saved some too", speaker: "Jo Carney" },
    { text: "It is heartbreaking work, but every whale we float is a win", speaker: "Brendan Hale" },
    { text: "The ones that made it out have a real chance", speaker: "Priya Nair" },
  ],
  timeline: [
    { text: "About 200 pilot whales have stranded on Carrow Beach", dates: ["2036-05-12"] },
    { text: "Rescuers refloated 32 pilot whales on Tuesday", dates: ["2036-05-13"] },
    { text: "ended on Thursday morning", dates: ["2036-05-15"] },
  ],
  neverDated: [{ text: "came in 1998, when about 300 whales beached", date: "2036" }],
  disagreements: [
    { values: ["300", "180"], outlets: ["Island Radio", "The Southern Mercury"] },
    { values: ["2km", "3.5km"], outlets: ["Coastal Times", "The Southern Mercury"] },
    { values: ["47", "51"], outlets: ["Island Radio", "Coastal Times"] },
  ],
  notDisagreements: [
    ["200", "212"],
    ["90", "160"],
    ["32", "47"],
    ["32", "51"],
    ["212", "160"],
    ["212", "90"],
    ["200", "300"],
    ["212", "300"],
    ["six", "three"],
    ["24", "32"],
    ["four", "32"],
    ["300", "212"],
    ["160", "180"],
  ],
  corroboration: [{ text: "Of the 212 whales that stranded, 160 died", outlets: 1 }],
  headline: ["ended", "stand down", "51", "47", "160"],
  summary: { holds: ["160"], never: ["still alive on Monday morning"] },
  supersession: {
    apart: [
      ["90 of the 212 animals", "160 died"],
      ["many of the animals were still alive on Monday morning", "no live whales left on the sand"],
    ],
    current: ["will be towed out to sea next week", "tissue samples would be sent"],
  },
};
