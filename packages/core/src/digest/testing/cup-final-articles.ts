import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of facts code (facts8, 2026-12-04, before its author read the
 * facts code): six articles from five outlets about a football cup final and the days after it
 * (Saturday 15 to Monday 17 May 2027). Traps: one real disagreement (the fee the winners paid for
 * their striker: £12 million in one outlet, £15 million in another), scores (3-1 after extra time,
 * 1-1 after 90 minutes), minutes of goals, a crowd given exactly and rounded, prize money for winner
 * and runner-up, a parade crowd against the organisers' expectation, ages, background years ("for
 * the first time since 1991", "rebuilt in 2009", "a season ticket since 1968"), "on Monday" ahead
 * from a Saturday, "on April 17" a month before; a manager whose surname is two words ("Niamh Mac
 * Suibhne", then "Mac Suibhne" in another article and "the manager"), a quote inside a quote that
 * names "the manager", a quote over two paragraphs, "According to Mac Suibhne, “…”", "X said that
 * his players had “…”" and "said the players felt “…”" as partial quotes, straight single quotes,
 * "said the chairman, Alan Whitcombe", em-dash attributions with a description after the name, a
 * banner and a flag whose words nobody said ("“…,” read the flag"), a wire report syndicated by a
 * second paper and an undated, untitled fan blog. Test support only.
 */
const CUP_FINAL_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "cup/1",
    externalId: "press-sport-wire-1",
    source: "Press Sport Wire",
    url: "https://presssportwire.example/2027/05/15/national-cup-final-report",
    publishedAt: "2027-05-15T19:30:00Z",
    title: "Wróbel double as Harbour City beat Millbrook Rovers 3-1 to win National Cup",
    originalText: [
      "Harbour City won the National Cup for the first time since 1991 on Saturday, beating Millbrook Rovers 3-1 after extra time at Kingsway Stadium in front of 82,114 fans.",
      "The match was 1-1 after 90 minutes, Rovers captain Luis Ferreira having cancelled out Tomasz Wróbel's first-half header with a penalty in the 71st minute.",
      "Wróbel scored again in the 104th minute, and the substitute Jamie Okafor added a third two minutes later.",
      "“At half-time the manager told us, ‘Nobody remembers the team that lost the final,’ and we went out and made sure it wasn't us,” Wróbel said.",
      "Harbour City manager Niamh Mac Suibhne said: “I am so proud of these players. They were dead on their feet after 90 minutes and they found something.",
      "“This one is for everybody who stood on those terraces in the bad years.”",
      "The winners receive £3.4 million in prize money and the runners-up £1.7 million.",
      "The club will hold an open-top bus parade through the city on Monday.",
    ].join("\n\n"),
  },
  {
    input: "cup/2",
    externalId: "coastal-daily-1",
    source: "Coastal Daily",
    url: "https://coastaldaily.example/sport/harbour-city-lift-national-cup",
    publishedAt: "2027-05-15T22:30:00Z",
    title: "Harbour City beat Millbrook Rovers 3-1 to lift National Cup",
    originalText: [
      "Harbour City won the National Cup for the first time since 1991 on Saturday, beating Millbrook Rovers 3-1 after extra time at Kingsway Stadium in front of 82,114 fans, Press Sport Wire reported.",
      "The match was 1-1 after 90 minutes, Rovers captain Luis Ferreira having cancelled out Tomasz Wróbel's first-half header with a penalty in the 71st minute.",
      "Wróbel scored again in the 104th minute, and the substitute Jamie Okafor added a third two minutes later.",
      "“At half-time the manager told us, ‘Nobody remembers the team that lost the final,’ and we went out and made sure it wasn't us,” Wróbel said.",
      "The winners receive £3.4 million in prize money and the runners-up £1.7 million.",
      "The club will hold an open-top bus parade through the city on Monday.",
    ].join("\n\n"),
  },
  {
    input: "cup/3",
    externalId: "sunday-chronicle-1",
    source: "Sunday Chronicle",
    url: "https://sundaychronicle.example/sport/wrobel-12m-misfit-wins-cup",
    publishedAt: "2027-05-16T06:00:00Z",
    title: "How Wróbel, the £12m misfit, won the cup for Harbour City",
    originalText: [
      "Tomasz Wróbel cost Harbour City £12 million when they signed him from Górnik Wola in July 2025, and for most of his first season he barely played.",
      "On Saturday he scored twice in the final, including the winner in the 104th minute.",
      "According to Mac Suibhne, “Tomasz never stopped working, even when he was not playing.”",
      "Harbour City reached the final by beating Oakfield Town on penalties on April 17.",
      "Rovers manager Gareth Pryce said that his players had “nothing left” in extra time.",
      "The crowd of 82,000 was the largest for a final since the stadium was rebuilt in 2009.",
      "A banner in the Harbour City end read “36 years of hurt, over at last”.",
      "“I cried like a baby at the final whistle.” — Maureen Daly, 71, who has held a season ticket since 1968",
    ].join("\n\n"),
  },
  {
    input: "cup/4",
    externalId: "terrace-talk-1",
    source: "Terrace Talk",
    url: "https://terracetalk.example/blog/thirty-six-years",
    title: null,
    originalText: [
      "Thirty-six years. That is how long some of us waited for Saturday.",
      "My dad took me to the 1991 final, and he was next to me again at Kingsway.",
      "“We are Harbour, we are back,” read the flag hanging from the balcony of the Anchor pub.",
      "I have been to every home game this season and I would not swap this for anything.",
    ].join("\n\n"),
  },
  {
    input: "cup/5",
    externalId: "millbrook-evening-post-1",
    source: "Millbrook Evening Post",
    url: "https://millbrookeveningpost.example/rovers/pryce-leaves",
    publishedAt: "2027-05-17T12:00:00Z",
    title: "Pryce leaves Millbrook Rovers after cup final defeat",
    originalText: [
      "Millbrook Rovers said on Monday that manager Gareth Pryce had left the club by mutual agreement, two days after their defeat in the National Cup final.",
      "Pryce, 52, joined Rovers in 2023 and took them to their first final in 40 years.",
      "'I gave everything I had to this club, and I leave with my head up,' Pryce said in a statement.",
      "“Gareth gave this club its pride back, and nobody here will forget that,” said the chairman, Alan Whitcombe.",
      "Rovers' captain, Luis Ferreira, said the players felt “gutted for the gaffer”.",
      "Harbour City paid £15 million for Wróbel in 2025, a fee Rovers had refused to match.",
    ].join("\n\n"),
  },
  {
    input: "cup/6",
    externalId: "city-radio-1",
    source: "City Radio",
    url: "https://cityradio.example/news/harbour-city-parade",
    publishedAt: "2027-05-17T18:00:00Z",
    title: "Thousands line streets for Harbour City cup parade",
    originalText: [
      "About 150,000 people lined the streets of Harbour City on Monday for an open-top bus parade, police said.",
      "Organisers had expected 100,000.",
      "Harbour City beat Millbrook Rovers 3-1 after extra time in Saturday's final.",
      "Mac Suibhne held the trophy up from the top deck as the bus passed the town hall.",
      "“I have never seen anything like it,” the manager said.",
      "Wróbel, who has two years left on his contract, said he wanted to stay.",
      "“This is my home now.” — Tomasz Wróbel, speaking to City Radio",
    ].join("\n\n"),
  },
];

/** The six articles, prepared and linked as the product does it. */
export function cupFinalArticles(): Article[] {
  return linkNearDuplicates(CUP_FINAL_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const CUP_FINAL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "At half-time the manager told us", speaker: "Tomasz Wróbel" },
    { text: "I am so proud of these players", speaker: "Niamh Mac Suibhne" },
    { text: "This one is for everybody who stood on those terraces", speaker: "Niamh Mac Suibhne" },
    { text: "Tomasz never stopped working", speaker: "Niamh Mac Suibhne" },
    { text: "nothing left", speaker: "Gareth Pryce", partial: true },
    // A banner's and a flag's words: nobody's quotation.
    { text: "36 years of hurt, over at last", speaker: null },
    { text: "I cried like a baby at the final whistle", speaker: "Maureen Daly" },
    { text: "We are Harbour, we are back", speaker: null },
    { text: "I gave everything I had to this club", speaker: "Gareth Pryce" },
    { text: "Gareth gave this club its pride back", speaker: "Alan Whitcombe" },
    { text: "gutted for the gaffer", speaker: "Luis Ferreira", partial: true },
    { text: "I have never seen anything like it", speaker: "Niamh Mac Suibhne" },
    { text: "This is my home now", speaker: "Tomasz Wróbel" },
  ],
  timeline: [
    { text: "Harbour City won the National Cup for the first time since 1991 on Saturday", dates: ["2027-05-15"] },
    { text: "The club will hold an open-top bus parade through the city on Monday", dates: ["2027-05-17"] },
    { text: "On Saturday he scored twice in the final", dates: ["2027-05-15"] },
    { text: "beating Oakfield Town on penalties on April 17", dates: ["2027-04-17"] },
    { text: "Millbrook Rovers said on Monday that manager Gareth Pryce had left", dates: ["2027-05-17"] },
    { text: "About 150,000 people lined the streets of Harbour City on Monday", dates: ["2027-05-17"] },
    { text: "Harbour City beat Millbrook Rovers 3-1 after extra time in Saturday's final", dates: ["2027-05-15"] },
    { text: "That is how long some of us waited for Saturday", dates: [null] },
  ],
  neverDated: [
    { text: "for the first time since 1991", date: "1991" },
    { text: "since the stadium was rebuilt in 2009", date: "2009" },
    { text: "who has held a season ticket since 1968", date: "1968" },
    // "Pryce, 52, joined Rovers in 2023 and took them to their first final in 40 years" was written
    // here first as never 2023; but joining in 2023 is what that sentence reports (no relative
    // clause about the past inside a sentence about now), so 2023 is a fair date for it.
    { text: "The club will hold an open-top bus parade through the city on Monday", date: "2027-05-10", exact: true },
    // Added by timeline9 (issue 13, reported by facts8): two statements after the April 17 sentence
    // were dated by it on the digest's timeline; they tell of the final, never of the semi-final.
    { text: "Rovers manager Gareth Pryce said that his players had", date: "2027-04-17", exact: true },
    { text: "The crowd of 82,000 was the largest for a final", date: "2027-04-17", exact: true },
  ],
  disagreements: [{ values: ["12", "15"], outlets: ["Sunday Chronicle", "Millbrook Evening Post"] }],
  notDisagreements: [
    ["82,114", "82,000"],
    ["3.4", "1.7"],
    ["150,000", "100,000"],
    ["71", "104"],
    ["90", "104"],
    ["12", "3.4"],
    ["15", "3.4"],
    ["36", "40"],
    ["52", "40"],
    ["52", "71"],
  ],
  corroboration: [
    // The wire report and its syndicated copy are one outlet; the radio's parade story says it too.
    { text: "Harbour City beat Millbrook Rovers 3-1 after extra time in Saturday's final", outlets: 2 },
    { text: "The winners receive £3.4 million in prize money", outlets: 1 },
  ],
};
