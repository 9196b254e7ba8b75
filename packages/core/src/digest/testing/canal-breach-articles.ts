import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline24, 2026-12-06, texts and expectations
 * before running any code on them): five articles from five outlets on a canal embankment that gave
 * way early on Tuesday 14 September 2027, flooding a village, until the breach was sealed on the
 * Friday night. A British wire on the Tuesday ("last week", another canal's breach "In 2021" told for
 * comparison), a local evening paper on the Wednesday ("yesterday afternoon", "on Monday night", a
 * meeting "called off", the trust's promise right after a sentence dated the day before), a US-style
 * wire with a dateline on the Thursday (a culvert found "on Wednesday", the canal's opening year, an
 * older breach elsewhere "in August 2019", the dam "expected" on Friday), an undated boaters'
 * association post, and a regional broadcaster on the Saturday ("late on Friday", "On Thursday",
 * "yesterday", "until October 29" with no year). Traps: the dam planned for Friday and the breach
 * sealed on Friday told in other words (one development, no pending plan), a statement dated by the
 * sentence before it, background and comparison years inside sentences about the news. Test support only.
 */
const CANAL_BREACH_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "canal/1",
    externalId: "k1",
    source: "Press Association",
    url: "https://pressassociation.example/news/leverton-canal-breach-ashby-parva",
    publishedAt: "2027-09-14T11:40:00Z",
    title: "Homes flooded as canal embankment gives way near Ashby Lock",
    originalText: [
      "An embankment on the Leverton Canal gave way early on Tuesday, sending water across fields and into 30 homes in the village of Ashby Parva, Leicestershire.",
      "The Canal & River Trust closed a 12-mile stretch of the canal between Foxton and Welford.",
      "Residents had reported water seeping through the bank near Ashby Lock last week, according to the parish council.",
      "In 2021, a breach on the nearby Grantham Cut flooded 14 homes and took eight months to repair.",
      "“The water came through the back door in about ten minutes,” said Jean Hollis, 71, whose bungalow backs onto the towpath.",
    ].join("\n"),
  },
  {
    input: "canal/2",
    externalId: "k2",
    source: "Soar Valley Echo",
    url: "https://soarvalleyecho.example/news/ashby-parva-breach-pumping-begins",
    publishedAt: "2027-09-15T18:30:00Z",
    title: "Ashby Parva breach: pumping begins as village meeting is called off",
    originalText: [
      "Engineers began pumping water from the flooded fields yesterday afternoon, using six high-volume pumps brought in from Derbyshire.",
      "The Canal & River Trust said it would pay for temporary accommodation for every flooded household.",
      "A public meeting planned for Thursday evening at Ashby Parva village hall was called off after the hall itself took in water.",
      "Graham Pell, who farms 300 acres beside the canal, said he had moved his sheep to higher ground on Monday night as the bank began to bulge.",
      "The trust expects to reopen the canal to boats by the end of October.",
    ].join("\n\n"),
  },
  {
    input: "canal/3",
    externalId: "k3",
    source: "Reuters",
    url: "https://reuters.example/world/uk/britain-canal-breach-culvert",
    publishedAt: "2027-09-16T09:15:00Z",
    title: "Collapsed culvert caused English canal breach, trust says",
    originalText: [
      "LEVERTON, England, Sept 16 (Reuters) - Engineers on Wednesday found that a collapsed culvert beneath the Leverton Canal had caused this week's breach, which flooded 41 homes, the Canal & River Trust said.",
      "The trust had first put the number of flooded homes at 30.",
      "Engineers expect to close the gap with a temporary dam of stone and steel sheets on Friday.",
      "The canal, which opened in 1814, carries about 9,000 boat movements a year.",
      "The breach is the worst on England's canals since a section of the Bridgewater Canal collapsed in August 2019.",
      "Reporting by Sarah Mills; Editing by Jon Boyle",
    ].join("\n"),
  },
  {
    input: "canal/4",
    externalId: "k4",
    source: "Leverton Boaters' Association",
    url: "https://levertonboaters.example/news/stranded-above-ashby",
    title: "Stranded above Ashby: how members are coping",
    originalText: [
      "Members moored above Ashby Lock woke on the first morning to find their boats sitting on mud.",
      "By the second day, volunteers had carried drinking water and gas bottles to 60 stranded boats.",
      "The trust has since offered free moorings at Welford basin until the canal reopens.",
      "“We have never seen the summit pound empty in 40 years of boating,” said the association's chair, Rob Tennant.",
    ].join("\n\n"),
  },
  {
    input: "canal/5",
    externalId: "k5",
    source: "Midlands Today",
    url: "https://midlandstoday.example/news/leverton-canal-breach-sealed",
    publishedAt: "2027-09-18T08:00:00Z",
    title: "Canal breach sealed as Ashby Parva counts the cost",
    originalText: [
      "Contractors finished sealing the breach in the Leverton Canal with 400 tonnes of stone late on Friday, the Canal & River Trust said.",
      "On Thursday, the trust said it would review the inspection records of every embankment on the canal.",
      "A loss adjuster visited the first flooded homes yesterday.",
      "The stretch between Foxton and Welford will stay closed to boats until October 29.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function canalBreachArticles(): Article[] {
  return linkNearDuplicates(CANAL_BREACH_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by timeline24 (2026-12-06), before running any code on them. "Last week"
 * in a Tuesday paper is the week before (any day of it); "yesterday afternoon" in a Wednesday evening
 * paper is the Tuesday, "on Monday night" the Monday before; the trust's promise in that paper states
 * no day, so it is the paper's day, not the day of the sentence before it; the meeting was called off
 * by the paper's day (Thursday is the meeting's, not the calling off's). "On Wednesday" in a Thursday
 * wire is the day before; the dam expected on Friday and the breach sealed "late on Friday" are one
 * development on the Friday. "Yesterday" and "On Thursday" in a Saturday paper are the Friday and the
 * Thursday; "until October 29" in September is this year's. The undated post's entries stay undated.
 */
export const CANAL_BREACH_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The water came through the back door in about ten minutes", speaker: "Jean Hollis" },
    { text: "We have never seen the summit pound empty in 40 years of boating", speaker: "Rob Tennant" },
  ],
  timeline: [
    { text: "An embankment on the Leverton Canal gave way early on Tuesday", dates: ["2027-09-14"] },
    { text: "The Canal & River Trust closed a 12-mile stretch", dates: ["2027-09-14"] },
    {
      text: "Residents had reported water seeping through the bank near Ashby Lock last week",
      dates: ["2027-09-06", "2027-09-07", "2027-09-08", "2027-09-09", "2027-09-10", "2027-09-11", "2027-09-12"],
    },
    { text: "Engineers began pumping water from the flooded fields yesterday afternoon", dates: ["2027-09-14"] },
    { text: "said it would pay for temporary accommodation for every flooded household", dates: ["2027-09-15"] },
    { text: "A public meeting planned for Thursday evening", dates: ["2027-09-15"] },
    { text: "said he had moved his sheep to higher ground on Monday night", dates: ["2027-09-13"] },
    { text: "The trust expects to reopen the canal to boats by the end of October", dates: ["2027-10", "2027-09-15"] },
    { text: "Engineers on Wednesday found that a collapsed culvert", dates: ["2027-09-15"] },
    { text: "Contractors finished sealing the breach in the Leverton Canal", dates: ["2027-09-17"] },
    { text: "On Thursday, the trust said it would review the inspection records", dates: ["2027-09-16"] },
    { text: "A loss adjuster visited the first flooded homes yesterday", dates: ["2027-09-17"] },
    { text: "will stay closed to boats until October 29", dates: ["2027-10-29"] },
    { text: "volunteers had carried drinking water and gas bottles to 60 stranded boats", dates: [null] },
  ],
  neverDated: [
    // Another canal's breach, told for comparison, is not this story's event.
    { text: "In 2021, a breach on the nearby Grantham Cut", date: "2021" },
    { text: "since a section of the Bridgewater Canal collapsed in August 2019", date: "2019" },
    // The canal's age.
    { text: "The canal, which opened in 1814", date: "1814" },
    // The promise is the Wednesday paper's, not the day of the pumping told just before it.
    { text: "said it would pay for temporary accommodation", date: "2027-09-14", exact: true },
    // The meeting was to be on Thursday; it was called off before.
    { text: "A public meeting planned for Thursday evening", date: "2027-09-16", exact: true },
    // The dam was planned for Friday: not a day still to come once it is sealed, nor the Thursday wire's day.
    { text: "Engineers expect to close the gap with a temporary dam", date: "2027-09-16", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // The first count of flooded homes and the later one.
    ["30", "41"],
    // Another canal's flooded homes.
    ["14", "30"],
    ["14", "41"],
  ],
  corroboration: [{ text: "A loss adjuster visited the first flooded homes yesterday", outlets: 1 }],
  headline: ["sealed", "sealing"],
  sameEntry: [
    [
      "Engineers expect to close the gap with a temporary dam",
      "Contractors finished sealing the breach in the Leverton Canal",
    ],
  ],
  order: [
    "Residents had reported water seeping through the bank near Ashby Lock last week",
    "said he had moved his sheep to higher ground on Monday night",
    "An embankment on the Leverton Canal gave way early on Tuesday",
    "Engineers on Wednesday found that a collapsed culvert",
    "On Thursday, the trust said it would review the inspection records",
    "Contractors finished sealing the breach in the Leverton Canal",
    "will stay closed to boats until October 29",
  ],
};
