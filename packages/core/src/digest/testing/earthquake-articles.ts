import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts6, 2026-12-04, before its author read the
 * facts code): six articles from five outlets about an earthquake (Tuesday 10 to Thursday 12
 * November 2026). Traps: a death toll that rises (42, 214, 389) and one real disagreement (the
 * disaster agency's 214 against the Red Crescent's 260, both late on Tuesday, in two outlets), the
 * toll split by town and the children among it, a range of collapsed buildings then a count, a
 * magnitude revised (6.8 to 7.0), the same aid in euros and dollars, a percentage of homes, "Gov."
 * and "Dr." titles, "Ahmad bin Khalid" then "According to bin Khalid", a pronoun "She added:", curly
 * single and straight double quotes, an unnamed speaker, "yesterday", "Nov. 12" without a year, a
 * background year ("the strongest since 1999"), "Tuesday's earthquake" inside Thursday's news, a wire
 * story syndicated by a second paper and an undated charity page. Test support only.
 */
const EARTHQUAKE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "quake/1",
    externalId: "meridian-press-1",
    source: "Meridian Press",
    url: "https://meridianpress.example/2026/11/10/dersa-earthquake",
    publishedAt: "2026-11-10T05:30:00Z",
    title: "Strong earthquake kills at least 42 in Dersa province",
    originalText: [
      "A magnitude 6.8 earthquake struck Dersa province before dawn on Tuesday, killing at least 42 people and bringing down hundreds of buildings, officials said.",
      "The quake, the strongest to hit the region since 1999, struck at 4:12 a.m. about 15 kilometres north of the town of Talvar, the National Seismological Institute said.",
      "“The whole street came down like paper,” said Yusuf Demir, a shopkeeper in Talvar, who escaped with his family.",
      "Rescue teams were searching for people trapped under the rubble in Talvar and in the nearby town of Osk.",
      "Gov. Ahmet Kaya said that the province needed “every tent and every blanket” it could get.",
    ].join("\n\n"),
  },
  {
    input: "quake/2",
    externalId: "channel-9-1",
    source: "Channel 9 News",
    url: "https://channel9.example/news/quake-toll-214",
    publishedAt: "2026-11-10T19:00:00Z",
    title: "Earthquake death toll climbs to 214",
    originalText: [
      "The death toll from Tuesday's earthquake in Dersa province has risen to 214, the National Disaster Agency said this evening.",
      "Of the dead, 150 were in Talvar and 64 in Osk, the agency said.",
      "At least 57 of the victims were children.",
      "The agency estimated that between 1,000 and 1,500 buildings had collapsed.",
      "Health Minister Dr. Selin Aydemir said hospitals in the province were treating more than 900 injured people.",
      "“We are bringing the most serious cases to the capital by helicopter,” Aydemir said.",
      "She added: “Our hospitals in Talvar are full, but they are standing.”",
    ].join("\n\n"),
  },
  {
    input: "quake/3",
    externalId: "daily-courier-1",
    source: "The Daily Courier",
    url: "https://dailycourier.example/world/red-crescent-quake-toll",
    publishedAt: "2026-11-11T06:00:00Z",
    title: "Red Crescent says quake killed 260 as rescuers race against time",
    originalText: [
      "The Red Crescent said late on Tuesday that 260 people had been killed in the earthquake.",
      "The National Seismological Institute revised the magnitude of the quake to 7.0 from an initial 6.8.",
      "Ahmad bin Khalid, who heads the Red Crescent's operations in the province, said: ‘We are still finding people alive, and that gives us hope.’",
      "According to bin Khalid, “the next 48 hours will decide how many more we can save.”",
      "About 30 percent of homes in Osk were damaged or destroyed, local officials said.",
      "The government declared three days of national mourning starting Nov. 12.",
      "“Nobody from the ministry has come to our street,” one resident of Osk said.",
    ].join("\n\n"),
  },
  {
    input: "quake/4",
    externalId: "meridian-press-2",
    source: "Meridian Press",
    url: "https://meridianpress.example/2026/11/12/dersa-toll-rises",
    publishedAt: "2026-11-12T17:00:00Z",
    title: "Quake toll passes 380 as hopes of finding survivors fade",
    originalText: [
      "The death toll from Tuesday's earthquake rose to 389 on Thursday, the National Disaster Agency said, as rescuers in Talvar pulled fewer survivors from the rubble.",
      "The agency said 1,240 buildings had collapsed and more than 2,100 people had been injured.",
      "Rescuers pulled a 7-year-old girl alive from a collapsed apartment block in Osk yesterday, more than 30 hours after the quake.",
      "“It is a miracle, there is no other word,” said Dr. Selin Aydemir, the health minister, who visited the girl in hospital.",
      "The European Union pledged 5 million euros ($5.8 million) in emergency aid, and Japan sent a team of 70 search specialists.",
      "Kaya, the governor, said on Wednesday that 40,000 people were sleeping in tents or cars.",
      '"We need more tents before the first snow," Kaya said.',
    ].join("\n\n"),
  },
  {
    input: "quake/5",
    externalId: "northern-gazette-1",
    source: "Northern Gazette",
    url: "https://northerngazette.example/world/dersa-quake-toll-389",
    publishedAt: "2026-11-12T20:00:00Z",
    title: "Dersa quake toll rises to 389",
    originalText: [
      "The death toll from Tuesday's earthquake in Dersa rose to 389 on Thursday, the National Disaster Agency said, Meridian Press reported.",
      "The agency said 1,240 buildings had collapsed and more than 2,100 people had been injured.",
      "Rescuers pulled a 7-year-old girl alive from a collapsed apartment block in Osk yesterday, more than 30 hours after the quake.",
      "The European Union pledged 5 million euros ($5.8 million) in emergency aid, and Japan sent a team of 70 search specialists.",
    ].join("\n\n"),
  },
  {
    input: "quake/6",
    externalId: "reliefnet-1",
    source: "ReliefNet",
    url: "https://reliefnet.example/appeals/dersa-earthquake",
    title: "Dersa earthquake: how you can help",
    originalText: [
      "Aid groups say the most urgent needs after the Dersa earthquake are tents, blankets and clean water.",
      "More than 40,000 people have been left homeless, according to the provincial government.",
      "“Cash lets us buy what is needed close to the disaster, and quickly,” said Maren Holt of the aid group Shelter First.",
      "Holt said her group had sent 2,000 tents since the quake struck on Tuesday.",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function earthquakeArticles(): Article[] {
  return linkNearDuplicates(EARTHQUAKE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const EARTHQUAKE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The whole street came down like paper", speaker: "Yusuf Demir" },
    { text: "every tent and every blanket", speaker: "Ahmet Kaya", partial: true },
    { text: "We are bringing the most serious cases to the capital", speaker: "Selin Aydemir" },
    { text: "Our hospitals in Talvar are full", speaker: "Selin Aydemir" },
    { text: "We are still finding people alive", speaker: "Ahmad bin Khalid" },
    // Partial: a quote opening in lower case begins inside the speaker's sentence, whatever
    // introduces it (the recall and measles stories, written first the other way, now agree).
    { text: "the next 48 hours will decide", speaker: "Ahmad bin Khalid", partial: true },
    // Written null before the house rule for unnamed sources (expected-facts.ts: the description as
    // written, "one driver"); corrected by quotes32.
    { text: "Nobody from the ministry has come to our street", speaker: "one resident of Osk" },
    { text: "It is a miracle, there is no other word", speaker: "Selin Aydemir" },
    { text: "We need more tents before the first snow", speaker: "Ahmet Kaya" },
    { text: "Cash lets us buy what is needed", speaker: "Maren Holt" },
  ],
  timeline: [
    { text: "A magnitude 6.8 earthquake struck Dersa province before dawn on Tuesday", dates: ["2026-11-10"] },
    { text: "has risen to 214, the National Disaster Agency said this evening", dates: ["2026-11-10"] },
    { text: "The Red Crescent said late on Tuesday that 260 people", dates: ["2026-11-10"] },
    { text: "rose to 389 on Thursday", dates: ["2026-11-12"] },
    { text: "pulled a 7-year-old girl alive from a collapsed apartment block in Osk yesterday", dates: ["2026-11-11"] },
    { text: "three days of national mourning starting Nov. 12", dates: ["2026-11-12"] },
    { text: "said on Wednesday that 40,000 people were sleeping", dates: ["2026-11-11"] },
  ],
  neverDated: [
    { text: "the strongest to hit the region since 1999", date: "1999" },
    { text: "rose to 389 on Thursday", date: "2026-11-10", exact: true },
    { text: "three days of national mourning starting Nov. 12", date: "2025-11-12", exact: true },
  ],
  disagreements: [{ values: ["214", "260"], outlets: ["Channel 9 News", "The Daily Courier"] }],
  notDisagreements: [
    ["42", "214"],
    ["214", "389"],
    ["260", "389"],
    ["42", "260"],
    ["6.8", "7.0"],
    ["150", "64"],
    ["150", "214"],
    ["64", "214"],
    ["57", "214"],
    ["1,500", "1,240"],
    ["1,000", "1,240"],
    ["5", "5.8"],
    ["900", "2,100"],
    ["30", "64"],
    ["2,000", "40,000"],
  ],
  corroboration: [
    // The wire story and its syndicated copy are one outlet.
    { text: "The European Union pledged 5 million euros", outlets: 1 },
    { text: "The Red Crescent said late on Tuesday that 260 people", outlets: 1 },
  ],
};
