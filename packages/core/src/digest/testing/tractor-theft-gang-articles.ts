/**
 * Held-out batch W (lead session 33, 2026-12-07), written by heldout25 before any run; scored unfitted, then added to the bench at the session's end.
 * Gardaí break up a gang stealing tractors and farm machinery to order for buyers abroad, Tuesday 21 to Saturday 25 October 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tg/1",
    externalId: "w1",
    source: "Irish National Newswire",
    url: "https://irishnationalnewswire.example/crime/tractor-theft-gang-arrests",
    publishedAt: "2042-10-21T14:00:00Z",
    title: "Six arrested in raids on suspected tractor theft gang",
    originalText: [
      "DUBLIN (INN) — Gardaí have arrested six people in raids on a gang suspected of stealing tractors and farm machinery worth about €3 million from farms across Munster and south Leinster.",
      "Officers searched 11 properties in counties Tipperary, Kilkenny and Waterford in raids that began at 6am on Tuesday, recovering four tractors, two quad bikes and a dozen GPS guidance units.",
      "Those arrested are aged between 19 and 58, a Garda spokesman said.",
      "“This was an organised operation stealing to order for buyers abroad,” said Detective Superintendent Niamh Carolan.",
      "Tractor thefts in Ireland rose by 30% in 2041, according to insurers.",
    ].join("\n"),
  },
  {
    input: "tg/2",
    externalId: "w2",
    source: "Munster Evening Echo",
    url: "https://munstereveningecho.example/news/gardai-arrest-six-tractor-gang",
    publishedAt: "2042-10-21T18:00:00Z",
    title: "Gardaí arrest six over tractor thefts",
    originalText: [
      "Six people have been arrested by gardaí investigating a gang suspected of taking some €3 million worth of tractors and farm machinery from farms across Munster and south Leinster.",
      "Raids on 11 properties in Tipperary, Kilkenny and Waterford began at 6am on Tuesday, and officers recovered four tractors, two quad bikes and a dozen GPS guidance units.",
      "A Garda spokesman said those arrested were aged between 19 and 58.",
      "Detective Superintendent Niamh Carolan said the gang had been stealing to order for buyers abroad.",
      "Insurers say tractor thefts in Ireland went up by 30% in 2041.",
    ].join("\n"),
  },
  {
    input: "tg/3",
    externalId: "w3",
    source: "The Irish Farm Trader",
    url: "https://irishfarmtrader.example/machinery/tractor-gang-raids-farmers-relief",
    publishedAt: "2042-10-22T08:00:00Z",
    title: "Farmers relieved as gardaí swoop on tractor gang",
    originalText: [
      "Gardaí arrested six people in dawn raids yesterday on a gang believed to have taken 38 tractors in the past 18 months.",
      "The machinery taken by the gang is valued at an estimated €4.5m, most of it late-model tractors worth €90,000 to €250,000 each.",
      "Many of the machines were driven onto lorries at night and shipped out of Rosslare within 48 hours, gardaí believe.",
      "“You'd lock your house, but you can't lock a 12-tonne tractor in a field,” said Tom Hennessy, a dairy farmer near Cashel whose tractor was taken in March.",
      "The Irish Farmers' Alliance says its members lost about €12m to machinery theft in 2041.",
    ].join("\n"),
  },
  {
    input: "tg/4",
    externalId: "w4",
    source: "Tipperary Champion",
    url: "https://tipperarychampion.example/news/clonmel-court-tractor-theft-charges",
    publishedAt: "2042-10-23T07:00:00Z",
    title: "Three in court over tractor thefts",
    originalText: [
      "Three of the six people arrested on Tuesday appeared at Clonmel District Court yesterday charged with handling stolen property.",
      "Armed officers had moved in at 5am on Tuesday at a yard outside Carrick-on-Suir.",
      "The accused include a 41-year-old haulier, Dermot Foley, and his son, Jason Foley, 19.",
      "Sergeant Paul Ryan objected to bail, telling the court the men were a 'serious flight risk'.",
      "Judge Maura Kiely remanded all three in custody until next Thursday.",
    ].join("\n"),
  },
  {
    input: "tg/5",
    externalId: "w5",
    source: "The Irish Daily Bugle",
    url: "https://irishdailybugle.example/news/tractor-gang-smashed",
    title: "TRACTOR GANG SMASHED",
    originalText: [
      "Cops have smashed a gang that stole a staggering 45 tractors from hard-working farmers.",
      "Haulage boss Dermot Foley, 43, is among those arrested.",
      "One victim said: “They took my father's tractor, the one he bought the year I was born.”",
      "The stolen tractors were fetching up to €60,000 each in eastern Europe, about £52,000.",
    ].join("\n"),
  },
  {
    input: "tg/6",
    externalId: "w6",
    source: "Irish National Newswire",
    url: "https://irishnationalnewswire.example/crime/tractor-gang-poland-recovered",
    publishedAt: "2042-10-25T13:00:00Z",
    title: "Stolen Irish tractors found in Poland as gang arrests rise to eight",
    originalText: [
      "DUBLIN (INN) — Gardaí have made two more arrests in their investigation into a tractor theft gang, bringing the total to eight, and have now recovered 17 stolen machines.",
      "Polish police working with gardaí found nine of the tractors on Friday at a dealer's yard near Poznań.",
      "Detective Superintendent Niamh Carolan said on Saturday that the recovered machines were worth about €2.1m.",
      "“We believe we have taken out the whole network,” the detective superintendent said.",
      "Gardaí expect to bring further charges within the next fortnight.",
    ].join("\n"),
  },
];

export function tractorTheftGangArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Irish Summer Time, UTC+1, until the 26th: every
 * stamp falls on the same local day). "On Tuesday" in Tuesday's wire and rewrite is 21 October, the
 * day Wednesday's Farm Trader calls "yesterday"; in Thursday's Champion "on Tuesday" is the 21st,
 * "yesterday" the 22nd and "next Thursday" the 30th; "in March" is this year's; "on Friday" and "on
 * Saturday" in Saturday's wire are the 24th and 25th. The Munster Evening Echo story is a syndicated
 * rewrite of the first wire story (counts once).
 */
export const TRACTOR_THEFT_GANG_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This was an organised operation stealing to order for buyers abroad", speaker: "Niamh Carolan" },
    { text: "You'd lock your house, but you can't lock a 12-tonne tractor in a field", speaker: "Tom Hennessy" },
    { text: "serious flight risk", speaker: "Paul Ryan", partial: true },
    { text: "They took my father's tractor, the one he bought the year I was born", speaker: "One victim" },
    // A title-only attribution whose full name is given two sentences before.
    { text: "We believe we have taken out the whole network", speaker: "Niamh Carolan" },
  ],
  timeline: [
    { text: "in raids that began at 6am on Tuesday", dates: ["2042-10-21"] },
    {
      text: "Raids on 11 properties in Tipperary, Kilkenny and Waterford began at 6am on Tuesday",
      dates: ["2042-10-21"],
    },
    { text: "Gardaí arrested six people in dawn raids yesterday", dates: ["2042-10-21"] },
    { text: "whose tractor was taken in March", dates: ["2042-03"] },
    { text: "appeared at Clonmel District Court yesterday", dates: ["2042-10-22", "2042-10-21"] },
    { text: "Armed officers had moved in at 5am on Tuesday", dates: ["2042-10-21"] },
    { text: "remanded all three in custody until next Thursday", dates: ["2042-10-30"] },
    { text: "found nine of the tractors on Friday", dates: ["2042-10-24"] },
    { text: "Detective Superintendent Niamh Carolan said on Saturday", dates: ["2042-10-25"] },
  ],
  neverDated: [
    { text: "Tractor thefts in Ireland rose by 30% in 2041", date: "2041" },
    { text: "went up by 30% in 2041", date: "2041" },
    { text: "lost about €12m to machinery theft in 2041", date: "2041" },
    { text: "whose tractor was taken in March", date: "2043-03" },
    // "Next Thursday" in a Thursday paper is a week on, not the day of publication.
    { text: "remanded all three in custody until next Thursday", date: "2042-10-23", exact: true },
    { text: "found nine of the tractors on Friday", date: "2042-10-31", exact: true },
  ],
  disagreements: [
    // What the gang took: "worth about €3 million" against "valued at an estimated €4.5m".
    { values: ["3", "4.5"], outlets: ["Irish National Newswire", "The Irish Farm Trader"] },
    // Tractors the gang stole: "taken 38 tractors" against "a staggering 45 tractors".
    { values: ["38", "45"], outlets: ["The Irish Farm Trader", "The Irish Daily Bugle"] },
    // The haulier's age: "a 41-year-old haulier" against "Dermot Foley, 43,".
    { values: ["41", "43"], outlets: ["Tipperary Champion", "The Irish Daily Bugle"] },
    // When the raids began: "began at 6am on Tuesday" against "moved in at 5am on Tuesday".
    { values: ["6", "5"], outlets: ["Irish National Newswire", "Tipperary Champion"] },
  ],
  notDisagreements: [
    // Arrests as they grew; those in court against those arrested.
    ["six", "eight"],
    ["Three", "six"],
    ["two", "eight"],
    // Machines recovered as the days went on, and a part of the whole.
    ["four", "17"],
    ["nine", "17"],
    ["17", "38"],
    ["17", "45"],
    // The recovered machines' worth against the whole haul's; a 2041 national loss.
    ["2.1", "3"],
    ["2.1", "4.5"],
    ["12", "4.5"],
    // A range of tractor prices against one resale price, and its conversion.
    ["€90,000 to €250,000", "60,000"],
    ["60,000", "52,000"],
    // The age range against one suspect's age.
    ["between 19 and 58", "41"],
    ["19", "41"],
    // Properties searched against people arrested; a weight in a modifier.
    ["11", "six"],
    ["12", "11"],
    // Durations of other things.
    ["48", "18"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the Farm Trader and the Champion tell the arrests in other words.
    { text: "Gardaí have arrested six people in raids on a gang suspected of stealing tractors", outlets: 3 },
    { text: "Three of the six people arrested on Tuesday appeared at Clonmel District Court", outlets: 1 },
    // The wire and its rewrite count once.
    { text: "recovering four tractors, two quad bikes and a dozen GPS guidance units", outlets: 1 },
  ],
  headline: ["eight", "two more arrests", "17", "Poznań"],
  summary: {
    holds: ["eight"],
    never: ["Gardaí arrested six people in dawn raids yesterday"],
  },
  sameEntry: [["in raids that began at 6am on Tuesday", "Gardaí arrested six people in dawn raids yesterday"]],
  order: [
    "whose tractor was taken in March",
    "in raids that began at 6am on Tuesday",
    "appeared at Clonmel District Court yesterday",
    "found nine of the tractors on Friday",
    "remanded all three in custody until next Thursday",
  ],
  supersession: {
    apart: [
      ["Gardaí have arrested six people in raids", "bringing the total to eight"],
      ["recovering four tractors", "have now recovered 17 stolen machines"],
    ],
    current: [
      "Three of the six people arrested on Tuesday appeared at Clonmel District Court",
      "remanded all three in custody until next Thursday",
      "whose tractor was taken in March",
    ],
  },
};
