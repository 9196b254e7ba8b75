import { describe, expect, it } from "vitest";
import { porterStem, rouge, rougeScores, rougeTokens } from "./rouge.js";

describe("porterStem", () => {
  it("follows the published examples", () => {
    const pairs: Array<[string, string]> = [
      ["caresses", "caress"],
      ["ponies", "poni"],
      ["cats", "cat"],
      ["feed", "feed"],
      ["agreed", "agre"],
      ["plastered", "plaster"],
      ["motoring", "motor"],
      ["sing", "sing"],
      ["hopping", "hop"],
      ["filing", "file"],
      ["happy", "happi"],
      ["relational", "relat"],
      ["conditional", "condit"],
      ["generalization", "gener"],
      ["hopeful", "hope"],
      ["goodness", "good"],
      ["revival", "reviv"],
      ["adjustable", "adjust"],
      ["controlling", "control"],
      ["killed", "kill"],
      ["negotiations", "negoti"],
    ];
    for (const [word, stem] of pairs) expect(porterStem(word), word).toBe(stem);
  });
});

describe("rouge", () => {
  it("tokenises as ROUGE-1.5.5: lowercased, ASCII letters and digits only, hyphens and accents split", () => {
    expect(rougeTokens("The U.S. Hostages, freed!", false)).toEqual(["the", "u", "s", "hostages", "freed"]);
    expect(rougeTokens("cease-fire in Bogotá", false)).toEqual(["cease", "fire", "in", "bogot"]);
  });

  it("stems only words of more than three characters, as ROUGE-1.5.5 -m does", () => {
    expect(rougeTokens("was hostages", true)).toEqual(["was", "hostag"]);
  });

  it("computes ROUGE-1/2/L by the standard definitions", () => {
    const scores = rougeScores("the cat was found under the bed", "the cat was under the bed", { stem: false });
    // unigrams: candidate 7, reference 6, clipped overlap 6
    expect(scores.rouge1.precision).toBeCloseTo(6 / 7);
    expect(scores.rouge1.recall).toBeCloseTo(1);
    // bigrams: candidate 6, reference 5; shared: "the cat", "cat was", "under the", "the bed" = 4
    expect(scores.rouge2.precision).toBeCloseTo(4 / 6);
    expect(scores.rouge2.recall).toBeCloseTo(4 / 5);
    // LCS = 6
    expect(scores.rougeL.f1).toBeCloseTo((2 * (6 / 7) * 1) / (6 / 7 + 1));
  });

  it("clips repeated n-grams", () => {
    const scores = rougeScores("the the the the", "the cat", { stem: false });
    expect(scores.rouge1.precision).toBeCloseTo(1 / 4);
    expect(scores.rouge1.recall).toBeCloseTo(1 / 2);
  });

  it("stems so inflections match", () => {
    expect(rougeScores("hostages released", "hostage release").rouge1.f1).toBeCloseTo(1);
    expect(rougeScores("hostages released", "hostage release", { stem: false }).rouge1.f1).toBe(0);
  });

  it("averages or takes the best over several references", () => {
    const average = rouge("a b", ["a b", "c d e f"], { stem: false });
    const best = rouge("a b", ["a b", "c d e f"], { stem: false, multipleReferences: "max" });
    // Model average (-f A): 2 hits over 2 + 4 reference words, and over 2 + 2 candidate words.
    expect(average.rouge1.recall).toBeCloseTo(2 / 6);
    expect(average.rouge1.precision).toBeCloseTo(2 / 4);
    expect(best.rouge1.f1).toBeCloseTo(1);
  });
});
