import { getEncoding } from "js-tiktoken";
import { describe, expect, it } from "vitest";
import { pieceTokenCount } from "./piece-token-count.js";
import { pretokenize } from "./pretokenize.js";
import { realTexts } from "./tokenizer-test-texts.js";

const encoder = getEncoding("o200k_base");

describe("pieceTokenCount", () => {
  it("counts each piece of real articles as encode() does, read in place or on its own", () => {
    const wrong: string[] = [];
    // Thousands of distinct pieces, so the cache grows several times; each is read again in place.
    for (const text of realTexts()) {
      let position = 0;
      for (const piece of pretokenize(text)) {
        const expected = encoder.encode(piece, [], []).length;
        if (pieceTokenCount(text, position, position + piece.length) !== expected) wrong.push(piece);
        if (pieceTokenCount(piece, 0, piece.length) !== expected) wrong.push(piece);
        position += piece.length;
      }
    }
    expect(wrong).toEqual([]);
  });

  it("tells apart pieces that share a prefix or differ in one character", () => {
    const text = " internationalization internationalisation international inter";
    for (const [start, end] of [
      [0, 21],
      [21, 42],
      [42, 56],
      [56, 62],
      [0, 6],
    ] as const) {
      expect(pieceTokenCount(text, start, end)).toBe(encoder.encode(text.slice(start, end), [], []).length);
    }
  });
});
