import { describe, expect, it } from "vitest";
import { buildTermVectors, centroidOf, cosineSimilarity, cosineToOthers, type TermVector } from "./term-vectors.js";

/** A vector whose entries cannot be walked with for…of (each step allocates a [term, value] pair). */
class PairlessVector extends Map<string, number> {
  override [Symbol.iterator](): MapIterator<[string, number]> {
    throw new Error("walked pair by pair");
  }
  override entries(): MapIterator<[string, number]> {
    throw new Error("walked pair by pair");
  }
}

const vector = (entries: Array<[string, number]>): TermVector => new PairlessVector(entries);

describe("term vectors", () => {
  const texts = [
    "Firefighters contained the warehouse fire on Tuesday night",
    "The warehouse fire was contained by firefighters late on Tuesday",
    "Shares in the retailer fell sharply after the profit warning",
  ];
  const { vectors } = buildTermVectors(texts);

  it("scores sentences telling the same news as close, and other news as far", () => {
    expect(cosineSimilarity(vectors[0]!, vectors[1]!)).toBeGreaterThan(0.4);
    expect(cosineSimilarity(vectors[0]!, vectors[2]!)).toBe(0);
    expect(cosineSimilarity(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 12);
  });

  it("reads vectors without walking their entries pair by pair (asked for every pair of candidates)", () => {
    const left = vector([
      ["fire", 2],
      ["warehouse", 1],
    ]);
    const right = vector([
      ["fire", 1],
      ["tuesday", 3],
      ["warehouse", 1],
    ]);
    expect(cosineSimilarity(left, right)).toBeCloseTo(3 / (Math.sqrt(5) * Math.sqrt(11)), 12);
    expect([...centroidOf([left, right]).values()]).toEqual([1.5, 1, 1.5]);
    const others = cosineToOthers(
      new Map([
        ["a", left],
        ["b", right],
      ]),
      centroidOf([left, right]),
    );
    expect(others(left, "a")).toBeCloseTo(cosineSimilarity(left, right), 12);
  });
});
