import { buildDigest } from "@roundup/prompts/testing";
import { describe, expect, it } from "vitest";
import { applyDigestTextEdit } from "./digest-edit";

const citation = (chunkId: string) => ({ articleId: "a", chunkId, start: 0, end: 5 });
const digest = buildDigest({
  headline: "Old headline",
  summary: [
    { text: "One.", citations: [citation("c1")], verification: { status: "verified", reasons: [] } },
    { text: "Two.", citations: [citation("c2")], verification: { status: "unsupported", reasons: ["no support"] } },
  ],
});

describe("applyDigestTextEdit", () => {
  it("keeps citations per sentence and drops the stale verification of changed sentences", () => {
    const edited = applyDigestTextEdit(digest, { headline: " New  headline ", summary: ["One.", "Two, reworded."] });
    expect(edited.headline).toBe("New headline");
    expect(edited.summary[0]).toEqual(digest.summary[0]);
    expect(edited.summary[1]).toEqual({ text: "Two, reworded.", citations: [citation("c2")] });
  });

  it("changes which passages a sentence cites, keeping the exact span of a passage it already cited", () => {
    const passages = new Map([
      ["c2", { articleId: "a", start: 0, end: 40 }],
      ["c9", { articleId: "b", start: 100, end: 180 }],
    ]);
    const edited = applyDigestTextEdit(
      digest,
      { headline: "H", summary: ["One.", "Two."], citations: [["c9"], ["c2", "c9"]] },
      passages,
    );
    expect(edited.summary[0]).toEqual({
      text: "One.",
      citations: [{ articleId: "b", chunkId: "c9", start: 100, end: 180 }],
    });
    expect(edited.summary[1]?.citations).toEqual([
      citation("c2"),
      { articleId: "b", chunkId: "c9", start: 100, end: 180 },
    ]);
    expect(edited.summary[1]?.verification).toBeUndefined();
    expect(() =>
      applyDigestTextEdit(
        digest,
        { headline: "H", summary: ["One.", "Two."], citations: [["elsewhere"], undefined] },
        passages,
      ),
    ).toThrow(/not part of this story/);
  });

  it("removes an emptied sentence with its citations", () => {
    const edited = applyDigestTextEdit(digest, { headline: "H", summary: ["", "Two."] });
    expect(edited.summary.map((sentence) => sentence.citations[0]?.chunkId)).toEqual(["c2"]);
  });

  it("refuses an edit that does not match the digest's sentences or empties it", () => {
    expect(() => applyDigestTextEdit(digest, { headline: "H", summary: ["only one"] })).toThrow(/reload/);
    expect(() => applyDigestTextEdit(digest, { headline: "H", summary: ["", " "] })).toThrow(/at least one/);
    expect(() => applyDigestTextEdit(digest, { headline: " ", summary: ["a", "b"] })).toThrow(/headline/);
  });
});
