import { describe, expect, it } from "vitest";
import { diffLines } from "./line-diff";

describe("diffLines", () => {
  it("marks removed and added lines around common ones", () => {
    expect(diffLines(["a", "b", "c"], ["a", "x", "c", "d"])).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "x" },
      { kind: "same", text: "c" },
      { kind: "added", text: "d" },
    ]);
  });

  it("returns only common lines for identical input", () => {
    expect(diffLines(["a", "b"], ["a", "b"]).every((line) => line.kind === "same")).toBe(true);
  });
});
