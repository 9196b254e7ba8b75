import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts19 (2026-12-05, before running any code on it): five
 * articles from five outlets on Wrexford Hospitals NHS Trust's October waiting-time figures, published
 * on Thursday 19 November 2026, and the money the government gave the trust on Friday 20 November. A
 * wire on Thursday and an evening paper's syndicated rewrite of it, a national paper and the town's
 * weekly on Friday, a regional broadcaster on Saturday. The real disagreements: the patients waiting
 * for planned treatment at the end of October, 48,310 for the wire (the trust) against more than
 * 52,000 for the national paper (NHS England, which counts patients referred from other areas), a bound
 * the other figure breaks; the average ambulance response to category two calls in October, 42 minutes
 * for the wire against 47 minutes for the weekly. Traps: the 18-week target against the 19-week wait
 * achieved (and a year earlier's 14 weeks); September's 46,900 against October's 48,310; the trust's
 * forecast of 50,000 by March; the 1,140 who waited more than a year (a part of the whole); the
 * 18-minute ambulance target; 61 percent of A&E patients seen within four hours against the 76 percent
 * target and another outlet's 61.4 percent (a rounding, not a disagreement); 97 percent of beds
 * occupied against the 85 percent thought safe; 60 new beds against the hospital's 820; a patient's
 * 14 hours on a trolley beside the 14 weeks of a year earlier. Test support only.
 */
const HOSPITAL_WAITS_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "waits/1",
    externalId: "h1",
    source: "Midland Press Agency",
    url: "https://midlandpress.example/health/wrexford-waits-rise-again",
    publishedAt: "2026-11-19T11:00:00Z",
    title: "Waiting list at Wrexford hospitals rises again",
    originalText: [
      "Patients at Wrexford Hospitals NHS Trust waited an average of 19 weeks for planned treatment in October, against a national target of 18 weeks, figures published on Thursday showed.",
      "The trust said 48,310 patients were waiting for treatment at the end of October, up from 46,900 at the end of September.",
      "Of those, 1,140 had waited more than a year.",
      "Ambulances took an average of 42 minutes to reach category two calls, such as strokes and chest pains, in October, against a target of 18 minutes, the West Mercia Ambulance Service said.",
      "Only 61 percent of patients at the trust's A&E department were seen within four hours, against a target of 76 percent.",
      "“Our staff are working flat out, but demand has never been higher,” said the trust's chief executive, Dr Helen Okafor.",
    ].join("\n"),
  },
  {
    input: "waits/2",
    externalId: "h2",
    source: "Wrexford Evening Star",
    url: "https://wrexfordstar.example/news/hospital-waiting-list-rises",
    publishedAt: "2026-11-19T16:30:00Z",
    title: "Hospital waiting list rises again",
    originalText: [
      "Patients at Wrexford Hospitals NHS Trust waited an average of 19 weeks for planned treatment in October, against a national target of 18 weeks, figures published on Thursday showed.",
      "The trust said 48,310 patients were waiting for treatment at the end of October, up from 46,900 at the end of September.",
      "Ambulances took an average of 42 minutes to reach category two calls in October, against a target of 18 minutes.",
      "“Our staff are working flat out, but demand has never been higher,” said the trust's chief executive, Dr Helen Okafor.",
      "Midland Press Agency",
    ].join("\n"),
  },
  {
    input: "waits/3",
    externalId: "h3",
    source: "The Daily Ledger",
    url: "https://dailyledger.example/health/wrexford-52000-waiting",
    publishedAt: "2026-11-20T06:00:00Z",
    title: "More than 52,000 waiting for treatment in Wrexford",
    originalText: [
      "More than 52,000 patients were waiting for planned treatment at Wrexford Hospitals NHS Trust at the end of October, according to NHS England figures published on Thursday.",
      "NHS England counts patients referred to the trust from neighbouring areas, whom the trust leaves out of its own figures.",
      "A year earlier, patients at the trust waited an average of 14 weeks.",
      "The trust expects its waiting list to reach 50,000 by March.",
      "Just 61.4% of A&E patients were seen within four hours last month.",
      "“These figures are a disgrace and patients deserve better,” said the Patients' Alliance director, Simon Greaves.",
    ].join("\n"),
  },
  {
    input: "waits/4",
    externalId: "h4",
    source: "Wrexford Courier",
    url: "https://wrexfordcourier.example/news/ambulance-waits-47-minutes",
    publishedAt: "2026-11-20T09:00:00Z",
    title: "Ambulance waits hit 47 minutes",
    originalText: [
      "Ambulances in Wrexford took an average of 47 minutes to reach category two calls in October, the West Mercia Ambulance Service's figures show, against a target of 18 minutes.",
      "Margaret Ellison, 81, spent 14 hours on a trolley at Wrexford Royal Infirmary on Saturday after a fall, her daughter said.",
      "On Tuesday, 97 percent of the hospital's 820 beds were occupied, well above the 85 percent that doctors consider safe.",
      "Mrs Ellison, a school cook until 1998, was admitted to a ward on Sunday morning.",
      "“Nobody should be left in a corridor for that long, least of all my mum,” said her daughter, Julie Ellison.",
    ].join("\n"),
  },
  {
    input: "waits/5",
    externalId: "h5",
    source: "Radio Midlands",
    url: "https://radiomidlands.example/news/wrexford-hospital-12-million",
    publishedAt: "2026-11-21T08:00:00Z",
    title: "Government gives Wrexford hospitals £12m for extra beds",
    originalText: [
      "The government gave Wrexford Hospitals NHS Trust £12 million on Friday to open 60 extra beds by January, a day after figures showed waits at the trust had risen again.",
      "The trust's waiting list stood at 48,310 at the end of October, the trust said.",
      "Health minister Andrew Pike said the money would pay for nurses as well as beds.",
      "“This money will get patients home faster and free up beds for those who need them,” Mr Pike said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function hospitalWaitsArticles(): Article[] {
  return linkNearDuplicates(HOSPITAL_WAITS_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts19 (2026-12-05), before running any code on them. Two real
 * disagreements: the patients waiting (48,310 against more than 52,000) and the ambulance response
 * to category two calls (42 against 47 minutes).
 */
export const HOSPITAL_WAITS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Our staff are working flat out, but demand has never been higher", speaker: "Helen Okafor" },
    { text: "These figures are a disgrace and patients deserve better", speaker: "Simon Greaves" },
    { text: "Nobody should be left in a corridor for that long", speaker: "Julie Ellison" },
    { text: "This money will get patients home faster", speaker: "Andrew Pike" },
  ],
  timeline: [
    { text: "The government gave Wrexford Hospitals NHS Trust £12 million on Friday", dates: ["2026-11-20"] },
    { text: "spent 14 hours on a trolley at Wrexford Royal Infirmary on Saturday", dates: ["2026-11-14"] },
  ],
  neverDated: [{ text: "a school cook until 1998", date: "1998" }],
  disagreements: [
    { values: ["48,310", "52,000"], outlets: ["Midland Press Agency", "The Daily Ledger"] },
    { values: ["42", "47"], outlets: ["Midland Press Agency", "Wrexford Courier"] },
  ],
  notDisagreements: [
    // The target and the wait achieved; a year earlier's wait.
    ["18", "19"],
    ["14", "19"],
    // September's list, then October's; the trust's forecast for March; a part of the whole.
    ["46,900", "48,310"],
    ["46,900", "52,000"],
    ["50,000", "48,310"],
    ["50,000", "52,000"],
    ["1,140", "48,310"],
    // The ambulance target against the times achieved.
    ["18", "42"],
    ["18", "47"],
    // A&E: the target, and the same figure rounded.
    ["61", "76"],
    ["61.4", "76"],
    ["61", "61.4"],
    // Beds occupied against the safe level; new beds against all beds.
    ["97", "85"],
    ["60", "820"],
    // Hours on a trolley are not weeks waited.
    ["14", "18"],
  ],
  corroboration: [
    // The wire's wait against the target, carried again by its rewrite only.
    { text: "waited an average of 19 weeks for planned treatment in October", outlets: 1 },
    // The trust's list, told by the wire (and its rewrite) and the broadcaster.
    { text: "The trust said 48,310 patients were waiting for treatment", outlets: 2 },
    { text: "Of those, 1,140 had waited more than a year", outlets: 1 },
    { text: "The trust expects its waiting list to reach 50,000 by March", outlets: 1 },
    { text: "The government gave Wrexford Hospitals NHS Trust £12 million on Friday", outlets: 1 },
  ],
};
