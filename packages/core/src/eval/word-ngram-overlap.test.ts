import { describe, expect, it } from "vitest";
import { wordNgramOverlap } from "./word-ngram-overlap.js";

describe("wordNgramOverlap", () => {
  it("scores an exact extraction 1, ignoring case, spacing and punctuation", () => {
    expect(wordNgramOverlap("The council  voted, on Tuesday: 12-3.", "the council voted on tuesday 12 3")).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it("loses precision for extra text and recall for missing text, counting repeats", () => {
    const gold = "one two three four five six";
    // 3 gold 4-grams; the extraction adds "Related: seven eight" (2 more 4-grams).
    const extra = wordNgramOverlap(`${gold} related seven`, gold);
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeCloseTo(3 / 5);
    const missing = wordNgramOverlap("one two three four five", gold);
    expect(missing).toMatchObject({ precision: 1, recall: 2 / 3 });
    // A paragraph kept twice does not count twice as found.
    expect(wordNgramOverlap(`${gold} ${gold}`, gold).precision).toBeCloseTo(3 / 9);
    expect(wordNgramOverlap("", gold)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(wordNgramOverlap("", "")).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
