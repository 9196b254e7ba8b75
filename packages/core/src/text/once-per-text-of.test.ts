import { describe, expect, it } from "vitest";
import { oncePerTextOf } from "./once-per-text-of.js";

describe("oncePerTextOf", () => {
  it("shares each text's result between the reads of one owner, and starts afresh for another owner", () => {
    const calls: string[] = [];
    const lengthOf = oncePerTextOf((text: string) => {
      calls.push(text);
      return text.length;
    });
    const digest: string[] = [];
    // Two steps of one digest ask the same text: it is read once.
    expect([lengthOf(digest)("abc"), lengthOf(digest)("abc"), lengthOf(digest)("ab")]).toEqual([3, 3, 2]);
    expect(calls).toEqual(["abc", "ab"]);
    // Another digest's owner remembers nothing of the first.
    expect(lengthOf([])("abc")).toBe(3);
    expect(calls).toEqual(["abc", "ab", "abc"]);
  });
});
