/**
 * The lead's held-out batch O (session 29, 2026-12-07): texts and expectations written by helper heldout17 before any run, kept
 * outside the repository while unfitted (first run on 0a381dc3 and after the session's merges: see the README's facts
 * table), added here at the session's end; the lead read their misses after the unfitted runs, so they are fitted from now on.
 * A snowstorm strands hundreds of drivers overnight on a Pennine motorway, Thursday 22 to Tuesday 27 January 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ms/1",
    externalId: "m1",
    source: "Britannia Press Association",
    url: "https://britanniapress.example/news/m65-drivers-stranded-snow",
    publishedAt: "2043-01-23T06:30:00Z",
    title: "Hundreds of drivers stranded overnight as snow shuts M65",
    originalText: [
      "BRACKENLEY (BPA) — Hundreds of drivers spent the night trapped in their vehicles on the M65 after heavy snow brought the motorway to a standstill across Wessenden Moor, National Highways said on Friday.",
      "About 800 vehicles were caught in a 15-mile queue between junctions 8 and 10 after three lorries jackknifed on the eastbound climb shortly after 7pm on Thursday.",
      "Up to 30cm (12in) of snow fell on the moor in less than four hours, the Met Office said.",
      "“We've had nothing to eat since lunchtime and the engine's been on and off all night to keep the kids warm,” said Priya Nandakumar, who was driving home to Leeds with her two children.",
      "The Met Office had issued an amber warning on Wednesday, forecasting 10 to 20cm of snow on high ground.",
      "National Highways said the eastbound carriageway would remain closed until at least midday on Friday.",
      "The same stretch was closed for 14 hours during a blizzard in February 2018.",
    ].join("\n"),
  },
  {
    input: "ms/2",
    externalId: "m2",
    source: "Calder Valley Courier",
    url: "https://caldervalleycourier.example/news/wire/m65-motorists-trapped-overnight",
    publishedAt: "2043-01-23T09:00:00Z",
    title: "Motorists trapped overnight on snowbound M65",
    originalText: [
      "Hundreds of motorists were stuck in their cars overnight on the M65 when heavy snow halted traffic across Wessenden Moor, National Highways said on Friday.",
      "Around 800 vehicles were held in a 15-mile tailback between junctions 8 and 10 when three lorries jackknifed on the eastbound climb just after 7pm on Thursday.",
      "As much as 30cm of snow fell on the moor in under four hours, according to the Met Office.",
      "“We've had nothing to eat since lunchtime and the engine's been on and off all night to keep the kids warm,” said Priya Nandakumar, who was driving home to Leeds with her two children.",
      "An amber warning had been in place since Wednesday, with 10 to 20cm forecast on high ground.",
      "(BPA)",
    ].join("\n"),
  },
  {
    input: "ms/3",
    externalId: "m3",
    source: "Pennine Radio News",
    url: "https://pennineradio.example/news/last-drivers-freed-m65",
    publishedAt: "2043-01-23T18:00:00Z",
    title: "Last drivers freed from M65 after 16-hour ordeal",
    originalText: [
      "The last vehicles stranded on the M65 were freed at about 11am today, some 16 hours after the motorway ground to a halt, National Highways said.",
      "More than 1,100 cars, vans and lorries had been trapped overnight, with the tailback stretching for nine miles back from junction 10.",
      "The trouble began when lorries jackknifed at about 6.30pm last night, blocking two of the three lanes, West Pennine Police said.",
      "Mountain rescue volunteers and gritter crews walked the queue through the night handing out blankets and bottled water.",
      "A rest centre at Brackenley Leisure Centre took in 60 people overnight.",
      "Sergeant Colin Rudd said: “People did exactly what we asked: they stayed in their vehicles and they stayed calm.”",
      "An 84-year-old woman was taken to hospital with hypothermia but has since been discharged.",
    ].join("\n"),
  },
  {
    input: "ms/4",
    externalId: "m4",
    source: "The Daily Clarion",
    url: "https://dailyclarion.example/news/m65-snow-hell-gran-rescued",
    title: "Snow hell on M65: gran, 84, carried from car by rescuers",
    originalText: [
      "A GRAN was carried from her car by mountain rescuers after being trapped for 13 hours in the M65 snow chaos.",
      "Edna Whitworth, 84, from Colne, was found shivering in her Nissan Micra in the early hours of Friday.",
      "'She's tough as old boots but she was frozen stiff,' said her grandson Liam Whitworth, 29.",
      "A staggering 40cm of snow fell on Wessenden Moor in just four hours, leaving drivers with no way forward and no way back.",
      "She was taken to hospital in Burnley suffering from hypothermia.",
      "Rescuers used a tracked vehicle to reach her car, which was stuck half a mile from junction 9.",
    ].join("\n"),
  },
  {
    input: "ms/5",
    externalId: "m5",
    source: "Haulage Week",
    url: "https://haulageweek.example/news/hauliers-demand-m65-inquiry",
    publishedAt: "2043-01-26T10:00:00Z",
    title: "Hauliers demand inquiry into M65 snow closure",
    originalText: [
      "Hauliers have demanded an independent inquiry into Thursday night's closure of the M65, which left about 300 HGV drivers stranded on Wessenden Moor.",
      "The Road Freight Association said its members lost an estimated £2.4m in missed deliveries, wasted fuel and drivers' overtime.",
      "The jackknifed lorries were on the 1-in-12 eastbound climb, where the association says it has asked for a snow gate since 2031.",
      "The association is calling for compensation of £250 per driver; National Highways has offered to refund fuel costs of up to £60.",
      "According to the association's chief executive, Martin Greaves, “it is a miracle nobody died up there.”",
      "The motorway fully reopened at 4pm on Saturday after snowploughs cleared the hard shoulder.",
    ].join("\n"),
  },
  {
    input: "ms/6",
    externalId: "m6",
    source: "Britannia Press Association",
    url: "https://britanniapress.example/news/m65-snow-review-ordered",
    publishedAt: "2043-01-27T12:00:00Z",
    title: "Transport Secretary orders review of M65 snow stranding",
    originalText: [
      "BRACKENLEY (BPA) — The Transport Secretary on Tuesday ordered an independent review into how about 800 vehicles came to be stranded overnight on the M65 last week.",
      "National Highways said its gritters had treated the route twice on Thursday afternoon but that the snow fell faster than forecast.",
      "“We got some things wrong and we will say so openly,” said Helen Marsh, National Highways' chief executive.",
      "The agency has so far received 430 claims for fuel refunds.",
      "Marsh said a snow gate would be installed at junction 8 before next winter.",
      "The review will report by the end of March.",
    ].join("\n"),
  },
];

export function motorwaySnowStrandingArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (UK winter: UTC is local time). "On Friday" in Friday's
 * wire and its rewrite is 23 January; "on Thursday" there is the 22nd and "on Wednesday" the 21st;
 * "today" in Friday evening's radio story is the 23rd and "last night" there the 22nd; "the early hours of Friday" in the undated
 * tabloid is the 23rd if anything; "Thursday night" in a Monday trade story is the 22nd and "on
 * Saturday" the 24th; "on Tuesday" in Tuesday's wire is the 27th, "on Thursday afternoon" the 22nd;
 * "by the end of March" is March 2043.
 */
export const MOTORWAY_SNOW_STRANDING_EXPECTED: ExpectedFacts = {
  quotes: [
    {
      text: "We've had nothing to eat since lunchtime and the engine's been on and off all night to keep the kids warm",
      speaker: "Priya Nandakumar",
    },
    {
      text: "People did exactly what we asked: they stayed in their vehicles and they stayed calm",
      speaker: "Colin Rudd",
    },
    // Single quotes, the tabloid's style.
    { text: "She's tough as old boots but she was frozen stiff", speaker: "Liam Whitworth" },
    // Opening in lower case after "According to …,": partial by the house rule.
    { text: "it is a miracle nobody died up there", speaker: "Martin Greaves", partial: true },
    { text: "We got some things wrong and we will say so openly", speaker: "Helen Marsh" },
  ],
  timeline: [
    {
      text: "brought the motorway to a standstill across Wessenden Moor, National Highways said on Friday",
      dates: ["2043-01-23", "2043-01-22"],
    },
    { text: "three lorries jackknifed on the eastbound climb shortly after 7pm on Thursday", dates: ["2043-01-22"] },
    { text: "three lorries jackknifed on the eastbound climb just after 7pm on Thursday", dates: ["2043-01-22"] },
    { text: "The Met Office had issued an amber warning on Wednesday", dates: ["2043-01-21"] },
    { text: "The last vehicles stranded on the M65 were freed at about 11am today", dates: ["2043-01-23"] },
    { text: "The trouble began when lorries jackknifed at about 6.30pm last night", dates: ["2043-01-22"] },
    { text: "would remain closed until at least midday on Friday", dates: ["2043-01-23"] },
    { text: "was found shivering in her Nissan Micra in the early hours of Friday", dates: [null, "2043-01-23"] },
    { text: "into Thursday night's closure of the M65", dates: ["2043-01-22"] },
    { text: "The motorway fully reopened at 4pm on Saturday", dates: ["2043-01-24"] },
    { text: "The Transport Secretary on Tuesday ordered an independent review", dates: ["2043-01-27"] },
    { text: "had treated the route twice on Thursday afternoon", dates: ["2043-01-22"] },
    { text: "The review will report by the end of March", dates: ["2043-03"] },
  ],
  neverDated: [
    { text: "The same stretch was closed for 14 hours during a blizzard in February 2018", date: "2018" },
    { text: "it has asked for a snow gate since 2031", date: "2031" },
    { text: "The review will report by the end of March", date: "2042-03" },
    // "On Saturday" in a Monday story is the Saturday gone; "on Thursday afternoon" in a Tuesday story too.
    { text: "The motorway fully reopened at 4pm on Saturday", date: "2043-01-31", exact: true },
    { text: "had treated the route twice on Thursday afternoon", date: "2043-01-29", exact: true },
  ],
  disagreements: [
    // Vehicles trapped: "About 800 vehicles were caught" against "More than 1,100 cars, vans and lorries had been trapped".
    { values: ["800", "1,100"], outlets: ["Britannia Press Association", "Pennine Radio News"] },
    // The queue's length: inside a modifier ("a 15-mile queue") against after a verb ("stretching for nine miles").
    { values: ["15", "nine"], outlets: ["Britannia Press Association", "Pennine Radio News"] },
    // When the lorries jackknifed: "shortly after 7pm" against "at about 6.30pm".
    { values: ["7", "6.30"], outlets: ["Britannia Press Association", "Pennine Radio News"] },
    // Snow on the moor in about four hours.
    { values: ["30", "40"], outlets: ["Britannia Press Association", "The Daily Clarion"] },
  ],
  notDisagreements: [
    // A forecast range against the snow that fell.
    ["10 to 20cm", "30"],
    ["10 to 20cm", "40"],
    // A depth and its conversion.
    ["30", "12"],
    // The 2018 closure against this one, and one woman's wait against the whole stranding.
    ["14", "16"],
    ["13", "16"],
    // HGV drivers are a part of the vehicles trapped; people in the rest centre are others again.
    ["300", "800"],
    ["300", "1,100"],
    ["60", "800"],
    // Fuel-refund claims so far against vehicles stranded.
    ["430", "800"],
    // A demand against an offer; the hauliers' losses against either.
    ["250", "60"],
    ["2.4", "250"],
    // The woman's age against her grandson's; lorries against lanes.
    ["84", "29"],
    ["three", "two"],
    // Clock times of other events: the queue cleared, the motorway reopened.
    ["11", "4"],
    ["7", "11"],
  ],
  corroboration: [
    // The wire and its rewrite count once, and the wire's own Tuesday story is the same outlet.
    { text: "About 800 vehicles were caught in a 15-mile queue between junctions 8 and 10", outlets: 1 },
    // (Its writer also expected "after three lorries jackknifed on the eastbound climb" at 3 outlets, but that
    // clause is in the same wire sentence as the 800 vehicles, and a sentence has one count: removed by the lead,
    // session 29, after corro16 found the two expectations could never both hold.)
    // The radio's unnamed 84-year-old and the tabloid's named gran.
    { text: "An 84-year-old woman was taken to hospital with hypothermia", outlets: 2 },
  ],
  headline: ["review"],
  summary: {
    holds: ["review"],
    never: ["The Met Office had issued an amber warning on Wednesday, forecasting 10 to 20cm"],
  },
  sameEntry: [
    [
      "three lorries jackknifed on the eastbound climb shortly after 7pm on Thursday",
      "The trouble began when lorries jackknifed at about 6.30pm last night",
    ],
    [
      "three lorries jackknifed on the eastbound climb shortly after 7pm on Thursday",
      "into Thursday night's closure of the M65",
    ],
  ],
  order: [
    "The Met Office had issued an amber warning on Wednesday",
    "three lorries jackknifed on the eastbound climb shortly after 7pm on Thursday",
    "would remain closed until at least midday on Friday",
    "The last vehicles stranded on the M65 were freed at about 11am today",
    "The motorway fully reopened at 4pm on Saturday",
    "The Transport Secretary on Tuesday ordered an independent review",
    "The review will report by the end of March",
  ],
  supersession: {
    apart: [
      ["would remain closed until at least midday on Friday", "The motorway fully reopened at 4pm on Saturday"],
      [
        "Hauliers have demanded an independent inquiry",
        "The Transport Secretary on Tuesday ordered an independent review",
      ],
    ],
    current: [
      "The motorway fully reopened at 4pm on Saturday",
      "National Highways has offered to refund fuel costs of up to £60",
      "The review will report by the end of March",
    ],
  },
};
