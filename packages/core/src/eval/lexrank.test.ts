import { describe, expect, it } from "vitest";
import { cutToWords, lexRankSummary } from "./lexrank.js";

const sentences = [
  "Hamas and Israel resumed ceasefire talks in Cairo on Thursday.",
  "Ceasefire talks between Israel and Hamas resumed in Cairo.",
  "The weather in Paris was sunny.",
  "Mediators from Qatar and Egypt joined the ceasefire talks in Cairo.",
];

describe("lexRank", () => {
  it("skips redundant sentences and respects the word budget", () => {
    const summary = lexRankSummary(sentences, { words: 15 });
    expect(summary.indices).not.toContain(2);
    expect(summary.text.split(" ").length).toBeLessThanOrEqual(15);
  });

  it("cuts text at a word count", () => {
    expect(cutToWords("a b  c d", 3)).toBe("a b c");
  });
});
