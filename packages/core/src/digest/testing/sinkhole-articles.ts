import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts24 (2026-12-06, before running any code on it): five
 * articles from five outlets about a sinkhole that opened in a residential street in Harwick on
 * Tuesday 17 November 2026, and its widening on Wednesday. Real disagreements in measures of one
 * thing at one moment: the hole's depth on Tuesday (20 metres by the wire, 15 by the local paper) and
 * its width on Tuesday (30 metres "wide" against 25 metres "across"). Traps: one depth in metres and in
 * feet, a width on Tuesday and the width after it grew on Wednesday, an older sinkhole's depth, a
 * repair bill and a fund's ceiling, homes evacuated and homes in the street, a distance to a school
 * and a distance to a water main.
 * Test support only.
 */
const SINKHOLE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "sinkhole/1",
    externalId: "s1",
    source: "National Wire",
    url: "https://nationalwire.example/uk/harwick-sinkhole",
    publishedAt: "2026-11-17T15:40:00Z",
    title: "Families evacuated as huge sinkhole opens in Harwick street",
    originalText: [
      "HARWICK (National Wire) — A sinkhole about 20 metres deep opened in a residential street in Harwick early on Tuesday, swallowing two parked cars and forcing the evacuation of 42 homes, the county council said.",
      "The hole, which is 30 metres wide, appeared in Mill Lane shortly after 5 a.m., about 300 metres from St Anne's Primary School, which was closed for the day.",
      "Nobody was hurt.",
      "“We heard a noise like thunder and then the road simply wasn't there any more,” said Gareth Lowe, 58, whose car was one of the two lost.",
      "Council engineers said a burst water main had probably washed away the chalk beneath the road.",
      "A smaller sinkhole, 8 metres deep, opened on the town's ring road in 2019.",
    ].join("\n"),
  },
  {
    input: "sinkhole/2",
    externalId: "s2",
    source: "Harwick Echo",
    url: "https://harwickecho.example/news/mill-lane-sinkhole",
    publishedAt: "2026-11-17T19:05:00Z",
    title: "Mill Lane sinkhole: residents tell of terror as road collapses",
    originalText: [
      "The sinkhole that opened in Mill Lane on Tuesday morning is 15 metres deep and measures about 25 metres across, council engineers told the Echo.",
      "Residents of 42 homes were told to leave and spent the night with relatives or in a rest centre at the Harwick Leisure Centre.",
      "Mill Lane has 118 homes in all.",
      "“My children were asleep upstairs. I just grabbed them and ran,” said Priya Nair, who lives three doors from the hole.",
      "Southern Chalk Water said its engineers had shut off a main that runs 10 metres from the edge of the hole.",
    ].join("\n"),
  },
  {
    input: "sinkhole/3",
    externalId: "s3",
    source: "Atlantic Daily",
    url: "https://atlanticdaily.example/world/england-sinkhole",
    publishedAt: "2026-11-18T01:30:00Z",
    title: "Giant sinkhole swallows cars in English town",
    originalText: [
      "A sinkhole some 65 feet deep opened beneath a street in the English town of Harwick on Tuesday, swallowing two cars and forcing dozens of families from their homes.",
      "Officials blamed a leaking water main for washing away the soft chalk under the road.",
      "Sinkholes are common in the chalk of southern England, geologists say.",
    ].join("\n"),
  },
  {
    input: "sinkhole/4",
    externalId: "s4",
    source: "National Wire",
    url: "https://nationalwire.example/uk/harwick-sinkhole-widens",
    publishedAt: "2026-11-18T16:20:00Z",
    title: "Harwick sinkhole widens overnight, more homes may be cleared",
    originalText: [
      "HARWICK (National Wire) — The sinkhole in Harwick had widened to 35 metres by Wednesday morning after more of the road gave way overnight, the county council said.",
      "The council said repairs were expected to cost about £2 million and could take six weeks.",
      "The government said the council could draw on an emergency fund of up to £5 million.",
      "“We will not let anyone back into their homes until we are certain the ground is safe,” said council leader Joanna Pike.",
    ].join("\n"),
  },
  {
    input: "sinkhole/5",
    externalId: "s5",
    source: "Southern Courier",
    url: "https://southerncourier.example/harwick/sinkhole-water-firm",
    publishedAt: "2026-11-18T20:45:00Z",
    title: "Water firm admits burst main behind Harwick sinkhole",
    originalText: [
      "Southern Chalk Water admitted on Wednesday that a burst main was behind the sinkhole in Mill Lane, Harwick, which opened on Tuesday.",
      "“We are deeply sorry. We will pay for the repairs in full,” the company's chief executive, Martin Hale, said.",
      "The company said it had replaced 40 kilometres of old mains across the county since 2020.",
      "Council leader Joanna Pike said the families from 42 homes would be housed at the council's expense until they could return.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function sinkholeArticles(): Article[] {
  return linkNearDuplicates(SINKHOLE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts24 (2026-12-06), before running any code on them. The real
 * disagreements: on Tuesday the National Wire says the hole is 20 metres deep and 30 metres wide, the
 * Harwick Echo 15 metres deep and 25 metres across: one depth and one width of one hole at one moment.
 */
export const SINKHOLE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We heard a noise like thunder", speaker: "Gareth Lowe" },
    { text: "My children were asleep upstairs", speaker: "Priya Nair" },
    { text: "We will not let anyone back into their homes", speaker: "Joanna Pike" },
    // A title and a company before the name, the name after "said".
    { text: "We are deeply sorry", speaker: "Martin Hale" },
  ],
  timeline: [
    { text: "A sinkhole about 20 metres deep opened in a residential street", dates: ["2026-11-17"] },
    { text: "had widened to 35 metres by Wednesday morning", dates: ["2026-11-18"] },
    { text: "admitted on Wednesday that a burst main was behind the sinkhole", dates: ["2026-11-18"] },
  ],
  neverDated: [
    // The older sinkhole is background.
    { text: "A smaller sinkhole, 8 metres deep, opened on the town's ring road in 2019", date: "2026-11-17" },
  ],
  disagreements: [
    { values: ["20", "15"], outlets: ["National Wire", "Harwick Echo"] },
    { values: ["30", "25"], outlets: ["National Wire", "Harwick Echo"] },
  ],
  notDisagreements: [
    // One depth in two units (65 feet is about 20 metres).
    ["65", "15"],
    ["65", "20"],
    // Tuesday's width and Wednesday's, after it grew.
    ["25", "35"],
    ["30", "35"],
    // The older sinkhole's depth and this one's.
    ["8", "20"],
    ["8", "15"],
    // A repair bill and a fund's ceiling.
    ["2 million", "5 million"],
    // Homes evacuated and the street's homes.
    ["42", "118"],
    // The school's distance from the hole and the main's; the main and the hole's depth.
    ["300", "10"],
    ["10", "15"],
    ["10", "20"],
  ],
  corroboration: [
    // The wire and the Echo each tell of 42 homes cleared in their own words.
    { text: "forcing the evacuation of 42 homes", outlets: 2 },
  ],
};
