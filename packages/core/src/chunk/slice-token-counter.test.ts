import { getEncoding } from "js-tiktoken";
import { describe, expect, it } from "vitest";
import { sliceTokenCounter } from "./slice-token-counter.js";
import { oddTexts, realTexts } from "./tokenizer-test-texts.js";

const encoder = getEncoding("o200k_base");
const exact = (text: string) => encoder.encode(text, [], []).length;

describe("sliceTokenCounter", () => {
  it("counts slices of odd strings exactly as encoding the slice does, wherever they start and end", () => {
    const wrong: string[] = [];
    for (const text of oddTexts(600, 7)) {
      const count = sliceTokenCounter(text);
      for (let start = 0; start <= text.length; start += 2) {
        const end = text.length - (start % 5);
        if (end >= start && count(start, end) !== exact(text.slice(start, end))) wrong.push(text.slice(start, end));
      }
    }
    expect(wrong).toEqual([]);
  });

  it("counts slices of real articles exactly", () => {
    const wrong: string[] = [];
    for (const text of realTexts().slice(0, 60)) {
      const count = sliceTokenCounter(text);
      for (let start = 0; start < text.length; start += 101) {
        const end = Math.min(text.length, start + 1 + ((start * 7) % 900));
        if (count(start, end) !== exact(text.slice(start, end))) wrong.push(text.slice(start, end));
      }
    }
    expect(wrong).toEqual([]);
  });
});
