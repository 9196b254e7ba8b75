import { expect, it } from "vitest";
import { prepareArticle } from "../../ingest/index.js";
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
