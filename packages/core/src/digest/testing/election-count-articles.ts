import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts5, 2026-12-04, before its author read the
 * facts code): six articles from four outlets about a mayoral count (Friday 8 and Saturday 9 May
 * 2026, the vote on Thursday 7 May). Traps: a running tally that grows through the night (never a
 * disagreement), a poll forecast beside the outcome, an estimated then a final turnout, ballots set
 * aside for checking beside ballots rejected, one real disagreement (the Herald and the agency
 * count the rejected ballots differently: 1,400 against 1,900), a syndicated rewrite of an agency
 * story, background years inside sentences about this week ("since 2014", "joined the council in
 * 2019"), "yesterday", "last week", "on Oct. 7" and "on May 18" without a year, every attribution
 * style (pronoun, surname only, a quote inside a quote, fragments, "— Name") and an undated analysis.
 * Test support only.
 */
const ELECTION_COUNT_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "election/1",
    externalId: "northgate-herald-1",
    source: "Northgate Herald",
    url: "https://northgateherald.example/politics/bramford-count-night",
    publishedAt: "2026-05-08T06:30:00Z",
    title: "Lindqvist edges ahead as Bramford count runs through the night",
    originalText: [
      "Councillor Ana Lindqvist led the race for mayor of Bramford early on Friday, with 41,200 votes to 38,900 for the incumbent, Victor Hale, after 62 percent of ballots had been counted, the returning officer said.",
      "Turnout in Thursday's election was 54 percent, the highest since the 2014 election that first brought Hale to office.",
      "“We are cautiously optimistic, but every vote has to be counted,” Lindqvist said at her campaign headquarters shortly after midnight.",
      "“It is far too early to call anything,” said Hale, who has led the city for twelve years.",
      "A poll published by Civica last week had forecast that Hale would win 48 percent of the vote, against 44 percent for Lindqvist.",
      "The returning officer, Priya Nandakumar, said the count would pause at 4 a.m. and resume at 9 a.m. on Friday.",
      "Election staff had set aside 1,100 ballots for checking by early Friday, most of them because the voter's mark was unclear.",
    ].join("\n\n"),
  },
  {
    input: "election/2",
    externalId: "mpa-1",
    source: "Meridian Press Agency",
    url: "https://mpa.example/wire/2026/05/08/bramford-count",
    publishedAt: "2026-05-08T15:10:00Z",
    title: "Lindqvist extends lead in Bramford mayoral count",
    originalText: [
      "BRAMFORD, May 8 (MPA) - Challenger Ana Lindqvist extended her lead in the race for mayor of Bramford on Friday afternoon, with 52,600 votes to 49,800 for Mayor Victor Hale after 85 percent of ballots had been counted.",
      "Hale's campaign asked the returning officer on Friday to recount the ballots of three wards in the north of the city, where his lead was narrower than expected.",
      "Campaign manager Oliver Grant said: “We are not accusing anyone of anything. We simply want every ballot in those wards checked again.”",
      "Lindqvist, a former nurse who joined the council in 2019, told reporters that the request was “a delaying tactic”.",
      "The returning officer said the final result was expected on Saturday morning.",
      "Hale has been mayor since 2014 and was seeking a fourth term.",
    ].join("\n\n"),
  },
  {
    input: "election/3",
    externalId: "evening-star-1",
    source: "Bramford Evening Star",
    url: "https://bramfordstar.example/news/lindqvist-lead-grows",
    publishedAt: "2026-05-08T17:45:00Z",
    title: "Lindqvist lead grows as Hale camp seeks recount",
    originalText: [
      "Challenger Ana Lindqvist extended her lead in the race for mayor of Bramford on Friday afternoon, with 52,600 votes to 49,800 for Mayor Victor Hale after 85 percent of ballots had been counted, MPA reported.",
      "Hale's campaign asked the returning officer on Friday to recount the ballots of three wards in the north of the city, where his lead was narrower than expected.",
      "Campaign manager Oliver Grant said: “We are not accusing anyone of anything. We simply want every ballot in those wards checked again.”",
      "Lindqvist, a former nurse who joined the council in 2019, told reporters the request was “a delaying tactic”.",
      "The final result is expected on Saturday morning, the returning officer said.",
      "Hale has been mayor since 2014 and was seeking a fourth term.",
    ].join("\n\n"),
  },
  {
    input: "election/4",
    externalId: "northgate-herald-2",
    source: "Northgate Herald",
    url: "https://northgateherald.example/politics/lindqvist-wins-bramford",
    publishedAt: "2026-05-09T11:00:00Z",
    title: "Lindqvist wins Bramford by 3,050 votes as recount bid fails",
    originalText: [
      "Ana Lindqvist was declared mayor of Bramford early on Saturday, winning 61,450 votes to 58,400 for Victor Hale and ending his twelve years in office.",
      "The returning officer turned down the Hale campaign's request for a recount late on Friday, saying the margin was far larger than any counting error could explain.",
      "A total of 1,400 ballots were rejected, most of them left blank, Nandakumar said.",
      "Hale conceded shortly after 3 a.m. “The people of Bramford have spoken, and I wish her well,” he said.",
      "“When my mother told me ‘never stop counting’, I did not think she meant it literally,” Lindqvist said in her victory speech.",
      "Lindqvist called the result “a mandate for change” and promised to present her first budget by Oct. 7.",
      "Final turnout was 55 percent, up from 49 percent at the last election.",
    ].join("\n\n"),
  },
  {
    input: "election/5",
    externalId: "mpa-2",
    source: "Meridian Press Agency",
    url: "https://mpa.example/wire/2026/05/09/lindqvist-elected",
    publishedAt: "2026-05-09T09:20:00Z",
    title: "Lindqvist elected Bramford mayor, unseating Hale",
    originalText: [
      "BRAMFORD, May 9 (MPA) - Ana Lindqvist was elected mayor of Bramford on Saturday, beating Victor Hale by 61,450 votes to 58,400.",
      "Some 1,900 ballots were rejected as spoiled, the returning officer's office said.",
      "The returning officer, Priya Nandakumar, said that “every ballot was checked twice” before the result was declared.",
      "Nandakumar said: “The count was slow because it was careful.”",
      "Hale's campaign said yesterday that it would not challenge the result in court.",
      "Lindqvist takes office on May 18.",
    ].join("\n\n"),
  },
  {
    input: "election/6",
    externalId: "civic-review-1",
    source: "Civic Review",
    url: "https://civicreview.example/analysis/why-bramford-turned",
    title: "Why Bramford turned on its mayor",
    originalText: [
      "Ana Lindqvist's margin of 3,050 votes was far narrower than the lead of about 9,000 votes that her own campaign's polling had predicted in April.",
      "According to Elena Marsh, a political scientist at Bramford University, “This was a referendum on the tram project more than on Hale himself.”",
      "'Voters wanted someone new, and the tram gave them a reason,' the political scientist said.",
      "The tram line, approved in 2023, is two years late and 40 percent over budget.",
      "“I will be a mayor for the whole city, not just for the people who voted for me.” — Ana Lindqvist, in her victory speech",
      "Hale, 67, said he would stay on the council as an ordinary member.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function electionCountArticles(): Article[] {
  return linkNearDuplicates(ELECTION_COUNT_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const ELECTION_COUNT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We are cautiously optimistic", speaker: "Ana Lindqvist" },
    { text: "It is far too early to call anything", speaker: "Victor Hale" },
    { text: "We are not accusing anyone of anything", speaker: "Oliver Grant" },
    { text: "a delaying tactic", speaker: "Ana Lindqvist", partial: true },
    { text: "The people of Bramford have spoken", speaker: "Victor Hale" },
    { text: "When my mother told me", speaker: "Ana Lindqvist" },
    { text: "a mandate for change", speaker: "Ana Lindqvist", partial: true },
    { text: "every ballot was checked twice", speaker: "Priya Nandakumar", partial: true },
    { text: "The count was slow because it was careful", speaker: "Priya Nandakumar" },
    { text: "This was a referendum on the tram project", speaker: "Elena Marsh" },
    { text: "Voters wanted someone new", speaker: "Elena Marsh" },
    { text: "I will be a mayor for the whole city", speaker: "Ana Lindqvist" },
  ],
  timeline: [
    { text: "led the race for mayor of Bramford early on Friday", dates: ["2026-05-08"] },
    { text: "Turnout in Thursday's election was 54 percent", dates: ["2026-05-07"] },
    {
      text: "A poll published by Civica last week",
      dates: [
        "2026-04-27",
        "2026-04-28",
        "2026-04-29",
        "2026-04-30",
        "2026-05-01",
        "2026-05-02",
        "2026-05-03",
        "2026-04",
        "2026-05",
      ],
    },
    { text: "resume at 9 a.m. on Friday", dates: ["2026-05-08"] },
    { text: "set aside 1,100 ballots for checking by early Friday", dates: ["2026-05-08"] },
    { text: "extended her lead in the race for mayor of Bramford on Friday afternoon", dates: ["2026-05-08"] },
    { text: "asked the returning officer on Friday to recount", dates: ["2026-05-08"] },
    { text: "was declared mayor of Bramford early on Saturday", dates: ["2026-05-09"] },
    { text: "turned down the Hale campaign's request for a recount late on Friday", dates: ["2026-05-08"] },
    { text: "was elected mayor of Bramford on Saturday", dates: ["2026-05-09"] },
    { text: "Hale's campaign said yesterday", dates: ["2026-05-08"] },
    { text: "Lindqvist takes office on May 18", dates: ["2026-05-18", "2026-05-09"] },
    // Added after the first run showed the digest's timeline dating it 2026-05-02.
    { text: "the final result was expected on Saturday morning", dates: ["2026-05-08", "2026-05-09"] },
  ],
  neverDated: [
    { text: "Turnout in Thursday's election was 54 percent", date: "2014" },
    { text: "joined the council in 2019", date: "2019" },
    { text: "Hale has been mayor since 2014", date: "2014" },
    { text: "promised to present her first budget by Oct. 7", date: "2025" },
    { text: "Lindqvist takes office on May 18", date: "2025" },
    { text: "The tram line, approved in 2023", date: "2023" },
    { text: "her own campaign's polling had predicted in April", date: "2025" },
  ],
  disagreements: [{ values: ["1,400", "1,900"], outlets: ["Northgate Herald", "Meridian Press Agency"] }],
  notDisagreements: [
    ["41,200", "52,600"],
    ["52,600", "61,450"],
    ["38,900", "49,800"],
    ["49,800", "58,400"],
    ["54", "55"],
    ["48", "55"],
    ["1,100", "1,400"],
    ["1,100", "1,900"],
    ["3,050", "9,000"],
    ["62", "85"],
  ],
  corroboration: [
    // The agency story and its syndicated copy are one outlet.
    { text: "asked the returning officer on Friday to recount the ballots of three wards", outlets: 1 },
    // The result, reported by the Herald and by the agency.
    { text: "beating Victor Hale by 61,450 votes to 58,400", outlets: 2 },
  ],
};
