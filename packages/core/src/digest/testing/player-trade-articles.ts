import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test of quote code (quotes29, 2026-12-06, texts and expectations
 * written before any code ran on them): three outlets on a baseball trade at the deadline and the
 * pitcher's first start for his new club, Thursday 30 July to Sunday 2 August 2026. Traps: teams
 * called by their nicknames ("the Foxes said in a statement", "the Red Caps" opening a quote and
 * saying something reported); a couple named together ("Marcus and Elena Delgado") and the wife
 * quoted by her full name; a manager quoted in a sentence that names a Hall of Famer he played with;
 * "said, “…”" after an asked-whether clause; "said Foxes shortstop Andre Kemp"; a so-called curse;
 * what fans have "dubbed" a game; "according to a person familiar with the deal"; a club's
 * spokesman described by its nickname. Test support only.
 */
const PLAYER_TRADE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "player-trade/1",
    externalId: "harbor-city-ledger-1",
    source: "Harbor City Ledger",
    url: "https://harborcityledger.example/sports/gulls-trade-delgado",
    publishedAt: "2026-07-30T23:00:00Z",
    title: "Gulls trade ace Marcus Delgado to Foxes for three prospects",
    originalText: [
      "The Harbor City Gulls traded ace Marcus Delgado to the Riverton Foxes on Thursday for three minor-league prospects, hours before the deadline.",
      "“Marcus gave this city seven great years, and this was the hardest call I’ve made,” Gulls general manager Dana Whitcombe said.",
      "The Foxes said in a statement that they were “thrilled to welcome one of the best left-handers in the game.”",
      "Delgado, 31, was 9-4 with a 2.87 ERA this season.",
      "“I found out from my wife, who saw it on her phone,” Delgado told reporters at the team hotel. “Then Dana called.”",
      "According to a person familiar with the deal, the Gulls will also send $4 million to Riverton to cover part of Delgado’s salary.",
    ].join("\n\n"),
  },
  {
    input: "player-trade/2",
    externalId: "riverton-post-1",
    source: "The Riverton Post",
    url: "https://rivertonpost.example/2026/07/31/foxes-land-delgado",
    publishedAt: "2026-07-31T12:00:00Z",
    title: "Foxes land Delgado at the deadline",
    originalText: [
      "The Foxes landed the left-hander they had chased all summer, getting Marcus Delgado from Harbor City for outfielder Luis Ybarra and two pitchers.",
      "Foxes manager Ben Castellano, asked whether Delgado would start on Sunday against the Red Caps, said, “If his arm says yes, he pitches Sunday.”",
      "“The Red Caps have owned us this year. That ends now,” said Foxes shortstop Andre Kemp.",
      "Owner Teresa Vaughn, who bought the club in 2023, said the trade showed the Foxes were serious. “We told our fans we would go for it, and we have,” she said.",
      "Marcus and Elena Delgado have two children and will move to Riverton next week. “The kids are already asking about the zoo,” Elena Delgado said.",
      "Castellano, who played alongside Hall of Famer Walt Bremner on the 1990 team, said: “This is the kind of arm we have not had since Walt.”",
    ].join("\n\n"),
  },
  {
    input: "player-trade/3",
    externalId: "diamond-wire-1",
    source: "Diamond Wire",
    url: "https://diamondwire.example/delgado-wins-foxes-debut",
    publishedAt: "2026-08-02T23:00:00Z",
    title: "Delgado wins Foxes debut",
    originalText: [
      "Marcus Delgado struck out nine in seven innings as the Riverton Foxes beat the Red Caps 4-1 on Sunday in his first start for the club.",
      "“It felt like a first day at school,” Delgado said. “Everybody was nice, but I didn’t know where the bathroom was.”",
      "The Red Caps said Kemp’s comments had been pinned up in their clubhouse.",
      "The Foxes have now won six straight since what fans on social media have dubbed the “Ybarra game.”",
      "Kemp, asked about the so-called “Red Caps curse,” laughed it off. “Curses are for people who don’t hit,” Kemp said.",
      "“All three players have passed their physicals,” a Gulls spokesman said.",
    ].join("\n\n"),
  },
];

export function playerTradeArticles(): Article[] {
  return linkNearDuplicates(PLAYER_TRADE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above before any output was seen. */
export const PLAYER_TRADE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Marcus gave this city seven great years", speaker: "Dana Whitcombe" },
    { text: "thrilled to welcome one of the best left-handers in the game.", speaker: "Riverton Foxes", partial: true },
    { text: "I found out from my wife, who saw it on her phone", speaker: "Marcus Delgado" },
    { text: "Then Dana called.", speaker: "Marcus Delgado" },
    { text: "If his arm says yes, he pitches Sunday.", speaker: "Ben Castellano" },
    { text: "The Red Caps have owned us this year. That ends now", speaker: "Andre Kemp" },
    { text: "We told our fans we would go for it, and we have", speaker: "Teresa Vaughn" },
    { text: "The kids are already asking about the zoo", speaker: "Elena Delgado" },
    { text: "This is the kind of arm we have not had since Walt.", speaker: "Ben Castellano" },
    { text: "It felt like a first day at school", speaker: "Marcus Delgado" },
    { text: "Everybody was nice, but I didn’t know where the bathroom was.", speaker: "Marcus Delgado" },
    { text: "Curses are for people who don’t hit", speaker: "Andre Kemp" },
    { text: "All three players have passed their physicals", speaker: "a Gulls spokesman" },
  ],
  timeline: [
    { text: "traded ace Marcus Delgado to the Riverton Foxes on Thursday", dates: ["2026-07-30"] },
    { text: "beat the Red Caps 4-1 on Sunday", dates: ["2026-08-02"] },
  ],
  neverDated: [{ text: "Owner Teresa Vaughn, who bought the club in 2023", date: "2023" }],
  disagreements: [],
  notDisagreements: [["9-4", "4-1"]],
  corroboration: [],
};
