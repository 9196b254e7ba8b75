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

  it("keeps whole sentences within the budget when asked, a shorter one further down filling the room", () => {
    const cut = lexRankSummary(sentences, { words: 17 });
    expect(cut.text.split(" ")).toHaveLength(17);
    const whole = lexRankSummary(sentences, { words: 17, wholeSentences: true });
    expect(whole.text).toBe(whole.indices.map((index) => sentences[index]).join(" "));
    expect(whole.text.split(" ").length).toBeLessThanOrEqual(17);
    // The second most central sentence would overrun; the short one about the weather still fits.
    expect(whole.indices).toContain(2);
  });

  it("cuts text at a word count", () => {
    expect(cutToWords("a b  c d", 3)).toBe("a b c");
  });
});
