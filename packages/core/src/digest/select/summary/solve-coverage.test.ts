import { describe, expect, it } from "vitest";
import { type CoverageProblem, greedyCoverage, solveCoverage } from "./solve-coverage.js";

/** Three sentences, one concept each: the best ratio (the first) blocks the best pair (the other two). */
const trap: CoverageProblem = {
  lengths: [6, 5, 5],
  concepts: [[0], [1], [2]],
  weights: [7, 5, 5],
  bonuses: [0, 0, 0],
  budget: 10,
  maxSentences: 5,
  conflicts: [],
};

describe("greedyCoverage", () => {
  it("takes the most new weight per word while it fits", () => {
    expect(greedyCoverage(trap)).toEqual([0]);
  });

  it("keeps every constraint: forced, conflicts, requirements, the sentence count", () => {
    const problem: CoverageProblem = {
      lengths: [2, 2, 2, 2, 2],
      concepts: [[0], [1], [2], [3], [4]],
      weights: [1, 9, 8, 7, 6],
      bonuses: [0, 0, 0, 0, 0],
      budget: 100,
      maxSentences: 3,
      conflicts: [[1, 4]],
      forced: [0],
      requires: [[2, 3]],
      requiresOneOf: [[1, [4]]],
    };
    // 1 needs 4, which conflicts with it; 2 needs 3, so it comes only after 3.
    expect(greedyCoverage(problem)).toEqual([0, 2, 3]);
  });
});

describe("solveCoverage", () => {
  it("improves on the greedy start it is given", async () => {
    expect(await solveCoverage(trap)).toEqual([1, 2]);
  });
});
