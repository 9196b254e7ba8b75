/**
 * Held-out batch Q (lead session 30, 2026-12-07), written by heldout19 before any run; unfitted.
 * A former Irish president's state funeral in Dublin and the size of its crowds, Sunday 10 to Monday 18 May 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "sf/1",
    externalId: "f1",
    source: "Irish News Agency",
    url: "https://irishnewsagency.example/national/carrigan-state-funeral-saturday",
    publishedAt: "2043-05-12T07:00:00Z",
    title: "State funeral for former president Nuala Carrigan on Saturday",
    originalText: [
      "DUBLIN (INA) — Former President Nuala Carrigan died on Sunday at her home in Co Wicklow, aged 91.",
      "The Government announced last night that she would be given a state funeral in Dublin on Saturday.",
      "Her coffin will lie in state at Dublin Castle on Wednesday and Thursday.",
      "The funeral Mass at St Mary's Pro-Cathedral will be followed by a procession along a 5km route to Glasnevin Cemetery.",
      "Gardaí expect up to 150,000 people to line the streets.",
      "“She was the conscience of this country for half a century,” said Taoiseach Ciarán Whelan.",
      "Mrs Carrigan served two terms as president, from 2018 to 2032.",
      "The last state funeral for a former president, in 2029, drew about 60,000 people.",
    ].join("\n"),
  },
  {
    input: "sf/2",
    externalId: "f2",
    source: "The Midlands Observer",
    url: "https://midlandsobserver.example/news/national/nuala-carrigan-state-funeral",
    publishedAt: "2043-05-12T11:00:00Z",
    title: "Nuala Carrigan to be given state funeral",
    originalText: [
      "Former President Nuala Carrigan died on Sunday at her home in Co Wicklow at the age of 91.",
      "The Government said last night that she is to receive a state funeral in Dublin on Saturday.",
      "Her remains will lie in state at Dublin Castle on Wednesday and Thursday.",
      "After the funeral Mass at St Mary's Pro-Cathedral, the cortege will travel a 5km route to Glasnevin Cemetery.",
      "Up to 150,000 people are expected to turn out, according to gardaí.",
      "“She was the conscience of this country for half a century,” Taoiseach Ciarán Whelan said.",
      "(INA)",
    ].join("\n"),
  },
  {
    input: "sf/3",
    externalId: "f3",
    source: "Dublin Evening Post",
    url: "https://dublineveningpost.example/news/carrigan-lying-in-state-queues",
    publishedAt: "2043-05-14T17:00:00Z",
    title: "Mourners queue for hours to pass Carrigan coffin",
    originalText: [
      "Mourners queued for up to six hours today to file past Nuala Carrigan's coffin at Dublin Castle, as the line stretched along Dame Street and across the river.",
      "The lying in state opened yesterday morning, and the Office of Public Works said 21,000 people had passed through by 9pm.",
      "Mrs Carrigan, who died at 91 on Sunday, was the first president from the west of Ireland.",
      "'I shook her hand in 1994 and I never forgot it,' said Bernadette Quinn, 78, from Finglas.",
      "Heads of state or government from 41 countries have confirmed they will attend on Saturday.",
      "The procession will follow a 3.5-kilometre route from O'Connell Street to Glasnevin.",
    ].join("\n"),
  },
  {
    input: "sf/4",
    externalId: "f4",
    source: "Irish News Agency",
    url: "https://irishnewsagency.example/national/carrigan-funeral-crowds-dublin",
    publishedAt: "2043-05-16T19:00:00Z",
    title: "Tens of thousands line Dublin streets for Carrigan funeral",
    originalText: [
      "DUBLIN (INA) — About 80,000 people lined the streets of Dublin on Saturday as Nuala Carrigan's coffin was carried from the Pro-Cathedral to Glasnevin Cemetery, according to a Garda estimate.",
      "Taoiseach Ciarán Whelan and President Aidan Kerrigan walked behind the hearse for the first kilometre.",
      "A 21-gun salute was fired as the cortege passed the GPO, and the procession took two hours and 40 minutes.",
      "Presidents and prime ministers from 38 countries were among about 1,500 guests at the Mass.",
      "Her son, Eoin Carrigan, told mourners: “She would have hated the fuss, and secretly loved every minute of it.”",
      "“Today the whole country walked with her,” the Taoiseach said.",
      "The lying in state, which opened on Wednesday, drew 52,400 people over its two days, the Office of Public Works said.",
    ].join("\n"),
  },
  {
    input: "sf/5",
    externalId: "f5",
    source: "The Irish Daily Beacon",
    url: "https://irishdailybeacon.example/news/nation-says-goodbye-to-nuala",
    title: "NATION SAYS GOODBYE TO NUALA",
    originalText: [
      "Well over 120,000 heartbroken mourners packed the streets of the capital to say goodbye to the nation's favourite president, Dublin City Council said.",
      "Some had waited as long as nine hours on Thursday just to see her coffin.",
      "Taxi driver Mick Fallon, 55, who drove down from Drogheda, said: “We'll never see her like again.”",
      "Flags flew at half-mast on every Government building in the country.",
      "The send-off is estimated to have cost taxpayers 3 million euro.",
    ].join("\n"),
  },
  {
    input: "sf/6",
    externalId: "f6",
    source: "Dáil Monitor",
    url: "https://dailmonitor.example/oireachtas/carrigan-funeral-cost-written-answer",
    publishedAt: "2043-05-18T16:00:00Z",
    title: "Carrigan state funeral cost €2.4m, department says",
    originalText: [
      "The state funeral of former President Nuala Carrigan on Saturday cost an estimated €2.4m, the Department of the Taoiseach said in a written answer on Monday.",
      "Policing the procession alone cost about €900,000, including overtime for 2,500 gardaí.",
      "The Garda estimate of the crowd along the route stands at 80,000.",
      "In 2029, the state funeral of former President Liam Daly cost €1.1m.",
      "The department said it would publish a full breakdown by the end of June.",
      "According to Labour TD Gráinne Foley, “every cent was well spent, but people deserve to see the breakdown.”",
    ].join("\n"),
  },
];

export function stateFuneralCrowdsArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Ireland is UTC+1 in May; every stamp falls on the
 * same local day). "On Sunday" in Tuesday's wire and its rewrite is 10 May, "last night" the 11th,
 * "on Saturday" the 16th, "on Wednesday and Thursday" the 13th and 14th; "today" in Thursday's
 * evening paper the 14th, "yesterday morning" the 13th; "on Saturday" in Saturday's wire the 16th
 * and "on Wednesday" the 13th; "on Thursday" in the undated tabloid the 14th if anything; "on
 * Saturday" in Monday's trade story the 16th and "on Monday" the 18th; "by the end of June" June 2043.
 */
export const STATE_FUNERAL_CROWDS_EXPECTED: ExpectedFacts = {
  quotes: [
    // "“…,” said Title Full Name" in the wire; "“…,” Title Full Name said" in its rewrite.
    { text: "She was the conscience of this country for half a century", speaker: "Ciarán Whelan" },
    // Straight single quotes.
    { text: "I shook her hand in 1994 and I never forgot it", speaker: "Bernadette Quinn" },
    { text: "She would have hated the fuss, and secretly loved every minute of it", speaker: "Eoin Carrigan" },
    // The title alone; the full name is two sentences earlier.
    { text: "Today the whole country walked with her", speaker: "Ciarán Whelan" },
    { text: "We'll never see her like again", speaker: "Mick Fallon" },
    // Opening in lower case after "According to …,": partial by the house rule.
    {
      text: "every cent was well spent, but people deserve to see the breakdown",
      speaker: "Gráinne Foley",
      partial: true,
    },
  ],
  timeline: [
    {
      text: "Former President Nuala Carrigan died on Sunday at her home in Co Wicklow, aged 91",
      dates: ["2043-05-10"],
    },
    {
      text: "The Government announced last night that she would be given a state funeral",
      dates: ["2043-05-11", "2043-05-16"],
    },
    {
      text: "Her coffin will lie in state at Dublin Castle on Wednesday and Thursday",
      dates: ["2043-05-13", "2043-05-14"],
    },
    { text: "Mourners queued for up to six hours today", dates: ["2043-05-14"] },
    { text: "The lying in state opened yesterday morning", dates: ["2043-05-13"] },
    { text: "have confirmed they will attend on Saturday", dates: ["2043-05-16"] },
    { text: "About 80,000 people lined the streets of Dublin on Saturday", dates: ["2043-05-16"] },
    { text: "The lying in state, which opened on Wednesday, drew 52,400 people", dates: ["2043-05-13", "2043-05-16"] },
    // The Beacon's story carries no date.
    { text: "Some had waited as long as nine hours on Thursday", dates: [null, "2043-05-14"] },
    { text: "said in a written answer on Monday", dates: ["2043-05-16", "2043-05-18"] },
    { text: "would publish a full breakdown by the end of June", dates: ["2043-06"] },
  ],
  neverDated: [
    { text: "Mrs Carrigan served two terms as president, from 2018 to 2032", date: "2018" },
    { text: "The last state funeral for a former president, in 2029", date: "2029" },
    { text: "In 2029, the state funeral of former President Liam Daly", date: "2029" },
    { text: "I shook her hand in 1994", date: "1994" },
    { text: "would publish a full breakdown by the end of June", date: "2042-06" },
    // "On Sunday" in a Tuesday story is the Sunday gone.
    {
      text: "Former President Nuala Carrigan died on Sunday at her home in Co Wicklow, aged 91",
      date: "2043-05-17",
      exact: true,
    },
  ],
  disagreements: [
    // The crowd on the route at the same moment: the Garda estimate against the city council's.
    { values: ["80,000", "120,000"], outlets: ["Irish News Agency", "The Irish Daily Beacon"] },
    // The longest wait on Thursday: "queued for up to six hours" against "waited as long as nine hours".
    { values: ["six", "nine"], outlets: ["Dublin Evening Post", "The Irish Daily Beacon"] },
    // The procession route: "a 5km route" against "a 3.5-kilometre route".
    { values: ["5", "3.5"], outlets: ["Irish News Agency", "Dublin Evening Post"] },
    // The cost of the funeral: "€2.4m" against "3 million euro".
    { values: ["2.4", "3"], outlets: ["Dáil Monitor", "The Irish Daily Beacon"] },
  ],
  notDisagreements: [
    // A crowd forecast against the outcome.
    ["150,000", "80,000"],
    ["150,000", "120,000"],
    // People through the lying in state after one day and after two.
    ["21,000", "52,400"],
    // Leaders who confirmed against those who came; leaders among all guests.
    ["41", "38"],
    ["38", "1,500"],
    // A 2029 precedent's crowd and cost.
    ["60,000", "80,000"],
    ["60,000", "120,000"],
    ["1.1", "2.4"],
    ["1.1", "3"],
    // Policing, a part of the whole bill.
    ["900,000", "2.4"],
    ["900,000", "3"],
    // Gardaí on duty against the crowd; a gun salute against mourners.
    ["2,500", "80,000"],
    ["21", "21,000"],
    // Ages of the late president and two mourners.
    ["91", "78"],
    ["55", "78"],
    // Queue hours against the procession's length.
    ["six", "two"],
    ["nine", "two"],
  ],
  corroboration: [
    // The wire (with its rewrite) and the evening paper ("who died at 91 on Sunday").
    { text: "Former President Nuala Carrigan died on Sunday at her home in Co Wicklow, aged 91", outlets: 2 },
    // The wire and its rewrite count once.
    { text: "Gardaí expect up to 150,000 people to line the streets", outlets: 1 },
    // The wire and the trade paper ("The Garda estimate of the crowd along the route stands at 80,000").
    { text: "About 80,000 people lined the streets of Dublin on Saturday", outlets: 2 },
  ],
  headline: ["cost", "80,000", "lined the streets"],
  summary: {
    holds: ["80,000"],
    never: ["Gardaí expect up to 150,000 people", "21,000 people had passed through"],
  },
  sameEntry: [["The lying in state opened yesterday morning", "The lying in state, which opened on Wednesday"]],
  order: [
    "Former President Nuala Carrigan died on Sunday at her home in Co Wicklow, aged 91",
    "The lying in state opened yesterday morning",
    "About 80,000 people lined the streets of Dublin on Saturday",
    "said in a written answer on Monday",
    "would publish a full breakdown by the end of June",
  ],
  supersession: {
    apart: [
      ["Gardaí expect up to 150,000 people to line the streets", "About 80,000 people lined the streets"],
      ["21,000 people had passed through by 9pm", "drew 52,400 people over its two days"],
      ["have confirmed they will attend on Saturday", "Presidents and prime ministers from 38 countries"],
    ],
    current: [
      "Mrs Carrigan served two terms as president, from 2018 to 2032",
      "would publish a full breakdown by the end of June",
      "Policing the procession alone cost about €900,000",
    ],
  },
};
