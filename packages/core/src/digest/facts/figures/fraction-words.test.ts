import { describe, expect, it } from "vitest";
import { fractionInWords } from "./fraction-words.js";

describe("fractionInWords", () => {
  it("reads a fraction in words as its value and its step, hyphened or not", () => {
    expect(fractionInWords("half")).toEqual({ value: 0.5, step: 0.5 });
    expect(fractionInWords("a third")?.value).toBeCloseTo(1 / 3);
    expect(fractionInWords("two-thirds")?.value).toBeCloseTo(2 / 3);
    expect(fractionInWords("Three quarters")).toEqual({ value: 0.75, step: 0.25 });
    expect(fractionInWords("one fifth")).toEqual({ value: 0.2, step: 0.2 });
  });

  it("reads nothing else: a denominator alone, or a numerator news does not put before it", () => {
    expect(fractionInWords("third")).toBeNull();
    expect(fractionInWords("three thirds")).toBeNull();
    expect(fractionInWords("a dozen")).toBeNull();
  });
});
