import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by the lead (2026-12-05, before reading the output): six articles
 * from four outlets about a freight train carrying vinyl chloride that derailed in an Ohio town on
 * Monday 2 November 2026, the evacuation widened on Tuesday (about 2,000 people by the mayor's count,
 * about 1,500 by the state agency's the same afternoon), a controlled burn on Wednesday told by a wire
 * story and its rewrite with a subscription line, residents home on Thursday and the NTSB's first
 * finding on Friday. Traps: "NTSB board member Lisa Ferraro said" (an organisation and a role before
 * the name), council minutes "from 2019" as background to Monday's derailment, a meeting on Nov. 12.
 * Test support only.
 */
const DERAILMENT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "derail/1",
    externalId: "d1",
    source: "AP",
    url: "https://ap.example/derail-1",
    publishedAt: "2026-11-02T23:40:00Z",
    title: "Freight train carrying chemicals derails in Ohio town; hundreds evacuated",
    originalText: [
      "KESWICK, Ohio (AP) — A Northline Rail freight train carrying vinyl chloride and other chemicals derailed Monday evening on the edge of Keswick, forcing about 800 residents from their homes.",
      "Twenty-two of the train's 141 cars left the tracks at about 6:40 p.m., the company said. Three of them were tank cars carrying vinyl chloride, a flammable gas used to make plastics.",
      "No injuries were reported.",
      '"We are asking everyone within one mile of the tracks to leave now," Fire Chief Aaron Delacroix said at a news conference. "This is a precaution, but it is a serious one."',
      'Northline Rail said in a statement that it had sent hazardous materials teams to the site and was "working closely with first responders."',
      "The cause of the derailment was not immediately known.",
    ].join("\n"),
  },
  {
    input: "derail/2",
    externalId: "d2",
    source: "Columbus Ledger",
    url: "https://columbusledger.example/keswick-derailment",
    publishedAt: "2026-11-03T14:00:00Z",
    title: "Keswick evacuation widened as crews watch overheating tank car",
    originalText: [
      "Officials widened the evacuation zone around the Keswick derailment to two miles on Tuesday after the temperature inside one of the vinyl chloride tank cars began to rise.",
      "About 2,000 people have now left their homes, Mayor Renee Albright said. Many spent the night at Keswick High School, where the Red Cross opened a shelter.",
      '"If that car fails, we could be looking at an explosion that sends shrapnel a mile in every direction," Delacroix said.',
      "Gov. Martin Hale, who visited the site on Tuesday morning, said the state would pay for hotel rooms for evacuated families.",
      'Northline Rail said its crews were monitoring the car "around the clock."',
      "The National Transportation Safety Board said it had sent a team of 12 investigators.",
    ].join("\n"),
  },
  {
    input: "derail/3",
    externalId: "d3",
    source: "Ohio Valley Tribune",
    url: "https://ovtribune.example/keswick-day2",
    publishedAt: "2026-11-03T21:15:00Z",
    title: "Thousands out of homes near derailment",
    originalText: [
      "About 1,500 residents have been evacuated from Keswick and the surrounding farms, according to the Ohio Emergency Management Agency, which gave its figure on Tuesday afternoon.",
      'Residents at the shelter said they had been told little. "Nobody can tell us when we go home," said Carla Mendez, who left with her two children and her dog on Monday night.',
      "Albright said the town's water supply, drawn from wells north of the town, had not been affected.",
      "The derailment happened at a crossing where residents had complained about the condition of the tracks for years, according to town council minutes from 2019.",
    ].join("\n"),
  },
  {
    input: "derail/4",
    externalId: "d4",
    source: "AP",
    url: "https://ap.example/derail-burn",
    publishedAt: "2026-11-04T19:05:00Z",
    title: "Crews burn off chemicals from derailed cars to avert explosion",
    originalText: [
      "KESWICK, Ohio (AP) — Crews deliberately released and burned vinyl chloride from five derailed tank cars on Wednesday, sending a plume of black smoke over Keswick, to prevent an uncontrolled explosion, officials said.",
      "The controlled burn began at 3:30 p.m. and lasted about three hours.",
      '"It was the least bad of the options we had," Hale said. "Every other choice carried a greater risk to life."',
      "Officials said air monitors around the zone had detected no dangerous levels of chemicals outside it.",
      'Northline Rail Chief Executive Paul Verhoeven apologised to residents in a video statement. "We will make this right," Verhoeven said.',
      "The NTSB said a preliminary report would be released within 30 days.",
    ].join("\n"),
  },
  {
    input: "derail/5",
    externalId: "d5",
    source: "Columbus Ledger",
    url: "https://columbusledger.example/keswick-return",
    publishedAt: "2026-11-06T12:30:00Z",
    title: "Keswick residents allowed home; NTSB points to overheated axle",
    originalText: [
      "Keswick residents were allowed to return home on Thursday evening after air and water tests came back clean, officials said.",
      "The NTSB said Friday that a wheel bearing on the 23rd car had overheated in the miles before the derailment. A trackside detector recorded the bearing at 253 degrees Fahrenheit, but the crew was alerted only seconds before the crash, investigators said.",
      '"The detector did its job. What happened after the alert is what we are looking at," NTSB board member Lisa Ferraro said.',
      "Albright said the town would hold a public meeting on Nov. 12 to answer residents' questions.",
      "At least 40 residents have joined a class-action lawsuit filed against Northline Rail on Thursday in federal court in Cleveland.",
    ].join("\n"),
  },
  {
    input: "derail/6",
    externalId: "d6",
    source: "Lakeshore Daily",
    url: "https://lakeshoredaily.example/wire/keswick-burn",
    publishedAt: "2026-11-04T20:00:00Z",
    title: "Crews burn chemicals from derailed train cars",
    originalText: [
      "Crews deliberately released and burned vinyl chloride from five derailed tank cars on Wednesday, sending a plume of black smoke over Keswick, Ohio, to prevent an uncontrolled explosion, officials said.",
      "The controlled burn started at 3:30 p.m. and lasted about three hours.",
      '"It was the least bad of the options we had," Gov. Martin Hale said. "Every other choice carried a greater risk to life."',
      "Air monitors had found no dangerous levels of chemicals outside the evacuation zone, officials said.",
      "Northline Rail's chief executive, Paul Verhoeven, apologised to residents in a video statement.",
      "Subscribe to Lakeshore Daily for $1 a week. Click here to sign up for our newsletter.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function derailmentArticles(): Article[] {
  return linkNearDuplicates(DERAILMENT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by disagree12 (2026-12-05), for the figures first: Tuesday's two
 * counts of the people out of their homes (the mayor's "about 2,000 … have left their homes" in the
 * Columbus Ledger, the state agency's "about 1,500 residents have been evacuated" in the Ohio Valley
 * Tribune, both Tuesday afternoon) are one measure of one moment; Monday's "about 800" is an earlier
 * figure, a development, never a rival of either.
 */
export const DERAILMENT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are asking everyone within one mile of the tracks to leave now", speaker: "Aaron Delacroix" },
    { text: "This is a precaution, but it is a serious one", speaker: "Aaron Delacroix" },
    { text: "working closely with first responders", speaker: "Northline Rail", partial: true },
    // "Delacroix said" in the Ledger: the full name from the AP story the day before.
    { text: "If that car fails, we could be looking at an explosion", speaker: "Aaron Delacroix" },
    { text: "around the clock", speaker: "Northline Rail", partial: true },
    { text: "Nobody can tell us when we go home", speaker: "Carla Mendez" },
    { text: "It was the least bad of the options we had", speaker: "Martin Hale" },
    { text: "Every other choice carried a greater risk to life", speaker: "Martin Hale" },
    { text: "We will make this right", speaker: "Paul Verhoeven" },
    // An organisation and a role before the name.
    { text: "The detector did its job", speaker: "Lisa Ferraro" },
  ],
  timeline: [
    { text: "derailed Monday evening on the edge of Keswick", dates: ["2026-11-02"] },
    { text: "Officials widened the evacuation zone around the Keswick derailment", dates: ["2026-11-03"] },
    { text: "About 2,000 people have now left their homes", dates: ["2026-11-03"] },
    { text: "About 1,500 residents have been evacuated from Keswick", dates: ["2026-11-03"] },
    { text: "Crews deliberately released and burned vinyl chloride", dates: ["2026-11-04"] },
    { text: "Keswick residents were allowed to return home on Thursday evening", dates: ["2026-11-05"] },
    { text: "The NTSB said Friday that a wheel bearing on the 23rd car had overheated", dates: ["2026-11-06"] },
  ],
  neverDated: [
    // Council minutes from 2019 are background to Monday's derailment.
    { text: "residents had complained about the condition of the tracks for years", date: "2019" },
    // A meeting on Nov. 12 said in November 2026 is in 2026.
    { text: "hold a public meeting on Nov. 12", date: "2025-11-12" },
  ],
  disagreements: [{ values: ["2,000", "1,500"], outlets: ["Columbus Ledger", "Ohio Valley Tribune"] }],
  notDisagreements: [
    // Monday's count, then Tuesday's after the zone was widened: a development.
    ["800", "2,000"],
    ["800", "1,500"],
    // Investigators sent and residents suing; cars derailed and cars in the train.
    ["12", "40"],
    ["22", "141"],
  ],
  corroboration: [
    // The Lakeshore Daily's burn story is the AP's, rewritten: one outlet.
    { text: "Crews deliberately released and burned vinyl chloride from five derailed tank cars", outlets: 1 },
  ],
};
