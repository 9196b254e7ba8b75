import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts25 (2026-12-06, before running any code on it): five
 * articles from five outlets on the collapse of Saltmouth Pier's seaward end during a concert late on
 * Friday 13 August 2027. Real disagreements of people counted two ways: those lifeboat crews took from
 * the water (12 for the coastguard, nine "overnight" for the RNLI) and the theatre's audience (380
 * evacuated for the police, 420 in the audience for the theatre's manager). Traps: those rescued and
 * those taken to hospital, the audience and the theatre's staff, the pier's length and the fallen
 * section's, a storm's damage in 2014, the council's repair bill and its later one, traders' demand
 * and the council's offer, parking charges before and after. Test support only.
 */
const PIER_COLLAPSE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "pier/1",
    externalId: "p1",
    source: "Southern News Agency",
    url: "https://southernnews.example/news/saltmouth-pier-collapse",
    publishedAt: "2027-08-14T07:00:00Z",
    title: "Pier collapses into sea during concert",
    originalText: [
      "Part of Saltmouth Pier collapsed into the sea late last night during a concert at the pier's end, throwing people into the water, police said.",
      "Lifeboat crews rescued 12 people from the water, the coastguard said, and four of them were taken to hospital.",
      "All 380 members of the audience at the Pavilion theatre were evacuated along the landward section of the pier, Southshire Police said.",
      "“There was a crack like a gunshot and then the railings just went,” said Dan Okafor, who was at the concert.",
      "The pier, built in 1889, is 460 metres long.",
    ].join("\n"),
  },
  {
    input: "pier/2",
    externalId: "p2",
    source: "Channel Coast Radio",
    url: "https://channelcoastradio.example/news/pier-rescue-lifeboats",
    publishedAt: "2027-08-14T13:00:00Z",
    title: "Lifeboats pull people from sea after pier gives way",
    originalText: [
      "The RNLI said its crews had pulled nine people from the sea overnight after a section of Saltmouth Pier gave way on Friday evening.",
      "The section that fell was about 40 metres long.",
      "The theatre's 26 staff were also led to safety.",
      "“We got everyone off the pier in under 20 minutes, and I am proud of my staff,” said Helen Marsh, the Pavilion's manager.",
    ].join("\n"),
  },
  {
    input: "pier/3",
    externalId: "p3",
    source: "The Daily Courier",
    url: "https://dailycourier.example/news/saltmouth-pier-survey",
    publishedAt: "2027-08-16T06:00:00Z",
    title: "Engineers survey wreck of Saltmouth Pier",
    originalText: [
      "Engineers began surveying the remains of Saltmouth Pier on Sunday, two days after its seaward end fell into the sea.",
      "The Pavilion had an audience of 420 for a tribute concert when the deck gave way, its manager said.",
      "Saltmouth Borough Council, which owns the pier, said repairs would cost at least £6 million.",
      "Traders on the pier have demanded £500,000 in compensation for lost summer trade, and the council has offered £150,000.",
      "The pier last closed for repairs in 2014, when a storm tore away 30 metres of decking.",
      "“This pier has survived two world wars, and it will survive this,” said council leader Priya Nandra.",
    ].join("\n"),
  },
  {
    input: "pier/4",
    externalId: "p4",
    source: "South Coast Today",
    url: "https://southcoasttoday.example/news/pier-repair-bill-rises",
    publishedAt: "2027-08-17T17:00:00Z",
    title: "Pier repair bill rises after divers find corroded piles",
    originalText: [
      "The council said on Tuesday that repairs would now cost £9 million after divers found corroded piles beneath the Pavilion.",
      "“The piles under the Pavilion are far worse than we feared,” said Mark Ellery, the council's chief engineer.",
      "Parking charges on the seafront will rise from £1.80 to £2.40 an hour to help pay for the work.",
      "Tickets for the rest of the Pavilion's summer season, which cost £22 each, will be refunded, the theatre said.",
    ].join("\n"),
  },
  {
    input: "pier/5",
    externalId: "p5",
    source: "The Saltmouth Echo",
    url: "https://saltmouthecho.example/news/pier-vote-september",
    publishedAt: "2027-08-21T08:00:00Z",
    title: "Council to vote on pier rescue plan",
    originalText: [
      "The council will vote on the £9 million repair plan on September 6.",
      "Saltmouth Pier draws about 1.2 million visitors a year, the council says.",
      "“We need the pier back by next summer, or half the seafront will close,” said Tom Reilly, who runs a chip shop by the pier entrance.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function pierCollapseArticles(): Article[] {
  return linkNearDuplicates(PIER_COLLAPSE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts25 (2026-12-06), before running any code on them. "Late last
 * night" in a Saturday paper is the Friday; "on Sunday" in a Monday paper is the day before; "on
 * Tuesday" in a Tuesday paper is that day; "September 6" in August is this year's.
 */
export const PIER_COLLAPSE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "There was a crack like a gunshot and then the railings just went", speaker: "Dan Okafor" },
    { text: "We got everyone off the pier in under 20 minutes", speaker: "Helen Marsh" },
    { text: "This pier has survived two world wars, and it will survive this", speaker: "Priya Nandra" },
    { text: "The piles under the Pavilion are far worse than we feared", speaker: "Mark Ellery" },
    { text: "We need the pier back by next summer", speaker: "Tom Reilly" },
  ],
  timeline: [
    { text: "Part of Saltmouth Pier collapsed into the sea late last night", dates: ["2027-08-13"] },
    { text: "had pulled nine people from the sea overnight", dates: ["2027-08-13", "2027-08-14"] },
    { text: "Engineers began surveying the remains of Saltmouth Pier on Sunday", dates: ["2027-08-15"] },
    { text: "The council said on Tuesday that repairs would now cost £9 million", dates: ["2027-08-17"] },
    { text: "The council will vote on the £9 million repair plan on September 6", dates: ["2027-09-06"] },
  ],
  neverDated: [
    { text: "The pier, built in 1889", date: "1889" },
    { text: "The pier last closed for repairs in 2014", date: "2027" },
    // An earlier instance recalled for comparison is the story's background, on no timeline entry
    // (the lead's policy, session 21; this story expected it at 2014 before).
    { text: "The pier last closed for repairs in 2014", date: "2014" },
    // "two days after its seaward end fell" names the Friday, not the day the survey began.
    { text: "Engineers began surveying the remains of Saltmouth Pier on Sunday", date: "2027-08-13", exact: true },
    { text: "The council will vote on the £9 million repair plan on September 6", date: "2026-09-06", exact: true },
  ],
  disagreements: [
    // Those taken from the water, by the coastguard and by the RNLI ("overnight" is the same night).
    { values: ["12", "nine"], outlets: ["Southern News Agency", "Channel Coast Radio"] },
    // The Pavilion's audience: all of it evacuated, by the police, against the manager's count.
    { values: ["380", "420"], outlets: ["Southern News Agency", "The Daily Courier"] },
  ],
  notDisagreements: [
    // Rescued against those taken to hospital, a part of them.
    ["12", "four"],
    ["nine", "four"],
    // The audience against the staff.
    ["380", "26"],
    ["420", "26"],
    // The pier's length, the fallen section, a storm's damage in 2014.
    ["460", "40"],
    ["40", "30"],
    ["460", "30"],
    // A repair bill and its later estimate; a demand and an offer; parking before and after.
    ["6 million", "9 million"],
    ["500,000", "150,000"],
    ["1.80", "2.40"],
    // Visitors a year against the audience.
    ["1.2 million", "420"],
  ],
  corroboration: [
    { text: "All 380 members of the audience at the Pavilion theatre were evacuated", outlets: 1 },
    { text: "The council said on Tuesday that repairs would now cost £9 million", outlets: 1 },
  ],
  order: [
    "Part of Saltmouth Pier collapsed into the sea late last night",
    "Engineers began surveying the remains of Saltmouth Pier on Sunday",
    "The council said on Tuesday that repairs would now cost £9 million",
    "The council will vote on the £9 million repair plan on September 6",
  ],
};
