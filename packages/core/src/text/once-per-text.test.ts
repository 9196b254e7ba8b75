import { describe, expect, it } from "vitest";
import { oncePerText } from "./once-per-text.js";

describe("oncePerText", () => {
  it("computes each distinct text once, a null result too, and each function keeps its own results", () => {
    const calls: string[] = [];
    const lengthOrNull = (text: string) => {
      calls.push(text);
      return text.length > 3 ? text.length : null;
    };
    const read = oncePerText(lengthOrNull);
    expect([read("ab"), read("ab"), read("abcd"), read("abcd")]).toEqual([null, null, 4, 4]);
    expect(calls).toEqual(["ab", "abcd"]);
    // Another call site's function starts empty: nothing is remembered between reads of a story.
    oncePerText(lengthOrNull)("ab");
    expect(calls).toEqual(["ab", "abcd", "ab"]);
  });
});
