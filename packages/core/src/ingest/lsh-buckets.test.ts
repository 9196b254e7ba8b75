import { describe, expect, it } from "vitest";
import { LshBuckets } from "./lsh-buckets.js";

const bucket = (buckets: LshBuckets, band: number, key: number) => {
  const values: number[] = [];
  buckets.forEach(band, key, (value) => values.push(value));
  return values;
};

describe("LshBuckets", () => {
  it("keeps each band's buckets apart, in insertion order, through many keys", () => {
    const buckets = new LshBuckets(2, 1000);
    // Enough keys to grow the tables several times; keys are full 32-bit values, negative included.
    const keys = Array.from({ length: 5000 }, (_, index) => Math.imul(index + 1, 0x9e3779b1) >>> 0);
    keys.forEach((key, index) => {
      buckets.add(0, key, index);
      buckets.add(1, key, -index - 1);
    });
    for (const key of [keys[0], keys[1], keys[4999]] as number[]) buckets.add(0, key, 7);
    expect(bucket(buckets, 0, keys[0] as number)).toEqual([0, 7]);
    expect(bucket(buckets, 0, keys[4999] as number)).toEqual([4999, 7]);
    expect(bucket(buckets, 1, keys[1] as number)).toEqual([-2]);
    expect(bucket(buckets, 0, 12345)).toEqual([]);
    expect(keys.every((key, index) => bucket(buckets, 1, key)[0] === -index - 1)).toBe(true);
  });

  it("stops filling a bucket at its maximum size", () => {
    const buckets = new LshBuckets(1, 3);
    for (let value = 0; value < 10; value++) buckets.add(0, 0xdeadbeef, value);
    expect(bucket(buckets, 0, 0xdeadbeef)).toEqual([0, 1, 2]);
  });
});
