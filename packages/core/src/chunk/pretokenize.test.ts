import { getEncoding } from "js-tiktoken";
import { describe, expect, it } from "vitest";
import { pretokenize } from "./pretokenize.js";
import { oddTexts, realTexts } from "./tokenizer-test-texts.js";

/** The encoder's own split pattern, as js-tiktoken's encode() applies it. */
const reference = new RegExp((getEncoding("o200k_base") as unknown as { patStr: string }).patStr, "gu");
const referencePieces = (text: string) => text.match(reference) ?? [];

describe("pretokenize", () => {
  it("splits exactly as the encoder's own pattern on strings built to meet every kind of boundary", () => {
    const texts = oddTexts(20_000, 20241123);
    const differing = texts.filter((text) => pretokenize(text).flat().join("|") !== referencePieces(text).join("|"));
    expect(differing).toEqual([]);
  });

  it("splits exactly as the encoder's own pattern on real articles", () => {
    for (const text of realTexts()) expect(pretokenize(text).flat()).toEqual(referencePieces(text));
  });
});
