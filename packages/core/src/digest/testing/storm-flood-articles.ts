import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";

/**
 * A third story written for the facts tests, across a year's end: six articles from five outlets
 * about a storm and a flood (Wednesday 30 December 2026 to Saturday 2 January 2027). Its traps: a
 * death toll that rises (4, then 9, then 12: a development, and the older tolls must not stand in
 * the summary beside the newest); one real disagreement (the Environment Agency and the borough
 * council count the homes flooded in Brennock by Thursday morning differently: 1,150 against
 * 1,400); a request and a release of money close in value (25 against 20 million pounds); rain
 * measured in two places (Brennock and Ashgill); a near-rewrite of the first article by a wire
 * service that must not count as a second outlet; one undated article whose figure (the toll of 9)
 * places it; background dates inside sentences about something else ("built in 1887", "the floods
 * of December 2015", "missing since Dec. 29"), "Tuesday night", "yesterday", "earlier this
 * month", and a month and day without a year read across the new year; quotes in every
 * attribution style with a surname, a title ("the mayor") and a pronoun standing for a full name.
 * Test support only.
 */
const STORM_FLOOD_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "storm/1",
    externalId: "lakeland-herald-1",
    source: "Lakeland Herald",
    url: "https://lakelandherald.example/news/aske-bursts-banks",
    publishedAt: "2026-12-30T21:00:00Z",
    title: "River Aske bursts its banks as Storm Imogen floods Brennock",
    originalText: [
      "The River Aske burst its banks in Brennock on Wednesday afternoon after Storm Imogen dumped more than 140 millimetres of rain in Brennock in two days.",
      "At least 4 people have died since the storm made landfall on Tuesday night, police said.",
      "The town's mayor, Ruth Calloway, said about 600 residents had been moved to emergency shelters.",
      "“We have never seen the water rise this fast,” Calloway said at the town hall on Wednesday evening.",
      "The Aske bridge, built in 1887, was closed to traffic on Wednesday after engineers found cracks in its piers.",
      "Forecasters said more rain would fall on Friday, and the Met Office issued an amber warning for the whole county.",
    ].join("\n\n"),
  },
  {
    input: "storm/2",
    externalId: "northern-wire-1",
    source: "Northern Wire",
    url: "https://northernwire.example/2026/12/31/aske-floods-brennock",
    publishedAt: "2026-12-31T06:00:00Z",
    title: "River Aske bursts its banks as Storm Imogen floods Brennock",
    originalText: [
      "The River Aske burst its banks in Brennock on Wednesday afternoon after Storm Imogen dumped more than 140 millimetres of rain in Brennock in two days.",
      "At least 4 people have died since the storm made landfall on Tuesday night, police said.",
      "The town's mayor, Ruth Calloway, said about 600 residents had been moved to emergency shelters.",
      "“We have never seen the water rise this fast,” Calloway said at the town hall on Wednesday evening.",
      "The Aske bridge, built in 1887, was closed to traffic on Wednesday after engineers found cracks in its piers.",
      "Forecasters said more rain would fall on Friday, and the Met Office issued an amber warning for the county.",
    ].join("\n\n"),
  },
  {
    input: "storm/3",
    externalId: "pennine-post-1",
    source: "Pennine Post",
    url: "https://penninepost.example/2026/12/31/imogen-toll-rises",
    publishedAt: "2026-12-31T18:00:00Z",
    title: "Storm Imogen death toll rises to nine as floodwater lingers",
    originalText: [
      "The death toll from Storm Imogen rose to 9 on Thursday after lifeboat crews recovered the bodies of two fishermen off Skelby.",
      "Some 1,150 homes in Brennock were flooded by Thursday morning, the Environment Agency said.",
      "Environment Agency spokesman Idris Vaughan said: “The river peaked at 5.1 metres overnight, the highest level ever recorded in Brennock.”",
      "‘This is the kind of flood we used to expect once a century,’ said Vaughan.",
      "The Met Office said 162 millimetres of rain fell at Ashgill, in the hills west of Brennock, between Tuesday and Thursday.",
      "The peak was higher than in the floods of December 2015, when the river reached 4.6 metres.",
      "It was the second storm to hit the county after Storm Gerald flooded Skelby earlier this month.",
    ].join("\n\n"),
  },
  {
    input: "storm/4",
    externalId: "coast-radio-1",
    source: "Coast Radio",
    url: "https://coastradio.example/skelby-lifeboat",
    title: "Skelby lifeboat crew: 'We went out three times'",
    originalText: [
      "Lifeboat crews recovered the bodies of two fishermen off Skelby, bringing the death toll from Storm Imogen to 9.",
      "The coxswain of the Skelby lifeboat, Colin Mair, said the sea was the roughest he had seen in his career.",
      "“We went out three times, and the first two times we came back with nothing,” he said.",
      '"Nobody on this coast will forget this week," Mair added.',
    ].join("\n\n"),
  },
  {
    input: "storm/5",
    externalId: "dales-today-1",
    source: "Dales Today",
    url: "https://dalestoday.example/2027/01/02/brennock-clean-up",
    publishedAt: "2027-01-02T09:00:00Z",
    title: "Storm Imogen toll reaches 12 as Brennock begins clean-up",
    originalText: [
      "The death toll from Storm Imogen rose to 12 on Friday, police said, after a man missing since Dec. 29 was found dead near Skelby.",
      "The borough council said yesterday that 1,400 homes in Brennock had been flooded by Thursday morning, far more than the Environment Agency has counted.",
      "The council has requested 25 million pounds from the government to repair roads and bridges, and the Treasury released 20 million pounds on Friday.",
      "According to Calloway, “the worst is over, but the clean-up will take months.”",
      "The mayor said the last evacuation orders would be lifted on Monday.",
      "Prime Minister Owen Hale said that “no family will be left to cope alone,” and promised further help.",
    ].join("\n\n"),
  },
  {
    input: "storm/6",
    externalId: "pennine-post-2",
    source: "Pennine Post",
    url: "https://penninepost.example/2027/01/02/brennock-shops-reopen",
    publishedAt: "2027-01-02T16:00:00Z",
    title: "Brennock shops reopen as the water goes down",
    originalText: [
      "Shops on Brennock's high street began to reopen on Saturday as the floodwater went down.",
      "Baker Sunita Rao said she had lost stock worth 8,000 pounds when water filled her shop on Wednesday night.",
      "“You clean up, you open the doors, and you hope people come back,” Rao said.",
      "Insurers said on Saturday that claims from the storm could reach 90 million pounds.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function stormFloodArticles(): Article[] {
  return linkNearDuplicates(STORM_FLOOD_DRAFTS.map((draft) => prepareArticle(draft)));
}
