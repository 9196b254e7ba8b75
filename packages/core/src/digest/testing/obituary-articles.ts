import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline12, 2026-12-05, before its author read
 * more of the date code): seven articles from five outlets on the death of Eleanor Vance, Port
 * Halden's first woman mayor and a three-term senator, on Tuesday 9 February 2027, her lying in
 * state on Monday 15 February and her funeral on Thursday 18 February. A wire obituary and its
 * rewrite with a subscription line; a local paper on the day after and on the Monday; an
 * appreciation; an undated page of a historical society; the wire on the funeral. Traps: background
 * years everywhere ("born in 1941", "in 1978", "in the 1990s", "who first met Vance … in 1986",
 * "set up in 1999", "married in 1963") that must never date the news of her death or of her funeral;
 * arrangements ahead ("on Monday" written on a Wednesday is the coming Monday, "Thursday, Feb. 18",
 * "at a ceremony in May", a foundation that "must also name a new chair by March 1"); "last week"
 * written on a Monday; "who died this week" and "on Saturday evening" in the undated page, which
 * stay undated. Her age is 85 in the wire and 86 in the local paper. Test support only.
 */
const OBITUARY_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "obituary/1",
    externalId: "national-wire-1",
    source: "National Wire",
    url: "https://nationalwire.example/2027/02/09/eleanor-vance-dies",
    publishedAt: "2027-02-09T20:15:00Z",
    title: "Eleanor Vance, Port Halden's first woman mayor and a three-term senator, dies at 85",
    originalText: [
      "PORT HALDEN (National Wire) — Eleanor Vance, who became Port Halden's first woman mayor in 1978 and later served three terms in the Senate, died on Tuesday at her home in the city. She was 85.",
      "Her son, Michael Vance, said she died peacefully in the morning after a short illness.",
      "Born in 1941 to a dockworker's family on the city's Eastside, Vance left school at 16 to work in a cannery.",
      "She was elected to the city council in 1971 and won the mayor's race seven years later, defeating the incumbent by fewer than 900 votes.",
      "In the 1990s she led the Senate fight to clean up the harbour, a campaign her supporters still call her finest work.",
      "“She never forgot where she came from, and she never let anyone else forget it either,” her son said.",
      "Gov. Daniel Okafor ordered flags on state buildings lowered to half-staff on Tuesday.",
      "Funeral arrangements have not yet been announced.",
    ].join("\n\n"),
  },
  {
    input: "obituary/2",
    externalId: "harbour-times-1",
    source: "Harbour Times",
    url: "https://harbourtimes.example/news/vance-obituary",
    publishedAt: "2027-02-09T22:00:00Z",
    title: "Eleanor Vance, first woman to lead Port Halden, dies",
    originalText: [
      "Eleanor Vance, who became Port Halden's first woman mayor in 1978 and went on to serve three terms in the Senate, died Tuesday at her home in the city, her family said. She was 85.",
      "Her son, Michael Vance, said she died peacefully in the morning after a short illness.",
      "Born in 1941 to a dockworker's family, Vance left school at 16 to work in a cannery.",
      "In the 1990s she led the Senate's effort to clean up the harbour.",
      "“She never forgot where she came from, and she never let anyone else forget it either,” Michael Vance said.",
      "Read more obituaries and subscribe to the Harbour Times for $2 a month.",
    ].join("\n\n"),
  },
  {
    input: "obituary/3",
    externalId: "port-halden-herald-1",
    source: "Port Halden Herald",
    url: "https://porthaldenherald.example/local/city-mourns-vance",
    publishedAt: "2027-02-10T11:00:00Z",
    title: "City mourns Vance as tributes pour in; body to lie in state Monday",
    originalText: [
      "Flags flew at half-staff across Port Halden on Wednesday as tributes poured in for Eleanor Vance, the former mayor and senator who died on Tuesday at 86.",
      "Hundreds of people left flowers on the steps of City Hall on Tuesday night.",
      "Vance's body will lie in state at City Hall on Monday, Mayor Rosa Lindqvist said.",
      "The funeral will be held at St. Brendan's Cathedral on Thursday, Feb. 18, at 11 a.m.",
      "Lindqvist, who first met Vance as a campaign volunteer in 1986, said the city council would vote on Thursday on a proposal to rename the Harbour Bridge in her honour.",
      "“Eleanor was the reason a lot of us went into politics,” Lindqvist said.",
    ].join("\n\n"),
  },
  {
    input: "obituary/4",
    externalId: "capital-review-1",
    source: "The Capital Review",
    url: "https://capitalreview.example/opinion/eleanor-vance-appreciation",
    publishedAt: "2027-02-11T09:00:00Z",
    title: "Eleanor Vance changed how the Senate thought about cities",
    originalText: [
      "When Eleanor Vance arrived in the Senate in 1991, she was one of only two women in the chamber.",
      "Her death on Tuesday drew tributes from across the political divide, including from Senator Paul Renner, her Republican opponent in 1996.",
      "“We disagreed on almost everything, and I trusted her completely,” Renner said in a statement on Wednesday.",
      "In the 1990s, Vance wrote the Clean Harbours Act, which took most of a decade to pass.",
      "Okafor said on Wednesday that he would speak at the funeral next week.",
      "The Vance Foundation, which she set up in 1999, must also name a new chair by March 1, its board said.",
    ].join("\n\n"),
  },
  {
    input: "obituary/5",
    externalId: "halden-historical-1",
    source: "Port Halden Historical Society",
    url: "https://haldenhistory.example/members/remembering-eleanor-vance",
    title: "Remembering Eleanor Vance",
    originalText: [
      "Eleanor Vance, who died this week, was a member of this society for more than forty years.",
      "She gave her first public speech in 1962, at a rally for the dockworkers' union, in the hall where we now meet.",
      "We will hold a reading of her speeches on Saturday evening, and all are welcome.",
      "Her papers, donated to the society in 2015, will be on display until the end of the month.",
    ].join("\n\n"),
  },
  {
    input: "obituary/6",
    externalId: "port-halden-herald-2",
    source: "Port Halden Herald",
    url: "https://porthaldenherald.example/local/vance-lies-in-state",
    publishedAt: "2027-02-15T21:00:00Z",
    title: "Thousands file past Vance's coffin at City Hall",
    originalText: [
      "Thousands of people filed past Eleanor Vance's coffin at City Hall on Monday, some waiting more than three hours in the cold.",
      "The line stretched for six blocks by noon, police said.",
      "The city council voted last week to rename the Harbour Bridge after her.",
      "The funeral will be held on Thursday at St. Brendan's Cathedral, where Vance was married in 1963.",
      "“My mother would have pretended to hate all this fuss,” Michael Vance said.",
    ].join("\n\n"),
  },
  {
    input: "obituary/7",
    externalId: "national-wire-2",
    source: "National Wire",
    url: "https://nationalwire.example/2027/02/18/vance-funeral",
    publishedAt: "2027-02-18T19:30:00Z",
    title: "Port Halden says goodbye to Eleanor Vance at cathedral funeral",
    originalText: [
      "PORT HALDEN (National Wire) — Eleanor Vance was buried on Thursday after a funeral at St. Brendan's Cathedral attended by about 2,000 people, including three former governors.",
      "Okafor, who served as her aide in the 1990s, said in his eulogy that she had “the patience of a harbour pilot and the temper of a storm.”",
      "Vance, who died on Feb. 9, was 85.",
      "The Harbour Bridge will be renamed the Eleanor Vance Bridge at a ceremony in May, the city said.",
    ].join("\n\n"),
  },
];

/** The seven articles, prepared and linked as the product does it. */
export function obituaryArticles(): Article[] {
  return linkNearDuplicates(OBITUARY_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any output was seen; after the first run, three expectations
 * the timeline's documented rules contradict were moved, not dropped: Renner's quote (quotes are no
 * developments), and the undated page's "who died this week" (a relative clause) and Saturday's
 * reading (a plan), which must get no date rather than be undated entries. Her age is one measure of one person at
 * one moment: 85 (the wire) against 86 (the Herald) is a real disagreement; her age when she left
 * school, the votes of her first win, the mourners at the funeral are other things.
 */
export const OBITUARY_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "She never forgot where she came from", speaker: "Michael Vance" },
    { text: "Eleanor was the reason a lot of us went into politics", speaker: "Rosa Lindqvist" },
    { text: "We disagreed on almost everything, and I trusted her completely", speaker: "Paul Renner" },
    { text: "My mother would have pretended to hate all this fuss", speaker: "Michael Vance" },
    { text: "the patience of a harbour pilot and the temper of a storm", speaker: "Daniel Okafor", partial: true },
  ],
  timeline: [
    { text: "served three terms in the Senate, died on Tuesday at her home", dates: ["2027-02-09"] },
    { text: "ordered flags on state buildings lowered to half-staff on Tuesday", dates: ["2027-02-09"] },
    { text: "Flags flew at half-staff across Port Halden on Wednesday", dates: ["2027-02-10"] },
    { text: "Hundreds of people left flowers on the steps of City Hall", dates: ["2027-02-09"] },
    // Written on a Wednesday: the coming Monday, and the funeral's own date.
    { text: "Vance's body will lie in state at City Hall on Monday", dates: ["2027-02-15"] },
    { text: "The funeral will be held at St. Brendan's Cathedral on Thursday, Feb. 18", dates: ["2027-02-18"] },
    { text: "the city council would vote on Thursday on a proposal to rename", dates: ["2027-02-11", "2027-02-10"] },
    { text: "must also name a new chair by March 1", dates: ["2027-03-01"] },
    { text: "Thousands of people filed past Eleanor Vance's coffin at City Hall on Monday", dates: ["2027-02-15"] },
    // Written on Monday 15 February: the week before (the Herald said the vote was on Thursday 11th).
    { text: "The city council voted last week to rename the Harbour Bridge", dates: ["2027-02-08", "2027-02-11"] },
    { text: "The funeral will be held on Thursday at St. Brendan's Cathedral", dates: ["2027-02-18"] },
    { text: "Eleanor Vance was buried on Thursday", dates: ["2027-02-18"] },
    { text: "Vance, who died on Feb. 9, was 85", dates: ["2027-02-09"] },
    { text: "renamed the Eleanor Vance Bridge at a ceremony in May", dates: ["2027-05"] },
  ],
  neverDated: [
    { text: "served three terms in the Senate, died on Tuesday at her home", date: "1978" },
    { text: "Flags flew at half-staff across Port Halden on Wednesday", date: "2027-02-09", exact: true },
    { text: "the city council would vote on Thursday on a proposal to rename", date: "1986" },
    // "On Monday" written on a Wednesday is the coming Monday, never the Monday just gone.
    { text: "Vance's body will lie in state at City Hall on Monday", date: "2027-02-08" },
    { text: "Her death on Tuesday drew tributes from across the political divide", date: "1996" },
    { text: "must also name a new chair by March 1", date: "1999" },
    { text: "must also name a new chair by March 1", date: "2026-03-01" },
    { text: "The funeral will be held on Thursday at St. Brendan's Cathedral", date: "1963" },
    { text: "The funeral will be held on Thursday at St. Brendan's Cathedral", date: "2027-02-11" },
    { text: "said in his eulogy that she had", date: "1990" },
    { text: "renamed the Eleanor Vance Bridge at a ceremony in May", date: "2026-05" },
    { text: "Her papers, donated to the society in 2015", date: "2015" },
    // The undated page: its week and its Saturday cannot be placed.
    { text: "Eleanor Vance, who died this week, was a member of this society", date: "2027" },
    { text: "We will hold a reading of her speeches on Saturday evening", date: "2027" },
  ],
  disagreements: [{ values: ["85", "86"], outlets: ["National Wire", "Port Halden Herald"] }],
  notDisagreements: [
    // Her age when she left school, and the mourners at the funeral.
    ["16", "85"],
    ["16", "86"],
    ["900", "2,000"],
  ],
  corroboration: [
    // The Harbour Times's obituary is the wire's, rewritten: one outlet.
    { text: "said she died peacefully in the morning after a short illness", outlets: 1 },
  ],
  headline: ["buried", "funeral", "goodbye"],
};
