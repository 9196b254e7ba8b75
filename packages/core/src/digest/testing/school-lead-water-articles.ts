/**
 * Held-out batch W (lead session 33, 2026-12-07), written by heldout25 before any run; scored unfitted, then added to the bench at the session's end.
 * Lead above the federal action level found in drinking water at Wisconsin district schools, Thursday 1 to Tuesday 6 February 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "sl/1",
    externalId: "w1",
    source: "Carver Bay Courier-Journal",
    url: "https://carverbaycourierjournal.example/news/education/lead-water-14-schools",
    publishedAt: "2046-02-01T23:00:00Z",
    title: "Lead found in water at 14 Carver Bay schools",
    originalText: [
      "CARVER BAY — Tests found lead above the federal action level in drinking water at 14 Carver Bay public schools, district officials said Thursday.",
      "Of the 1,860 taps and fountains sampled since October, 97 were over the limit of 15 parts per billion.",
      "The highest reading, 340 parts per billion, came from a kitchen tap at Lincoln Elementary, where 40% of the taps tested failed.",
      "“No parent should have to wonder whether the water at school is safe,” Superintendent Renee Oduya said.",
      "The district has shut off the affected fixtures and is handing out bottled water.",
      "Most of the buildings went up before 1986, when lead pipes and solder were banned.",
    ].join("\n"),
  },
  {
    input: "sl/2",
    externalId: "w2",
    source: "Badger State Report",
    url: "https://badgerstatereport.example/education/carver-bay-schools-lead-water",
    publishedAt: "2046-02-02T03:00:00Z",
    title: "Carver Bay finds lead in school water at 14 sites",
    originalText: [
      "District officials said on Thursday that water at 14 Carver Bay public schools tested above the federal action level for lead.",
      "Ninety-seven of the 1,860 taps and fountains sampled since October exceeded the limit of 15 parts per billion.",
      "A kitchen tap at Lincoln Elementary gave the highest reading, 340 parts per billion, and 40% of the taps tested at that school failed.",
      "Superintendent Renee Oduya said no parent should have to wonder whether school water is safe.",
      "The district has turned off the affected fixtures and is supplying bottled water.",
    ].join("\n"),
  },
  {
    input: "sl/3",
    externalId: "w3",
    source: "WCBX 7 News",
    url: "https://wcbx7.example/news/parents-pack-board-meeting-lead-results",
    publishedAt: "2046-02-02T18:00:00Z",
    title: "Parents demand answers on school lead results",
    originalText: [
      "Parents packed a school board meeting last night, hours after the district revealed that 14 schools had failed lead tests.",
      "District records show the first results reached officials on Dec. 12.",
      "Lincoln Elementary, where a reading of 410 parts per billion was the district's highest, serves about 520 students.",
      "“We found out from a Facebook post,” said Andre Whitfield, whose daughter is in second grade at Lincoln.",
      "The American Academy of Pediatrics recommends no more than 1 part per billion in school drinking water.",
    ].join("\n"),
  },
  {
    input: "sl/4",
    externalId: "w4",
    source: "School Facilities Today",
    url: "https://schoolfacilitiestoday.example/water/carver-bay-bottle-filling-stations",
    publishedAt: "2046-02-05T21:00:00Z",
    title: "Carver Bay to swap 400 fountains for filtered stations",
    originalText: [
      "Carver Bay Public Schools will replace about 400 fountains with filtered bottle-filling stations at a cost of $2.3 million, the district said Monday.",
      "The district tested 1,740 fixtures across its 38 schools between October and January.",
      "At Lincoln Elementary, 58 percent of the taps sampled were over the limit.",
      "Superintendent Renee Oduya said the work would be finished by August.",
      "“Filters are the fastest fix we have, and pipe replacement will follow,” Oduya said.",
    ].join("\n"),
  },
  {
    input: "sl/5",
    externalId: "w5",
    source: "The Lakeside Sentinel",
    url: "https://lakesidesentinel.example/news/poison-taps-kids-drank-lead-water",
    title: "POISON TAPS: KIDS DRANK LEAD WATER FOR MONTHS",
    originalText: [
      "Children at Carver Bay schools drank water laced with lead for months while officials sat on test results, the Sentinel can reveal.",
      "Parents are fuming that the district's $3.1m fountain swap will not even start until the summer.",
      "Mother of two Tanya Greer, 34, said: “My son has been drinking from that fountain every day since September.”",
      "Lead can lower a child's IQ, and doctors say no level is safe.",
    ].join("\n"),
  },
  {
    input: "sl/6",
    externalId: "w6",
    source: "Midwest Press Association",
    url: "https://midwestpress.example/wisconsin/carver-bay-lead-two-more-schools",
    publishedAt: "2046-02-06T22:00:00Z",
    title: "Lead found at two more Carver Bay schools",
    originalText: [
      "CARVER BAY, Wis. (MPA) — Retests have found lead above the federal limit at two more Carver Bay schools, bringing the total to 16, the district said Tuesday.",
      "The county health department said 212 children were given free blood tests over the weekend and none needed treatment.",
      "The teachers' union has called for all of the district's roughly 1,100 fountains to be replaced, not only the 400 in the district's plan.",
      "Superintendent Renee Oduya apologised at Monday's board meeting, saying, “We should have told families in December, and we did not.”",
      "A state audit of the district's handling of the results is due by April 30.",
    ].join("\n"),
  },
];

export function schoolLeadWaterArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Wisconsin is on CST, UTC-6: the Badger State Report's
 * stamp, 03:00 UTC Friday, is Thursday evening). "Thursday" in the Courier-Journal and the Report is 1
 * February, the day WCBX's Friday (noon) story calls "last night" ("hours after the district revealed");
 * "Dec. 12" in February is last year's; "Monday" in Monday's trade story and "Monday's board meeting"
 * in Tuesday's wire are the 5th; "Tuesday" is the 6th; "over the weekend" is 3–4 February; "by
 * August" and "by April 30" are this year's. The Badger State Report is a syndicated rewrite of the
 * Courier-Journal (counts once).
 */
export const SCHOOL_LEAD_WATER_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "No parent should have to wonder whether the water at school is safe", speaker: "Renee Oduya" },
    { text: "We found out from a Facebook post", speaker: "Andre Whitfield" },
    { text: "Filters are the fastest fix we have, and pipe replacement will follow", speaker: "Renee Oduya" },
    { text: "My son has been drinking from that fountain every day since September", speaker: "Tanya Greer" },
    { text: "We should have told families in December, and we did not", speaker: "Renee Oduya" },
  ],
  timeline: [
    { text: "at 14 Carver Bay public schools, district officials said Thursday", dates: ["2046-02-01"] },
    { text: "District officials said on Thursday that water at 14 Carver Bay", dates: ["2046-02-01"] },
    { text: "Parents packed a school board meeting last night", dates: ["2046-02-01"] },
    { text: "District records show the first results reached officials on Dec. 12", dates: ["2045-12-12"] },
    { text: "at a cost of $2.3 million, the district said Monday", dates: ["2046-02-05"] },
    { text: "Superintendent Renee Oduya said the work would be finished by August", dates: ["2046-08"] },
    { text: "bringing the total to 16, the district said Tuesday", dates: ["2046-02-06"] },
    { text: "212 children were given free blood tests over the weekend", dates: ["2046-02-03", "2046-02-04"] },
    { text: "Superintendent Renee Oduya apologised at Monday's board meeting", dates: ["2046-02-05"] },
    { text: "A state audit of the district's handling of the results is due by April 30", dates: ["2046-04-30"] },
  ],
  neverDated: [
    { text: "Most of the buildings went up before 1986", date: "1986" },
    // "Dec. 12" in a February story is the December gone.
    { text: "District records show the first results reached officials on Dec. 12", date: "2046-12-12", exact: true },
    { text: "Superintendent Renee Oduya said the work would be finished by August", date: "2045-08" },
    {
      text: "A state audit of the district's handling of the results is due by April 30",
      date: "2045-04-30",
      exact: true,
    },
    { text: "Superintendent Renee Oduya apologised at Monday's board meeting", date: "2046-02-12", exact: true },
  ],
  disagreements: [
    // The district's highest reading, at Lincoln: "The highest reading, 340 parts per billion" against "a reading of 410 … was the district's highest".
    { values: ["340", "410"], outlets: ["Carver Bay Courier-Journal", "WCBX 7 News"] },
    // Fixtures tested in the same October–January round: "1,860 taps and fountains sampled" against "tested 1,740 fixtures".
    { values: ["1,860", "1,740"], outlets: ["Carver Bay Courier-Journal", "School Facilities Today"] },
    // Share of Lincoln's taps over the limit: "40% of the taps tested failed" against "58 percent of the taps sampled".
    { values: ["40", "58"], outlets: ["Carver Bay Courier-Journal", "School Facilities Today"] },
    // The cost of the fountain replacement: "at a cost of $2.3 million" against "$3.1m fountain swap".
    { values: ["2.3", "3.1"], outlets: ["School Facilities Today", "The Lakeside Sentinel"] },
  ],
  notDisagreements: [
    // Schools affected as retests came in.
    ["14", "16"],
    // Failing taps against all taps tested; failing schools against all schools.
    ["97", "1,860"],
    ["97", "1,740"],
    ["14", "38"],
    ["16", "38"],
    // The limit against readings, and a pediatricians' recommendation in the same unit.
    ["15", "340"],
    ["15", "410"],
    ["1", "15"],
    // A union's demand against the district's plan.
    ["1,100", "400"],
    // Lincoln's pupils against children given blood tests.
    ["520", "212"],
    // Fountains to be replaced against fixtures tested.
    ["400", "1,740"],
    // Parent ages and a money figure against counts.
    ["34", "40"],
    ["2.3", "400"],
    // A pediatric limit against a share.
    ["1", "40"],
  ],
  corroboration: [
    // The Courier-Journal and its rewrite count once; WCBX tells the 14 schools in other words.
    {
      text: "Tests found lead above the federal action level in drinking water at 14 Carver Bay public schools",
      outlets: 2,
    },
    // The replacement plan: School Facilities Today, the Sentinel's "fountain swap" and the wire's "400 in the district's plan".
    { text: "will replace about 400 fountains with filtered bottle-filling stations", outlets: 3 },
    // Only the Courier-Journal, with its rewrite counting once.
    { text: "The district has shut off the affected fixtures and is handing out bottled water", outlets: 1 },
  ],
  headline: ["two more", "16"],
  summary: {
    holds: ["16"],
    never: ["at 14 Carver Bay public schools, district officials said Thursday"],
  },
  sameEntry: [
    [
      "at 14 Carver Bay public schools, district officials said Thursday",
      "hours after the district revealed that 14 schools had failed lead tests",
    ],
  ],
  order: [
    "District records show the first results reached officials on Dec. 12",
    "at 14 Carver Bay public schools, district officials said Thursday",
    "at a cost of $2.3 million, the district said Monday",
    "bringing the total to 16, the district said Tuesday",
    "A state audit of the district's handling of the results is due by April 30",
    "Superintendent Renee Oduya said the work would be finished by August",
  ],
  supersession: {
    apart: [
      ["at 14 Carver Bay public schools, district officials said Thursday", "bringing the total to 16"],
      ["hours after the district revealed that 14 schools had failed lead tests", "bringing the total to 16"],
    ],
    current: [
      "District records show the first results reached officials on Dec. 12",
      "will replace about 400 fountains with filtered bottle-filling stations",
      "A state audit of the district's handling of the results is due by April 30",
    ],
  },
};
