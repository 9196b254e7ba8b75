import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of date code (timeline8, 2026-12-04, before its author read the
 * date code): five dated articles from five outlets about fourteen miners trapped by a tunnel
 * collapse (Tuesday 10 November 2026) and brought out through the night of Thursday 12 to Friday 13
 * November. Traps: a live blog whose time stamps ("Updated 3 min ago", "8:15 p.m.", "10:42 p.m.",
 * "23:58 GMT", "00:40 GMT") are times within its day, never dates or events, and that crosses
 * midnight ("early on Friday" written on Thursday is the coming Friday); days attached to an event
 * noun that date the sentence when it is about that event ("Last week's strike shut the mine",
 * "Thursday night's rescue drew a crowd") and are background when it is about something else ("the
 * men, who had been without food since Tuesday's collapse, were sent water", "shares fell on
 * Thursday, the day after Wednesday's trading halt"); "said last week that … in October" and "told
 * reporters on Wednesday" dated by the saying; "overnight"; "tonight" in a New York article
 * published at 21:30 local time (02:30 GMT the next day); "on Saturday" in an article published on
 * a Saturday (today, not last week) and "on Monday" in it (the coming Monday); background years.
 * Test support only.
 */
const MINE_RESCUE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "mine/1",
    externalId: "valley-gazette-1",
    source: "Valley Gazette",
    url: "https://valleygazette.example/news/orrin-hill-collapse",
    publishedAt: "2026-11-11T07:00:00Z",
    title: "Fourteen miners trapped after tunnel collapse at Orrin Hill",
    originalText: [
      "Fourteen miners were trapped about 300 metres underground when a tunnel collapsed at the Orrin Hill coal mine on Tuesday afternoon, the operator said.",
      "Tuesday's collapse was the worst at the mine since it opened in 1987.",
      "Rescue teams worked overnight to clear rubble from the main shaft.",
      "The operator, Dunmore Coal, said last week that the mine had passed a safety inspection in October.",
      "“We know where they are, and we believe they have air,” said the regional rescue chief, Helen Okafor.",
      "Families gathered at the mine gate on Tuesday night, some of them still in their work clothes.",
    ].join("\n\n"),
  },
  {
    input: "mine/2",
    externalId: "coalfield-radio-1",
    source: "Coalfield Radio",
    url: "https://coalfieldradio.example/orrin-hill/contact-made",
    publishedAt: "2026-11-12T06:30:00Z",
    title: "Rescuers make contact with trapped Orrin Hill miners",
    originalText: [
      "Rescuers made contact with all 14 trapped miners through a narrow drill hole early on Thursday, Dunmore Coal said.",
      "Okafor told reporters on Wednesday that a rescue capsule was being brought from the coast.",
      "The men, who had been without food since Tuesday's collapse, were sent water and glucose through the hole.",
      "Last week's strike shut the mine for two days, the miners' union said.",
      "“They are tired and frightened, but they are talking,” Okafor said.",
    ].join("\n\n"),
  },
  {
    input: "mine/3",
    externalId: "northern-broadcast-live-1",
    source: "Northern Broadcast",
    url: "https://northernbroadcast.example/live/orrin-hill-rescue",
    publishedAt: "2026-11-12T18:00:00Z",
    title: "Orrin Hill rescue: live updates as the capsule reaches the trapped miners",
    originalText: [
      "Updated 3 min ago",
      "Rescuers began lowering the capsule into the drill shaft at 6 p.m. on Thursday, the rescue chief said.",
      "8:15 p.m.",
      "The capsule has reached the men, Dunmore Coal says. About 1,500 people are waiting at the gate.",
      "10:42 p.m. The first miner, Dai Pritchard, 52, has been brought to the surface and walked to the ambulance unaided.",
      "23:58 GMT",
      "Rescuers have now brought 11 men to the surface; three remain underground.",
      "00:40 GMT",
      "All 14 miners are out, early on Friday, after 58 hours underground.",
      "“This is the best night of my career,” Okafor told the crowd at the gate.",
    ].join("\n\n"),
  },
  {
    input: "mine/4",
    externalId: "atlantic-business-wire-1",
    source: "Atlantic Business Wire",
    url: "https://atlanticbusinesswire.example/2026/11/12/dunmore-coal-miners-care",
    publishedAt: "2026-11-12T21:30:00-05:00",
    title: "Dunmore Coal to pay for rescued miners' care, chief executive says",
    originalText: [
      "Dunmore Coal will pay the medical costs of all 14 miners rescued from its Orrin Hill mine, chief executive Paul Ferreira told reporters in New York tonight.",
      "Shares in the company fell 6 percent on Thursday, the day after Wednesday's trading halt.",
      "Ferreira said the company had spent $40 million on mine safety since 2020.",
      "“Our first duty is to the men and their families,” Ferreira said.",
      "An inquiry into Tuesday's collapse will begin on Nov. 23, the regional government said.",
    ].join("\n\n"),
  },
  {
    input: "mine/5",
    externalId: "kestrel-post-1",
    source: "Kestrel Post",
    url: "https://kestrelpost.example/news/orrin-hill-miners-home",
    publishedAt: "2026-11-14T09:00:00Z",
    title: "Orrin Hill miners head home after 58 hours underground",
    originalText: [
      "Twelve of the 14 rescued miners left hospital on Friday, and the last two are expected home on Monday.",
      "Pritchard, who has worked at Orrin Hill since 1994, said he would never go back underground.",
      "“I saw daylight and I cried,” Pritchard said.",
      "Thursday night's rescue drew a crowd of about 2,000 people to the mine gate, police said.",
      "Okafor said on Saturday that the drill hole would be sealed next week.",
    ].join("\n\n"),
  },
];

/** The five articles, prepared and linked as the product does it. */
export function mineRescueArticles(): Article[] {
  return linkNearDuplicates(MINE_RESCUE_DRAFTS.map((draft) => prepareArticle(draft)));
}

const LAST_WEEK_OF_THE_COLLAPSE = [
  "2026-11-02",
  "2026-11-03",
  "2026-11-04",
  "2026-11-05",
  "2026-11-06",
  "2026-11-07",
  "2026-11-08",
];

/**
 * Written from the texts above before any output was seen. Changed after the first run: the never-
 * dated entry for "Updated 3 min ago" (2026-11) went, since every sentence of a dated article is
 * true on its publication day when it states no date of its own; that the stamp is no timeline
 * entry is asserted in find-date-mentions.test.ts.
 */
export const MINE_RESCUE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We know where they are, and we believe they have air", speaker: "Helen Okafor" },
    { text: "They are tired and frightened, but they are talking", speaker: "Helen Okafor" },
    { text: "This is the best night of my career", speaker: "Helen Okafor" },
    { text: "Our first duty is to the men and their families", speaker: "Paul Ferreira" },
    { text: "I saw daylight and I cried", speaker: "Dai Pritchard" },
  ],
  timeline: [
    { text: "when a tunnel collapsed at the Orrin Hill coal mine on Tuesday afternoon", dates: ["2026-11-10"] },
    { text: "Tuesday's collapse was the worst at the mine", dates: ["2026-11-10"] },
    // Written on Wednesday morning: the night of Tuesday to Wednesday.
    { text: "Rescue teams worked overnight", dates: ["2026-11-10", "2026-11-11"] },
    // The sentence reports the saying; the inspection in October is background.
    { text: "said last week that the mine had passed a safety inspection", dates: LAST_WEEK_OF_THE_COLLAPSE },
    { text: "Families gathered at the mine gate on Tuesday night", dates: ["2026-11-10"] },
    { text: "Rescuers made contact with all 14 trapped miners", dates: ["2026-11-12"] },
    { text: "Okafor told reporters on Wednesday", dates: ["2026-11-11"] },
    { text: "Last week's strike shut the mine for two days", dates: LAST_WEEK_OF_THE_COLLAPSE },
    { text: "Rescuers began lowering the capsule into the drill shaft", dates: ["2026-11-12"] },
    { text: "The first miner, Dai Pritchard, 52, has been brought to the surface", dates: ["2026-11-12"] },
    // After the 23:58 GMT stamp of a blog opened on Thursday: Thursday (the stamp gives a time, not a day).
    { text: "Rescuers have now brought 11 men to the surface", dates: ["2026-11-12"] },
    { text: "All 14 miners are out, early on Friday", dates: ["2026-11-13"] },
    // Written at 21:30 in New York on Thursday, which is already Friday in GMT.
    { text: "chief executive Paul Ferreira told reporters in New York tonight", dates: ["2026-11-12"] },
    { text: "Shares in the company fell 6 percent on Thursday", dates: ["2026-11-12"] },
    { text: "An inquiry into Tuesday's collapse will begin on Nov. 23", dates: ["2026-11-23", "2026-11-12"] },
    { text: "Twelve of the 14 rescued miners left hospital on Friday", dates: ["2026-11-13"] },
    { text: "Thursday night's rescue drew a crowd", dates: ["2026-11-12"] },
    // Published on a Saturday: "on Saturday" is that day.
    { text: "Okafor said on Saturday that the drill hole would be sealed", dates: ["2026-11-14"] },
  ],
  neverDated: [
    { text: "Tuesday's collapse was the worst at the mine", date: "1987" },
    { text: "said last week that the mine had passed a safety inspection", date: "2026-10" },
    { text: "who had been without food since Tuesday's collapse", date: "2026-11-10" },
    { text: "The first miner, Dai Pritchard, 52, has been brought to the surface", date: "2026-10" },
    { text: "All 14 miners are out, early on Friday", date: "2026-11-06" },
    { text: "chief executive Paul Ferreira told reporters in New York tonight", date: "2026-11-13" },
    { text: "Shares in the company fell 6 percent on Thursday", date: "2026-11-11" },
    { text: "Ferreira said the company had spent $40 million on mine safety since 2020", date: "2020" },
    { text: "An inquiry into Tuesday's collapse will begin on Nov. 23", date: "2026-11-10" },
    { text: "An inquiry into Tuesday's collapse will begin on Nov. 23", date: "2025" },
    { text: "Twelve of the 14 rescued miners left hospital on Friday", date: "2026-11-09" },
    { text: "who has worked at Orrin Hill since 1994", date: "1994" },
    { text: "Okafor said on Saturday that the drill hole would be sealed", date: "2026-11-07" },
  ],
  disagreements: [],
  notDisagreements: [
    ["11", "14"],
    ["1,500", "2,000"],
    ["Twelve", "14"],
  ],
  corroboration: [{ text: "Rescuers made contact with all 14 trapped miners", outlets: 1 }],
};
