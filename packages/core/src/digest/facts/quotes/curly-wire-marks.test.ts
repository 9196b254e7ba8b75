import { describe, expect, it } from "vitest";
import { curlyWireMarks } from "./curly-wire-marks.js";

describe("curlyWireMarks", () => {
  it("rewrites older wire copy's quotation pairs to curly marks, keeping every offset", () => {
    const text = "the \"American Pie'' star\n\n``She is doing well,'' a friend said.";
    const curly = curlyWireMarks(text);
    expect(curly).toBe("the “American Pie”  star\n\n “She is doing well,”  a friend said.");
    expect(curly).toHaveLength(text.length);
  });

  it("leaves straight pairs, apostrophes and a lone pair of apostrophes alone", () => {
    for (const text of [
      'He said "yes" twice.',
      "the miners' strike",
      "It''s a typo",
      "a \"quote\n\nthen'' later",
      'The star of "Wild," \'\'Walk the Line," and more',
    ])
      expect(curlyWireMarks(text)).toBe(text);
  });
});
