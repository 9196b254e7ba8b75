import { buildDigest } from "@roundup/prompts/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { listAuditEvents } from "./audit.js";
import {
  acceptDigestStatement,
  decideDigest,
  getDigestVersionContent,
  listDigestRevisions,
  nextDigestStatus,
  saveDigestEdit,
} from "./digest-review.js";
import { saveGeneratedDigest } from "./digests.js";
import { getDigestForExport, listPublishedDigests } from "./published-digests.js";
import { upsertUser } from "./users.js";

const content = buildDigest();

describe.each(testProviders())("digest review on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
  });
  let digestId = "";
  let editorId = "";
  let reviewerId = "";

  beforeEach(async () => {
    await database.db.auditEvent.deleteMany();
    await database.db.story.deleteMany();
    editorId = (await upsertUser(database.db, { email: "e@x.org", name: "Ed", password: "p", role: "editor" })).id;
    reviewerId = (await upsertUser(database.db, { email: "r@x.org", name: "Rev", password: "p", role: "reviewer" })).id;
    await database.db.story.create({ data: { id: "s1", label: "Bridge" } });
    const digest = await database.db.digest.create({
      data: {
        storyId: "s1",
        content: JSON.stringify(content),
        engine: "offline",
        promptId: "offline@1",
        inputHash: "h",
        revisions: { create: { number: 1, action: "generated", status: "draft", content: JSON.stringify(content) } },
      },
    });
    digestId = digest.id;
  });
  afterAll(async () => {
    await database.remove();
  });

  it("saves an edit as a new revision, bumps the version and records who did it", async () => {
    const result = await saveDigestEdit(database.db, {
      digestId,
      expectedVersion: 1,
      content: { ...content, headline: "Edited" },
      authorId: editorId,
    });
    expect(result).toMatchObject({
      ok: true,
      digest: { version: 2, status: "draft", content: { headline: "Edited" } },
    });
    const revisions = await listDigestRevisions(database.db, digestId);
    expect(revisions.map((revision) => [revision.number, revision.action, revision.author?.name ?? null])).toEqual([
      [2, "edited", "Ed"],
      [1, "generated", null],
    ]);
    expect((await listAuditEvents(database.db, { entity: "digest", entityId: digestId }))[0]).toMatchObject({
      action: "digest.edited",
      actor: { id: editorId },
    });
  });

  it("refuses a stale save, writes nothing and returns the current version", async () => {
    await saveDigestEdit(database.db, {
      digestId,
      expectedVersion: 1,
      content: { ...content, headline: "First" },
      authorId: editorId,
    });
    const stale = await saveDigestEdit(database.db, {
      digestId,
      expectedVersion: 1,
      content: { ...content, headline: "Second" },
      authorId: reviewerId,
    });
    expect(stale).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { version: 2, content: { headline: "First" }, lastAuthor: { name: "Ed" } },
    });
    expect((await listDigestRevisions(database.db, digestId)).length).toBe(2);
  });

  it("lets two concurrent saves from the same version produce exactly one winner", async () => {
    const results = await Promise.all(
      ["A", "B"].map((headline) =>
        saveDigestEdit(database.db, {
          digestId,
          expectedVersion: 1,
          content: { ...content, headline },
          authorId: editorId,
        }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === "conflict")).toHaveLength(1);
  });

  it("rejects invalid content", async () => {
    const result = await saveDigestEdit(database.db, {
      digestId,
      expectedVersion: 1,
      content: { ...content, summary: [] },
      authorId: editorId,
    });
    expect(result).toMatchObject({ ok: false, reason: "invalid_content" });
  });

  it("walks submit → reject (with comment) → submit → approve → publish and refuses illegal steps", async () => {
    const step = (
      decision: "submitted" | "approved" | "rejected" | "published",
      expectedVersion: number,
      comment?: string,
    ) =>
      decideDigest(database.db, { digestId, expectedVersion, decision, actorId: reviewerId, comment: comment ?? null });
    expect(await step("published", 1)).toMatchObject({ ok: false, reason: "invalid_transition" });
    expect(await step("submitted", 1)).toMatchObject({ ok: true, digest: { status: "in_review", version: 2 } });
    expect(await step("rejected", 2, "Cite the vote count")).toMatchObject({
      ok: true,
      digest: { status: "rejected" },
    });
    expect(await step("approved", 2)).toMatchObject({ ok: false, reason: "conflict" });
    expect(await step("submitted", 3)).toMatchObject({ ok: true, digest: { status: "in_review" } });
    expect(await step("approved", 4)).toMatchObject({ ok: true, digest: { status: "approved" } });
    expect(await listPublishedDigests(database.db)).toEqual([]);
    expect(await step("published", 5)).toMatchObject({ ok: true, digest: { status: "published", version: 6 } });
    const published = await listPublishedDigests(database.db);
    expect(published).toMatchObject([{ storyId: "s1", storyLabel: "Bridge", content: { headline: content.headline } }]);
    expect(published[0]?.publishedAt).toBeInstanceOf(Date);
    const revisions = await listDigestRevisions(database.db, digestId);
    expect(revisions.find((revision) => revision.action === "rejected")?.comment).toBe("Cite the vote count");
    const audit = await listAuditEvents(database.db, { entityId: digestId });
    expect(audit.map((event) => event.action)).toContain("digest.published");
  });

  it("sends an approved digest back to draft when it is edited", async () => {
    await decideDigest(database.db, { digestId, expectedVersion: 1, decision: "approved", actorId: reviewerId });
    const edited = await saveDigestEdit(database.db, {
      digestId,
      expectedVersion: 2,
      content: { ...content, headline: "Changed" },
      authorId: editorId,
    });
    expect(edited).toMatchObject({ ok: true, digest: { status: "draft", version: 3 } });
  });

  it("writes no revision for a save that changes nothing", async () => {
    const same = await saveDigestEdit(database.db, { digestId, expectedVersion: 1, content, authorId: editorId });
    expect(same).toMatchObject({ ok: true, unchanged: true, digest: { version: 1 } });
    expect(await listDigestRevisions(database.db, digestId)).toHaveLength(1);
    expect(await listAuditEvents(database.db, { entityId: digestId })).toEqual([]);
  });

  it("keeps the content of every version, as the base of a later merge", async () => {
    await saveDigestEdit(database.db, {
      digestId,
      expectedVersion: 1,
      content: { ...content, headline: "Second" },
      authorId: editorId,
    });
    expect((await getDigestVersionContent(database.db, digestId, 1))?.headline).toBe(content.headline);
    expect((await getDigestVersionContent(database.db, digestId, 2))?.headline).toBe("Second");
    // Statements are stored with ids, so two editors' changes can be matched statement by statement.
    expect((await getDigestVersionContent(database.db, digestId, 2))?.summary[0]?.id).toMatch(/^s-/);
  });

  it("refuses to approve or publish while a statement is unsupported, until a reviewer accepts it with a reason", async () => {
    const flagged = {
      ...content,
      summary: [
        {
          ...content.summary[0],
          id: "s-95",
          text: "About 95,000 people will cross the bridge every day.",
          citations: content.summary[0]?.citations ?? [],
          verification: { status: "unsupported" as const, reasons: ["number 95000 is not in the cited passage"] },
        },
      ],
    };
    const saved = await saveDigestEdit(database.db, {
      digestId,
      expectedVersion: 1,
      content: flagged,
      authorId: editorId,
    });
    expect(saved.ok).toBe(true);
    const approve = await decideDigest(database.db, {
      digestId,
      expectedVersion: 2,
      decision: "approved",
      actorId: reviewerId,
    });
    expect(approve).toMatchObject({
      ok: false,
      reason: "blocked",
      blockers: [{ id: "s-95", label: "Summary sentence 1", reasons: ["number 95000 is not in the cited passage"] }],
    });
    expect((await database.db.digest.findUniqueOrThrow({ where: { id: digestId } })).status).toBe("draft");
    expect(
      await acceptDigestStatement(database.db, {
        digestId,
        expectedVersion: 2,
        statementId: "s-95",
        reason: " ",
        actorId: reviewerId,
      }),
    ).toMatchObject({ ok: false, reason: "invalid_content" });
    const accepted = await acceptDigestStatement(database.db, {
      digestId,
      expectedVersion: 2,
      statementId: "s-95",
      reason: "The city confirmed 95,000 in writing.",
      actorId: reviewerId,
    });
    expect(accepted).toMatchObject({
      ok: true,
      digest: {
        version: 3,
        content: { summary: [{ acceptance: { byName: "Rev", reason: "The city confirmed 95,000 in writing." } }] },
      },
    });
    const revisions = await listDigestRevisions(database.db, digestId);
    expect(revisions[0]).toMatchObject({
      action: "accepted",
      comment: "Summary sentence 1 accepted: The city confirmed 95,000 in writing.",
      author: { name: "Rev" },
    });
    expect((await listAuditEvents(database.db, { entityId: digestId }))[0]).toMatchObject({
      action: "digest.statement_accepted",
      detail: { reason: "The city confirmed 95,000 in writing.", statement: "Summary sentence 1" },
    });
    expect(
      await decideDigest(database.db, { digestId, expectedVersion: 3, decision: "approved", actorId: reviewerId }),
    ).toMatchObject({ ok: true, digest: { status: "approved" } });
    expect(
      await decideDigest(database.db, { digestId, expectedVersion: 4, decision: "published", actorId: reviewerId }),
    ).toMatchObject({ ok: true, digest: { status: "published" } });
  });

  it("keeps the published version live through regenerations and edits until a newer one is published", async () => {
    await decideDigest(database.db, { digestId, expectedVersion: 1, decision: "approved", actorId: reviewerId });
    await decideDigest(database.db, { digestId, expectedVersion: 2, decision: "published", actorId: reviewerId });
    const regenerated = await saveGeneratedDigest(
      database.db,
      "s1",
      buildDigest({ headline: "Regenerated", generation: { inputHash: "other" } }),
      { force: true, authorId: editorId },
    );
    expect(regenerated).toMatchObject({ status: "regenerated", version: 4 });
    const row = await database.db.digest.findUniqueOrThrow({ where: { id: digestId } });
    expect(row.status).toBe("draft");
    const live = await listPublishedDigests(database.db, { storyId: "s1" });
    expect(live).toMatchObject([{ kind: "published", revision: 3, content: { headline: content.headline } }]);
    expect(await getDigestForExport(database.db, "s1")).toMatchObject({ content: { headline: content.headline } });
    // The regeneration's audit event was written with it.
    expect((await listAuditEvents(database.db, { entityId: digestId }))[0]).toMatchObject({
      action: "digest.generated",
      actor: { id: editorId },
      detail: { storyId: "s1", version: 4, force: true },
    });
    await saveDigestEdit(database.db, {
      digestId,
      expectedVersion: 4,
      content: { ...content, headline: "Edited after publishing" },
      authorId: editorId,
    });
    expect((await listPublishedDigests(database.db))[0]?.content.headline).toBe(content.headline);
    await decideDigest(database.db, { digestId, expectedVersion: 5, decision: "approved", actorId: reviewerId });
    // An approved newer version is not what readers get until it is published.
    expect((await getDigestForExport(database.db, "s1"))?.content.headline).toBe(content.headline);
    await decideDigest(database.db, { digestId, expectedVersion: 6, decision: "published", actorId: reviewerId });
    expect(await listPublishedDigests(database.db)).toMatchObject([
      { revision: 7, content: { headline: "Edited after publishing" } },
    ]);
  });

  it("exports an approved version before anything is published, and never a draft", async () => {
    expect(await getDigestForExport(database.db, "s1")).toBeNull();
    await decideDigest(database.db, { digestId, expectedVersion: 1, decision: "approved", actorId: reviewerId });
    expect(await getDigestForExport(database.db, "s1")).toMatchObject({ kind: "approved", revision: null });
  });

  it("knows which decisions each status allows", () => {
    expect(nextDigestStatus("draft", "approved")).toBe("approved");
    expect(nextDigestStatus("published", "approved")).toBeNull();
    expect(nextDigestStatus("approved", "published")).toBe("published");
    expect(nextDigestStatus("rejected", "submitted")).toBe("in_review");
  });
});
