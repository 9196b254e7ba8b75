import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

const COURT = [
  "Dara Quill, 52, of Fenmouth, was charged with arson on Monday, police said. " +
    "He will appear before magistrates in Ardley on Friday. " +
    "His neighbour, Cora Vance, 47, was questioned and released. " +
    "She said she had seen smoke from the barn.",
];

describe("compareAntecedents", () => {
  it("flags a predicate given to another person than the one the passage's pronoun stands for", () => {
    const check = checkSupport("Cora Vance will appear before magistrates in Ardley on Friday.", COURT);
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons.join("; ")).toContain("Dara Quill");
  });

  it("passes the predicate given to the person the pronoun stands for", () => {
    expect(checkSupport("Dara Quill will appear before magistrates in Ardley on Friday.", COURT).verdict).toBe(
      "supported",
    );
    expect(checkSupport("Cora Vance said she had seen smoke from the barn.", COURT).verdict).toBe("supported");
  });
});
