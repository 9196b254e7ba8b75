import { describe, expect, it } from "vitest";
import { recaps } from "./recaps.js";

describe("recaps", () => {
  it("reads a short sentence whose words but the day's stand in a fuller one as its retelling", () => {
    expect(
      recaps(
        "The council declared itself effectively bankrupt on December 14.",
        "Harrowfield Borough Council issued a section 114 notice on Tuesday, effectively declaring itself bankrupt after a £38 million hole opened in its budget.",
      ),
    ).toBe(true);
    expect(
      recaps(
        "Norden Steel filed for administration on Tuesday, ending 140 years of steelmaking in the town.",
        "Norden Steel filed for administration on March 2.",
      ),
    ).toBe(true);
  });

  it("reads no retelling in too few words, or in a sentence with words of its own", () => {
    expect(
      recaps("The council met on Tuesday.", "The council met the minister on Tuesday to discuss the library."),
    ).toBe(false);
    expect(
      recaps(
        "The council voted to reject the budget on Monday.",
        "The council voted to approve the budget on Monday after a long debate.",
      ),
    ).toBe(false);
    expect(
      recaps("Police found a body in Linthorpe yesterday.", "Police arrested a man in Linthorpe on Tuesday."),
    ).toBe(false);
  });
});
