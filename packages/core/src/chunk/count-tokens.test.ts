import { getEncoding } from "js-tiktoken";
import { describe, expect, it } from "vitest";
import { countTokens } from "./count-tokens.js";
import { realTexts } from "./tokenizer-test-texts.js";

describe("countTokens", () => {
  it("counts o200k_base tokens", () => {
    expect(countTokens("")).toBe(0);
    expect(countTokens("hello world")).toBe(2);
    expect(countTokens("Blinken met Netanyahu in Jerusalem.")).toBeGreaterThan(4);
  });

  it("agrees exactly with js-tiktoken's encode on real articles", () => {
    const encoder = getEncoding("o200k_base");
    const texts = realTexts();
    texts.push("Numbers 1234567 and   spaces\n\n\r\n  tabs\t\tand émojis 🇵🇸 “quotes” — done.  ");
    for (const text of texts) expect(countTokens(text)).toBe(encoder.encode(text).length);
  });

  it("counts special-token text as ordinary text instead of throwing", () => {
    expect(countTokens("before <|endoftext|> after")).toBeGreaterThan(3);
  });
});
