import { describe, expect, it } from "vitest";
import { segmentPassage, splitArticleIntoPassages } from "./passage-segments";

const text = "First sentence here. Second one follows.\nThird paragraph.";
const chunks = [
  { id: "c0", start: 0, end: 40 },
  { id: "c1", start: 41, end: 57 },
];

describe("splitArticleIntoPassages", () => {
  it("keeps every character of the text, in order, with chunks as passages", () => {
    const parts = splitArticleIntoPassages(text, chunks, []);
    const rebuilt = parts
      .map((part) => (part.kind === "text" ? part.text : part.segments.map((s) => s.text).join("")))
      .join("");
    expect(rebuilt).toBe(text);
    expect(parts.map((part) => part.kind)).toEqual(["passage", "text", "passage"]);
  });

  it("marks exactly the cited span inside its chunk", () => {
    const parts = splitArticleIntoPassages(text, chunks, [{ chunkId: "c0", start: 21, end: 40, marker: 2 }]);
    const first = parts[0];
    expect(first?.kind).toBe("passage");
    if (first?.kind !== "passage") return;
    expect(first.segments).toEqual([
      { text: "First sentence here. ", markers: [] },
      { text: "Second one follows.", markers: [2] },
    ]);
  });

  it("clips spans and chunks that reach outside the text or overlap", () => {
    const parts = splitArticleIntoPassages(
      "abcdef",
      [
        { id: "a", start: 0, end: 4 },
        { id: "b", start: 2, end: 99 },
      ],
      [{ chunkId: "b", start: 0, end: 5, marker: 1 }],
    );
    expect(parts).toEqual([
      { kind: "passage", chunkId: "a", start: 0, end: 4, segments: [{ text: "abcd", markers: [] }] },
      {
        kind: "passage",
        chunkId: "b",
        start: 4,
        end: 6,
        segments: [
          { text: "e", markers: [1] },
          { text: "f", markers: [] },
        ],
      },
    ]);
  });
});

describe("segmentPassage", () => {
  it("splits overlapping citations into segments carrying both markers", () => {
    expect(
      segmentPassage("0123456789", 0, 10, [
        { chunkId: "c", start: 2, end: 6, marker: 1 },
        { chunkId: "c", start: 4, end: 8, marker: 2 },
      ]),
    ).toEqual([
      { text: "01", markers: [] },
      { text: "23", markers: [1] },
      { text: "45", markers: [1, 2] },
      { text: "67", markers: [2] },
      { text: "89", markers: [] },
    ]);
  });
});
