import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../../ingest/index.js";
import { findQuotes } from "./find-quotes.js";

function quoteTexts(...paragraphs: string[]): string[] {
  const article = prepareArticle({ input: "test", title: "Terms", originalText: paragraphs.join("\n\n") });
  return findQuotes([article]).map((quote) => quote.text);
}

describe("findQuotes takes a term in quotation marks for no quotation (quotes26)", () => {
  it("what something was thought or mistaken to be, whoever reports the thought", () => {
    expect(quoteTexts("Students said many people at first assumed the alarm was a “fire drill.”")).toEqual([]);
    expect(quoteTexts("Some pupils told reporters they had thought the alarm was a “fire drill”.")).toEqual([]);
    expect(quoteTexts("Neighbours said they mistook the bang for a ‘car backfiring’.")).toEqual([]);
  });

  it("a name something is presented, billed or treated under", () => {
    expect(quoteTexts("Bellingham said the sale had been presented to residents as ‘regeneration’.")).toEqual([]);
    expect(
      quoteTexts(
        "Many runners said they had been told to treat the final miles as a ‘fun run’ once the race was stopped.",
      ),
    ).toEqual([]);
  });

  it("a term in the sentence's subject after a possessive, however the sentence is attributed", () => {
    expect(
      quoteTexts(
        "The council’s “cooling stations” along the route ran out of water by mid-morning, according to several runners.",
      ),
    ).toEqual([]);
  });

  it("a name given to a thing the sentence goes on to name", () => {
    expect(
      quoteTexts(
        "The fire has revived criticism of what some faculty call the university’s “deferred maintenance” problem.",
      ),
    ).toEqual([]);
  });

  it("keeps a judgement someone voiced: dismissed as, said it was, a possessive inside what is said", () => {
    expect(quoteTexts("The minister dismissed the report as “nonsense”.")).toEqual(["nonsense"]);
    expect(quoteTexts("Critics said the plan was 'unworkable'.")).toEqual(["unworkable"]);
    expect(quoteTexts("Page says it's “reassuring” revisiting the songs.")).toEqual(["reassuring"]);
    expect(quoteTexts("He said he’s “working feverishly” on the accounts.")).toEqual(["working feverishly"]);
    expect(
      quoteTexts("Obama ordered sanctions in response to what he called Crimea’s “illegal” secession referendum."),
    ).toEqual(["illegal"]);
    expect(quoteTexts("Ms Reid said the council’s “sheer incompetence” had caused the delays.")).toEqual([
      "sheer incompetence",
    ]);
    expect(quoteTexts("Dr Amos said she thought the plan was “a serious mistake that will cost lives”.")).toEqual([
      "a serious mistake that will cost lives",
    ]);
  });
});
