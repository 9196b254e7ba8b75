import { buildDigest } from "@roundup/prompts/testing";
import { describe, expect, it } from "vitest";
import { numberCitations } from "./citation-markers";

const cite = (chunk: number, start = 0) => ({ articleId: "a1", chunkId: `a1-c${chunk}`, start, end: start + 10 });

describe("numberCitations", () => {
  it("numbers each distinct passage once, in the order the digest reads, whatever section cites it", () => {
    const digest = buildDigest({
      headlineCitations: [cite(5)],
      summary: [
        { text: "One.", citations: [cite(1), cite(5)] },
        { text: "Two.", citations: [cite(2)] },
      ],
      keyPoints: [{ text: "Point.", citations: [cite(3)] }],
      timeline: [{ date: null, text: "Then.", citations: [cite(4)] }],
      quotes: [{ speaker: null, text: "Said.", citations: [cite(2)] }],
      disagreements: [
        {
          topic: "t",
          claims: [
            { value: "1", text: "x", citations: [cite(6)] },
            { value: "2", text: "y", citations: [cite(1, 20)] },
          ],
        },
      ],
    });
    const { markerOf, spans, cited } = numberCitations(digest);
    expect([cite(5), cite(1), cite(2), cite(3), cite(4), cite(6), cite(1, 20)].map(markerOf)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(cited).toHaveLength(7);
    expect(spans[6]).toEqual({ chunkId: "a1-c1", start: 20, end: 30, marker: 7 });
    expect(markerOf(cite(9))).toBe(0);
  });
});
