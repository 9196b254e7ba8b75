import { describe, expect, it } from "vitest";
import { verbAt } from "./verb-at.js";

describe("verbAt", () => {
  it("reads a verb as its WordNet lemma, with its particle when WordNet lists the two as one verb", () => {
    expect(verbAt(["the", "roof", "gave", "way"], 2)).toBe("give_way");
    expect(verbAt(["the", "jet", "touched", "down", "in", "halifax"], 2)).toBe("touch_down");
    expect(verbAt(["crews", "evacuated", "the", "school"], 1)).toBe("evacuate");
    expect(verbAt(["the", "fellstone", "road"], 1)).toBeNull();
  });

  it("reads no phrasal verb in a preposition bringing in a day or a figure", () => {
    expect(verbAt(["two", "drumlines", "set", "on", "monday", "caught", "a", "shark"], 2)).toBe("set");
    expect(verbAt(["two", "dogs", "set", "on", "the", "postman"], 2)).toBe("set_on");
  });
});
