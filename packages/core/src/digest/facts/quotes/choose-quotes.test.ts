import { expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { rankEvidence } from "../../evidence/rank-evidence.js";
import { extractFacts } from "../extract-facts.js";
import { chooseQuotes } from "./choose-quotes.js";
import { findQuotes } from "./find-quotes.js";

it("shows one quote per person, and two people of one surname as two speakers", () => {
  const article = prepareArticle({
    input: "mine",
    title: "Miners out",
    originalText: [
      "Owen Lloyd, 44, a shift supervisor, was the last man up.",
      "“It was dark and it was hot, but we never stopped talking,” Owen Lloyd told reporters.",
      "“I'm going to make him that cup of tea now,” said Carys Lloyd, his wife.",
      "“We never once thought of giving up down there,” Lloyd said.",
    ].join("\n\n"),
  });
  const chosen = chooseQuotes(findQuotes([article]), [article], []);
  expect(chosen.map((quote) => quote.speaker).sort()).toEqual(["Carys Lloyd", "Owen Lloyd"]);
});

it("shows a speaker's own sentences rather than a fragment the writer worked into a sentence", () => {
  const article = prepareArticle({
    input: "outage",
    title: "Airline outage",
    originalText: [
      "Norvia Airlines said a faulty software update to its booking systems had caused Monday's outage.",
      "The software update to the booking systems was pushed to every server at once, the airline said.",
      "Chief executive Lars Eklund said the software update had gone to “every booking server at once, in breach of our procedures”.",
      "“Someone skipped a step, and we will find out who,” Eklund told Reuters.",
    ].join("\n\n"),
  });
  const quotes = findQuotes([article]);
  const evidence = rankEvidence([article], extractFacts([article]));
  const [chosen] = chooseQuotes(quotes, [article], evidence);
  expect(chosen).toMatchObject({ speaker: "Lars Eklund", text: expect.stringMatching(/^Someone skipped a step/) });
});
