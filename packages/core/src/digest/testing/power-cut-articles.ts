import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts25 (2026-12-06, before running any code on it): five
 * articles from five outlets on a substation fire that cut power across Brackwell on the evening of
 * Monday 24 January 2028. Real disagreements: the customers cut off (84,000 for the operator, 97,000
 * "at the height of the cut" for the council), the pupils kept from school by one day's closures
 * (14,000 "affected" for the council, 11,500 "out of class" for the teachers' union), and the average
 * rise in bills under the operator's investment plan (4% for the regulator, 7% for a consumer group).
 * Traps: supplies restored by midnight and those still cut off a day later (parts and later counts),
 * the operator's customers in all, engineers and those sent from other networks, train passengers,
 * schools against pupils, compensation and its later rise, an MP's demand against the offer, a
 * standing charge before and after. Test support only.
 */
const POWER_CUT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "power/1",
    externalId: "c1",
    source: "National Press Wire",
    url: "https://nationalpresswire.example/uk/brackwell-substation-fire",
    publishedAt: "2028-01-25T06:00:00Z",
    title: "Substation fire blacks out Brackwell",
    originalText: [
      "A fire at a substation in Brackwell cut power to about 84,000 customers last night, the network operator, Midlands Grid, said.",
      "Engineers had restored supplies to 30,000 of them by midnight.",
      "Two trains carrying 600 passengers were stranded between stations for three hours, Network Rail said.",
      "“We are throwing everything at this,” said Midlands Grid's chief executive, Alan Pryce.",
      "The Harnley substation was built in 1972.",
    ].join("\n"),
  },
  {
    input: "power/2",
    externalId: "c2",
    source: "Brackwell Evening Post",
    url: "https://brackwellpost.example/news/schools-shut-power-cut",
    publishedAt: "2028-01-25T16:00:00Z",
    title: "Schools shut as thousands remain without power",
    originalText: [
      "Brackwell City Council closed 42 schools on Tuesday, affecting about 14,000 pupils.",
      "Some 97,000 customers were without power at the height of the cut, the city council said.",
      "About 6,000 customers were still without power on Tuesday afternoon, Midlands Grid said.",
      "Customers cut off for more than 24 hours will receive £70 in compensation, the operator said.",
      "“My freezer is full of food I will have to throw away,” said Janet Cole, a pensioner in Harnley.",
    ].join("\n"),
  },
  {
    input: "power/3",
    externalId: "c3",
    source: "The Morning Ledger",
    url: "https://morningledger.example/news/brackwell-blackout-questions",
    publishedAt: "2028-01-26T06:00:00Z",
    title: "Questions for Midlands Grid after Brackwell blackout",
    originalText: [
      "The closure of 42 schools kept some 11,500 pupils out of class on Tuesday, the National Education Union said.",
      "More than 300 engineers worked through the night, including 120 sent from neighbouring networks.",
      "Midlands Grid's investment plan will raise household bills by an average of 4% from April, the regulator says.",
      "“The network is old and it is failing,” said Fair Power's director, Ruth Adeyemi.",
    ].join("\n"),
  },
  {
    input: "power/4",
    externalId: "c4",
    source: "Radio Midlands",
    url: "https://radiomidlands.example/news/power-cut-compensation-raised",
    publishedAt: "2028-01-27T12:00:00Z",
    title: "Power cut compensation raised to £150",
    originalText: [
      "The regulator said on Wednesday that compensation for customers cut off for more than 24 hours would be raised to £150.",
      "Brackwell's MP, Sarah Quinn, has demanded £250 for every household affected.",
      "Consumer group Fair Power said the investment plan meant an average rise of 7% in household bills.",
      "Standing charges will rise from 53p to 61p a day in April.",
      "“Seventy pounds does not cover a freezer full of food,” said Sarah Quinn.",
    ].join("\n"),
  },
  {
    input: "power/5",
    externalId: "c5",
    source: "Energy Trade Weekly",
    url: "https://energytradeweekly.example/news/brackwell-transformer-failure",
    publishedAt: "2028-01-29T08:00:00Z",
    title: "Failed transformer caused Brackwell blackout",
    originalText: [
      "The fire that cut power to 84,000 Brackwell customers on Monday was caused by a failed transformer, Midlands Grid said on Friday.",
      "Midlands Grid serves 2.3 million customers across the region.",
      "The regulator will publish its review of the cut by March 31.",
      "“A transformer of that age should have been replaced years ago,” said energy analyst Graham Whitlow.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function powerCutArticles(): Article[] {
  return linkNearDuplicates(POWER_CUT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by facts25 (2026-12-06), before running any code on them. "Last night"
 * in a Tuesday morning paper is the Monday; "on Tuesday" in a Tuesday paper is that day, in a
 * Wednesday paper the day before; "on Wednesday" in a Thursday paper is the day before; "on Monday" in
 * a Saturday paper is the Monday gone; "in April" and "March 31" in January are this year's.
 */
export const POWER_CUT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are throwing everything at this", speaker: "Alan Pryce" },
    { text: "My freezer is full of food I will have to throw away", speaker: "Janet Cole" },
    { text: "The network is old and it is failing", speaker: "Ruth Adeyemi" },
    { text: "Seventy pounds does not cover a freezer full of food", speaker: "Sarah Quinn" },
    { text: "A transformer of that age should have been replaced years ago", speaker: "Graham Whitlow" },
  ],
  timeline: [
    { text: "cut power to about 84,000 customers last night", dates: ["2028-01-24"] },
    { text: "Brackwell City Council closed 42 schools on Tuesday", dates: ["2028-01-25"] },
    { text: "About 6,000 customers were still without power on Tuesday afternoon", dates: ["2028-01-25"] },
    { text: "kept some 11,500 pupils out of class on Tuesday", dates: ["2028-01-25"] },
    { text: "The regulator said on Wednesday that compensation", dates: ["2028-01-26"] },
    { text: "Standing charges will rise from 53p to 61p a day in April", dates: ["2028-04"] },
    { text: "was caused by a failed transformer, Midlands Grid said on Friday", dates: ["2028-01-24", "2028-01-28"] },
    { text: "The regulator will publish its review of the cut by March 31", dates: ["2028-03-31"] },
  ],
  neverDated: [
    { text: "The Harnley substation was built in 1972", date: "1972" },
    { text: "Standing charges will rise from 53p to 61p a day in April", date: "2027-04" },
    { text: "The regulator will publish its review of the cut by March 31", date: "2027-03-31", exact: true },
    // "on Tuesday" in a Wednesday paper is the day gone, not the next.
    { text: "kept some 11,500 pupils out of class on Tuesday", date: "2028-02-01", exact: true },
  ],
  disagreements: [
    // Customers cut off by one fire: the operator's count against the council's at the cut's height.
    { values: ["84,000", "97,000"], outlets: ["National Press Wire", "Brackwell Evening Post"] },
    // Pupils kept from one day's closed schools: "affected" for the council, "out of class" for the union.
    { values: ["14,000", "11,500"], outlets: ["Brackwell Evening Post", "The Morning Ledger"] },
    // One plan's average rise in bills, by the regulator and by a consumer group.
    { values: ["4%", "7%"], outlets: ["The Morning Ledger", "Radio Midlands"] },
  ],
  notDisagreements: [
    // Those cut off against those restored by midnight and those still cut off a day on.
    ["84,000", "30,000"],
    ["97,000", "30,000"],
    ["84,000", "6,000"],
    ["97,000", "6,000"],
    ["30,000", "6,000"],
    // The operator's customers in all.
    ["84,000", "2.3 million"],
    ["97,000", "2.3 million"],
    // Engineers and those sent from other networks; train passengers; schools and pupils.
    ["300", "120"],
    ["600", "300"],
    ["42", "14,000"],
    ["42", "11,500"],
    // Compensation and its later rise, an MP's demand, a standing charge before and after.
    ["70", "150"],
    ["250", "70"],
    ["250", "150"],
    ["53p", "61p"],
  ],
  corroboration: [
    { text: "cut power to about 84,000 customers last night", outlets: 2 },
    { text: "The regulator said on Wednesday that compensation", outlets: 1 },
  ],
  order: [
    "cut power to about 84,000 customers last night",
    "Brackwell City Council closed 42 schools on Tuesday",
    "The regulator said on Wednesday that compensation",
    "The regulator will publish its review of the cut by March 31",
    "Standing charges will rise from 53p to 61p a day in April",
  ],
};
