import type { Digest } from "@roundup/prompts";
import { buildDigest } from "@roundup/prompts/testing";
import { describe, expect, it } from "vitest";
import { mergeDigestEdits } from "./merge-digest-edits.js";

const citation = (n: number) => ({ articleId: "a1", chunkId: `a1-c${n}`, start: 0, end: 10 });
const sentence = (id: string, text: string) => ({ id, text, citations: [citation(1)] });
const base: Digest = buildDigest({
  headline: "Council approves bridge",
  summary: [sentence("s1", "One."), sentence("s2", "Two."), sentence("s3", "Three."), sentence("s4", "Four.")],
});
const withSummary = (digest: Digest, summary: Digest["summary"]) => ({ ...digest, summary });

describe("mergeDigestEdits", () => {
  it("keeps the other editor's deletion and my edit of another sentence, matched by id not position", () => {
    const theirs = withSummary(
      base,
      base.summary.filter((item) => item.id !== "s2"),
    );
    const mine = withSummary(
      base,
      base.summary.map((item) => (item.id === "s3" ? { ...item, text: "Three, edited by me." } : item)),
    );
    const { digest, conflicts } = mergeDigestEdits({ base, mine, theirs });
    expect(conflicts).toEqual([]);
    expect(digest.summary.map((item) => item.text)).toEqual(["One.", "Three, edited by me.", "Four."]);
  });

  it("keeps both sides' additions where each put them, and my reordering", () => {
    const theirs = withSummary(base, [
      ...base.summary.slice(0, 2),
      sentence("t1", "Theirs."),
      ...base.summary.slice(2),
    ]);
    const reordered = [base.summary[3], base.summary[0], base.summary[1], base.summary[2]] as Digest["summary"];
    const mine = withSummary(base, [...reordered, sentence("m1", "Mine.")]);
    const { digest, conflicts } = mergeDigestEdits({ base, mine, theirs });
    expect(conflicts).toEqual([]);
    expect(digest.summary.map((item) => item.id)).toEqual(["s4", "s1", "s2", "t1", "s3", "m1"]);
  });

  it("reports both editors changing one sentence, keeping my text in the merge", () => {
    const theirs = withSummary(
      base,
      base.summary.map((item) => (item.id === "s2" ? { ...item, text: "Their two." } : item)),
    );
    const mine = withSummary(
      base,
      base.summary.map((item) => (item.id === "s2" ? { ...item, text: "My two." } : item)),
    );
    const { digest, conflicts } = mergeDigestEdits({ base, mine, theirs });
    expect(digest.summary[1]?.text).toBe("My two.");
    expect(conflicts).toEqual([
      {
        part: "summary",
        id: "s2",
        label: "Summary sentence 2",
        kind: "both_changed",
        mine: "My two.",
        theirs: "Their two.",
      },
    ]);
  });

  it("keeps a sentence one side removed and the other changed, and says so", () => {
    const theirs = withSummary(
      base,
      base.summary.filter((item) => item.id !== "s3"),
    );
    const mine = withSummary(
      base,
      base.summary.map((item) => (item.id === "s3" ? { ...item, text: "Three, kept." } : item)),
    );
    const removedByThem = mergeDigestEdits({ base, mine, theirs });
    expect(removedByThem.digest.summary.map((item) => item.text)).toContain("Three, kept.");
    expect(removedByThem.conflicts).toMatchObject([{ kind: "removed_by_them", mine: "Three, kept.", theirs: null }]);
    const reversed = mergeDigestEdits({ base, mine: theirs, theirs: mine });
    expect(reversed.digest.summary.map((item) => item.text)).toContain("Three, kept.");
    expect(reversed.conflicts).toMatchObject([{ kind: "removed_by_me", mine: null, theirs: "Three, kept." }]);
  });

  it("takes a headline change from the side that made it, and a reviewer's acceptance with it", () => {
    const theirs: Digest = {
      ...base,
      headlineAcceptance: { by: "u", byName: "Rita", reason: "checked", at: "2026-12-01T00:00:00.000Z" },
    };
    const mine = withSummary(base, [sentence("s1", "One, edited."), ...base.summary.slice(1)]);
    const merged = mergeDigestEdits({ base, mine, theirs });
    expect(merged.digest.headlineAcceptance?.reason).toBe("checked");
    expect(merged.digest.summary[0]?.text).toBe("One, edited.");
    const retitled = mergeDigestEdits({ base, mine: { ...base, headline: "Bridge approved" }, theirs });
    expect(retitled.digest.headline).toBe("Bridge approved");
    expect(retitled.digest.headlineAcceptance).toBeUndefined();
  });
});
