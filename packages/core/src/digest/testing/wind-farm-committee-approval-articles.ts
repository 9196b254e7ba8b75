/**
 * Held-out batch V (lead session 33, 2026-12-07), written by heldout24 before any run; scored unfitted, then added to the bench at the session's end.
 * A Scottish council planning committee approves a 14-turbine onshore wind farm over objections, Monday 11 to Monday 18 June 2046.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "wf/1",
    externalId: "f1",
    source: "The Strathdee Courier",
    url: "https://strathdeecourier.example/news/ardcairn-wind-farm-decision-day",
    publishedAt: "2046-06-11T16:00:00Z",
    title: "Ardcairn wind farm: councillors to decide tomorrow",
    originalText: [
      "Councillors will decide tomorrow whether to approve the Ardcairn wind farm on the hills above Glenlochy.",
      "Glenmoor Renewables cut the scheme from 18 turbines to 14 last autumn after a first round of objections.",
      "The turbines would stand up to 180 metres to the blade tip.",
      "The council has received more than 1,100 objections and 240 letters of support.",
      "Planning officers have recommended approval, subject to 42 conditions.",
      "“This is the biggest decision this committee will take in a decade,” said committee convener Fiona Baird.",
    ].join("\n"),
  },
  {
    input: "wf/2",
    externalId: "f2",
    source: "Caledonian Press",
    url: "https://caledonianpress.example/scotland/ardcairn-wind-farm-approved",
    publishedAt: "2046-06-12T17:00:00Z",
    title: "Councillors approve Ardcairn wind farm despite objections",
    originalText: [
      "EDINBURGH (CP) — A council planning committee approved a 14-turbine wind farm in the Strathdee hills on Tuesday, by seven votes to four, despite hundreds of objections from residents.",
      "The turbines at Ardcairn will be 200 metres tall to the tip of their blades.",
      "Glenmoor Renewables will pay £420,000 a year into a community fund for the life of the wind farm.",
      "Objectors packed the public gallery, and several booed as the vote was announced.",
      "“We have listened, and we have changed this scheme a great deal,” Glenmoor's project director, Alasdair Munro, said after the vote.",
      "A 22-turbine plan on the same hills was refused in 2039.",
    ].join("\n"),
  },
  {
    input: "wf/3",
    externalId: "f3",
    source: "Highland Evening Times",
    url: "https://highlandeveningtimes.example/news/ardcairn-turbines-get-go-ahead",
    publishedAt: "2046-06-12T21:00:00Z",
    title: "Ardcairn turbines get go-ahead from council committee",
    originalText: [
      "Despite hundreds of residents' objections, a council planning committee voted seven to four on Tuesday to approve a 14-turbine wind farm in the Strathdee hills.",
      "The Ardcairn turbines will reach 200 metres to their blade tips.",
      "A community fund will receive £420,000 a year from Glenmoor Renewables for as long as the wind farm runs.",
      "Several objectors in the packed public gallery booed when the result was read out.",
      "Alasdair Munro, Glenmoor's project director, said after the vote: “We have listened, and we have changed this scheme a great deal.”",
    ].join("\n"),
  },
  {
    input: "wf/4",
    externalId: "f4",
    source: "Renewables Weekly",
    url: "https://renewablesweekly.example/onshore/ardcairn-84mw-consent",
    publishedAt: "2046-06-14T08:00:00Z",
    title: "Glenmoor wins consent for 84MW Ardcairn project",
    originalText: [
      "Strathdee and Glens Council's planning committee voted 8-3 on Tuesday to consent Glenmoor Renewables' 84MW Ardcairn wind farm.",
      "Each of the 14 turbines will be rated at 6MW, enough in all to power about 90,000 homes, the developer says.",
      "Community benefit will be £480,000 a year, or about £5,700 per megawatt.",
      "The Glenlochy community council had asked for £7,500 per megawatt.",
      "Glenmoor expects to spend £110m building the project, with about 150 construction jobs and eight permanent posts.",
      "“Onshore wind is still the cheapest power we can build,” said Moira Kerr, an analyst at Firthlight Energy.",
    ].join("\n"),
  },
  {
    input: "wf/5",
    externalId: "f5",
    source: "The Scottish Clarion",
    url: "https://scottishclarion.example/news/ardcairn-blot-on-the-glen",
    title: "BLOT ON THE GLEN: Fury as giant turbines get green light",
    originalText: [
      "Furious villagers have vowed to fight on after councillors waved through giant turbines over their homes.",
      "The council ignored 1,400 letters of objection, campaigners said.",
      "The nearest turbine will stand just 1.2km from a row of cottages.",
      "'They have sold the glen for a cheque,' said Ewan McAllister, who chairs the Save Glenlochy campaign.",
      "National guidance suggests a 2km buffer between turbines and towns.",
    ].join("\n"),
  },
  {
    input: "wf/6",
    externalId: "f6",
    source: "The Strathdee Courier",
    url: "https://strathdeecourier.example/news/ardcairn-judicial-review-bid",
    publishedAt: "2046-06-18T10:00:00Z",
    title: "Save Glenlochy campaign to seek judicial review of Ardcairn",
    originalText: [
      "Campaigners against the Ardcairn wind farm said on Friday they would seek a judicial review of last Tuesday's decision.",
      "The committee approved the scheme last Tuesday by seven votes to four.",
      "McAllister said the group had raised £38,000 towards legal costs in three days.",
      "Scottish ministers have 28 days from the decision to call the application in.",
      "Councillor Ross Dunbar, who voted against, said: “The people of Glenlochy were heard and then ignored.”",
      "If the consent stands, Glenmoor hopes to start work in spring 2048 and have the turbines turning by 2050.",
    ].join("\n"),
  },
];

export function windFarmCommitteeApprovalArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. Scotland is UTC+1 in June. "Tomorrow" in Monday's
 * Courier is Tuesday 12 June; "on Tuesday" in Tuesday's wire and its rewrite and in Thursday's trade
 * story is the 12th; "last autumn" is autumn 2045; "on Friday" in the next Monday's Courier is the
 * 15th and "last Tuesday" (twice) the 12th; "spring 2048" and "by 2050" are plans. The Highland Evening
 * Times's story is a syndicated rewrite of the wire's. The Clarion's story is undated.
 */
export const WIND_FARM_COMMITTEE_APPROVAL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "This is the biggest decision this committee will take in a decade", speaker: "Fiona Baird" },
    { text: "We have listened, and we have changed this scheme a great deal", speaker: "Alasdair Munro" },
    { text: "Onshore wind is still the cheapest power we can build", speaker: "Moira Kerr" },
    { text: "They have sold the glen for a cheque", speaker: "Ewan McAllister" },
    { text: "The people of Glenlochy were heard and then ignored", speaker: "Ross Dunbar" },
  ],
  timeline: [
    { text: "Councillors will decide tomorrow whether to approve the Ardcairn wind farm", dates: ["2046-06-12"] },
    { text: "cut the scheme from 18 turbines to 14 last autumn", dates: ["2045", null] },
    { text: "approved a 14-turbine wind farm in the Strathdee hills on Tuesday", dates: ["2046-06-12"] },
    { text: "voted seven to four on Tuesday to approve a 14-turbine wind farm", dates: ["2046-06-12"] },
    { text: "planning committee voted 8-3 on Tuesday to consent", dates: ["2046-06-12"] },
    { text: "said on Friday they would seek a judicial review of last Tuesday's decision", dates: ["2046-06-15"] },
    { text: "The committee approved the scheme last Tuesday by seven votes to four", dates: ["2046-06-12"] },
    { text: "Glenmoor hopes to start work in spring 2048", dates: ["2048"] },
  ],
  neverDated: [
    { text: "A 22-turbine plan on the same hills was refused in 2039", date: "2039" },
    { text: "cut the scheme from 18 turbines to 14 last autumn", date: "2046", exact: true },
    // "On Tuesday" in a Thursday trade story is the Tuesday gone.
    { text: "planning committee voted 8-3 on Tuesday to consent", date: "2046-06-19", exact: true },
    // "On Friday" in a Monday paper is the Friday gone.
    { text: "said on Friday they would seek a judicial review", date: "2046-06-22", exact: true },
    // "Last Tuesday" in a Monday paper is six days before, not the Tuesday to come.
    { text: "The committee approved the scheme last Tuesday", date: "2046-06-19", exact: true },
  ],
  disagreements: [
    // The turbines' tip height: "up to 180 metres" against "will be 200 metres tall" (the wire; its rewrite once).
    { values: ["180", "200"], outlets: ["The Strathdee Courier", "Caledonian Press"] },
    // Votes for: "by seven votes to four" (the wire; its rewrite once) against "voted 8-3".
    { values: ["seven", "8"], outlets: ["Caledonian Press", "Renewables Weekly"] },
    // Objections: "more than 1,100 objections" against "1,400 letters of objection".
    { values: ["1,100", "1,400"], outlets: ["The Strathdee Courier", "The Scottish Clarion"] },
    // The yearly community fund: "£420,000 a year into a community fund" against "Community benefit will be £480,000 a year".
    { values: ["420,000", "480,000"], outlets: ["Caledonian Press", "Renewables Weekly"] },
  ],
  notDisagreements: [
    // The developer's own revision of the turbine count.
    ["18", "14"],
    // A refused precedent's turbines.
    ["22", "14"],
    ["22", "18"],
    // Objections against letters of support.
    ["1,100", "240"],
    ["1,400", "240"],
    // Votes against and for.
    ["seven", "four"],
    ["8", "3"],
    // Each turbine against the whole scheme.
    ["6", "84"],
    // A demand against the offer, per megawatt.
    ["7,500", "5,700"],
    // Construction jobs against permanent posts.
    ["150", "eight"],
    // The nearest turbine against the guidance's buffer.
    ["1.2", "2"],
    // Money raised for the legal fight against the community fund.
    ["38,000", "420,000"],
    ["38,000", "480,000"],
    // Days ministers have against days the campaign took.
    ["28", "three"],
    // Planning conditions against objections and turbines.
    ["42", "14"],
    // Build cost against the yearly fund.
    ["110", "420,000"],
  ],
  corroboration: [
    // The wire and its rewrite: once.
    { text: "Objectors packed the public gallery, and several booed", outlets: 1 },
    // The wire (its rewrite once), the trade story's "voted 8-3 on Tuesday to consent", the tabloid's
    // "councillors waved through giant turbines" and the Courier's "approved the scheme last Tuesday".
    {
      text: "A council planning committee approved a 14-turbine wind farm in the Strathdee hills on Tuesday",
      outlets: 4,
    },
    // Told by the Courier alone (the trade story gives only the 14).
    { text: "cut the scheme from 18 turbines to 14 last autumn", outlets: 1 },
  ],
  headline: ["judicial review"],
  summary: {
    holds: ["approved", "judicial review"],
    never: ["Councillors will decide tomorrow whether to approve", "Planning officers have recommended approval"],
  },
  sameEntry: [
    [
      "approved a 14-turbine wind farm in the Strathdee hills on Tuesday",
      "The committee approved the scheme last Tuesday by seven votes to four",
    ],
  ],
  order: [
    "cut the scheme from 18 turbines to 14 last autumn",
    "approved a 14-turbine wind farm in the Strathdee hills on Tuesday",
    "said on Friday they would seek a judicial review of last Tuesday's decision",
    "Glenmoor hopes to start work in spring 2048",
  ],
  supersession: {
    apart: [
      [
        "Councillors will decide tomorrow whether to approve",
        "approved a 14-turbine wind farm in the Strathdee hills on Tuesday",
      ],
      ["Councillors will decide tomorrow whether to approve", "voted 8-3 on Tuesday to consent"],
    ],
    current: [
      "Scottish ministers have 28 days from the decision to call the application in",
      "Glenmoor hopes to start work in spring 2048",
      "Glenmoor Renewables will pay £420,000 a year into a community fund",
    ],
  },
};
