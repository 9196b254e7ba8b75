import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of figures code (disagree11, 2026-12-05, before its author
 * read the disagreement code further than the attributive figures): six articles from five outlets
 * about a measles outbreak in Esker county (Monday 8 to Friday 12 March 2027). Two real
 * disagreements: the schools closed on Tuesday (17 in one outlet, 14 in another) and the cost of
 * the vaccination campaign launched on Wednesday (€2.4 million against €3.1 million, each an
 * amount set before its noun). Traps: a count revised down by the health board (112, then 104),
 * a rate per 100,000 residents beside the count, a fall in percentage points beside a fall in
 * percent, "at least 12" adults against 15, a forecast of 150 cases against the 171 reached, a
 * day's new cases against the total, a range of 300 to 400 a day against about 350, one amount in
 * euros and pounds, two hospitals' patients, a figure in a quote (children) against the narration
 * (people), a wire report rewritten by a second paper and an undated, untitled community blog.
 * Test support only.
 */
const MEASLES_OUTBREAK_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "measles/1",
    externalId: "northern-health-wire-1",
    source: "Northern Health Wire",
    url: "https://northernhealthwire.example/2027/03/08/esker-measles-outbreak",
    publishedAt: "2027-03-08T18:00:00Z",
    title: "Esker declares measles outbreak after 112 cases",
    originalText: [
      "Health officials in Esker county declared a measles outbreak on Monday after 112 cases were confirmed in three weeks, most of them in the town of Varnholt.",
      "The figure gives the county a rate of 38 cases per 100,000 residents, the highest in the country since 2019.",
      "Dr. Ines Halloran, the county's director of public health, said the health board had forecast 150 cases by the end of the week.",
      "“This is a disease we know how to stop, and we will stop it,” Halloran said.",
      "Parents of children who have not had two doses of the vaccine were urged to book an appointment.",
    ].join("\n\n"),
  },
  {
    input: "measles/2",
    externalId: "varnholt-courier-1",
    source: "Varnholt Courier",
    url: "https://varnholtcourier.example/news/measles-outbreak-declared",
    publishedAt: "2027-03-08T21:30:00Z",
    title: "Measles outbreak declared in Esker with 112 cases",
    originalText: [
      "Health officials in Esker county declared a measles outbreak on Monday after 112 cases were confirmed in three weeks, most of them in Varnholt.",
      "The figure gives the county a rate of 38 cases per 100,000 residents, the highest in the country since 2019.",
      "Dr. Ines Halloran, the county's director of public health, said the health board had forecast 150 cases by the end of the week.",
      "“This is a disease we know how to stop, and we will stop it,” Halloran said.",
    ].join("\n\n"),
  },
  {
    input: "measles/3",
    externalId: "esker-daily-1",
    source: "Esker Daily",
    url: "https://eskerdaily.example/2027/03/09/measles-schools-closed",
    publishedAt: "2027-03-09T17:00:00Z",
    title: "Schools shut as measles count is revised",
    originalText: [
      "The county closed 17 schools on Tuesday after cases were confirmed among pupils.",
      "The health board revised Monday's count of confirmed cases down to 104 after eight suspected cases tested negative.",
      "At least 12 of the cases are adults, the board said.",
      "Vaccination coverage for the second dose among five-year-olds has fallen 6 percentage points since 2019, to 81 percent.",
      "“We have been warning about this for years,” said Tom Reyes, a paediatrician at Varnholt General Hospital.",
    ].join("\n\n"),
  },
  {
    input: "measles/4",
    externalId: "radio-esker-1",
    source: "Radio Esker",
    url: "https://radioesker.example/news/measles-vaccination-campaign",
    publishedAt: "2027-03-10T19:00:00Z",
    title: "Health board launches vaccination campaign as cases rise",
    originalText: [
      "The health board on Wednesday launched a €3.1 million vaccination campaign, with walk-in clinics in Varnholt and Brenn.",
      "The clinics can vaccinate between 300 and 400 people a day, the board said.",
      "14 schools were closed on Tuesday, according to the county education office.",
      "Of the cases confirmed so far, 15 are adults.",
      "According to Halloran, “the next two weeks will decide how big this gets.”",
    ].join("\n\n"),
  },
  {
    input: "measles/5",
    externalId: "medical-times-1",
    source: "Medical Times",
    url: "https://medicaltimes.example/2027/03/10/esker-measles",
    publishedAt: "2027-03-10T16:00:00Z",
    title: "Esker measles total reaches 131 as campaign begins",
    originalText: [
      "Nineteen new cases were confirmed on Wednesday, bringing the total to 131.",
      "The health board launched a €2.4 million vaccination campaign on Wednesday, about £2.1 million.",
      "Varnholt General Hospital has treated 23 patients with measles, and St Brigid's Hospital in Brenn has treated 18.",
      "The number of children vaccinated against measles in the county fell 7 percent last year, board figures show.",
      "“We vaccinated 2,000 children in the first two days of the school clinics,” Halloran told the Medical Times.",
    ].join("\n\n"),
  },
  {
    input: "measles/6",
    externalId: "the-lantern-1",
    source: "The Lantern",
    url: "https://thelantern.example/blog/a-week-of-measles",
    title: null,
    originalText: [
      "By Friday the total had reached 171 cases, well above what the board expected.",
      "The walk-in clinics vaccinated 2,600 people in their first two days, and they will vaccinate about 350 people a day until Easter.",
      "My youngest had her second dose at the Brenn clinic, and the queue went round the car park.",
      "“Nobody should have to wait two hours for a jab,” a nurse there said.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function measlesOutbreakArticles(): Article[] {
  return linkNearDuplicates(MEASLES_OUTBREAK_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const MEASLES_OUTBREAK_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This is a disease we know how to stop", speaker: "Ines Halloran" },
    { text: "We have been warning about this for years", speaker: "Tom Reyes" },
    // Partial (corrected by facts12): a quotation opening in lower case is no whole sentence of the
    // speaker's, whatever introduces it; "According to X, “The …”" would be a whole one.
    { text: "the next two weeks will decide how big this gets", speaker: "Ines Halloran", partial: true },
    { text: "We vaccinated 2,000 children in the first two days", speaker: "Ines Halloran" },
    // Written null before the house rule for unnamed sources (expected-facts.ts: the description as
    // written, "a passenger"; "there" is no part of it); corrected by quotes32.
    { text: "Nobody should have to wait two hours for a jab", speaker: "a nurse" },
  ],
  timeline: [
    { text: "declared a measles outbreak on Monday after 112 cases", dates: ["2027-03-08"] },
    { text: "The county closed 17 schools on Tuesday", dates: ["2027-03-09"] },
    { text: "The health board on Wednesday launched a €3.1 million vaccination campaign", dates: ["2027-03-10"] },
    { text: "Nineteen new cases were confirmed on Wednesday", dates: ["2027-03-10"] },
    { text: "By Friday the total had reached 171 cases", dates: [null] },
  ],
  neverDated: [
    { text: "the highest in the country since 2019", date: "2019" },
    { text: "has fallen 6 percentage points since 2019", date: "2019" },
  ],
  disagreements: [
    { values: ["17", "14"], outlets: ["Esker Daily", "Radio Esker"] },
    { values: ["2.4 million", "3.1 million"], outlets: ["Medical Times", "Radio Esker"] },
  ],
  notDisagreements: [
    // The board's own revision: a later step, not a rival count.
    ["112", "104"],
    // A count and its rate per 100,000 residents.
    ["112", "38"],
    ["38", "100,000"],
    // Points of coverage against the percent fall of the number vaccinated.
    ["6", "7"],
    ["81", "7"],
    // "At least 12" is not contradicted by 15.
    ["12", "15"],
    // The forecast against what came.
    ["150", "171"],
    ["150", "131"],
    // A day's new cases against the total.
    ["19", "131"],
    ["Nineteen", "131"],
    // A point inside the range.
    ["350", "400"],
    ["300", "350"],
    // One amount in two currencies.
    ["2.4 million", "2.1 million"],
    ["3.1 million", "2.1 million"],
    // Two hospitals' patients.
    ["23", "18"],
    // Children in a quote against people in the narration.
    ["2,000", "2,600"],
    // Schools closed against adults among the cases.
    ["14", "15"],
    ["17", "15"],
  ],
  corroboration: [
    // The wire report and its rewrite are one outlet.
    { text: "declared a measles outbreak on Monday after 112 cases", outlets: 1 },
  ],
};
