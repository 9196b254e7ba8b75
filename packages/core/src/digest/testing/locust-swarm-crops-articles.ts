/**
 * Held-out batch U (lead session 32, 2026-12-07), written by heldout23 before any run; unfitted.
 * Desert locust swarms destroy crops across a farming region of Zambara, Monday 14 to Friday 18 July 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "ls/1",
    externalId: "u1",
    source: "World News Agency",
    url: "https://worldnewsagency.example/africa/zambara-locust-swarms-crops",
    publishedAt: "2042-07-14T10:00:00Z",
    title: "Locust swarms destroy crops across Zambara's eastern farm belt",
    originalText: [
      "LOKWANI, Zambara (WNA) — Swarms of desert locusts have destroyed crops on more than 40,000 hectares across Zambara's eastern farming belt, the agriculture ministry said on Monday.",
      "One swarm, covering about 60 square kilometres, settled on sorghum and maize fields near Lokwani at the weekend.",
      "A swarm of one square kilometre can eat as much food in a day as 35,000 people, according to the UN Food and Agriculture Organization.",
      "The government has launched a $25m appeal to donors to pay for spraying and food aid.",
      "“We have never seen anything like this, not even in 2020,” said Joseph Kiptoo, 71, who farms three hectares of sorghum outside Lokwani.",
      "Only four spray aircraft are available to cover the region, officials said.",
    ].join("\n"),
  },
  {
    input: "ls/2",
    externalId: "u2",
    source: "The Eastern Standard",
    url: "https://easternstandard.example/news/locusts-wipe-out-crops-east",
    publishedAt: "2042-07-14T17:00:00Z",
    title: "Locusts wipe out crops across eastern farm belt",
    originalText: [
      "LOKWANI, Zambara (WNA) — Desert locust swarms have wiped out crops on more than 40,000 hectares across Zambara's eastern farming belt, the agriculture ministry said on Monday.",
      "One swarm, covering about 60 square kilometres, came down on sorghum and maize fields near Lokwani at the weekend.",
      "The government has launched a $25m appeal to donors to fund spraying and food aid.",
      "“We have never seen anything like this, not even in 2020,” said Joseph Kiptoo, 71, who farms three hectares of sorghum outside Lokwani.",
      "Only four spray aircraft are available to cover the region, officials said.",
    ].join("\n"),
  },
  {
    input: "ls/3",
    externalId: "u3",
    source: "Farm & Commodity Report",
    url: "https://farmcommodityreport.example/grains/zambara-locusts-sorghum-prices",
    publishedAt: "2042-07-15T08:00:00Z",
    title: "Locusts push Zambara sorghum prices to record",
    originalText: [
      "Locusts have damaged more than 40,000 hectares of crops in Zambara's east, according to the ministry.",
      "A bag of sorghum at Lokwani market now sells for 4,200 shillings (about $32), double its price a month ago, traders said.",
      "The largest swarm, measuring 85 sq km, has been moving west at up to 120km a day.",
      "Zambara's government has appealed for 32 million dollars in donor money, agriculture minister Grace Achieng said.",
      "The FAO warned that swarms could grow 20-fold by September if the rains continue.",
      "Each square kilometre of swarm holds between 40 million and 80 million locusts.",
      "Sorghum and maize account for about 70% of the region's cropland.",
    ].join("\n"),
  },
  {
    input: "ls/4",
    externalId: "u4",
    source: "Lokwani Times",
    url: "https://lokwanitimes.example/local/farmers-watch-harvest-vanish",
    publishedAt: "2042-07-16T06:00:00Z",
    title: "‘In two hours, everything was gone’",
    originalText: [
      "Farmers in Kasamba district said yesterday that swarms had stripped whole fields in a matter of hours.",
      "Joseph Kiptoo, the 68-year-old sorghum farmer whose plight has drawn visitors from the capital, lost his entire crop.",
      "“In two hours, everything was gone,” Kiptoo said. “My grandchildren will not eat from this field this year.”",
      "Achieng told farmers at a meeting in Kasamba that six crop-spraying planes were working the region.",
      "About 120,000 households in the district depend on farming.",
    ].join("\n"),
  },
  {
    input: "ls/5",
    externalId: "u5",
    source: "Relief Dispatch",
    url: "https://reliefdispatch.example/field/zambara-locusts-hunger-warning",
    title: "Aid groups warn of hunger as locusts eat the harvest",
    originalText: [
      "Aid agencies say up to 400,000 people in eastern Zambara could need food aid by the end of the year.",
      "Agriculture minister Grace Achieng said: “We are fighting this with one hand tied behind our back.”",
      "Ground teams have sprayed about 12,000 hectares since the swarms arrived.",
      "The minister called the donors' response ‘far too slow’.",
      "In 2020, swarms across East Africa damaged crops on more than 200,000 hectares.",
    ].join("\n"),
  },
  {
    input: "ls/6",
    externalId: "u6",
    source: "World News Agency",
    url: "https://worldnewsagency.example/africa/zambara-locusts-donors-pledge",
    publishedAt: "2042-07-18T15:00:00Z",
    title: "Donors pledge $9m as Zambara locust damage spreads",
    originalText: [
      "LOKWANI, Zambara (WNA) — Donors pledged $9m on Friday to fight the locust swarms in eastern Zambara, as the agriculture ministry raised its estimate of damaged cropland to 65,000 hectares.",
      "The ministry had put the damage at more than 40,000 hectares on Monday.",
      "Two more spray aircraft arrived from neighbouring countries on Thursday.",
      "The pledges cover little more than a third of the government's appeal, agriculture minister Grace Achieng said.",
      "“It is a start, but the locusts are not waiting for us,” Achieng said.",
    ].join("\n"),
  },
];

export function locustSwarmCropsArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written by hand from the texts above before any run. "Monday" in Monday's stories and in Friday's
 * is 14 July; "yesterday" in Wednesday's Lokwani Times is Tuesday the 15th; "Thursday" and "Friday"
 * in a Friday story are the 17th and the 18th; "at the weekend" in a Monday story is 12–13 July.
 * The Relief Dispatch story carries no date. "By September" is a forecast.
 */
export const LOCUST_SWARM_CROPS_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We have never seen anything like this, not even in 2020", speaker: "Joseph Kiptoo" },
    // One quotation split after its attribution, a surname after the full name.
    { text: "In two hours, everything was gone", speaker: "Joseph Kiptoo" },
    { text: "My grandchildren will not eat from this field this year", speaker: "Joseph Kiptoo" },
    // "X said: “…”".
    { text: "We are fighting this with one hand tied behind our back", speaker: "Grace Achieng" },
    // A title alone, single curly quotes, a fragment.
    { text: "far too slow", speaker: "Grace Achieng", partial: true },
    // Surname only, the full name in the sentence before.
    { text: "It is a start, but the locusts are not waiting for us", speaker: "Grace Achieng" },
  ],
  timeline: [
    { text: "the agriculture ministry said on Monday", dates: ["2042-07-14"] },
    {
      text: "settled on sorghum and maize fields near Lokwani at the weekend",
      dates: ["2042-07-12", "2042-07-13", "2042-07"],
    },
    { text: "Farmers in Kasamba district said yesterday", dates: ["2042-07-15"] },
    { text: "Two more spray aircraft arrived from neighbouring countries on Thursday", dates: ["2042-07-17"] },
    { text: "Donors pledged $9m on Friday", dates: ["2042-07-18"] },
    { text: "The ministry had put the damage at more than 40,000 hectares on Monday", dates: ["2042-07-14"] },
  ],
  neverDated: [
    { text: "not even in 2020", date: "2020" },
    { text: "In 2020, swarms across East Africa damaged crops", date: "2020" },
    // A forecast, not an event.
    { text: "swarms could grow 20-fold by September", date: "2042-09" },
    // Monday in a Friday story is the Monday gone.
    { text: "The ministry had put the damage at more than 40,000 hectares on Monday", date: "2042-07-21", exact: true },
  ],
  disagreements: [
    // The largest swarm's size: "covering about 60 square kilometres" against "measuring 85 sq km".
    { values: ["60", "85"], outlets: ["World News Agency", "Farm & Commodity Report"] },
    // The government's appeal: "a $25m appeal" against "appealed for 32 million dollars".
    { values: ["25", "32"], outlets: ["World News Agency", "Farm & Commodity Report"] },
    // The farmer's age: "Joseph Kiptoo, 71," against "the 68-year-old sorghum farmer".
    { values: ["71", "68"], outlets: ["World News Agency", "Lokwani Times"] },
    // Spray aircraft working the region before Thursday's arrivals: "four spray aircraft" against "six crop-spraying planes".
    { values: ["four", "six"], outlets: ["World News Agency", "Lokwani Times"] },
  ],
  notDisagreements: [
    // Damaged cropland, the first estimate against the raised one; the part sprayed; a 2020 precedent.
    ["40,000", "65,000"],
    ["12,000", "40,000"],
    ["200,000", "65,000"],
    // The appeal against the pledges.
    ["25", "9"],
    ["32", "9"],
    // A price and its conversion; the FAO's benchmark against the region's households.
    ["4,200", "32"],
    ["35,000", "120,000"],
    // A range against a point inside it is not a swarm's size; the forecast growth.
    ["40", "80"],
    ["20", "85"],
    // The aircraft that arrived against those already there; a farm's hectares.
    ["Two", "four"],
    ["three", "four"],
    // People who may need food aid against households; the cropland share.
    ["400,000", "120,000"],
    ["70", "60"],
    // A swarm's daily travel against its size.
    ["120", "85"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the trade paper says it in other words.
    { text: "Swarms of desert locusts have destroyed crops on more than 40,000 hectares", outlets: 2 },
    // The wire (and rewrite) and the trade paper, with another figure.
    { text: "The government has launched a $25m appeal to donors", outlets: 2 },
    // Only the wire and its rewrite, which count once.
    { text: "settled on sorghum and maize fields near Lokwani at the weekend", outlets: 1 },
  ],
  headline: ["pledged", "65,000"],
  summary: {
    holds: ["65,000", "9m"],
    never: ["Only four spray aircraft are available to cover the region"],
  },
  sameEntry: [
    [
      "the agriculture ministry said on Monday",
      "The ministry had put the damage at more than 40,000 hectares on Monday",
    ],
  ],
  order: [
    "settled on sorghum and maize fields near Lokwani at the weekend",
    "the agriculture ministry said on Monday",
    "Farmers in Kasamba district said yesterday",
    "Two more spray aircraft arrived from neighbouring countries on Thursday",
    "Donors pledged $9m on Friday",
  ],
  supersession: {
    apart: [
      ["destroyed crops on more than 40,000 hectares", "raised its estimate of damaged cropland to 65,000 hectares"],
      ["Only four spray aircraft are available", "Two more spray aircraft arrived"],
    ],
    current: [
      "could need food aid by the end of the year",
      "swarms could grow 20-fold by September",
      "About 120,000 households in the district depend on farming",
    ],
  },
};
