import { describe, expect, it } from "vitest";
import { oncePerWord } from "./once-per-word.js";

describe("oncePerWord", () => {
  it("computes each distinct word once, a null result too", () => {
    const calls: string[] = [];
    const read = oncePerWord((word: string) => {
      calls.push(word);
      return word.length > 3 ? word.length : null;
    });
    expect([read("ab"), read("ab"), read("abcd"), read("abcd")]).toEqual([null, null, 4, 4]);
    expect(calls).toEqual(["ab", "abcd"]);
  });

  it("forgets every word once it holds its most, and reads them again", () => {
    const calls: string[] = [];
    const read = oncePerWord((word: string) => {
      calls.push(word);
      return word.toUpperCase();
    }, 2);
    for (const word of ["a", "b", "a", "c", "a"]) read(word);
    // "c" finds two words held: they are forgotten, so "a" is read again after it.
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});
