import { describe, expect, it } from "vitest";
import { wordTokens } from "./word-tokens.js";

describe("wordTokens", () => {
  it("reads ASCII text with curly quotes and dashes as the Unicode classes do", () => {
    expect(wordTokens("“We won’t stop,” the mayor’s aide said — 3,400 homes in the A40’s path.")).toEqual([
      "we",
      "won’t",
      "stop",
      "the",
      "mayor’s",
      "aide",
      "said",
      "3",
      "400",
      "homes",
      "in",
      "the",
      "a40’s",
      "path",
    ]);
  });

  it("keeps letters and digits outside ASCII inside their words", () => {
    expect(wordTokens("Łódź's café drew 5² fans")).toEqual(["łódź's", "café", "drew", "5²", "fans"]);
    expect(wordTokens("İzmir")).toEqual(["i", "zmir"]);
    expect(wordTokens("the 𝐁old claim")).toEqual(["the", "𝐁old", "claim"]);
  });
});
