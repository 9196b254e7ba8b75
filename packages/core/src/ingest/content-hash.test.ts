import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lookAlikeArticles } from "../eval/testing/look-alike-events.js";
import { contentHash } from "./content-hash.js";

const seedsDirectory = new URL("../../../../samples/seeds/", import.meta.url);

/** The normalisation hashes were first stored with: any faster version must give the same hashes. */
function referenceHash(text: string): string {
  const normalized = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalized).digest("hex");
}

describe("contentHash", () => {
  it("gives the hashes of the original normalisation on real articles and odd whitespace", () => {
    const texts = readdirSync(seedsDirectory).map((name) => readFileSync(new URL(name, seedsDirectory), "utf8"));
    texts.push(...lookAlikeArticles().map((article) => article.text));
    texts.push(
      "",
      " ",
      "a\tb",
      "a \t b\r\n\r\nc\u00a0d\u2028e\u3000f\ufeffg  h",
      " \n leading and trailing \t\n",
      "ﬁne Ｆｕｌｌ ① e\u0301 Å Ω",
    );
    for (const text of texts) expect(contentHash(text)).toBe(referenceHash(text));
  });

  it("is the same across line endings, spacing, case and compatibility forms", () => {
    expect(contentHash("The  Fine\r\nprint")).toBe(contentHash("the ﬁne print\n"));
    expect(contentHash("The fine print")).not.toBe(contentHash("The fine prints"));
    // A fixed value: stored databases hold these hashes, so the output must never change.
    expect(contentHash("Hello, World")).toBe(createHash("sha256").update("hello, world").digest("hex"));
  });
});
