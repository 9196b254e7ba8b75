/**
 * Held-out batch W (lead session 33, 2026-12-07), written by heldout25 before any run; scored unfitted, then added to the bench at the session's end.
 * An E. coli O157 outbreak at a Welsh day nursery traced to a farm-park trip, Monday 8 to Friday 12 May 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ne/1",
    externalId: "w1",
    source: "Cambrian Broadcasting",
    url: "https://cambrianbroadcasting.example/news/wales/pontbrenin-nursery-ecoli",
    publishedAt: "2045-05-08T13:00:00Z",
    title: "Nursery shut after children fall ill with E. coli",
    originalText: [
      "A nursery in Pontbrenin has closed after four children fell ill with E. coli O157, public health officials said on Monday.",
      "Little Wrens Day Nursery, which has about 60 children enrolled, will stay shut while the source is investigated.",
      "Two of the children are being treated in hospital, and a four-year-old boy was moved to a specialist kidney unit in Cardiff yesterday.",
      "“Our absolute priority is the children and their families,” said Dr Eleri Vaughan, a consultant at Health Protection Cymru.",
      "Symptoms include bloody diarrhoea and stomach cramps and can appear up to 10 days after infection.",
    ].join("\n"),
  },
  {
    input: "ne/2",
    externalId: "w2",
    source: "Valleys Gazette",
    url: "https://valleysgazette.example/news/little-wrens-nursery-closed-ecoli",
    publishedAt: "2045-05-08T17:00:00Z",
    title: "E. coli cases close Pontbrenin nursery",
    originalText: [
      "Public health officials said on Monday that a Pontbrenin nursery has shut its doors after four children caught E. coli O157.",
      "Little Wrens Day Nursery, where about 60 children are enrolled, will remain closed while investigators look for the source.",
      "Two of the children are in hospital, and a four-year-old boy was transferred to a specialist kidney unit in Cardiff yesterday.",
      "Dr Eleri Vaughan, a consultant at Health Protection Cymru, said: “Our absolute priority is the children and their families.”",
      "The illness causes bloody diarrhoea and stomach cramps, which can show up to 10 days after infection.",
    ].join("\n"),
  },
  {
    input: "ne/3",
    externalId: "w3",
    source: "Pontbrenin Courier",
    url: "https://pontbrenincourier.example/news/parents-queue-ecoli-little-wrens",
    publishedAt: "2045-05-09T06:30:00Z",
    title: "Parents' fears as nursery bug cases rise",
    originalText: [
      "Worried parents queued outside the town's health centre yesterday as the number of confirmed cases linked to Little Wrens rose to six.",
      "The nursery, which has 48 children on its roll, was last inspected in 2041 and rated good.",
      "A four-year-old boy was transferred to the University Hospital of Wales on Sunday with haemolytic uraemic syndrome, a form of kidney failure.",
      "Owner Sian Morgan, 44, said her staff had followed 'every hygiene rule to the letter'.",
      "Parents have been told to keep brothers and sisters of sick children away from school for 48 hours after symptoms stop.",
    ].join("\n"),
  },
  {
    input: "ne/4",
    externalId: "w4",
    source: "Nursery Practice Weekly",
    url: "https://nurserypracticeweekly.example/health/little-wrens-ecoli-farm-visit",
    publishedAt: "2045-05-10T09:00:00Z",
    title: "Farm visit under scrutiny in nursery E. coli outbreak",
    originalText: [
      "Investigators are looking at a visit on 27 April, when 31 children from Little Wrens handled lambs and goats at Tregarth Farm Park.",
      "Health Protection Cymru said on Tuesday that confirmed cases had risen to seven, including a member of staff.",
      "E. coli O157 usually takes three to four days to make people ill but can take as long as 14 days to show.",
      "The closure is costing the nursery about £3,500 a week, Ms Morgan said.",
      "“Farm visits are brilliant for children, but handwashing has to be supervised every single time” — Helen Crane, policy lead at the National Day Nurseries Forum.",
    ].join("\n"),
  },
  {
    input: "ne/5",
    externalId: "w5",
    source: "The Daily Courant",
    url: "https://dailycourant.example/news/toddler-fighting-for-life-nursery-bug",
    title: "TODDLER FIGHTING FOR LIFE AFTER NURSERY BUG",
    originalText: [
      "A three-year-old boy is fighting for his life after catching deadly E. coli at his nursery.",
      "Little Oscar was one of 26 toddlers who fed lambs on a farm trip last month.",
      "His mum Ceri Lloyd, 29, said: “They told us it was a tummy bug. Now he's on dialysis.”",
      "Tregarth Farm Park, which charges £9.50 a head, has shut its petting barn.",
    ].join("\n"),
  },
  {
    input: "ne/6",
    externalId: "w6",
    source: "Cambrian Broadcasting",
    url: "https://cambrianbroadcasting.example/news/wales/ecoli-nursery-farm-park-link",
    publishedAt: "2045-05-12T15:00:00Z",
    title: "Nursery E. coli outbreak traced to farm park petting barn",
    originalText: [
      "Tests have matched the E. coli found in nine people linked to a Pontbrenin nursery to samples from the petting barn at Tregarth Farm Park, Health Protection Cymru said on Friday.",
      "The boy treated for kidney failure is now stable, the health board said.",
      "Little Wrens will reopen on Monday after a deep clean; children who were ill must first have two clear tests.",
      "“We are devastated, and we are helping the investigation in every way we can,” the farm's owner, Gareth Rees, said.",
      "In 2037, an outbreak traced to a farm in Powys made 14 people ill.",
    ].join("\n"),
  },
];

export function nurseryEcoliOutbreakArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (British Summer Time, UTC+1: every stamp falls on the
 * same local day). "On Monday" in Monday's stories is 8 May; "yesterday" there is Sunday the 7th, the
 * day the Courier's Tuesday story calls "on Sunday"; "yesterday" in the Courier is the 8th; "on
 * Tuesday" in Wednesday's Weekly is the 9th; "on 27 April" is this year's; "last month" in the undated
 * Courant may stay undated or take April 2045; "on Friday" in Friday's story is the 12th and "on
 * Monday" there the 15th. The Valleys Gazette story is a syndicated rewrite of the first (counts once).
 */
export const NURSERY_ECOLI_OUTBREAK_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Our absolute priority is the children and their families", speaker: "Eleri Vaughan" },
    { text: "every hygiene rule to the letter", speaker: "Sian Morgan", partial: true },
    {
      text: "Farm visits are brilliant for children, but handwashing has to be supervised every single time",
      speaker: "Helen Crane",
    },
    { text: "They told us it was a tummy bug. Now he's on dialysis", speaker: "Ceri Lloyd" },
    { text: "We are devastated, and we are helping the investigation in every way we can", speaker: "Gareth Rees" },
  ],
  timeline: [
    {
      text: "has closed after four children fell ill with E. coli O157, public health officials said on Monday",
      dates: ["2045-05-08"],
    },
    { text: "Public health officials said on Monday that a Pontbrenin nursery has shut", dates: ["2045-05-08"] },
    { text: "was moved to a specialist kidney unit in Cardiff yesterday", dates: ["2045-05-07"] },
    { text: "was transferred to a specialist kidney unit in Cardiff yesterday", dates: ["2045-05-07"] },
    { text: "Worried parents queued outside the town's health centre yesterday", dates: ["2045-05-08"] },
    { text: "was transferred to the University Hospital of Wales on Sunday", dates: ["2045-05-07"] },
    { text: "Investigators are looking at a visit on 27 April", dates: ["2045-04-27"] },
    { text: "Health Protection Cymru said on Tuesday that confirmed cases had risen to seven", dates: ["2045-05-09"] },
    { text: "who fed lambs on a farm trip last month", dates: [null, "2045-04"] },
    { text: "Health Protection Cymru said on Friday", dates: ["2045-05-12"] },
    { text: "Little Wrens will reopen on Monday after a deep clean", dates: ["2045-05-15"] },
  ],
  neverDated: [
    { text: "was last inspected in 2041 and rated good", date: "2041" },
    { text: "In 2037, an outbreak traced to a farm in Powys", date: "2037" },
    { text: "Investigators are looking at a visit on 27 April", date: "2046-04-27", exact: true },
    // "On Monday" in a Friday story about a reopening is the Monday to come.
    { text: "Little Wrens will reopen on Monday after a deep clean", date: "2045-05-08", exact: true },
    { text: "was transferred to the University Hospital of Wales on Sunday", date: "2045-05-14", exact: true },
  ],
  disagreements: [
    // Children on the nursery's books: "about 60 children enrolled" against "48 children on its roll".
    { values: ["60", "48"], outlets: ["Cambrian Broadcasting", "Pontbrenin Courier"] },
    // Children on the farm trip: "31 children … handled lambs" against "one of 26 toddlers who fed lambs".
    { values: ["31", "26"], outlets: ["Nursery Practice Weekly", "The Daily Courant"] },
    // The longest time symptoms take to show: "up to 10 days" against "as long as 14 days".
    { values: ["10", "14"], outlets: ["Cambrian Broadcasting", "Nursery Practice Weekly"] },
    // The boy with kidney failure: "a four-year-old boy" against "A three-year-old boy".
    { values: ["four", "three"], outlets: ["Pontbrenin Courier", "The Daily Courant"] },
  ],
  notDisagreements: [
    // Cases as they grew over the week.
    ["four", "six"],
    ["six", "seven"],
    ["seven", "nine"],
    ["four", "nine"],
    // Cases in hospital against cases in all.
    ["Two", "four"],
    ["Two", "six"],
    // A part against the whole: children on the trip against children enrolled.
    ["31", "60"],
    ["26", "48"],
    // A 2037 precedent.
    ["14", "nine"],
    // The usual incubation range against its longest.
    ["three to four days", "10"],
    // Other durations: the sibling rule, and two clear tests.
    ["48", "10"],
    // Money: the nursery's weekly loss against the farm's entry price.
    ["3,500", "9.50"],
    // Ages of other people.
    ["44", "29"],
    ["29", "three"],
  ],
  corroboration: [
    // The broadcaster and its rewrite count once; the Courier tells the transfer in other words.
    { text: "was moved to a specialist kidney unit in Cardiff yesterday", outlets: 2 },
    { text: "31 children from Little Wrens handled lambs and goats at Tregarth Farm Park", outlets: 2 },
    // Only the broadcaster, with its rewrite counting once.
    { text: "Two of the children are being treated in hospital", outlets: 1 },
  ],
  headline: ["petting barn", "Tregarth Farm Park", "matched"],
  summary: {
    holds: ["Tregarth Farm Park"],
    never: ["as the number of confirmed cases linked to Little Wrens rose to six"],
  },
  sameEntry: [
    [
      "was moved to a specialist kidney unit in Cardiff yesterday",
      "was transferred to the University Hospital of Wales on Sunday",
    ],
  ],
  order: [
    "Investigators are looking at a visit on 27 April",
    "was transferred to the University Hospital of Wales on Sunday",
    "Health Protection Cymru said on Tuesday that confirmed cases had risen to seven",
    "Health Protection Cymru said on Friday",
    "Little Wrens will reopen on Monday after a deep clean",
  ],
  supersession: {
    apart: [
      ["has closed after four children fell ill", "matched the E. coli found in nine people"],
      ["rose to six", "confirmed cases had risen to seven"],
      ["will stay shut while the source is investigated", "Little Wrens will reopen on Monday"],
      ["A three-year-old boy is fighting for his life", "The boy treated for kidney failure is now stable"],
    ],
    current: [
      "Investigators are looking at a visit on 27 April",
      "has shut its petting barn",
      "was last inspected in 2041 and rated good",
    ],
  },
};
