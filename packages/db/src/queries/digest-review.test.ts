import { buildDigest } from "@roundup/prompts/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { listAuditEvents } from "./audit.js";
import {
  decideDigest,
  listDigestRevisions,
  listDigestsForExport,
  nextDigestStatus,
  saveDigestEdit,
} from "./digest-review.js";
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
    expect(await listDigestsForExport(database.db, { statuses: ["published"] })).toEqual([]);
    expect(await step("published", 5)).toMatchObject({ ok: true, digest: { status: "published", version: 6 } });
    const published = await listDigestsForExport(database.db, { statuses: ["published"] });
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

  it("knows which decisions each status allows", () => {
    expect(nextDigestStatus("draft", "approved")).toBe("approved");
    expect(nextDigestStatus("published", "approved")).toBeNull();
    expect(nextDigestStatus("approved", "published")).toBe("published");
    expect(nextDigestStatus("rejected", "submitted")).toBe("in_review");
  });
});
