/**
 * The lead's held-out batch J (session 26, 2026-12-07): texts and expectations written by helper heldout12 before any run, kept
 * outside the repository while they were unfitted (first run: 3 of 20 disagreements; 4 of 20 at the end of session 26) and added
 * here in session 27 (2026-12-07), when rules were written from its misses told in other words (so it is fitted now).
 * The expectations' values were rewritten to bare figures ("95" for "95-foot") before the first run, the house convention.
 * A radioactive gauge capsule lost from a mine truck on a Western Australian highway, Tuesday 9 to Tuesday 16 March 2038.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "lc/1",
    externalId: "k1",
    source: "Australian Press Service",
    url: "https://australianpressservice.example/wa/radioactive-capsule-missing",
    publishedAt: "2038-03-09T05:00:00Z",
    title: "Search for radioactive capsule lost on WA highway",
    originalText: [
      "Authorities are searching for a radioactive capsule that fell off a truck somewhere along a 1,400km stretch of highway in Western Australia, the Department of Health said on Tuesday.",
      "The capsule, which is 6mm wide and 8mm long, contains caesium-137 and was part of a density gauge used at the Mount Carrow iron ore mine.",
      "The truck left the mine on 1 March and spent four days on the road before reaching a depot in Perth's north-east.",
      "Chief Health Officer Dr Lena Vukovic said: “Do not touch it, and stay at least five metres away.”",
      "Standing a metre from the capsule for an hour would be the equivalent of 10 X-rays, she said.",
      "In 2019, a gauge went missing from a depot in Queensland and was not found for 11 months.",
    ].join("\n"),
  },
  {
    input: "lc/2",
    externalId: "k2",
    source: "ABN News",
    url: "https://abnnews.example/news/2038-03-10/capsule-search-widens",
    publishedAt: "2038-03-10T09:00:00Z",
    title: "Dozens join hunt for tiny radioactive capsule",
    originalText: [
      "More than 40 people, including radiation specialists and police, are searching the 1,200 kilometres of road between the mine and Perth.",
      "Vehicles fitted with detectors are driving the highway at 50km/h, and officials said the detectors could pick up the capsule from 20 metres.",
      "Officials expect the search to take up to five weeks.",
      "A person a metre from the capsule for an hour would receive the same dose as from 12 X-rays, according to the radiation agency.",
      "Carrow Minerals apologised on Wednesday for the loss.",
      "“We are sorry for the alarm this has caused,” Carrow Minerals chief executive Paul Strand said.",
    ].join("\n"),
  },
  {
    input: "lc/3",
    externalId: "k3",
    source: "Global Wire",
    url: "https://globalwire.example/world/australia-radioactive-capsule-search",
    publishedAt: "2038-03-11T14:00:00Z",
    title: "Australia widens search for lost radioactive capsule",
    originalText: [
      "PERTH, Australia (GW) — Australian authorities on Thursday widened the search for a radioactive capsule about 10 millimeters wide that was lost from a mining company's truck.",
      "Crews had checked 660 kilometers of the route by Thursday, officials said.",
      "The truck was on the road for between four and five days, the company said.",
      "Western Australia's emergency services agency now puts the detection range at 50 meters.",
      "“It is like looking for a needle in a haystack,” said Nadia Okafor, a nuclear physicist at Swan River University.",
    ].join("\n"),
  },
  {
    input: "lc/4",
    externalId: "k4",
    source: "The Goldfields Herald",
    url: "https://goldfieldsherald.example/news/capsule-search-drivers-not-told",
    publishedAt: "2038-03-13T00:30:00Z",
    title: null,
    originalText: [
      "Searchers had covered 1,020km of the route by Friday night, with the capsule still missing.",
      "Truck drivers on the highway say they were not told about the search until Wednesday.",
      "“We had no idea what was on the road with us,” a truck driver told the Herald.",
      "Opposition leader Greg Tamsin demanded that the maximum fine be raised to $1 million, from the current $1,000.",
      "The government has promised to raise it to $500,000.",
      "Mr Tamsin called the loss “a shambles from start to finish”.",
    ].join("\n"),
  },
  {
    input: "lc/5",
    externalId: "k5",
    source: "Australian Press Service",
    url: "https://australianpressservice.example/wa/radioactive-capsule-found",
    publishedAt: "2038-03-15T04:00:00Z",
    title: "Radioactive capsule found beside WA highway",
    originalText: [
      "The missing radioactive capsule was found on Sunday, 74km south of Mount Carrow, by a search vehicle travelling at 50km/h, officials announced on Monday.",
      "It was lying about 2 metres from the edge of the road.",
      "A bolt in the gauge had shaken loose, letting the capsule fall through the hole it left, the Radiological Council found.",
      "“This is an extraordinary result,” said Emergency Services Minister Carla Dempsey.",
      "The council will decide by the end of April whether to prosecute Carrow Minerals.",
    ].join("\n"),
  },
  {
    input: "lc/6",
    externalId: "k6",
    source: "Mining Monthly",
    url: "https://miningmonthly.example/safety/carrow-minerals-gauge-review",
    publishedAt: "2038-03-16T02:00:00Z",
    title: "Carrow Minerals reviews gauge transport after capsule scare",
    originalText: [
      "The capsule was found on Sunday lying 5m from the road's edge, after a search vehicle's detectors picked it up.",
      "Carrow Minerals said on Monday it would review how all 36 of its gauges are transported.",
      "According to Carrow Minerals, “no worker or member of the public received a harmful dose.”",
      "The search took six days, far less than officials had feared.",
    ].join("\n"),
  },
];

export function lostRadioactiveCapsuleArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Perth is UTC+8: every stamp falls on the same local
 * day). "On Tuesday" in Tuesday's wire is 9 March; "on 1 March" is this year's; "on Wednesday" in a
 * Wednesday report is the 10th and in a Saturday paper the 10th too; "on Thursday"/"by Thursday" in
 * Thursday's wire is the 11th; "by Friday night" in a Saturday paper is the 12th; "on Sunday" in
 * Monday's wire is the 14th; "on Monday" in a Tuesday trade story is the 15th; "by the end of April"
 * is April 2038.
 */
export const LOST_RADIOACTIVE_CAPSULE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Do not touch it, and stay at least five metres away", speaker: "Lena Vukovic" },
    { text: "We are sorry for the alarm this has caused", speaker: "Paul Strand" },
    { text: "It is like looking for a needle in a haystack", speaker: "Nadia Okafor" },
    { text: "We had no idea what was on the road with us", speaker: "a truck driver" },
    { text: "a shambles from start to finish", speaker: "Greg Tamsin", partial: true },
    { text: "This is an extraordinary result", speaker: "Carla Dempsey" },
    // Opening in lower case after "According to …,": partial by the house rule (a fragment as news marks it).
    { text: "no worker or member of the public received a harmful dose", speaker: "Carrow Minerals", partial: true },
  ],
  timeline: [
    { text: "the Department of Health said on Tuesday", dates: ["2038-03-09"] },
    { text: "The truck left the mine on 1 March", dates: ["2038-03-01"] },
    { text: "Carrow Minerals apologised on Wednesday for the loss", dates: ["2038-03-10"] },
    { text: "Australian authorities on Thursday widened the search", dates: ["2038-03-11"] },
    { text: "Crews had checked 660 kilometers of the route by Thursday", dates: ["2038-03-11"] },
    { text: "were not told about the search until Wednesday", dates: ["2038-03-10"] },
    { text: "Searchers had covered 1,020km of the route by Friday night", dates: ["2038-03-12"] },
    { text: "The missing radioactive capsule was found on Sunday", dates: ["2038-03-14"] },
    { text: "The council will decide by the end of April", dates: ["2038-04"] },
    { text: "Carrow Minerals said on Monday it would review", dates: ["2038-03-15"] },
  ],
  neverDated: [
    { text: "In 2019, a gauge went missing from a depot in Queensland", date: "2019" },
    { text: "The council will decide by the end of April", date: "2037-04" },
    { text: "The truck left the mine on 1 March", date: "2039-03-01", exact: true },
    // "Until Wednesday" in a Saturday paper is the Wednesday gone.
    { text: "were not told about the search until Wednesday", date: "2038-03-17", exact: true },
  ],
  disagreements: [
    // The length of highway the truck drove.
    { values: ["1,400", "1,200"], outlets: ["Australian Press Service", "ABN News"] },
    // The dose an hour at a metre, in X-rays.
    { values: ["10", "12"], outlets: ["Australian Press Service", "ABN News"] },
    // The capsule's width, in two unit styles.
    { values: ["6", "10"], outlets: ["Australian Press Service", "Global Wire"] },
    // How far from the road it lay.
    { values: ["2", "5"], outlets: ["Australian Press Service", "Mining Monthly"] },
  ],
  notDisagreements: [
    // Road searched as the days went on, and parts of the whole route.
    ["660", "1,020"],
    ["660", "1,400"],
    ["1,020", "1,200"],
    ["74", "1,400"],
    // A detection range the agency revised.
    ["20", "50"],
    // A forecast search against the real one; a 2019 precedent.
    ["five", "six"],
    ["11", "six"],
    // A range holding the other figure.
    ["four", "between four and five days"],
    // A demand against the promise, and the current fine.
    ["1", "500,000"],
    ["1,000", "500,000"],
    ["1,000", "1"],
    // The capsule's width against its length; a safety distance against where it lay.
    ["6", "8"],
    ["10", "8"],
    ["2", "five"],
    // Searchers, and the company's gauges.
    ["40", "36"],
  ],
  corroboration: [
    { text: "The missing radioactive capsule was found on Sunday", outlets: 2 },
    { text: "A bolt in the gauge had shaken loose", outlets: 1 },
  ],
  headline: ["found"],
  summary: {
    holds: ["found"],
    never: ["Officials expect the search to take up to five weeks", "with the capsule still missing"],
  },
  order: [
    "The truck left the mine on 1 March",
    "the Department of Health said on Tuesday",
    "Australian authorities on Thursday widened the search",
    "The missing radioactive capsule was found on Sunday",
    "The council will decide by the end of April",
  ],
  supersession: {
    apart: [
      ["Officials expect the search to take up to five weeks", "The missing radioactive capsule was found on Sunday"],
      [
        "Crews had checked 660 kilometers of the route by Thursday",
        "Searchers had covered 1,020km of the route by Friday night",
      ],
      ["the detectors could pick up the capsule from 20 metres", "now puts the detection range at 50 meters"],
      ["with the capsule still missing", "The missing radioactive capsule was found on Sunday"],
    ],
    current: [
      "The truck left the mine on 1 March",
      "The government has promised to raise it to $500,000",
      "The council will decide by the end of April whether to prosecute Carrow Minerals",
    ],
  },
};
