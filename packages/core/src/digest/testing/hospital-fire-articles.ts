import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts24 (2026-12-06, before running any code on it): five
 * articles from four outlets about a fire in the east wing of Bramley General Hospital on Saturday
 * 21 November 2026. Real disagreements in measures of one thing: how long firefighters fought the
 * blaze (six hours by the wire, nine by the regional paper) and the floor area it damaged (1,500
 * against 2,400 square metres). Traps: the trust's first damage estimate and its later one, patients
 * evacuated and patients moved to other hospitals, the hospital's beds, an earlier fire's length, a
 * refurbishment's cost and the damage, a distance to a fire station, and the response time.
 * Test support only.
 */
const HOSPITAL_FIRE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "hospital-fire/1",
    externalId: "f1",
    source: "National Wire",
    url: "https://nationalwire.example/uk/bramley-hospital-fire",
    publishedAt: "2026-11-21T18:50:00Z",
    title: "Patients evacuated as fire rips through Bramley hospital wing",
    originalText: [
      "BRAMLEY (National Wire) — About 120 patients were evacuated from Bramley General Hospital on Saturday after a fire broke out in a plant room under its east wing, the county fire service said.",
      "Firefighters fought the blaze for six hours before it was put out shortly after midday.",
      "The fire damaged about 1,500 square metres of the wing, including two wards and an operating theatre.",
      "No one was seriously hurt. Three staff members were treated for smoke inhalation.",
      "The first crews arrived eight minutes after the alarm was raised, from a station 2 miles away.",
      "“Staff carried patients down the stairs in the dark, and not one was lost,” said the trust's chief executive, Dr Sunita Rao.",
    ].join("\n"),
  },
  {
    input: "hospital-fire/2",
    externalId: "f2",
    source: "Bramley Evening Star",
    url: "https://bramleystar.example/news/general-hospital-fire",
    publishedAt: "2026-11-21T21:30:00Z",
    title: "Hospital fire: nine-hour battle to save east wing",
    originalText: [
      "Firefighters spent nine hours tackling the blaze at Bramley General Hospital on Saturday, working in relays through thick smoke, the fire service told the Star.",
      "The fire destroyed or damaged 2,400 square metres of the east wing, the fire service said.",
      "Of the patients taken out of the building, 45 were moved to other hospitals in the county by ambulance.",
      "The hospital has 410 beds.",
      "“I could see flames coming out of the roof as I parked,” said porter Daniel Mensah, who had just arrived for his shift.",
    ].join("\n"),
  },
  {
    input: "hospital-fire/3",
    externalId: "f3",
    source: "Health Service Journal Online",
    url: "https://hsjonline.example/estates/bramley-fire",
    publishedAt: "2026-11-22T09:10:00Z",
    title: "Bramley fire puts spotlight on ageing hospital estates",
    originalText: [
      "The trust that runs Bramley General Hospital put the cost of Saturday's fire at about £12 million in a first estimate, and said the damaged wards could be closed for months.",
      "The east wing was refurbished in 2021 at a cost of £40 million.",
      "A smaller fire in the hospital's laundry in 2015 burned for three hours.",
    ].join("\n"),
  },
  {
    input: "hospital-fire/4",
    externalId: "f4",
    source: "National Wire",
    url: "https://nationalwire.example/uk/bramley-fire-cause",
    publishedAt: "2026-11-24T14:25:00Z",
    title: "Electrical fault likely cause of Bramley hospital fire, investigators say",
    originalText: [
      "BRAMLEY (National Wire) — An electrical fault in a switchboard was the most likely cause of Saturday's fire at Bramley General Hospital, fire investigators said on Tuesday.",
      "The hospital trust on Tuesday raised its estimate of the damage to £18 million after surveyors inspected the wing.",
      "“We owe our staff an enormous debt,” Rao said.",
    ].join("\n"),
  },
  {
    input: "hospital-fire/5",
    externalId: "f5",
    source: "Bramley Evening Star",
    url: "https://bramleystar.example/news/hospital-wards-reopen",
    publishedAt: "2026-11-25T17:00:00Z",
    title: "Hospital reopens A&E as east wing stays shut",
    originalText: [
      "Bramley General Hospital reopened its accident and emergency department on Wednesday, four days after the fire in its east wing.",
      "Of the 45 patients moved to other hospitals, 30 have now come back, the trust said.",
      "The east wing will stay closed until at least March, the trust said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function hospitalFireArticles(): Article[] {
  return linkNearDuplicates(HOSPITAL_FIRE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts24 (2026-12-06), before running any code on them. The real
 * disagreements: on Saturday the National Wire says firefighters fought the blaze for six hours and it
 * damaged 1,500 square metres, the Bramley Evening Star nine hours and 2,400 square metres.
 */
export const HOSPITAL_FIRE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Staff carried patients down the stairs in the dark", speaker: "Sunita Rao" },
    { text: "I could see flames coming out of the roof", speaker: "Daniel Mensah" },
    { text: "We owe our staff an enormous debt", speaker: "Sunita Rao" },
  ],
  timeline: [
    { text: "About 120 patients were evacuated from Bramley General Hospital on Saturday", dates: ["2026-11-21"] },
    { text: "raised its estimate of the damage to £18 million", dates: ["2026-11-24"] },
    { text: "reopened its accident and emergency department on Wednesday", dates: ["2026-11-25"] },
  ],
  neverDated: [
    { text: "The east wing was refurbished in 2021", date: "2026-11-21" },
    { text: "A smaller fire in the hospital's laundry in 2015 burned for three hours", date: "2026-11-21" },
  ],
  disagreements: [
    { values: ["six", "nine"], outlets: ["National Wire", "Bramley Evening Star"] },
    { values: ["1,500", "2,400"], outlets: ["National Wire", "Bramley Evening Star"] },
  ],
  notDisagreements: [
    // The trust's first estimate and its later one.
    ["12 million", "18 million"],
    // A refurbishment's cost and the damage.
    ["40 million", "12 million"],
    ["40 million", "18 million"],
    // Patients evacuated and those moved to other hospitals; those who came back; the beds.
    ["120", "45"],
    ["45", "30"],
    ["120", "410"],
    // An earlier fire's length and this one's.
    ["three", "six"],
    ["three", "nine"],
    // The response time and the fire's length; the station's distance.
    ["eight", "six"],
  ],
  corroboration: [{ text: "The east wing was refurbished in 2021 at a cost of £40 million", outlets: 1 }],
};
