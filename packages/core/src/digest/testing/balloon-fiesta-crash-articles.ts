import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts35 (2026-12-06, texts and expectations written before
 * running any code on them): a hot-air balloon that came down at a balloon fiesta in Somerset on
 * Saturday 15 August 2026, told by a local paper (twice), a national wire, a broadcaster and a US
 * aviation site over three days. Disagreements worded differently: those aboard told as a sum of parts
 * and as a whole, the height the balloon fell from told as a fall and as the height it was flying at
 * when it tore, the crowd told as people gathered and as a crowd that watched, the balloon's height
 * told before its noun and in a relative clause. Traps: the injured that grew over days, the height the
 * balloon climbed to earlier in the flight, a legal minimum height, the basket's licensed capacity,
 * a part of the passengers, balloons expected against balloons launched, a figure the organisers
 * revised themselves.
 * First run (facts35's starting main, before any fix): disagreements 0/4 right, 0 wrong, 0 of 14 traps
 * taken; quotes 5/5; timeline 1/1. After facts35's rules: disagreements 4/4, 0 wrong, no trap taken.
 * Test support only.
 */
const BALLOON_FIESTA_CRASH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "balloon/1",
    externalId: "bf1",
    source: "Mendip Gazette",
    url: "https://mendipgazette.example/news/balloon-comes-down-fiesta",
    publishedAt: "2026-08-15T13:20:00Z",
    title: "Six hurt as balloon comes down at Ashcombe fiesta",
    originalText: [
      "Six people were taken to hospital after a hot-air balloon came down in a field during the Ashcombe Balloon Fiesta on Saturday morning.",
      "The balloon's pilot and nine passengers were in the basket when it hit the ground near Hinton Ashcombe shortly before 7.30am.",
      "Witnesses said it fell from about 200ft after a tear opened in the envelope.",
      "Some 300 people had gathered on the launch field to watch the dawn mass ascent.",
      "“It just dropped, and you could hear people in the basket screaming,” said Karen Fossey, who was walking her dog nearby.",
      "The organisers initially said 45 balloons had launched, but later revised the figure to 42.",
    ].join("\n"),
  },
  {
    input: "balloon/2",
    externalId: "bf2",
    source: "Press Association Wire",
    url: "https://pawire.example/somerset-balloon-crash",
    publishedAt: "2026-08-16T09:05:00Z",
    title: "Balloon crash at Somerset fiesta under investigation",
    originalText: [
      "Air accident investigators are examining a hot-air balloon that crashed at a fiesta in Somerset on Saturday.",
      "Eleven people were on board the balloon, Avon and Somerset Police said.",
      "Four of the passengers were members of one family from Bristol.",
      "Organisers had expected 60 balloons to take part, but strong gusts kept many on the ground.",
      "A police spokesman said: “We are supporting the Air Accidents Investigation Branch and would ask anyone with footage to come forward.”",
      "The basket was licensed to carry 16 people.",
    ].join("\n"),
  },
  {
    input: "balloon/3",
    externalId: "bf3",
    source: "BBC West",
    url: "https://bbcwest.example/news/ashcombe-balloon-tear",
    publishedAt: "2026-08-16T17:40:00Z",
    title: "Ashcombe balloon was flying at 300ft when envelope tore",
    originalText: [
      "The balloon that crashed at the Ashcombe Balloon Fiesta was flying at around 300ft when a tear opened in its envelope, investigators have said.",
      "Earlier in the flight it had climbed to 2,000ft over the Mendip Hills.",
      "Balloons must stay at least 500ft above built-up areas under aviation rules, but the crash happened over open farmland.",
      "A crowd of about 500 watched the balloons take off from the showground on Saturday.",
      "The festival's director, Simon Layard, said: “Safety has always come first at Ashcombe, and we will do whatever the investigators ask of us.”",
    ].join("\n"),
  },
  {
    input: "balloon/4",
    externalId: "bf4",
    source: "Mendip Gazette",
    url: "https://mendipgazette.example/news/balloon-crash-injured-update",
    publishedAt: "2026-08-17T11:00:00Z",
    title: "Eight now treated after Ashcombe balloon crash",
    originalText: [
      "Eight people have now been treated in hospital after Saturday's balloon crash at Ashcombe, including two passengers who went to A&E on Sunday with back pain.",
      "The 30-metre balloon was one of the largest at the fiesta.",
      "Two people remain in a serious condition at Southmead Hospital.",
      "The pilot, 54-year-old Graham Ketteridge, has flown balloons for more than 25 years.",
      "“He is devastated and is helping the investigators in every way he can,” his wife, Lorna Ketteridge, said.",
    ].join("\n"),
  },
  {
    input: "balloon/5",
    externalId: "bf5",
    source: "Airside Daily",
    url: "https://airsidedaily.example/ballooning/uk-fiesta-envelope-failure",
    publishedAt: "2026-08-17T15:30:00Z",
    title: "UK fiesta crash puts envelope inspections in focus",
    originalText: [
      "A passenger balloon that crashed at England's Ashcombe Balloon Fiesta on Aug. 15 is drawing scrutiny to how often envelopes are inspected.",
      "The balloon, which stood 35 meters tall when inflated, was built in 2014, according to registration records.",
      "Envelopes of that size are typically inspected every 100 flying hours.",
      "“Fabric ages faster than owners think, especially near the crown,” said Dale Morrow, a balloon inspector based in Albuquerque.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function balloonFiestaCrashArticles(): Article[] {
  return linkNearDuplicates(BALLOON_FIESTA_CRASH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by facts35 (2026-12-06), before running any code on them. */
export const BALLOON_FIESTA_CRASH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It just dropped, and you could hear people in the basket screaming", speaker: "Karen Fossey" },
    { text: "We are supporting the Air Accidents Investigation Branch", speaker: "a police spokesman" },
    { text: "Safety has always come first at Ashcombe", speaker: "Simon Layard" },
    { text: "He is devastated and is helping the investigators", speaker: "Lorna Ketteridge" },
    { text: "Fabric ages faster than owners think", speaker: "Dale Morrow" },
  ],
  timeline: [{ text: "Six people were taken to hospital after a hot-air balloon came down", dates: ["2026-08-15"] }],
  neverDated: [{ text: "was built in 2014", date: "2026" }],
  disagreements: [
    // Those aboard: a pilot and nine passengers (ten) for the local paper, eleven for the police.
    { values: ["nine", "Eleven"], outlets: ["Mendip Gazette", "Press Association Wire"] },
    // The height of the fall: both tell the moment the envelope tore (first written "200ft" and "300ft";
    // a claim shows a figure without the unit both sides share, so the values and the height traps
    // below were written as shown after the first run, the pairs unchanged but for one, see there).
    { values: ["200", "300"], outlets: ["Mendip Gazette", "BBC West"] },
    // One crowd at one ascent: people gathered to watch, a crowd that watched.
    { values: ["300", "500"], outlets: ["Mendip Gazette", "BBC West"] },
    // The balloon's own height: before its noun, and in a relative clause.
    { values: ["30-metre", "35 meters"], outlets: ["Mendip Gazette", "Airside Daily"] },
  ],
  notDisagreements: [
    // Taken to hospital on Saturday against treated by Monday (two more went on Sunday).
    ["Six", "Eight"],
    // The fall against the height climbed to earlier, and a legal minimum.
    // (The fourth, 300ft against the 500ft minimum, cannot be written as shown: "300" and "500" are
    // the crowd's real disagreement; "200" against "500" catches the minimum joining the fall.)
    ["200", "2,000"],
    ["300", "2,000"],
    ["200", "500"],
    // Aboard against licensed to carry, a family among the passengers.
    ["Eleven", "16"],
    ["Four", "Eleven"],
    ["Four", "nine"],
    // Balloons expected, launched, and a figure revised by its own sayer.
    ["60", "42"],
    ["60", "45"],
    ["45", "42"],
    // Injured against those aboard, and two in a serious condition.
    ["Six", "Eleven"],
    ["Eight", "Eleven"],
    ["Two", "Eight"],
  ],
  corroboration: [],
};
