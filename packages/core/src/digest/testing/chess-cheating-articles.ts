import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes30 (2026-12-06, texts and expectations before running any
 * code on them): four articles from three outlets on a cheating complaint at the Marlow Chess Congress
 * on Saturday 14 November 2026, a phone found in the toilets, police clearing the players on Thursday
 * 19 November, and the final round replayed on Saturday 5 December.
 * Quote styles: "he said" after a woman named since the man it stands for; a spokeswoman for the
 * federation after a man named; a father named after his son ("Dmitri Sokolov's father, Pavel") then
 * "Mr Sokolov said"; sentence openers before a surname ("But Ilyina", "Still Marsh"); a statement over
 * two paragraphs; a quote whose speaker the next sentence names ("“…” The words came from X"); British
 * single quotes and US double quotes. Test support only.
 */
const CHESS_CHEATING_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "chess/1",
    externalId: "c1",
    source: "Southern Wire",
    url: "https://southernwire.example/marlow-chess-congress-halted",
    publishedAt: "2026-11-14T18:20:00Z",
    title: "Chess congress halts final round after cheating complaint",
    originalText: [
      "Organisers of the Marlow Chess Congress halted its final round on Saturday after a grandmaster complained that her opponent had been receiving help from a computer.",
      "Grandmaster Katya Ilyina, 31, lodged the complaint after losing in 29 moves to Dmitri Sokolov, a 19-year-old international master.",
      "“I have played this game for twenty-five years and I know when a move is not human,” Ilyina said.",
      "Sokolov denied the allegation. Chief arbiter Helen Marsh said her staff had found a mobile phone behind a cistern in the players' toilets. “I have never used an engine during a game, and I will prove it,” he said.",
      "Nigel Ashworth, chief executive of the English Chess Federation, was at the venue.",
      "“The tournament will be completed, but not today,” said a spokeswoman for the federation.",
    ].join("\n"),
  },
  {
    input: "chess/2",
    externalId: "c2",
    source: "Marlow Gazette",
    url: "https://marlowgazette.example/news/teenage-chess-star-will-clear-name",
    publishedAt: "2026-11-15T11:05:00Z",
    title: "Teenage chess star 'will clear his name', says father",
    originalText: [
      "Dmitri Sokolov's father, Pavel, said his son had been 'in tears all night'.",
      "‘He goes to the toilet because he drinks a lot of water. That is all,’ Mr Sokolov said.",
      "But Ilyina stood by her complaint on Sunday.",
      "‘I am not accusing a boy, I am asking the federation to check the phone,’ she said.",
      "Still Marsh would not say whose phone it was. ‘That is a matter for the police now,’ she said.",
    ].join("\n"),
  },
  {
    input: "chess/3",
    externalId: "c3",
    source: "Endgame Weekly",
    url: "https://endgameweekly.example/news/marlow-phone-spectator",
    publishedAt: "2026-11-20T09:30:00Z",
    title: "Phone found at Marlow belonged to a spectator, police say",
    originalText: [
      "Thames Valley Police said on Thursday that the phone found at the Marlow Chess Congress belonged to a spectator and held no chess software.",
      "“We have found nothing to suggest that any player used the device,” a police spokesman said.",
      "Ilyina, reached in Moscow, apologized in a statement.",
      "“I made my complaint in good faith, in the heat of a bad loss.",
      "“I was wrong, and I am sorry for what Dmitri and his family have been through.”",
      "“Nobody wins in a week like this.” The words came from Nigel Ashworth, the federation's chief executive, who said the final round would be replayed on Dec. 5.",
      "“We owe both players an apology for how long this took,” said a spokeswoman for the federation.",
    ].join("\n"),
  },
  {
    input: "chess/4",
    externalId: "c4",
    source: "Southern Wire",
    url: "https://southernwire.example/sokolov-wins-replayed-round",
    publishedAt: "2026-12-05T19:10:00Z",
    title: "Sokolov wins replayed final round at Marlow",
    originalText: [
      "Dmitri Sokolov won the replayed final round of the Marlow Chess Congress on Saturday, beating Katya Ilyina in 41 moves.",
      "“She shook my hand first, and that meant more to me than the win,” Sokolov said.",
      "Ilyina, who finished second, said the game had been “the hardest of my year.”",
      "Federation chief executive Nigel Ashworth said: “Chess got its tournament back today.”",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function chessCheatingArticles(): Article[] {
  return linkNearDuplicates(CHESS_CHEATING_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by quotes30 (2026-12-06), before running any code on them. No disagreement. */
export const CHESS_CHEATING_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "I have played this game for twenty-five years", speaker: "Katya Ilyina" },
    // "he said" after a woman (her staff) is named: the man who denied it, named before her.
    { text: "I have never used an engine during a game", speaker: "Dmitri Sokolov" },
    // Spoken for the federation, after a man of the federation is named.
    { text: "The tournament will be completed", speaker: "a spokeswoman for the federation" },
    { text: "in tears all night", speaker: "Pavel Sokolov", partial: true },
    { text: "He goes to the toilet because he drinks", speaker: "Pavel Sokolov" },
    { text: "I am not accusing a boy", speaker: "Katya Ilyina" },
    { text: "That is a matter for the police now", speaker: "Helen Marsh" },
    { text: "We have found nothing to suggest", speaker: "a police spokesman" },
    // A statement over two paragraphs, introduced by the sentence before.
    { text: "I made my complaint in good faith", speaker: "Katya Ilyina" },
    { text: "I was wrong, and I am sorry", speaker: "Katya Ilyina" },
    // The speaker named in the sentence after the quote.
    { text: "Nobody wins in a week like this", speaker: "Nigel Ashworth" },
    { text: "We owe both players an apology", speaker: "a spokeswoman for the federation" },
    { text: "She shook my hand first", speaker: "Dmitri Sokolov" },
    { text: "the hardest of my year", speaker: "Katya Ilyina", partial: true },
    { text: "Chess got its tournament back today", speaker: "Nigel Ashworth" },
  ],
  timeline: [
    { text: "halted its final round on Saturday", dates: ["2026-11-14"] },
    { text: "Thames Valley Police said on Thursday", dates: ["2026-11-19"] },
    { text: "won the replayed final round", dates: ["2026-12-05"] },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["29", "41"],
    ["31", "19"],
  ],
  corroboration: [{ text: "won the replayed final round", outlets: 1 }],
  headline: ["won"],
};
