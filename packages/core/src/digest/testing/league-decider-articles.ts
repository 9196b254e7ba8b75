import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of the summary by summary14 (2026-12-05, before running any code
 * on it): five articles from three outlets on a football league's last-day decider, Harbury Town
 * against Ashcombe Rovers at Meadow Lane on Saturday 24 April 2027, which Ashcombe won 2-1 to take the
 * title. Before it the reports tell the fixture, what each side needed and what each manager vowed
 * ("will face Ashcombe Rovers at Meadow Lane on Saturday", "need only a draw to be crowned champions",
 * "said his side would go to Meadow Lane to win", "is expected to start despite a hamstring injury");
 * after it, the result, the loser's manager staying on, and a new fixture still to come (Harbury's
 * play-off semi-final on Saturday 1 May), which the result does not settle. A county sports site on
 * Wednesday and Saturday night, the home town's paper on Friday and Monday, a non-league weekly on
 * Sunday. Traps: a crowd of 4,312 against about 4,000 tickets sold before, the table's two points,
 * minutes of goals, the score. Test support only.
 */
const LEAGUE_DECIDER_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "decider/1",
    externalId: "d1",
    source: "County Sport",
    url: "https://countysport.example/football/harbury-ashcombe-decider-preview",
    publishedAt: "2027-04-21T11:00:00Z",
    title: "Harbury and Ashcombe meet in Southern Counties League decider",
    originalText: [
      "Harbury Town will face Ashcombe Rovers at Meadow Lane on Saturday in a decider for the Southern Counties League title.",
      "Harbury lead the table by two points and need only a draw to be crowned champions.",
      "Ashcombe manager Gareth Pell said his side would go to Meadow Lane to win. “We have nothing to lose and a title to take,” Pell said.",
      "About 4,000 tickets have been sold for the match.",
    ].join("\n"),
  },
  {
    input: "decider/2",
    externalId: "d2",
    source: "Harbury Gazette",
    url: "https://harburygazette.example/sport/pryor-ready-for-decider",
    publishedAt: "2027-04-23T09:30:00Z",
    title: "Pryor: Harbury ready for title decider",
    originalText: [
      "Harbury captain Sam Okonedo is expected to start despite a hamstring injury.",
      "Manager Dean Pryor said on Thursday that his players were ready. “We have been the best team in this league all season, and on Saturday we will show it,” Pryor said.",
      "The winners will be promoted to the National League South.",
    ].join("\n"),
  },
  {
    input: "decider/3",
    externalId: "d3",
    source: "County Sport",
    url: "https://countysport.example/football/ashcombe-win-title-at-harbury",
    publishedAt: "2027-04-24T18:40:00Z",
    title: "Ashcombe snatch title with stoppage-time winner at Harbury",
    originalText: [
      "Ashcombe Rovers won the Southern Counties League title on Saturday, beating Harbury Town 2-1 at Meadow Lane with a stoppage-time goal from Kofi Mensah.",
      "Harbury had led through an Okonedo header in the 30th minute before Ashcombe equalised after the break.",
      "A crowd of 4,312 watched the match.",
      "“Nobody gave us a chance, and these players took one,” Pell said.",
    ].join("\n"),
  },
  {
    input: "decider/4",
    externalId: "d4",
    source: "Non-League Weekly",
    url: "https://nonleagueweekly.example/southern-counties/ashcombe-promoted",
    publishedAt: "2027-04-25T10:15:00Z",
    title: "Ashcombe promoted after late win in Harbury decider",
    originalText: [
      "Ashcombe Rovers clinched promotion to the National League South with a 2-1 win at Harbury Town on Saturday, Mensah scoring the winner in the 93rd minute.",
      "Harbury manager Dean Pryor said on Sunday that he would stay on next season. “I am not walking away from this club after one bad afternoon,” he said.",
    ].join("\n"),
  },
  {
    input: "decider/5",
    externalId: "d5",
    source: "Harbury Gazette",
    url: "https://harburygazette.example/sport/harbury-play-off-dunmore",
    publishedAt: "2027-04-26T08:00:00Z",
    title: "Harbury turn to play-offs after final-day heartbreak",
    originalText: [
      "Harbury Town will face Dunmore Athletic in a play-off semi-final at Meadow Lane on Saturday, May 1, after losing the title to Ashcombe Rovers.",
      "Okonedo, who played through his injury, is a doubt for the tie.",
      "The play-off winners will join Ashcombe in the National League South.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function leagueDeciderArticles(): Article[] {
  return linkNearDuplicates(LEAGUE_DECIDER_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by summary14 (2026-12-05), before running any code on them. No real
 * disagreement. The summary must tell the result and none of the decider's fixture, what each side
 * needed or vowed, or a captain's fitness told before it; the play-off told after the result is news.
 */
export const LEAGUE_DECIDER_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "We have nothing to lose and a title to take", speaker: "Gareth Pell" },
    { text: "We have been the best team in this league all season", speaker: "Dean Pryor" },
    { text: "Nobody gave us a chance, and these players took one", speaker: "Gareth Pell" },
    { text: "I am not walking away from this club", speaker: "Dean Pryor" },
  ],
  timeline: [
    { text: "Ashcombe Rovers won the Southern Counties League title on Saturday", dates: ["2027-04-24"] },
    { text: "said on Sunday that he would stay on next season", dates: ["2027-04-25"] },
    { text: "will face Dunmore Athletic in a play-off semi-final", dates: ["2027-05-01"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    // Tickets sold before against the crowd; the lead in points against the score; goal minutes.
    ["4,000", "4,312"],
    ["30th", "93rd"],
  ],
  corroboration: [{ text: "Ashcombe Rovers won the Southern Counties League title on Saturday", outlets: 2 }],
  headline: ["Ashcombe"],
  summary: {
    holds: ["2-1"],
    never: [
      "will face Ashcombe Rovers at Meadow Lane on Saturday",
      "need only a draw to be crowned champions",
      "would go to Meadow Lane to win",
      "is expected to start despite a hamstring injury",
      "The winners will be promoted",
    ],
  },
};
