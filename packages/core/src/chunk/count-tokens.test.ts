import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getEncoding } from "js-tiktoken";
import { describe, expect, it } from "vitest";
import { countTokens } from "./count-tokens.js";

// The shared corpora sit beside the repository (../shared/corpus); without them only the seeds are used.
const ecbPlusPath = fileURLToPath(new URL("../../../../../shared/corpus/ecbplus-dev.jsonl", import.meta.url));

describe("countTokens", () => {
  it("counts o200k_base tokens", () => {
    expect(countTokens("")).toBe(0);
    expect(countTokens("hello world")).toBe(2);
    expect(countTokens("Blinken met Netanyahu in Jerusalem.")).toBeGreaterThan(4);
  });

  it("agrees exactly with js-tiktoken's encode on real articles", () => {
    const encoder = getEncoding("o200k_base");
    const seedsDirectory = new URL("../../../../samples/seeds/", import.meta.url);
    const texts = readdirSync(seedsDirectory).map((name) => readFileSync(new URL(name, seedsDirectory), "utf8"));
    const corpus = existsSync(ecbPlusPath) ? readFileSync(ecbPlusPath, "utf8").trim().split("\n").slice(0, 80) : [];
    texts.push(...corpus.map((line) => (JSON.parse(line) as { text: string }).text));
    texts.push("Numbers 1234567 and   spaces\n\n\r\n  tabs\t\tand émojis 🇵🇸 “quotes” — done.  ");
    for (const text of texts) expect(countTokens(text)).toBe(encoder.encode(text).length);
  });

  it("counts special-token text as ordinary text instead of throwing", () => {
    expect(countTokens("before <|endoftext|> after")).toBeGreaterThan(3);
  });
});
