import { describe, expect, it } from "vitest";
import { LshBuckets } from "./lsh-buckets.js";

const bucket = (buckets: LshBuckets, band: number, key: number) => {
  const values: number[] = [];
  buckets.forEach(band, key, (value) => values.push(value));
  return values;
};

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("LshBuckets", () => {
  it("keeps each band's buckets apart, in insertion order, through many keys", () => {
    const buckets = new LshBuckets(2, 1000);
    // Enough keys to grow the tables many times; keys are full 32-bit values, negative int32 included.
    const keys = Array.from({ length: 5000 }, (_, index) => Math.imul(index + 1, 0x9e3779b1) >>> 0);
    keys.forEach((key, index) => {
      buckets.add(0, key, index);
      buckets.add(1, key, 2 * index + 1);
    });
    for (const key of [keys[0], keys[1], keys[4999]] as number[]) buckets.add(0, key, 7);
    buckets.add(0, keys[0] as number, 8);
    expect(bucket(buckets, 0, keys[0] as number)).toEqual([0, 7, 8]);
    expect(bucket(buckets, 0, keys[4999] as number)).toEqual([4999, 7]);
    expect(bucket(buckets, 1, keys[1] as number)).toEqual([3]);
    expect(bucket(buckets, 0, 12345)).toEqual([]);
    expect(keys.every((key, index) => bucket(buckets, 1, key).join() === String(2 * index + 1))).toBe(true);
  });

  it.each([
    ["grown from empty", 0],
    ["sized up front", 4000],
  ])("matches a reference map through growth, shared buckets and colliding home slots (%s)", (_, expectedKeys) => {
    // Random operations checked against a plain Map after each growth. A third of the keys share
    // their top 20 bits, so they compete for the same slots in every table size and probe past one
    // another; some keys take many values (lists that must survive each growth).
    const next = random(42);
    const maxBucketSize = 5;
    const buckets = new LshBuckets(3, maxBucketSize, expectedKeys);
    const reference = new Map<string, number[]>();
    const usedKeys: number[] = [];
    const newKey = () => {
      const key = next() < 0.33 ? (0xabcde000 | Math.floor(next() * 4096)) >>> 0 : Math.floor(next() * 4294967296);
      usedKeys.push(key);
      return key;
    };
    const check = () => {
      for (const [name, values] of reference) {
        const [band, key] = name.split(":").map(Number) as [number, number];
        expect(bucket(buckets, band, key), name).toEqual(values);
      }
    };
    for (let step = 1; step <= 30_000; step++) {
      const band = Math.floor(next() * 3);
      const key =
        next() < 0.7 || usedKeys.length === 0 ? newKey() : (usedKeys[Math.floor(next() * usedKeys.length)] as number);
      const value = Math.floor(next() * 0x7fffffff);
      buckets.add(band, key, value);
      const name = `${band}:${key}`;
      const values = reference.get(name) ?? [];
      if (values.length < maxBucketSize) values.push(value);
      reference.set(name, values);
      if (step % 5000 === 0) check();
    }
    expect([...reference.values()].some((values) => values.length === maxBucketSize)).toBe(true);
    expect([...reference.values()].some((values) => values.length === 2)).toBe(true);
    // Keys never added, including ones next to added ones, have empty buckets.
    for (let probe = 0; probe < 2000; probe++) {
      const key = (0xabcde000 | Math.floor(next() * 4096)) >>> 0;
      const band = probe % 3;
      expect(bucket(buckets, band, key)).toEqual(reference.get(`${band}:${key}`) ?? []);
    }
  });

  it("tells the int32 keys 0, -1 and 0xffffffff apart from empty slots", () => {
    const buckets = new LshBuckets(1, 10);
    expect(bucket(buckets, 0, 0xffffffff)).toEqual([]);
    buckets.add(0, 0, 1);
    buckets.add(0, 0xffffffff, 2);
    buckets.add(0, 0x7fffffff, 3);
    expect(bucket(buckets, 0, 0)).toEqual([1]);
    expect(bucket(buckets, 0, -1)).toEqual([2]);
    expect(bucket(buckets, 0, 0xffffffff)).toEqual([2]);
    expect(bucket(buckets, 0, 0x7fffffff)).toEqual([3]);
    expect(bucket(buckets, 0, 0x80000000)).toEqual([]);
  });

  it("stops filling a bucket at its maximum size", () => {
    const buckets = new LshBuckets(1, 3);
    for (let value = 0; value < 10; value++) buckets.add(0, 0xdeadbeef, value);
    expect(bucket(buckets, 0, 0xdeadbeef)).toEqual([0, 1, 2]);
    const single = new LshBuckets(1, 1);
    single.add(0, 5, 10);
    single.add(0, 5, 11);
    expect(bucket(single, 0, 5)).toEqual([10]);
  });

  it("refuses values it cannot tell from its own references", () => {
    const buckets = new LshBuckets(1, 10);
    expect(() => buckets.add(0, 1, -1)).toThrow(RangeError);
    expect(() => buckets.add(0, 1, 2 ** 31)).toThrow(RangeError);
    expect(() => buckets.add(0, 1, 1.5)).toThrow(RangeError);
    buckets.add(0, 1, 0x7fffffff);
    expect(bucket(buckets, 0, 1)).toEqual([0x7fffffff]);
  });
});
