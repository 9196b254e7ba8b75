/**
 * Held-out batch V (lead session 33, 2026-12-07), written by heldout24 before any run; scored unfitted, then added to the bench at the session's end.
 * Three inmates break out of a Lincolnshire prison and are recaptured one by one, Tuesday 6 to Sunday 11 October 2043.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "pb/1",
    externalId: "p1",
    source: "National Press Agency",
    url: "https://nationalpressagency.example/uk/fenmoor-prison-escape",
    publishedAt: "2043-10-06T09:30:00Z",
    title: "Manhunt after three inmates escape from HMP Fenmoor",
    originalText: [
      "LINCOLN (NPA) — Three inmates escaped from HMP Fenmoor in Lincolnshire in the early hours of Tuesday, the Prison Service said.",
      "The men climbed a 5.2-metre perimeter fence using knotted bedsheets and a ladder made from cell shelving, police said.",
      "Their absence was discovered at a roll check at 5.40am.",
      "They were named as Darren Cole, 34, who is serving nine years for armed robbery; Liam Pratt, 27, jailed for burglary; and Stefan Rusu, 41, convicted of people smuggling.",
      "Assistant Chief Constable Helen Marr said: “Do not approach these men. If you see them, call 999.”",
      "The last escape from Fenmoor, in 2029, ended when the inmate was caught two days later.",
    ].join("\n"),
  },
  {
    input: "pb/2",
    externalId: "p2",
    source: "Eastern Evening Mail",
    url: "https://easterneveningmail.example/news/fenmoor-three-on-the-run",
    publishedAt: "2043-10-06T15:00:00Z",
    title: "Three prisoners on the run after Fenmoor breakout",
    originalText: [
      "Three prisoners broke out of HMP Fenmoor in Lincolnshire in the early hours of Tuesday, according to the Prison Service.",
      "Police said the men got over a 5.2-metre perimeter fence with knotted bedsheets and a ladder built from cell shelving.",
      "Staff found they were missing at a 5.40am roll check.",
      "The escapers are Darren Cole, 34, serving nine years for armed robbery; Liam Pratt, 27, a jailed burglar; and Stefan Rusu, 41, a convicted people smuggler.",
      "“Do not approach these men. If you see them, call 999,” Assistant Chief Constable Helen Marr said.",
    ].join("\n"),
  },
  {
    input: "pb/3",
    externalId: "p3",
    source: "The Fenland Gazette",
    url: "https://fenlandgazette.example/news/fenmoor-escaper-caught-skegness",
    publishedAt: "2043-10-07T06:00:00Z",
    title: "First Fenmoor escaper caught at Skegness caravan park",
    originalText: [
      "Liam Pratt was arrested at a caravan park near Skegness yesterday afternoon, about 40 miles from the prison, police said.",
      "The 36-year-old Cole and Rusu are still at large.",
      "More than 100 officers, a helicopter and search dogs are involved in the hunt.",
      "Fenmoor holds 620 men in space built for 550, according to its Independent Monitoring Board.",
      "“We have warned about night staffing again and again,” said the board's chair, Ruth Ellery.",
      "Police believe the two men still free may try to leave the country within days.",
    ].join("\n"),
  },
  {
    input: "pb/4",
    externalId: "p4",
    source: "The Daily Clarion",
    url: "https://dailyclarion.example/news/fenmoor-jailbreak-lags-laughing",
    title: "GREAT ESCAPE FARCE: Lags 'laughed' as they fled jail",
    originalText: [
      "Three lags sawed through their cell bars for weeks before fleeing Fenmoor jail, the Clarion can reveal.",
      "Guards only noticed the trio had gone at a head count at 6.10am, hours after they had climbed out.",
      "'They were laughing at us the whole time,' one prison officer told the Clarion.",
      "The officer said just nine staff were on duty for the whole jail that night.",
      "Police overtime on the manhunt has already topped £250,000, the Clarion understands.",
    ].join("\n"),
  },
  {
    input: "pb/5",
    externalId: "p5",
    source: "Justice & Prisons Bulletin",
    url: "https://justiceprisonsbulletin.example/security/fenmoor-escape-review",
    publishedAt: "2043-10-09T10:00:00Z",
    title: "Fenmoor escape: governor orders security review as second man recaptured",
    originalText: [
      "Darren Cole was recaptured on Thursday evening in a garden shed in Boston, leaving only Rusu at large.",
      "The three men cut through the bars of a second-floor cell window with a hacksaw blade before crossing the exercise yard and scaling the fence, which stands 6 metres high.",
      "Fenmoor had 38 unfilled officer posts in September, Ministry of Justice figures show.",
      "The Prison Service has ordered checks on cell bars at all 14 category C prisons in England's east.",
      "“We got this badly wrong and we will find out exactly why,” — Fenmoor governor Alan Stroud.",
      "A review of the escape is due to report by the end of December.",
    ].join("\n"),
  },
  {
    input: "pb/6",
    externalId: "p6",
    source: "National Press Agency",
    url: "https://nationalpressagency.example/uk/fenmoor-last-escaper-hull",
    publishedAt: "2043-10-11T15:00:00Z",
    title: "Last Fenmoor escaper arrested at Hull ferry port",
    originalText: [
      "LINCOLN (NPA) — Stefan Rusu, the last of three inmates who escaped from HMP Fenmoor, was arrested on Sunday morning at the ferry port in Hull, police said.",
      "Rusu was trying to board an overnight ferry to Rotterdam using a false passport.",
      "Pratt had been found on Tuesday at a caravan park some 55 miles from Fenmoor.",
      "All three men will appear before magistrates in Lincoln on Monday, charged with escaping from lawful custody.",
      "Helen Marr thanked the public for more than 300 calls, adding: “Every one of those calls mattered.”",
      "Marr said the manhunt had cost about £400,000 in all.",
    ].join("\n"),
  },
];

export function prisonBreakoutManhuntArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. Lincolnshire is UTC+1 in October. The men escape in
 * the early hours of Tuesday 6 October; "yesterday afternoon" in Wednesday morning's Gazette is the
 * 6th; "on Thursday evening" in Friday's bulletin is the 8th; "in September" and "by the end of
 * December" are this year's; "on Sunday morning" in Sunday's wire is the 11th, "on Tuesday" there the
 * 6th and "on Monday" the 12th to come. The Eastern Evening Mail's story is a syndicated rewrite of the
 * agency's first. The Clarion's story is undated.
 */
export const PRISON_BREAKOUT_MANHUNT_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Do not approach these men. If you see them, call 999", speaker: "Helen Marr" },
    { text: "We have warned about night staffing again and again", speaker: "Ruth Ellery" },
    { text: "They were laughing at us the whole time", speaker: "one prison officer" },
    { text: "We got this badly wrong and we will find out exactly why", speaker: "Alan Stroud" },
    { text: "Every one of those calls mattered", speaker: "Helen Marr" },
  ],
  timeline: [
    {
      text: "Three inmates escaped from HMP Fenmoor in Lincolnshire in the early hours of Tuesday",
      dates: ["2043-10-06"],
    },
    {
      text: "Three prisoners broke out of HMP Fenmoor in Lincolnshire in the early hours of Tuesday",
      dates: ["2043-10-06"],
    },
    { text: "was arrested at a caravan park near Skegness yesterday afternoon", dates: ["2043-10-06"] },
    { text: "Darren Cole was recaptured on Thursday evening in a garden shed in Boston", dates: ["2043-10-08"] },
    { text: "Fenmoor had 38 unfilled officer posts in September", dates: ["2043-09"] },
    { text: "A review of the escape is due to report by the end of December", dates: ["2043-12"] },
    { text: "was arrested on Sunday morning at the ferry port in Hull", dates: ["2043-10-11"] },
    { text: "Pratt had been found on Tuesday at a caravan park", dates: ["2043-10-06"] },
    { text: "will appear before magistrates in Lincoln on Monday", dates: ["2043-10-12"] },
  ],
  neverDated: [
    { text: "The last escape from Fenmoor, in 2029, ended when the inmate was caught", date: "2029" },
    { text: "A review of the escape is due to report by the end of December", date: "2042-12" },
    { text: "Fenmoor had 38 unfilled officer posts in September", date: "2044-09", exact: true },
    // "On Tuesday" in a Sunday story is the Tuesday gone, not the one to come.
    { text: "Pratt had been found on Tuesday at a caravan park", date: "2043-10-13", exact: true },
    // "Yesterday" in a Wednesday paper is Tuesday, never Wednesday.
    { text: "was arrested at a caravan park near Skegness yesterday afternoon", date: "2043-10-07", exact: true },
  ],
  disagreements: [
    // The fence's height: in a modifier in the agency's story (its rewrite once), after a verb in the bulletin's.
    { values: ["5.2", "6"], outlets: ["National Press Agency", "Justice & Prisons Bulletin"] },
    // Cole's age: ", 34," against "The 36-year-old Cole".
    { values: ["34", "36"], outlets: ["National Press Agency", "The Fenland Gazette"] },
    // The time the men were found missing: a roll check against a head count.
    { values: ["5.40", "6.10"], outlets: ["National Press Agency", "The Daily Clarion"] },
    // How far from the prison Pratt was caught: "about 40 miles" against "some 55 miles".
    { values: ["40", "55"], outlets: ["The Fenland Gazette", "National Press Agency"] },
  ],
  notDisagreements: [
    // Men at large as the days went on.
    ["Three", "two"],
    // The prison's population against its built capacity, and staff on duty.
    ["620", "550"],
    ["nine", "620"],
    // A sentence's length against a staff count on the night.
    ["nine", "38"],
    // Police overtime so far against the whole cost later.
    ["250,000", "400,000"],
    // Officers searching against calls from the public.
    ["100", "300"],
    // Three ages against each other.
    ["34", "27"],
    ["27", "41"],
    ["36", "41"],
    // A 2029 precedent's days against the fence and the other figures.
    ["two", "Three"],
    // Prisons checked against unfilled posts.
    ["14", "38"],
    // Distance from the prison against the fence's height.
    ["40", "5.2"],
    ["55", "6"],
    // Roll-check time against the cost and fence.
    ["5.40", "5.2"],
  ],
  corroboration: [
    // The agency and its rewrite: once.
    { text: "The men climbed a 5.2-metre perimeter fence using knotted bedsheets", outlets: 1 },
    // The Gazette and the agency's Sunday story ("Pratt had been found on Tuesday at a caravan park").
    { text: "Liam Pratt was arrested at a caravan park near Skegness yesterday afternoon", outlets: 2 },
    // The tabloid, and the bulletin in other words ("cut through the bars ... with a hacksaw blade").
    { text: "Three lags sawed through their cell bars for weeks before fleeing Fenmoor jail", outlets: 2 },
  ],
  headline: ["arrested", "last of three"],
  summary: {
    holds: ["Rusu", "arrested"],
    never: ["The 36-year-old Cole and Rusu are still at large", "leaving only Rusu at large"],
  },
  sameEntry: [["was arrested at a caravan park near Skegness yesterday afternoon", "Pratt had been found on Tuesday"]],
  order: [
    "Fenmoor had 38 unfilled officer posts in September",
    "Three inmates escaped from HMP Fenmoor in Lincolnshire in the early hours of Tuesday",
    "Darren Cole was recaptured on Thursday evening in a garden shed in Boston",
    "was arrested on Sunday morning at the ferry port in Hull",
    "will appear before magistrates in Lincoln on Monday",
    "A review of the escape is due to report by the end of December",
  ],
  supersession: {
    apart: [
      ["The 36-year-old Cole and Rusu are still at large", "Darren Cole was recaptured on Thursday evening"],
      ["leaving only Rusu at large", "was arrested on Sunday morning at the ferry port in Hull"],
      ["Police overtime on the manhunt has already topped £250,000", "the manhunt had cost about £400,000 in all"],
      ["may try to leave the country within days", "was arrested on Sunday morning at the ferry port in Hull"],
    ],
    current: [
      "A review of the escape is due to report by the end of December",
      "Fenmoor holds 620 men in space built for 550",
      "will appear before magistrates in Lincoln on Monday",
    ],
  },
};
