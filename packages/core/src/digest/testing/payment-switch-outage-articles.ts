/**
 * The lead's held-out batch M (session 28, 2026-12-07): texts and expectations written by helper heldout15 before any run, kept
 * outside the repository while unfitted (first run on 016a999 and the session's end: see the README's facts table),
 * added here at the session's end; one rule (clock times) was written after reading its misses, so it is fitted from now on.
 * A data centre power failure stops Kenya's national card and transfer switch for a morning, Tuesday 6 to Friday 9 February 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ps/1",
    externalId: "p1",
    source: "East Africa Newswire",
    url: "https://eanewswire.example/kenya/payments-switch-outage",
    publishedAt: "2046-02-06T12:00:00Z",
    title: "Power failure knocks out Kenya's national payments switch",
    originalText: [
      "NAIROBI (EAN) — Kenya's national payments switch went down on Tuesday morning after a power failure at the data centre that runs it, leaving shoppers across the country unable to pay by card or bank transfer, the Central Bank of Kenya said.",
      "The outage began at about 6.50am, when the data centre's mains supply failed and a backup generator did not start.",
      "About 11 million transactions failed before services were restored in the early afternoon, the central bank said.",
      "Mobile money services, which run on separate systems, were not affected.",
      "“We regret the disruption and are investigating what went wrong,” central bank governor Wanjiru Kamau said.",
      "The switch, run by Kenya Interbank Settlement Ltd (KISL), handles about 24 million payments on a normal weekday.",
    ].join("\n"),
  },
  {
    input: "ps/2",
    externalId: "p2",
    source: "The Coast Observer",
    url: "https://coastobserver.example/business/card-payments-down-nationwide",
    publishedAt: "2046-02-06T17:00:00Z",
    title: "Card payments down nationwide after data centre power cut",
    originalText: [
      "Kenya's national payments switch went down on Tuesday morning following a power failure at the data centre that runs it, leaving shoppers nationwide unable to pay by card or bank transfer, the Central Bank of Kenya said.",
      "The outage started at about 6.50am, when the data centre lost mains power and a backup generator failed to start.",
      "About 11 million transactions failed before services came back in the early afternoon, the central bank said.",
      "Mobile money, which runs on separate systems, was not affected.",
      "“We regret the disruption and are investigating what went wrong,” central bank governor Wanjiru Kamau said.",
      "— EAN",
    ].join("\n"),
  },
  {
    input: "ps/3",
    externalId: "p3",
    source: "The Kenyan Ledger",
    url: "https://kenyanledger.example/markets/kisl-outage-industrial-area",
    publishedAt: "2046-02-07T04:00:00Z",
    title: "Questions over KISL standby site after five-hour outage",
    originalText: [
      "Card and bank transfer payments failed for more than five hours yesterday after power was lost at KISL's data centre in Nairobi's Industrial Area shortly after 8am.",
      "Payments worth 52 billion shillings were held up, according to the Kenya Bankers Association.",
      "KISL's standby centre, about 60km north of the city, should have taken over within 15 minutes but did not, and the company has not said why.",
      "The data centre also runs systems for 41 banks and microfinance lenders.",
      "“Every supermarket on Moi Avenue had queues out the door,” said Daniel Mwangi, who runs a pharmacy in the city centre.",
    ].join("\n"),
  },
  {
    input: "ps/4",
    externalId: "p4",
    source: "Mtaa Express",
    url: "https://mtaaexpress.example/news/tills-go-dead-kisl-boss-sorry",
    publishedAt: "2046-02-08T05:00:00Z",
    title: "TILLS GO DEAD: Payments boss says sorry to MPs",
    originalText: [
      "Angry shoppers abandoned trolleys full of groceries on Tuesday as tills across the country stopped taking cards.",
      "KISL chief executive Peter Otieno, 58, apologised to Parliament's finance committee yesterday and called the failure “a chain of small mistakes”.",
      "About 8.5 million payments were turned down in the chaos, he told MPs.",
      "'I will not hide behind the generator,' Otieno said.",
      "Traders' groups are demanding KSh5 billion in compensation; KISL has offered to waive its fees for February, worth about KSh600 million.",
    ].join("\n"),
  },
  {
    input: "ps/5",
    externalId: "p5",
    source: "Payments Africa Review",
    url: "https://paymentsafricareview.example/infrastructure/kisl-failover-config",
    publishedAt: "2046-02-09T10:00:00Z",
    title: "KISL blames unsynced configuration for failed switchover",
    originalText: [
      "KISL's backup site, 35 kilometres outside Nairobi, failed to take over because a configuration change had not been copied to it, the company said on Thursday.",
      "The change was made to the main site's systems in December.",
      "Transactions worth KSh38 billion (about $290 million) were delayed during the outage, the company said.",
      "The switch has been down twice before, for 40 minutes in 2041 and for three hours in 2043.",
      "The Central Bank has given KISL until March 31 to submit an independent audit.",
      "According to Ruth Achieng, a payments analyst at Savanna Research, “A single data centre should never be able to stop a country paying.”",
    ].join("\n"),
  },
  {
    input: "ps/6",
    externalId: "p6",
    source: "Capital Waves FM",
    url: "https://capitalwavesfm.example/news/kisl-generator-batteries",
    title: "Flat batteries stopped KISL generator, engineers say",
    originalText: [
      "Engineers say the generator at KISL's data centre, a 2-megawatt diesel unit installed in 2039, did not start because its batteries were flat.",
      "On a normal day the data centre draws about 1.5MW.",
      "Central Bank governor Wanjiru Kamau visited the data centre on Wednesday.",
      "“Those batteries are supposed to be checked every month,” the governor said.",
      "Mobile money providers say transfers rose by about 40% during the outage as customers switched.",
    ].join("\n"),
  },
];

export function paymentSwitchOutageArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run (Kenya is UTC+3: every stamp falls on the same
 * local day). "On Tuesday" in Tuesday's wire and its rewrite is 6 February; "yesterday" in Wednesday
 * morning's Ledger is the 6th; "on Tuesday" in Thursday's tabloid is the 6th and its "yesterday" the
 * 7th; "on Thursday" in a Friday trade story is the 8th, its "in December" last December and "March 31"
 * this year's. The Coast Observer story is the wire's copy reworded (one outlet for corroboration).
 * Capital Waves FM carries no date.
 */
export const PAYMENT_SWITCH_OUTAGE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We regret the disruption and are investigating what went wrong", speaker: "Wanjiru Kamau" },
    { text: "Every supermarket on Moi Avenue had queues out the door", speaker: "Daniel Mwangi" },
    { text: "a chain of small mistakes", speaker: "Peter Otieno", partial: true },
    // "Otieno said" after the sentence naming chief executive Peter Otieno.
    { text: "I will not hide behind the generator", speaker: "Peter Otieno" },
    // After "According to …," but opening in upper case: a whole quotation.
    { text: "A single data centre should never be able to stop a country paying", speaker: "Ruth Achieng" },
    // "the governor said" after the sentence naming Central Bank governor Wanjiru Kamau.
    { text: "Those batteries are supposed to be checked every month", speaker: "Wanjiru Kamau" },
  ],
  timeline: [
    {
      text: "Kenya's national payments switch went down on Tuesday morning after a power failure",
      dates: ["2046-02-06"],
    },
    {
      text: "Kenya's national payments switch went down on Tuesday morning following a power failure",
      dates: ["2046-02-06"],
    },
    { text: "Card and bank transfer payments failed for more than five hours yesterday", dates: ["2046-02-06"] },
    { text: "abandoned trolleys full of groceries on Tuesday", dates: ["2046-02-06"] },
    { text: "apologised to Parliament's finance committee yesterday", dates: ["2046-02-07"] },
    { text: "had not been copied to it, the company said on Thursday", dates: ["2046-02-08"] },
    { text: "The change was made to the main site's systems in December", dates: ["2045-12"] },
    { text: "until March 31 to submit an independent audit", dates: ["2046-03-31"] },
    // Undated bulletin: its "Wednesday" may stay undated or take the Wednesday of the others.
    { text: "visited the data centre on Wednesday", dates: [null, "2046-02-07"] },
  ],
  neverDated: [
    { text: "a 2-megawatt diesel unit installed in 2039", date: "2039" },
    { text: "for 40 minutes in 2041 and for three hours in 2043", date: "2041" },
    { text: "for 40 minutes in 2041 and for three hours in 2043", date: "2043" },
    // Last December, not this year's.
    { text: "The change was made to the main site's systems in December", date: "2046-12" },
    // "Yesterday" in a Thursday paper is the Wednesday.
    { text: "apologised to Parliament's finance committee yesterday", date: "2046-02-08", exact: true },
    // "On Tuesday" in a Thursday paper is the Tuesday gone.
    { text: "abandoned trolleys full of groceries on Tuesday", date: "2046-02-13", exact: true },
  ],
  disagreements: [
    // When the power went: "at about 6.50am" against "shortly after 8am".
    { values: ["6.50", "8"], outlets: ["East Africa Newswire", "The Kenyan Ledger"] },
    // Payments that failed: "About 11 million transactions failed" against "About 8.5 million payments were turned down".
    { values: ["11", "8.5"], outlets: ["East Africa Newswire", "Mtaa Express"] },
    // Value of payments held up: "52 billion shillings" against "KSh38 billion".
    { values: ["52", "38"], outlets: ["The Kenyan Ledger", "Payments Africa Review"] },
    // How far the standby site is: "about 60km north of the city" against "35 kilometres outside Nairobi".
    { values: ["60", "35"], outlets: ["The Kenyan Ledger", "Payments Africa Review"] },
  ],
  notDisagreements: [
    // Failed payments against a normal day's.
    ["11", "24"],
    ["8.5", "24"],
    // A switchover target against this outage and earlier ones.
    ["15", "five"],
    ["15", "40"],
    ["three", "five"],
    ["40", "five"],
    // A generator's capacity against the load.
    ["2", "1.5"],
    // A demand against an offer, and against the money held up.
    ["5", "600"],
    ["5", "38"],
    ["5", "52"],
    // An amount and its conversion.
    ["38", "290"],
    ["52", "290"],
    // Banks served against the money; a share rise against a distance.
    ["41", "38"],
    ["40", "35"],
    // A chief executive's age against the standby site's distance.
    ["58", "60"],
  ],
  corroboration: [
    // Carried only by the wire and its rewrite.
    { text: "Mobile money services, which run on separate systems, were not affected", outlets: 1 },
    // The wire and its rewrite count once; the Ledger tells it in other words.
    { text: "went down on Tuesday morning after a power failure at the data centre", outlets: 2 },
    // The wire (and rewrite) and the radio bulletin.
    { text: "a backup generator did not start", outlets: 2 },
  ],
  headline: ["configuration", "audit", "backup site"],
  summary: {
    holds: ["power", "audit"],
    never: ["the company has not said why"],
  },
  sameEntry: [
    [
      "Kenya's national payments switch went down on Tuesday morning after a power failure",
      "Card and bank transfer payments failed for more than five hours yesterday",
    ],
  ],
  order: [
    "Kenya's national payments switch went down on Tuesday morning after a power failure",
    "apologised to Parliament's finance committee yesterday",
    "had not been copied to it, the company said on Thursday",
    "until March 31 to submit an independent audit",
  ],
  supersession: {
    apart: [
      ["the company has not said why", "failed to take over because a configuration change had not been copied to it"],
    ],
    current: [
      "until March 31 to submit an independent audit",
      "Mobile money services, which run on separate systems, were not affected",
      "handles about 24 million payments on a normal weekday",
    ],
  },
};
