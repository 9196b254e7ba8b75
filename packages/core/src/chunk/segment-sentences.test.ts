import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { segmentSentences } from "./segment-sentences.js";

const seed004 = readFileSync(new URL("../../../../samples/seeds/004_66d7c634845008a1.txt", import.meta.url), "utf8");

describe("segmentSentences", () => {
  it("keeps U.S. and Mr. inside sentences", () => {
    const text = "The U.S. envoy met Mr. Smith in Doha. He left on Friday.";
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      "The U.S. envoy met Mr. Smith in Doha.",
      "He left on Friday.",
    ]);
  });

  it("gives exact, trimmed offsets on a real article", () => {
    const sentences = segmentSentences(seed004);
    expect(sentences.length).toBeGreaterThan(25);
    for (const sentence of sentences) {
      expect(seed004.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toBe(sentence.text.trim());
    }
    expect(sentences[0]?.text).toMatch(/^U\.S\. Secretary of State .* U\.S\.-led plan\.$/);
  });

  it("keeps a dateline's state abbreviation and agency tag with the news they open", () => {
    const text =
      "HARRISBURG, Pa. (AP) — The governor vetoed the bill Tuesday. FORT WAYNE, Ind. (WANE) - A second story. She left Pa. (The rest.) Then more.";
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      "HARRISBURG, Pa. (AP) — The governor vetoed the bill Tuesday.",
      "FORT WAYNE, Ind. (WANE) - A second story.",
      "She left Pa.",
      "(The rest.)",
      "Then more.",
    ]);
  });

  it("ends a sentence at a line break even without a full stop", () => {
    const sentences = segmentSentences("A headline without a stop\nThe body starts here. It goes on.");
    expect(sentences.map((s) => s.text)).toEqual(["A headline without a stop", "The body starts here.", "It goes on."]);
  });

  it("keeps initials, dotted abbreviations, web addresses and decimals inside sentences", () => {
    const text =
      "Coach P.J. Carlesimo spoke to MLB.com on Friday. He hit .358 in 54 games. Was it enough? Gen. Smith said Oct. 7 was the worst day. J. R. Doe agreed.";
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      "Coach P.J. Carlesimo spoke to MLB.com on Friday.",
      "He hit .358 in 54 games.",
      "Was it enough?",
      "Gen. Smith said Oct. 7 was the worst day.",
      "J. R. Doe agreed.",
    ]);
  });

  it("keeps an abbreviated weekday before a lower-case word inside its sentence", () => {
    const text =
      "A memorial service will be held Thurs. at St. Anne's Church. Schools stay closed through Fri. The district said so.";
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      "A memorial service will be held Thurs. at St. Anne's Church.",
      "Schools stay closed through Fri.",
      "The district said so.",
    ]);
  });

  it("splits quoted sentences after the closing quote", () => {
    const text =
      "“We are on the way to an absolute victory,” the prime minister said. “There is no other solution.” Talks resumed.";
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      "“We are on the way to an absolute victory,” the prime minister said.",
      "“There is no other solution.”",
      "Talks resumed.",
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(segmentSentences("  \n\n ")).toEqual([]);
  });
});
