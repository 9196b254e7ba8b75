import { describe, expect, it } from "vitest";
import { Int32HashSet } from "./int32-hash-set.js";

describe("Int32HashSet", () => {
  it("adds each 32-bit value once and forgets everything on reset", () => {
    const set = new Int32HashSet();
    set.reset(4);
    expect([set.add(-1), set.add(0xffffffff), set.add(0x80000000), set.add(-0x80000000), set.add(0)]).toEqual([
      true,
      false, // 0xffffffff is -1 as a 32-bit integer
      true,
      false,
      true,
    ]);
    expect(set.has(-1) && set.has(0) && !set.has(1)).toBe(true);
    set.reset(4);
    expect(set.has(-1)).toBe(false);
    expect(set.add(-1)).toBe(true);
  });

  it("grows for a large reset and still answers exactly", () => {
    const set = new Int32HashSet();
    set.reset(50_000);
    const values = Array.from({ length: 50_000 }, (_, index) => Math.imul(index, 0x01000193));
    expect(values.every((value) => set.add(value))).toBe(true);
    expect(values.every((value) => !set.add(value))).toBe(true);
    expect(set.has(Math.imul(50_000, 0x01000193))).toBe(false);
  });
});
