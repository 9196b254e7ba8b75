import { describe, expect, it } from "vitest";
import { lexRankScores } from "./lexrank-scores.js";

describe("lexRankScores", () => {
  it("ranks central sentences above outliers", () => {
    const scores = lexRankScores([
      "Hamas and Israel resumed ceasefire talks in Cairo on Thursday.",
      "Ceasefire talks between Israel and Hamas resumed in Cairo.",
      "The weather in Paris was sunny.",
      "Mediators from Qatar and Egypt joined the ceasefire talks in Cairo.",
    ]);
    expect(scores).toHaveLength(4);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(scores[2]!).toBeLessThan(Math.min(scores[0]!, scores[1]!, scores[3]!));
  });
});
