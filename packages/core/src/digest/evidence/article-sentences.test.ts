import { describe, expect, it } from "vitest";
import { prepareArticle } from "../../ingest/index.js";
import { articleSentences } from "./article-sentences.js";

function sentencesOf(title: string | null, lines: readonly string[]): string[] {
  const article = prepareArticle({ input: "test", title, originalText: lines.join("\n"), publishedAt: null });
  return articleSentences([article]).map((item) => item.sentence.text);
}

const BODY = [
  "The regulator fined the company on Tuesday for failing to report the leak.",
  "The company said it would appeal.",
];

describe("articleSentences and an article's first line", () => {
  it("keeps an untitled article's first sentence, a full sentence of its body, though it also serves as its title", () => {
    const sentences = sentencesOf(null, ["Everyone in the industry has an opinion on the fine this week.", ...BODY]);
    expect(sentences[0]).toBe("Everyone in the industry has an opinion on the fine this week.");
    expect(sentences).toHaveLength(3);
  });

  it("leaves out a headline line of an untitled text, as before", () => {
    expect(sentencesOf(null, ["Regulator Fines Chemical Company Over Leak", "", ...BODY])).toEqual(BODY);
    expect(sentencesOf(null, ["Why Is This Fine So Large?", "", ...BODY])).toEqual(BODY);
  });

  it("leaves out a first line that repeats a given title", () => {
    expect(
      sentencesOf("Regulator fines company over leak", ["Regulator fines company over leak", "", ...BODY]),
    ).toEqual(BODY);
  });
});
