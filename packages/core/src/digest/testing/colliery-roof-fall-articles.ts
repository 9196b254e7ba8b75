import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts8, 2026-12-04, before its author read the
 * facts code): seven articles from five outlets about miners trapped by a roof fall (Monday 28
 * December 2026 to Saturday 2 January 2027, across the year end). Traps: one real disagreement (how
 * many men were trapped on Monday: 11 by the company in one outlet, 12 by the union in another), a
 * count that changes over the week (four brought out on Thursday, the remaining seven on Saturday),
 * a shift and those who got out, a depth and a borehole's width, a background year ("in 1998 an
 * explosion … killed 23 men"), "Jan. 4" in a December article and "Dec. 28" in a January one,
 * "on Monday" ahead from a Thursday and a Saturday; a rescue commander with a hyphenated surname
 * quoted by surname only in later articles ("According to Ashby-Price, “…”", straight single quotes
 * with an apostrophe inside), "the chief executive said", a minister's quote over two paragraphs,
 * "X said that “…”" as a partial quote, a quote inside a quote, a husband and wife with one surname
 * ("His wife, Carys, said: “…”"), a painted bedsheet and nobody's words, an em-dash attribution, a
 * wire story syndicated by a second paper and an undated, untitled community page. Test support only.
 */
const COLLIERY_ROOF_FALL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "colliery/1",
    externalId: "northern-wire-1",
    source: "Northern Wire",
    url: "https://northernwire.example/2026/12/28/carrow-deep-roof-fall",
    publishedAt: "2026-12-28T19:00:00Z",
    title: "Eleven miners trapped after roof fall at Carrow Deep colliery",
    originalText: [
      "Ashgrove Mining said 11 miners were trapped about 350 metres underground after part of a roof collapsed at its Carrow Deep colliery near Pellmore on Monday afternoon.",
      "Of the 40 workers on the afternoon shift, 29 reached the surface unhurt, the company said.",
      "“We know where they are, and we are doing everything we can to reach them,” Ashgrove's chief executive, Robert Kinane, said at the pit gates.",
      "Gwen Ashby-Price, who leads the regional mine rescue service, said teams would try to drill a borehole to the miners overnight.",
      "According to Ashby-Price, “The air down there is the first question, and the water is the second.”",
      "The colliery is the last deep mine still working in the valley; in 1998 an explosion at the nearby Tarrant pit killed 23 men.",
      "A public inquiry into mine safety was already due to open on Jan. 4.",
    ].join("\n\n"),
  },
  {
    input: "colliery/2",
    externalId: "coalfield-herald-1",
    source: "The Coalfield Herald",
    url: "https://coalfieldherald.example/news/union-twelve-men-carrow-deep",
    publishedAt: "2026-12-28T23:00:00Z",
    title: "Union says 12 men trapped at Carrow Deep as families wait",
    originalText: [
      "The Mineworkers' Federation said on Monday night that 12 men were trapped underground at Carrow Deep.",
      "Dai Pritchard, the federation's regional secretary, said: “There were twelve men on that list when they went down, and I want all twelve of them home.”",
      "Pritchard said that “questions will be asked, but not tonight.”",
      "Families waited through the evening in the miners' welfare hall, where volunteers handed out tea and sandwiches.",
      "“The last thing he said to me was ‘see you for tea, love,’ and that was at six this morning,” said Carys Lloyd, whose husband, Owen, is among the trapped men.",
      "On the railings outside the hall, someone had hung a bedsheet painted with the words “Hold on, lads”.",
    ].join("\n\n"),
  },
  {
    input: "colliery/3",
    externalId: "valley-radio-1",
    source: "Valley Radio",
    url: "https://valleyradio.example/news/carrow-deep-contact-borehole",
    publishedAt: "2026-12-30T08:00:00Z",
    title: "Rescuers reach trapped Carrow Deep miners through borehole",
    originalText: [
      "Rescuers made contact with the trapped miners at Carrow Deep late on Tuesday through a borehole 200 millimetres wide, the mine rescue service said on Wednesday.",
      "The rescue commander, Gwen Ashby-Price, said all of the men were alive.",
      "“We heard tapping on the pipe at 11.40 last night, and then we heard voices,” Ashby-Price said.",
      "Food, water and medicine were being lowered down the borehole in plastic tubes, she said.",
      "Energy minister Alun Rees, who visited the pit on Tuesday, said: “I have told the families that no expense will be spared. The rescue teams will have whatever they ask for.",
      "“And when those men are out, we will find out why this happened.”",
      "The mine's owner said on Tuesday that two of the men had minor injuries.",
      "Rescuers expect to need at least three days to widen a second shaft enough to bring the men out.",
    ].join("\n\n"),
  },
  {
    input: "colliery/4",
    externalId: "northern-wire-2",
    source: "Northern Wire",
    url: "https://northernwire.example/2026/12/31/carrow-deep-four-rescued",
    publishedAt: "2026-12-31T21:00:00Z",
    title: "Four Carrow Deep miners brought out as rescuers reach the trapped men",
    originalText: [
      "Rescuers brought four of the trapped miners at Carrow Deep to the surface on Thursday, New Year's Eve, and said the remaining seven could be out within two days.",
      "The four men, who had been trapped nearest the collapse, were taken to Pellmore General Hospital, where doctors said they were dehydrated but stable.",
      "'We're going to get them all,' said Ashby-Price, the rescue commander, as the first man came up.",
      "Robert Kinane, Ashgrove's chief executive, said the company would pay for the families' hotel rooms until the last man was out.",
      "“It's the best news we could have had on the last day of the year,” the chief executive said.",
      "Monday's collapse was the first serious accident at the colliery since it reopened in 2019.",
      "The public inquiry into mine safety will open as planned on Monday, the energy ministry said.",
    ].join("\n\n"),
  },
  {
    input: "colliery/5",
    externalId: "valley-gazette-1",
    source: "The Valley Gazette",
    url: "https://valleygazette.example/news/four-carrow-deep-miners-rescued",
    publishedAt: "2027-01-01T08:00:00Z",
    title: "Four Carrow Deep miners rescued on New Year's Eve",
    originalText: [
      "Rescuers brought four of the trapped miners at Carrow Deep to the surface on Thursday, New Year's Eve, and said the remaining seven could be out within two days, Northern Wire reported.",
      "The four men, who had been trapped nearest the collapse, were taken to Pellmore General Hospital, where doctors said they were dehydrated but stable.",
      "'We're going to get them all,' said Ashby-Price, the rescue commander, as the first man came up.",
      "Robert Kinane, Ashgrove's chief executive, said the company would pay for the families' hotel rooms until the last man was out.",
      "“It's the best news we could have had on the last day of the year,” the chief executive said.",
      "The public inquiry into mine safety will open as planned on Monday, the energy ministry said.",
    ].join("\n\n"),
  },
  {
    input: "colliery/6",
    externalId: "coalfield-herald-2",
    source: "The Coalfield Herald",
    url: "https://coalfieldherald.example/news/all-carrow-deep-miners-out",
    publishedAt: "2027-01-02T18:00:00Z",
    title: "All Carrow Deep miners out after five days underground",
    originalText: [
      "The last seven miners trapped at Carrow Deep were brought to the surface on Saturday afternoon, five days after the roof fall that trapped them on Dec. 28.",
      "Four of their colleagues had been brought to the surface on Thursday.",
      "Owen Lloyd, 44, a shift supervisor, was the last man up.",
      "'It was dark and it was hot, but we never stopped talking,' he told reporters outside the hospital.",
      "His wife, Carys, said: “I'm going to make him that tea now.”",
      "“This was a rescue that went right because nobody cut corners.” — Dai Pritchard, Mineworkers' Federation",
      "Pritchard said the federation would give evidence at the inquiry, which opens on Monday.",
    ].join("\n\n"),
  },
  {
    input: "colliery/7",
    externalId: "pellmore-forum-1",
    source: "Pellmore Community Forum",
    url: "https://pellmoreforum.example/posts/thank-you-welfare-hall",
    title: null,
    originalText: [
      "Thank you to everyone who brought food, blankets and flasks of tea to the welfare hall this week.",
      "More than 2,000 meals were served to rescuers and families between Monday and Saturday, volunteers said.",
      "“We did what this valley has always done,” said the hall's secretary, Menna Howells.",
      "Donations can still be left at the hall until Jan. 10, and anything left over will go to the food bank.",
    ].join("\n\n"),
  },
];

/** The seven articles, prepared and linked as the product does it. */
export function collieryRoofFallArticles(): Article[] {
  return linkNearDuplicates(COLLIERY_ROOF_FALL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const COLLIERY_ROOF_FALL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We know where they are", speaker: "Robert Kinane" },
    { text: "The air down there is the first question", speaker: "Gwen Ashby-Price" },
    { text: "There were twelve men on that list", speaker: "Dai Pritchard" },
    { text: "questions will be asked, but not tonight", speaker: "Dai Pritchard", partial: true },
    { text: "The last thing he said to me was", speaker: "Carys Lloyd" },
    // Words painted on a bedsheet: nobody said them, and the woman quoted before did not write them.
    { text: "Hold on, lads", speaker: null },
    { text: "We heard tapping on the pipe", speaker: "Gwen Ashby-Price" },
    { text: "I have told the families that no expense will be spared", speaker: "Alun Rees" },
    { text: "And when those men are out", speaker: "Alun Rees" },
    { text: "We're going to get them all", speaker: "Gwen Ashby-Price" },
    { text: "It's the best news we could have had", speaker: "Robert Kinane" },
    { text: "It was dark and it was hot", speaker: "Owen Lloyd" },
    { text: "I'm going to make him that tea now", speaker: "Carys Lloyd" },
    { text: "This was a rescue that went right", speaker: "Dai Pritchard" },
    { text: "We did what this valley has always done", speaker: "Menna Howells" },
  ],
  timeline: [
    { text: "Ashgrove Mining said 11 miners were trapped", dates: ["2026-12-28"] },
    { text: "The Mineworkers' Federation said on Monday night that 12 men", dates: ["2026-12-28"] },
    { text: "A public inquiry into mine safety was already due to open on Jan. 4", dates: ["2027-01-04"] },
    { text: "Rescuers made contact with the trapped miners at Carrow Deep late on Tuesday", dates: ["2026-12-29"] },
    { text: "The mine's owner said on Tuesday that two of the men", dates: ["2026-12-29"] },
    {
      text: "Rescuers brought four of the trapped miners at Carrow Deep to the surface on Thursday",
      dates: ["2026-12-31"],
    },
    { text: "The public inquiry into mine safety will open as planned on Monday", dates: ["2027-01-04"] },
    {
      text: "The last seven miners trapped at Carrow Deep were brought to the surface on Saturday",
      dates: ["2027-01-02"],
    },
    { text: "Four of their colleagues had been brought to the surface on Thursday", dates: ["2026-12-31"] },
    { text: "would give evidence at the inquiry, which opens on Monday", dates: ["2027-01-04", "2027-01-02"] },
    { text: "More than 2,000 meals were served", dates: [null] },
  ],
  neverDated: [
    // An earlier event told as the subject of its own clause keeps its year (the lead's policy, session
    // 23): what it must never have is the paper's day, as if the 1998 explosion were the story's news.
    { text: "in 1998 an explosion at the nearby Tarrant pit", date: "2026" },
    { text: "since it reopened in 2019", date: "2019" },
    { text: "A public inquiry into mine safety was already due to open on Jan. 4", date: "2026-01-04", exact: true },
    { text: "the roof fall that trapped them on Dec. 28", date: "2027-12-28", exact: true },
    { text: "The public inquiry into mine safety will open as planned on Monday", date: "2026-12-28", exact: true },
    { text: "Donations can still be left at the hall until Jan. 10", date: "2026-01-10", exact: true },
  ],
  disagreements: [{ values: ["11", "12"], outlets: ["Northern Wire", "The Coalfield Herald"] }],
  notDisagreements: [
    ["4", "7"],
    ["7", "11"],
    ["7", "12"],
    ["4", "11"],
    ["29", "40"],
    ["11", "40"],
    ["11", "29"],
    ["350", "200"],
    ["23", "11"],
    ["23", "12"],
    ["44", "40"],
  ],
  corroboration: [
    // Written first as 2 (the Saturday report says four were brought out on Thursday); but the
    // sentence also says the remaining seven could be out within two days, which only the wire
    // story (and its syndicated copy, the same outlet) states: the whole claim has one outlet.
    { text: "Rescuers brought four of the trapped miners at Carrow Deep to the surface on Thursday", outlets: 1 },
    { text: "Of the 40 workers on the afternoon shift, 29 reached the surface unhurt", outlets: 1 },
  ],
};
