import { describe, expect, it } from "vitest";
import { bcubed } from "./bcubed.js";

const clusters = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("bcubed", () => {
  it("scores a perfect clustering 1", () => {
    const gold = clusters({ a: "x", b: "x", c: "y" });
    const predicted = clusters({ a: "1", b: "1", c: "2" });
    expect(bcubed(predicted, gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("penalises lumping everything together in precision only", () => {
    const gold = clusters({ a: "x", b: "x", c: "y", d: "y" });
    const predicted = clusters({ a: "1", b: "1", c: "1", d: "1" });
    const score = bcubed(predicted, gold);
    expect(score.recall).toBe(1);
    expect(score.precision).toBeCloseTo(0.5);
    expect(score.f1).toBeCloseTo(2 / 3);
  });

  it("penalises singletons in recall only", () => {
    const gold = clusters({ a: "x", b: "x", c: "x", d: "y" });
    const predicted = clusters({ a: "1", b: "2", c: "3", d: "4" });
    const score = bcubed(predicted, gold);
    expect(score.precision).toBe(1);
    // a, b, c each find 1 of 3 gold mates; d finds its only one.
    expect(score.recall).toBeCloseTo((1 / 3 + 1 / 3 + 1 / 3 + 1) / 4);
  });

  it("matches a hand computation on a mixed case", () => {
    // gold: {a,b,c} {d,e}; predicted: {a,b} {c,d,e}
    const gold = clusters({ a: "x", b: "x", c: "x", d: "y", e: "y" });
    const predicted = clusters({ a: "1", b: "1", c: "2", d: "2", e: "2" });
    const score = bcubed(predicted, gold);
    expect(score.precision).toBeCloseTo((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5);
    expect(score.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5);
  });

  it("ignores items without gold and returns zeros when nothing overlaps", () => {
    const gold = clusters({ a: "x" });
    expect(bcubed(clusters({ a: "1", z: "1" }), gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(bcubed(clusters({ z: "1" }), gold)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
