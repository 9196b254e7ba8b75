import { describe, expect, it } from "vitest";
import { checkSupport } from "../check-support.js";

const PASSAGES = [
  "The ferry operator Kellan Lines has 64 vessels and employs about 1,300 crew. " +
    "It carried 18 million passengers last year, the company said.",
  "Its rival, Sorrel Shipping, which has 22 vessels, said it would not match the fare cuts.",
];

describe("compareCountedNouns: a figure stays with what the passages count by it", () => {
  it("flags a figure moved onto another noun the passages count with another figure", () => {
    const check = checkSupport(
      "Kellan Lines, which has 1,300 vessels, carried 18 million passengers last year, the company said.",
      PASSAGES,
    );
    expect(check.verdict).toBe("unsupported");
    expect(check.reasons).toContain('the passages give 1,300 to "1,300 crew", not to the vessels');
  });

  it("flags an age moved from one person onto a noun the passages count", () => {
    const passages = [
      "Three walkers were rescued on Sunday after one of them slipped and broke an ankle. " +
        "The injured woman, who is 61, was carried down on a stretcher while her 34-year-old daughter walked down with rescuers.",
    ];
    expect(
      checkSupport("A 34-year-old walker broke an ankle on Sunday and was carried down on a stretcher.", passages)
        .verdict,
    ).toBe("unsupported");
  });

  it("passes the figure with its own noun reworded or left out, and a noun the passages never count", () => {
    expect(
      checkSupport("Kellan Lines employs about 1,300 crew and has 64 vessels.", PASSAGES).reasons,
    ).not.toContainEqual(expect.stringMatching(/passages give/));
    expect(
      checkSupport("Sorrel Shipping, whose fleet is 22 vessels, said it would not match the fare cuts.", PASSAGES)
        .reasons,
    ).not.toContainEqual(expect.stringMatching(/passages give/));
    // "1,300 staff": the passages count crew, and staff by no figure at all: a rewording, not a moved figure.
    expect(checkSupport("Kellan Lines has about 1,300 staff.", PASSAGES).reasons).not.toContainEqual(
      expect.stringMatching(/passages give/),
    );
  });
});
