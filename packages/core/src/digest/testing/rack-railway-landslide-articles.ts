/**
 * The lead's held-out batch L (session 28, 2026-12-07): texts and expectations written by helper heldout14 before any run, kept
 * outside the repository while unfitted (first run on 016a999 and the session's end: see the README's facts table),
 * added here at the session's end; one rule (clock times) was written after reading its misses, so it is fitted from now on.
 * A landslide buries a Swiss rack railway and strands summit visitors, Tuesday 14 to Saturday 18 August 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "rl/1",
    externalId: "a1",
    source: "Helvetic News Agency",
    url: "https://helveticnewsagency.example/en/rotstock-railway-landslide",
    publishedAt: "2046-08-14T17:00:00Z",
    title: "Landslide cuts Rotstock railway, stranding summit visitors",
    originalText: [
      "LAUTERBRÜCK, Switzerland (HNA) — A landslide buried part of the Rotstock rack railway on Tuesday afternoon, stranding about 280 passengers and staff at the summit station, police in the canton of Valais said.",
      "The slide came down shortly after 3.40pm, about two kilometres below the summit, after two days of heavy rain.",
      "Nobody was hurt, and a train that had just passed the spot was not hit, the railway said.",
      "Around 40,000 cubic metres of rock and mud covered the track over a stretch of about 300 metres.",
      "“We heard a roar like a jet engine and then the whole slope moved,” said Matthias Bürgi, a driver on the line.",
      "The railway, which opened in 1898, climbs 1,490 metres over 9.3 kilometres and carries about 700,000 passengers a year.",
      "Army and private helicopters began flying people down to Lauterbrück in the evening.",
    ].join("\n"),
  },
  {
    input: "rl/2",
    externalId: "a2",
    source: "Alpine Times",
    url: "https://alpinetimes.example/news/rotstock-line-buried-by-slide",
    publishedAt: "2046-08-14T19:30:00Z",
    title: "Slide buries Rotstock line, hundreds stuck at summit",
    originalText: [
      "A landslide buried a section of the Rotstock rack railway on Tuesday afternoon, leaving about 280 passengers and staff stranded at the summit station, Valais cantonal police said.",
      "It came down shortly after 3.40pm, some two kilometres below the summit, following two days of heavy rain.",
      "No one was injured, and a train that had just gone past the spot escaped, the railway said.",
      "About 40,000 cubic metres of rock and mud now cover roughly 300 metres of track.",
      "“We heard a roar like a jet engine and then the whole slope moved,” said Matthias Bürgi, who drives trains on the line.",
      "(HNA)",
    ].join("\n"),
  },
  {
    input: "rl/3",
    externalId: "a3",
    source: "The Daily Beacon",
    url: "https://dailybeacon.example/news/brits-airlifted-alps-landslide",
    publishedAt: "2046-08-15T05:00:00Z",
    title: "Brits airlifted off Alps peak after landslide",
    originalText: [
      "Dozens of British holidaymakers were among more than 350 tourists plucked from a Swiss mountaintop by helicopter after a landslide cut off the only railway down.",
      "The slide smashed into the track at about 4.15pm yesterday, witnesses said.",
      "Retired teacher Pauline Hargreaves, 67, from Harrogate, said: “We were sat on the terrace with a hot chocolate when the mountain just went.”",
      "Her husband, Geoff Hargreaves, 70, added: “The Swiss were brilliant – they had us down by nine o'clock.”",
      "A return ticket to the summit costs 128 Swiss francs – about £115.",
      "The last helicopter landed in Lauterbrück at 11.20pm.",
    ].join("\n"),
  },
  {
    input: "rl/4",
    externalId: "a4",
    source: "Rail Engineering Weekly",
    url: "https://railengineeringweekly.example/infrastructure/rotstock-months-long-closure",
    publishedAt: "2046-08-16T08:00:00Z",
    title: "Rotstock line faces months-long closure after slide",
    originalText: [
      "Engineers said on Wednesday that the Rotstock rack railway would be closed for at least three months after a landslide on Tuesday buried a 450-metre section of track.",
      "Repairs are expected to cost between CHF 9m and CHF 14m, including a new protective gallery.",
      "“The rack rail and the sleepers beneath it are gone; this is a rebuild, not a repair,” chief engineer Sabine Imhof told REW.",
      "The line has a maximum gradient of 22 per cent and was last closed by a rockfall for six weeks in 2029.",
      "About 180 people work for the railway.",
    ].join("\n"),
  },
  {
    input: "rl/5",
    externalId: "a5",
    source: "Swiss Rail Traveller",
    url: "https://swissrailtraveller.example/blog/rotstock-closure-what-it-means",
    title: "Rotstock closure: what it means for your trip",
    originalText: [
      "The Rotstock railway will not run for the rest of the summer season after Tuesday's landslide.",
      "The operator, Rotstockbahnen AG, puts the slide at some 25,000 cubic metres of rock and mud.",
      "Replacement buses run only as far as the middle station at Alp Fura, 1,200 metres below the summit, and the climb from there takes about four hours.",
      "Visitors who had booked tickets can claim a full refund, the operator says.",
      "According to the operator's spokesman, Reto Kälin, “we expect to lose about a third of this year's passengers.”",
      "Hotels in Lauterbrück reported cancellations of 30 to 40 per cent within two days of the slide.",
    ].join("\n"),
  },
  {
    input: "rl/6",
    externalId: "a6",
    source: "Helvetic News Agency",
    url: "https://helveticnewsagency.example/en/rotstock-railway-shut-until-december",
    publishedAt: "2046-08-18T10:00:00Z",
    title: "Rotstock railway to stay shut until December, operator says",
    originalText: [
      "LAUTERBRÜCK, Switzerland (HNA) — The Rotstock rack railway will stay closed until at least December, its operator said on Friday, after geologists found the slope above the line was still moving.",
      "Repairs will cost about CHF 12 million, Rotstockbahnen AG said.",
      "Geologists measured movement of up to 8 centimetres a day on Thursday.",
      "Chief engineer Sabine Imhof said the slope would be watched day and night.",
      "“Our job now is to make sure the mountain does not surprise us twice,” Imhof said.",
      "The operator said it would keep paying all of its 180 staff.",
      "In 2029, a smaller rockfall closed the line for six weeks.",
    ].join("\n"),
  },
];

export function rackRailwayLandslideArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Switzerland is UTC+2 in August; every stamp falls on
 * the same local day). "On Tuesday afternoon" in Tuesday's wire and its rewrite is 14 August;
 * "yesterday" in Wednesday morning's tabloid the 14th; "on Wednesday" in Thursday's trade story the
 * 15th and "on Tuesday" there the 14th; "Tuesday's landslide" in the undated blog the 14th if anything;
 * "on Friday" in Saturday's wire the 17th and "on Thursday" the 16th; "December" is this year's.
 */
export const RACK_RAILWAY_LANDSLIDE_EXPECTED: ExpectedFacts = {
  quotes: [
    // "said X, a …", in the wire and (with another description) its rewrite.
    { text: "We heard a roar like a jet engine and then the whole slope moved", speaker: "Matthias Bürgi" },
    // "Description Full Name, age, from …, said: “…”".
    {
      text: "We were sat on the terrace with a hot chocolate when the mountain just went",
      speaker: "Pauline Hargreaves",
    },
    { text: "The Swiss were brilliant", speaker: "Geoff Hargreaves" },
    // "“…,” title Full Name told REW".
    { text: "The rack rail and the sleepers beneath it are gone", speaker: "Sabine Imhof" },
    // "According to the operator's spokesman, Full Name," opening in lower case: partial.
    { text: "we expect to lose about a third of this year's passengers", speaker: "Reto Kälin", partial: true },
    // The surname alone after the full name in the sentence before.
    { text: "Our job now is to make sure the mountain does not surprise us twice", speaker: "Sabine Imhof" },
  ],
  timeline: [
    { text: "A landslide buried part of the Rotstock rack railway on Tuesday afternoon", dates: ["2046-08-14"] },
    { text: "A landslide buried a section of the Rotstock rack railway on Tuesday afternoon", dates: ["2046-08-14"] },
    { text: "The slide smashed into the track at about 4.15pm yesterday", dates: ["2046-08-14"] },
    {
      text: "Engineers said on Wednesday that the Rotstock rack railway would be closed",
      dates: ["2046-08-15", "2046-08-14"],
    },
    { text: "after Tuesday's landslide", dates: [null, "2046-08-14"] },
    { text: "Geologists measured movement of up to 8 centimetres a day on Thursday", dates: ["2046-08-16"] },
    { text: "will stay closed until at least December, its operator said on Friday", dates: ["2046-08-17", "2046-12"] },
  ],
  neverDated: [
    { text: "The railway, which opened in 1898", date: "1898" },
    { text: "was last closed by a rockfall for six weeks in 2029", date: "2029" },
    { text: "In 2029, a smaller rockfall closed the line for six weeks", date: "2029" },
    { text: "will stay closed until at least December", date: "2045-12" },
    // "Yesterday" in a Wednesday paper is not the Wednesday itself.
    { text: "The slide smashed into the track at about 4.15pm yesterday", date: "2046-08-15", exact: true },
  ],
  disagreements: [
    // People stranded at the summit: "stranding about 280 passengers and staff" against "more than 350 tourists plucked".
    { values: ["280", "350"], outlets: ["Helvetic News Agency", "The Daily Beacon"] },
    // When the slide came down: "shortly after 3.40pm" against "at about 4.15pm".
    { values: ["3.40", "4.15"], outlets: ["Helvetic News Agency", "The Daily Beacon"] },
    // Track buried: "over a stretch of about 300 metres" against "a 450-metre section".
    { values: ["300", "450"], outlets: ["Helvetic News Agency", "Rail Engineering Weekly"] },
    // The slide's volume: "Around 40,000 cubic metres" covering the track against the operator's "some 25,000".
    { values: ["40,000", "25,000"], outlets: ["Helvetic News Agency", "Swiss Rail Traveller"] },
  ],
  notDisagreements: [
    // The railway's staff against the stranded.
    ["180", "280"],
    ["180", "350"],
    // A repair range against the later estimate inside it.
    ["9", "12"],
    ["14", "12"],
    // A fare and its conversion.
    ["128", "115"],
    // The slide's time against the last helicopter's.
    ["3.40", "11.20"],
    ["4.15", "11.20"],
    // Other things' metres: the climb, the middle station below the summit, the buried track.
    ["1,490", "1,200"],
    ["300", "1,200"],
    ["450", "1,200"],
    ["300", "1,490"],
    // Kilometres of line against where the slide fell.
    ["9.3", "two"],
    // A range's two ends; a gradient against cancellations.
    ["30", "40"],
    ["22", "30"],
    // A couple's ages.
    ["67", "70"],
    // A forecast closure against a 2029 precedent.
    ["three", "six"],
    // The slide's volume against the railway's yearly passengers.
    ["40,000", "700,000"],
  ],
  corroboration: [
    // The wire and its rewrite count once.
    { text: "Nobody was hurt, and a train that had just passed the spot was not hit", outlets: 1 },
    // The trade paper and Saturday's wire, in other words.
    { text: "was last closed by a rockfall for six weeks in 2029", outlets: 2 },
    // The wire and the tabloid ("plucked from a Swiss mountaintop by helicopter").
    { text: "Army and private helicopters began flying people down to Lauterbrück", outlets: 2 },
  ],
  headline: ["December", "stay closed", "shut"],
  summary: {
    holds: ["December"],
    never: ["would be closed for at least three months", "Repairs are expected to cost between CHF 9m and CHF 14m"],
  },
  sameEntry: [
    [
      "A landslide buried part of the Rotstock rack railway on Tuesday afternoon",
      "The slide smashed into the track at about 4.15pm yesterday",
    ],
  ],
  order: [
    "A landslide buried part of the Rotstock rack railway on Tuesday afternoon",
    "Engineers said on Wednesday that the Rotstock rack railway would be closed",
    "Geologists measured movement of up to 8 centimetres a day on Thursday",
    "will stay closed until at least December, its operator said on Friday",
  ],
  supersession: {
    apart: [
      ["would be closed for at least three months", "will stay closed until at least December"],
      ["Repairs are expected to cost between CHF 9m and CHF 14m", "Repairs will cost about CHF 12 million"],
      [
        "stranding about 280 passengers and staff at the summit station",
        "The last helicopter landed in Lauterbrück at 11.20pm",
      ],
    ],
    current: [
      "Visitors who had booked tickets can claim a full refund",
      "The railway, which opened in 1898",
      "would keep paying all of its 180 staff",
    ],
  },
};
