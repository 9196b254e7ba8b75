import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts35 (2026-12-06, texts and expectations written before
 * running any code on them): a television broadcast tower that collapsed during repairs in rural
 * Nebraska on Monday 23 November 2026, told in US style by a local TV station's site, a national wire,
 * a city paper (twice) and a trade journal over four days. Disagreements worded differently: the crew on
 * the tower told as a sum of trades and as a whole, the tower's height before its noun and in a relative
 * clause, the homes cleared told as homes evacuated and as families ordered out, the people at work on
 * the site told as a crew and as people working. Traps: an evacuation widened the next day, a designed
 * height against the built one, the dead among the crew, an injured count its sayer lowered, a
 * replacement's estimated cost against the old tower's, customers without power then and days later.
 * First run (facts35's starting main, before any fix): disagreements 0/4 right, 0 wrong, 0 of 9 traps
 * taken; quotes 4/4; timeline 2/2. After facts35's rules: disagreements 4/4, 0 wrong, no trap taken.
 * Test support only.
 */
const BROADCAST_TOWER_COLLAPSE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "tower/1",
    externalId: "bt1",
    source: "Platte Valley News 7",
    url: "https://pvnews7.example/news/ravenna-tower-collapse",
    publishedAt: "2026-11-23T21:15:00Z",
    title: "Broadcast tower collapses near Ravenna during repairs",
    originalText: [
      "RAVENNA, Neb. — A television broadcast tower collapsed northwest of Ravenna on Monday afternoon while a crew was replacing antenna sections near the top.",
      "Three riggers and a foreman were on the tower when it buckled at about 2:40 p.m., according to the Buffalo County Sheriff's Office.",
      "Deputies evacuated 30 homes near the site because of fallen guy wires and a damaged propane line.",
      "The collapse knocked out power to about 4,000 customers in Buffalo and Sherman counties.",
      "“It folded in the middle and came straight down,” said Walt Brenner, who farms the land next to the tower.",
    ].join("\n"),
  },
  {
    input: "tower/2",
    externalId: "bt2",
    source: "Associated Wire",
    url: "https://associatedwire.example/nebraska-tv-tower-collapse",
    publishedAt: "2026-11-24T02:30:00Z",
    title: "2 dead after TV tower collapses in Nebraska",
    originalText: [
      "RAVENNA, Neb. (AW) — Two workers were killed Monday when a television tower collapsed in central Nebraska, authorities said.",
      "Five men were on the structure when it came down, Sheriff Dan Kowalski said.",
      "Some 45 families were ordered out of their homes along County Road 12 as a precaution.",
      "The sheriff's office initially reported seven people injured but later lowered the figure to six.",
      "The 1,200-foot tower carried the signal of KRVN-TV and two radio stations.",
    ].join("\n"),
  },
  {
    input: "tower/3",
    externalId: "bt3",
    source: "Omaha World-Ledger",
    url: "https://worldledger.example/news/ravenna-tower-what-we-know",
    publishedAt: "2026-11-24T18:00:00Z",
    title: "Ravenna tower collapse: what we know",
    originalText: [
      "Investigators from the Occupational Safety and Health Administration arrived Tuesday at the site of the tower collapse near Ravenna.",
      "The mast, which rose 1,350 feet above the prairie, was one of the tallest structures in Nebraska.",
      "It was designed in 1979 to reach 1,500 feet, but federal aviation rules capped it lower.",
      "The evacuation was widened on Tuesday to 80 homes as crews worked to make the guy wires safe.",
      "About 20 people were working at the base of the tower when it fell, a contractor said.",
      "“These are the most experienced climbers in the business,” said Renee Castillo, a spokeswoman for Summit Tower Services, which employed the crew.",
    ].join("\n"),
  },
  {
    input: "tower/4",
    externalId: "bt4",
    source: "Broadcast Engineering Journal",
    url: "https://bejournal.example/towers/ravenna-collapse-antenna-swap",
    publishedAt: "2026-11-25T14:00:00Z",
    title: "Ravenna collapse came mid-way through antenna swap",
    originalText: [
      "The tower that fell near Ravenna, Neb., on Monday was halfway through a routine antenna replacement, according to the station's engineering director.",
      "The 14 crew members working at the site had removed two of the old antenna's four sections.",
      "A replacement tower will cost an estimated $9 million, KRVN said.",
      "The old tower cost $2.1 million to build in 1981.",
      "“We don't yet know whether a guy wire or an anchor failed first,” said Keith Amundsen, the station's director of engineering.",
    ].join("\n"),
  },
  {
    input: "tower/5",
    externalId: "bt5",
    source: "Omaha World-Ledger",
    url: "https://worldledger.example/news/ravenna-families-return",
    publishedAt: "2026-11-26T16:00:00Z",
    title: "Families return home near fallen Ravenna tower",
    originalText: [
      "Families evacuated after Monday's tower collapse near Ravenna were allowed home on Wednesday.",
      "About 600 customers remained without power on Wednesday afternoon.",
      "The two workers who died were identified as Cody Pflug, 31, of Kearney, and Luis Arredondo, 44, of Grand Island.",
      "“Cody loved being up high. He said it was the only quiet place he knew,” his sister, Amber Pflug, said.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function broadcastTowerCollapseArticles(): Article[] {
  return linkNearDuplicates(BROADCAST_TOWER_COLLAPSE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by facts35 (2026-12-06), before running any code on them. */
export const BROADCAST_TOWER_COLLAPSE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "It folded in the middle and came straight down", speaker: "Walt Brenner" },
    { text: "These are the most experienced climbers in the business", speaker: "Renee Castillo" },
    { text: "We don't yet know whether a guy wire or an anchor failed first", speaker: "Keith Amundsen" },
    { text: "Cody loved being up high", speaker: "Amber Pflug" },
  ],
  timeline: [
    { text: "A television broadcast tower collapsed northwest of Ravenna on Monday afternoon", dates: ["2026-11-23"] },
    { text: "The evacuation was widened on Tuesday to 80 homes", dates: ["2026-11-24"] },
  ],
  neverDated: [{ text: "The old tower cost $2.1 million to build in 1981", date: "2026" }],
  disagreements: [
    // Those on the tower: three riggers and a foreman (four) against five men.
    { values: ["Three", "Five"], outlets: ["Platte Valley News 7", "Associated Wire"] },
    // The tower's height, before its noun and in a relative clause.
    { values: ["1,200-foot", "1,350 feet"], outlets: ["Associated Wire", "Omaha World-Ledger"] },
    // Monday's evacuation: homes evacuated, families ordered out of their homes.
    { values: ["30", "45"], outlets: ["Platte Valley News 7", "Associated Wire"] },
    // The people at work at the site when it fell: a crew, people working.
    { values: ["20", "14"], outlets: ["Omaha World-Ledger", "Broadcast Engineering Journal"] },
  ],
  notDisagreements: [
    // Monday's evacuation against Tuesday's wider one.
    ["30", "80"],
    ["45", "80"],
    // Designed against built.
    ["1,500", "1,200-foot"],
    ["1,500", "1,350"],
    // The dead among those on the tower; an injured count lowered by its own sayer.
    ["Two", "Five"],
    ["seven", "six"],
    ["six", "Five"],
    // A replacement's estimate against the old tower's cost; power cut then and on Wednesday.
    ["$9 million", "$2.1 million"],
    ["4,000", "600"],
  ],
  corroboration: [],
};
