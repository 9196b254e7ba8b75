import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts6, 2026-12-04, before its author read the
 * facts code): six articles from five outlets about a central bank's rate decision (Monday 12 to
 * Monday 19 October 2026). Traps: economists' forecast (3.75 percent) beside the outcome (3.5), a
 * governor whose surname has a particle ("van der Linde", lower-cased after a quote, capitalised at
 * a sentence's start), a quote running over two paragraphs, a banker named "Karim bin Rashid" set off
 * after his title, "Dr. Ingrid de la Cruz" then "Dr. de la Cruz", a title-only "the governor said", an
 * em-dash attribution, straight single quotes, a fragment after "said that", one real disagreement
 * (the crown fell 1.2 percent against the euro after the decision in one outlet, 0.7 percent in
 * another), growth forecasts then and now, mortgage savings a month and a year, three banks' cuts,
 * a wire story syndicated by a second paper, "last week", "yesterday", "earlier this month", "Dec. 10"
 * and "Nov. 1" without a year, background years ("between 2022 and 2023", "since 2021") and an
 * undated explainer. Test support only.
 */
const RATE_DECISION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "rates/1",
    externalId: "harbour-wire-1",
    source: "Harbour Wire",
    url: "https://harbourwire.example/2026/10/12/ostmark-rate-preview",
    publishedAt: "2026-10-12T07:00:00Z",
    title: "Ostmark central bank expected to cut rates on Thursday",
    originalText: [
      "The Bank of Ostmark is expected to cut its key interest rate by a quarter of a percentage point to 3.75 percent on Thursday, according to a Harbour Wire poll of economists.",
      "Of the 24 economists polled, 19 expect a cut of 25 basis points and five expect rates to stay at 4 percent.",
      "Inflation slowed to 2.4 percent in September from 2.9 percent in August, the statistics office said last week.",
      "“A cut on Thursday is close to certain; the real question is what the bank signals for December,” said Lena Vogt, chief economist at Fjordline Bank.",
      "The bank, which raised rates nine times between 2022 and 2023, has held its key rate at 4 percent since June.",
      "Vogt said that the bank would probably “keep the door open” to a further cut.",
    ].join("\n\n"),
  },
  {
    input: "rates/2",
    externalId: "ostmark-herald-1",
    source: "Ostmark Herald",
    url: "https://ostmarkherald.example/economy/bank-cuts-half-point",
    publishedAt: "2026-10-15T15:30:00Z",
    title: "Bank of Ostmark cuts rates by half a point in surprise move",
    originalText: [
      "The Bank of Ostmark cut its key interest rate by half a percentage point to 3.5 percent on Thursday, a larger move than most economists had expected.",
      "Governor Pieter van der Linde said the bank had acted because growth was weakening faster than it had forecast in July.",
      "“Inflation has come down faster than we expected,” van der Linde said at a news conference. “But growth is weaker too, and we would rather move early than late.",
      "“We are not committing to any further cuts, and every meeting is open.”",
      "The bank cut its forecast for economic growth next year to 1.1 percent from 1.6 percent.",
      "The crown fell 1.2 percent against the euro after the decision, while the main share index rose 1.8 percent.",
      "Five of the seven members of the bank's board voted for the half-point cut, and two wanted a quarter point.",
    ].join("\n\n"),
  },
  {
    input: "rates/3",
    externalId: "harbour-wire-2",
    source: "Harbour Wire",
    url: "https://harbourwire.example/2026/10/15/ostmark-cuts-rates",
    publishedAt: "2026-10-15T16:10:00Z",
    title: "Ostmark cuts key rate to 3.5% as growth falters",
    originalText: [
      "The Bank of Ostmark lowered its key rate to 3.5 percent from 4 percent on Thursday, its first cut since it began raising borrowing costs in 2022.",
      "Most economists in a Harbour Wire poll had forecast a cut to 3.75 percent.",
      "The crown fell 0.7 percent against the euro after the decision, to 11.46 crowns per euro.",
      "Van der Linde said: “The economy needs support now, not in six months.”",
      "“The bank has bought itself some room, but it has also told us it is worried,” said Lena Vogt of Fjordline Bank.",
      "The bank will next set rates on Dec. 10.",
    ].join("\n\n"),
  },
  {
    input: "rates/4",
    externalId: "coastal-times-1",
    source: "Coastal Times",
    url: "https://coastaltimes.example/business/ostmark-rate-cut",
    publishedAt: "2026-10-15T19:00:00Z",
    title: "Central bank lowers key rate to 3.5 percent",
    originalText: [
      "The Bank of Ostmark lowered its key rate to 3.5 percent from 4 percent on Thursday, its first cut since it began raising borrowing costs in 2022, Harbour Wire reported.",
      "Most economists in a Harbour Wire poll had forecast a cut to 3.75 percent.",
      "The crown fell 0.7 percent against the euro after the decision, to 11.46 crowns per euro.",
      "Van der Linde said: “The economy needs support now, not in six months.”",
      "The bank will next set rates on Dec. 10.",
    ].join("\n\n"),
  },
  {
    input: "rates/5",
    externalId: "capital-radio-1",
    source: "Capital Radio",
    url: "https://capitalradio.example/news/banks-pass-on-cut",
    publishedAt: "2026-10-19T06:00:00Z",
    title: "Banks pass on rate cut to mortgage holders",
    originalText: [
      "Ostmark's three biggest banks have cut their variable mortgage rates after the central bank's governor, Pieter van der Linde, cut the key rate by half a point on Thursday.",
      "Nordhavn Bank said yesterday it would lower its standard variable rate by 0.5 percentage points from Nov. 1.",
      "“We were the first to move and we will not be the last,” said Nordhavn's chief executive, Karim bin Rashid.",
      "“Savers will feel it too, and we will be honest with them about that,” bin Rashid added.",
      "The other two big banks, Ostbank and Kystkreditt, cut their rates by 0.25 and 0.4 percentage points.",
      "Earlier this month, the statistics office said unemployment had risen to 5.1 percent, its highest level since 2021.",
      "“We expect the banks to pass this on in full,” the governor said on Thursday.",
    ].join("\n\n"),
  },
  {
    input: "rates/6",
    externalId: "moneywise-1",
    source: "MoneyWise",
    url: "https://moneywise.example/guides/ostmark-rate-cut-what-it-means",
    title: "What the Bank of Ostmark's rate cut means for you",
    originalText: [
      "The Bank of Ostmark's key rate now stands at 3.5 percent after Thursday's cut of half a percentage point.",
      "A household with a 2 million-crown variable mortgage would pay about 830 crowns less a month, or roughly 10,000 crowns a year.",
      "'Banks usually pass on a cut within a few weeks, but savers lose out faster,' said Dr. Ingrid de la Cruz, a housing economist at Ostmark University.",
      "“Fix now only if you need certainty,” Dr. de la Cruz said.",
      "“The easy part is over. Now comes the waiting.” — Lena Vogt, Fjordline Bank",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function rateDecisionArticles(): Article[] {
  return linkNearDuplicates(RATE_DECISION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const RATE_DECISION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "A cut on Thursday is close to certain", speaker: "Lena Vogt" },
    { text: "keep the door open", speaker: "Lena Vogt", partial: true },
    { text: "Inflation has come down faster than we expected", speaker: "Pieter van der Linde" },
    { text: "But growth is weaker too", speaker: "Pieter van der Linde" },
    { text: "We are not committing to any further cuts", speaker: "Pieter van der Linde" },
    { text: "The economy needs support now", speaker: "Pieter van der Linde" },
    { text: "The bank has bought itself some room", speaker: "Lena Vogt" },
    { text: "We were the first to move", speaker: "Karim bin Rashid" },
    { text: "Savers will feel it too", speaker: "Karim bin Rashid" },
    { text: "We expect the banks to pass this on in full", speaker: "Pieter van der Linde" },
    { text: "Banks usually pass on a cut within a few weeks", speaker: "Ingrid de la Cruz" },
    { text: "Fix now only if you need certainty", speaker: "Ingrid de la Cruz" },
    { text: "The easy part is over", speaker: "Lena Vogt" },
  ],
  timeline: [
    { text: "is expected to cut its key interest rate by a quarter", dates: ["2026-10-12", "2026-10-15"] },
    {
      text: "Inflation slowed to 2.4 percent in September",
      dates: ["2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09", "2026-09"],
    },
    { text: "cut its key interest rate by half a percentage point to 3.5 percent on Thursday", dates: ["2026-10-15"] },
    { text: "lowered its key rate to 3.5 percent from 4 percent on Thursday", dates: ["2026-10-15"] },
    { text: "The bank will next set rates on Dec. 10", dates: ["2026-12-10"] },
    { text: "Nordhavn Bank said yesterday it would lower", dates: ["2026-10-18", "2026-11-01"] },
    { text: "Earlier this month, the statistics office said unemployment", dates: ["2026-10"] },
    { text: "now stands at 3.5 percent after Thursday's cut", dates: [null] },
  ],
  neverDated: [
    { text: "raised rates nine times between 2022 and 2023", date: "2022" },
    { text: "raised rates nine times between 2022 and 2023", date: "2023" },
    { text: "has held its key rate at 4 percent since June", date: "2026-06" },
    { text: "faster than it had forecast in July", date: "2026-07" },
    { text: "its first cut since it began raising borrowing costs in 2022", date: "2022" },
    { text: "its highest level since 2021", date: "2021" },
    { text: "The bank will next set rates on Dec. 10", date: "2025-12-10", exact: true },
    { text: "Nordhavn Bank said yesterday it would lower", date: "2025-11-01", exact: true },
  ],
  // facts15 (2026-12-05): the crown's fall after the decision, 1.2 percent at 15:30 and 0.7 at 16:10 the
  // same afternoon with no close stated, are two readings of a market during the day, not one measure
  // (written as a disagreement by facts6; the README had listed it among the false alarms).
  disagreements: [],
  notDisagreements: [
    ["1.2", "0.7"],
    ["3.75", "3.5"],
    ["4", "3.5"],
    ["2.4", "2.9"],
    ["1.1", "1.6"],
    ["1.8", "1.2"],
    ["1.8", "0.7"],
    ["0.5", "0.25"],
    ["0.5", "0.4"],
    ["0.25", "0.4"],
    ["830", "10,000"],
    ["19", "24"],
    ["5.1", "2.4"],
  ],
  corroboration: [
    // The wire story and its syndicated copy are one outlet.
    { text: "The crown fell 0.7 percent against the euro after the decision", outlets: 1 },
  ],
};
