import type { Digest } from "@roundup/prompts";
import { buildDigest } from "@roundup/prompts/testing";
import { describe, expect, it } from "vitest";
import { prepareArticle } from "../ingest/index.js";
import { acceptStatement } from "./accept-statement.js";
import { applyDigestEdit } from "./apply-digest-edit.js";
import { toDigestEdit } from "./digest-edit.js";
import { findPublishBlockers } from "./find-publish-blockers.js";
import { reverifyEditedStatements } from "./reverify-edited-statements.js";

const article = prepareArticle({
  input: "ledger.txt",
  title: "Council approves bridge",
  originalText:
    "The council approved the new bridge on Monday by 7 votes to 2.\n\nAbout 40,000 people cross the river every day, the mayor said.",
});
/** A citation of one sentence of the article, inside the chunk that holds it. */
function citeSentence(opening: string) {
  const start = article.text.indexOf(opening);
  const end = article.text.indexOf(".", start) + 1;
  const chunk = article.chunks.find((candidate) => candidate.start <= start && end <= candidate.end);
  if (start < 0 || !chunk) throw new Error(`no sentence opens with ${opening}`);
  return { articleId: article.id, chunkId: chunk.id, start, end };
}
const first = citeSentence("The council approved");
const second = citeSentence("About 40,000");
const cite = (citation: typeof first) => citation;
const passages = new Map(
  article.chunks.map((chunk) => [chunk.id, { articleId: article.id, start: chunk.start, end: chunk.end }]),
);

const draft = buildDigest({
  headline: "Council approves the new bridge",
  headlineCitations: [cite(first)],
  summary: [
    { id: "s-a", text: "The council approved the new bridge on Monday by 7 votes to 2.", citations: [cite(first)] },
    { id: "s-b", text: "About 40,000 people cross the river every day.", citations: [cite(second)] },
  ],
  quotes: [],
});
const stored: Digest = reverifyEditedStatements(draft, [article], { ...draft, headline: "", summary: [] });

describe("applyDigestEdit and the publish gate", () => {
  it("flags a number that is in no source, blocks publishing, and clears once a reviewer accepts it", () => {
    const edit = toDigestEdit(stored);
    (edit.summary[1] as { text: string }).text = "About 95,000 people cross the river every day.";
    const edited = reverifyEditedStatements(applyDigestEdit(stored, edit, { passages }), [article], stored);
    expect(edited.summary[1]?.verification?.status).toBe("unsupported");
    expect(edited.summary[1]?.verification?.reasons.join(" ")).toContain("95");
    // The sentence nobody touched keeps its verification object as it was.
    expect(edited.summary[0]).toBe(stored.summary[0]);
    const blockers = findPublishBlockers(edited);
    expect(blockers).toEqual([expect.objectContaining({ part: "summary", id: "s-b", label: "Summary sentence 2" })]);
    const accepted = acceptStatement(edited, "s-b", {
      by: "u1",
      byName: "Rita Reviewer",
      reason: "  The ministry confirmed 95,000 by phone. ",
      at: "2026-12-01T10:00:00.000Z",
    });
    expect(accepted.summary[1]?.acceptance?.reason).toBe("The ministry confirmed 95,000 by phone.");
    expect(findPublishBlockers(accepted)).toEqual([]);
    // Editing the accepted sentence again drops the acceptance: the new text must be checked anew.
    const again = toDigestEdit(accepted);
    (again.summary[1] as { text: string }).text = "About 96,000 people cross the river every day.";
    const reedited = reverifyEditedStatements(applyDigestEdit(accepted, again, { passages }), [article], accepted);
    expect(reedited.summary[1]?.acceptance).toBeUndefined();
    expect(findPublishBlockers(reedited).map((blocker) => blocker.id)).toEqual(["s-b"]);
  });

  it("keeps what code found wrong in a model's statements until an editor changes them, then verifies them afresh", () => {
    const modelDraft = buildDigest({
      ...draft,
      headlineUnknownCitations: ["P9"],
      headlineModelFaults: ["rests on an earlier report that a later one supersedes"],
      summary: draft.summary.map((sentence, index) =>
        index === 0 ? { ...sentence, modelFaults: ["tells an earlier report as current"] } : sentence,
      ),
    });
    const flagged = reverifyEditedStatements(modelDraft, [article], { ...modelDraft, headline: "", summary: [] });
    expect(findPublishBlockers(flagged).map((blocker) => blocker.id)).toEqual(["headline", "s-a"]);
    expect(flagged.headlineVerification?.reasons).toContain("cites passage P9, which the model was never given");
    // Left as they were, the statements keep their flags.
    const untouched = reverifyEditedStatements(
      applyDigestEdit(flagged, toDigestEdit(flagged), { passages }),
      [article],
      flagged,
    );
    expect(findPublishBlockers(untouched).map((blocker) => blocker.id)).toEqual(["headline", "s-a"]);
    const edit = toDigestEdit(flagged);
    edit.headline = "Council approves the new bridge by 7 votes to 2";
    (edit.summary[0] as { text: string }).text = "The council approved the new bridge on Monday.";
    const edited = reverifyEditedStatements(applyDigestEdit(flagged, edit, { passages }), [article], flagged);
    expect(edited.headlineModelFaults).toBeUndefined();
    expect(edited.headlineUnknownCitations).toBeUndefined();
    expect(edited.summary[0]?.modelFaults).toBeUndefined();
    expect(findPublishBlockers(edited)).toEqual([]);
  });

  it("refuses an acceptance without a reason and one of a supported statement", () => {
    const acceptance = { by: "u1", byName: "Rita", reason: " ", at: "2026-12-01T10:00:00.000Z" };
    expect(() => acceptStatement(stored, "s-b", acceptance)).toThrow(/needs a reason/);
    expect(() => acceptStatement(stored, "s-a", { ...acceptance, reason: "fine" })).toThrow(/not an unsupported/);
  });

  it("edits the headline's citations, adds, reorders and removes statements, and keeps ids", () => {
    const edit = toDigestEdit(stored);
    edit.headlineCitations = [cite(second)];
    edit.summary = [
      { id: "s-new", text: "The mayor said about 40,000 people cross every day.", citations: [cite(second)] },
      ...(edit.summary.slice().reverse() as typeof edit.summary),
    ];
    (edit.summary[2] as { text: string }).text = "   ";
    edit.keyPoints = [
      { id: "k-1", text: "The council approved the new bridge by 7 votes to 2.", citations: [cite(first)] },
    ];
    edit.timeline = [{ id: "t-1", date: "2026-11-30", text: "The council votes.", citations: [cite(first)] }];
    edit.quotes = [
      {
        id: "q-1",
        speaker: "the mayor",
        text: "About 40,000 people cross the river every day",
        citations: [cite(second)],
      },
    ];
    const edited = reverifyEditedStatements(applyDigestEdit(stored, edit, { passages }), [article], stored);
    expect(edited.summary.map((sentence) => sentence.id)).toEqual(["s-new", "s-b"]);
    expect(edited.headlineCitations).toEqual([cite(second)]);
    // The headline now cites a passage that does not carry it: flagged.
    expect(edited.headlineVerification?.status).toBe("unsupported");
    expect(edited.keyPoints[0]?.verification?.status).toBe("verified");
    expect(edited.timeline[0]).toMatchObject({ id: "t-1", date: "2026-11-30" });
    expect(edited.quotes[0]?.verification?.status).toBe("verified");
  });

  it("keeps a week's entry a week while its date is left as it was, and drops the week when the date changes", () => {
    const weekly: Digest = {
      ...stored,
      timeline: [
        { id: "t-w", date: "2026-11-23", precision: "week", text: "The council voted.", citations: [cite(first)] },
      ],
    };
    const retold = toDigestEdit(weekly);
    (retold.timeline[0] as { text: string }).text = "The council voted on the bridge.";
    expect(applyDigestEdit(weekly, retold, { passages }).timeline[0]).toMatchObject({
      date: "2026-11-23",
      precision: "week",
      text: "The council voted on the bridge.",
    });
    const redated = toDigestEdit(weekly);
    (redated.timeline[0] as { date: string }).date = "2026-11-25";
    const [entry] = applyDigestEdit(weekly, redated, { passages }).timeline;
    expect(entry).toMatchObject({ date: "2026-11-25" });
    expect(entry?.precision).toBeUndefined();
  });

  it("names the part to fix for an empty headline, a foreign passage and an incomplete disagreement", () => {
    const empty = { ...toDigestEdit(stored), headline: " " };
    expect(() => applyDigestEdit(stored, empty, { passages })).toThrow(/is empty/);
    const foreign = toDigestEdit(stored);
    (foreign.summary[0] as { citations: unknown[] }).citations = [{ articleId: "x", chunkId: "x-0", start: 0, end: 5 }];
    expect(() => applyDigestEdit(stored, foreign, { passages })).toThrow(/not part of this story/);
    const disagreement = toDigestEdit(stored);
    disagreement.disagreements = [
      { id: "d-1", topic: "turnout", claims: [{ value: "40,000", text: "a", citations: [cite(second)] }] },
    ];
    expect(() => applyDigestEdit(stored, disagreement, { passages })).toThrow(/at least two claims/);
    try {
      applyDigestEdit(stored, empty, { passages });
    } catch (error) {
      expect((error as { describe(): string }).describe()).toBe("Headline: is empty (write a headline)");
    }
  });

  it("verifies only what the edit changed", () => {
    const unverified: Digest = { ...stored, keyPoints: [{ id: "k-1", text: "Nobody checked this.", citations: [] }] };
    const edit = toDigestEdit(unverified);
    (edit.summary[0] as { text: string }).text = "The council approved the new bridge by 7 votes to 2.";
    const edited = reverifyEditedStatements(applyDigestEdit(unverified, edit, { passages }), [article], unverified);
    expect(edited.summary[0]?.verification?.status).toBe("verified");
    expect(edited.keyPoints[0]?.verification).toBeUndefined();
  });

  it("returns the stored statements untouched for an unchanged edit", () => {
    const same = applyDigestEdit(stored, toDigestEdit(stored), { passages });
    expect(same).toEqual(stored);
    expect(same.summary[0]).toBe(stored.summary[0]);
  });
});
