import { withStatementIds } from "@roundup/core";
import { type Digest, digestSchema } from "@roundup/prompts";
import type { Database } from "../create-database.js";
import { recordAuditEvent } from "./audit.js";
import { readInIdPages } from "./read-in-id-pages.js";
import { refreshStorySummaries } from "./refresh-story-summaries.js";
import { parseDigestContent } from "./story-pages.js";

export type SaveGeneratedDigestResult = {
  status: "created" | "regenerated" | "reused";
  digestId: string;
  version: number;
};

/**
 * Stores a freshly generated digest as a new revision. When the stored digest was generated from the
 * same inputs and prompt, it is reused unless `force` is set, so re-running costs nothing.
 * Earlier revisions (and editors' edits) are never overwritten: they stay in the revision history.
 * The new text is a draft; a published version stays live (public page, feed, exports) until a newer
 * one is published. When a user asked for it (`authorId`), the audit event is written in the same
 * transaction.
 */
export async function saveGeneratedDigest(
  db: Database,
  storyId: string,
  digest: Digest,
  options: {
    force?: boolean;
    authorId?: string | null;
    /** What the author asked for (engine, model, prompt), recorded in the audit event. */
    auditDetail?: Record<string, unknown>;
  } = {},
): Promise<SaveGeneratedDigestResult> {
  const content = JSON.stringify(digestSchema.parse(withStatementIds(digest)));
  const generation = digest.generation;
  const existing = await db.digest.findUnique({ where: { storyId } });
  if (
    existing &&
    !options.force &&
    existing.inputHash === generation.inputHash &&
    existing.promptId === generation.promptId
  ) {
    return { status: "reused", digestId: existing.id, version: existing.version };
  }
  const fields = {
    content,
    status: "draft",
    engine: generation.engine,
    model: generation.model,
    promptId: generation.promptId,
    inputHash: generation.inputHash,
    usage: JSON.stringify(generation.usage),
    costUsd: generation.costUsd,
    latencyMs: Math.round(generation.latencyMs),
  };
  return db.$transaction(async (tx) => {
    const saved = existing
      ? await tx.digest.update({ where: { id: existing.id }, data: { ...fields, version: { increment: 1 } } })
      : await tx.digest.create({ data: { storyId, ...fields } });
    const last = await tx.digestRevision.findFirst({ where: { digestId: saved.id }, orderBy: { number: "desc" } });
    const number = (last?.number ?? 0) + 1;
    await tx.digestRevision.create({
      data: {
        digestId: saved.id,
        number,
        version: saved.version,
        action: "generated",
        status: "draft",
        content,
        authorId: options.authorId ?? null,
      },
    });
    if (options.authorId)
      await recordAuditEvent(tx, {
        actorId: options.authorId,
        action: "digest.generated",
        entity: "digest",
        entityId: saved.id,
        detail: {
          storyId,
          revision: number,
          version: saved.version,
          engine: generation.engine,
          model: generation.model,
          prompt: generation.promptId,
          force: Boolean(options.force),
          ...options.auditDetail,
        },
      });
    await refreshStorySummaries(tx, [storyId]);
    return { status: existing ? "regenerated" : "created", digestId: saved.id, version: saved.version };
  });
}

/** What identifies the stored digest's generation, to skip regenerating one that is current. */
export async function findDigestFingerprint(
  db: Database,
  storyId: string,
): Promise<{ inputHash: string; promptId: string; version: number; digest: Digest } | null> {
  const row = await db.digest.findUnique({ where: { storyId } });
  if (!row) return null;
  return {
    inputHash: row.inputHash,
    promptId: row.promptId,
    version: row.version,
    digest: digestSchema.parse(JSON.parse(row.content)),
  };
}

/** The version of a story's stored digest; 0 when it has none yet. */
export async function digestVersionOf(db: Database, storyId: string): Promise<number> {
  const row = await db.digest.findUnique({ where: { storyId }, select: { version: true } });
  return row?.version ?? 0;
}

/** A story's stored digest as `roundup digest --json` prints it: its review status beside its full content. */
export interface StoredStoryDigest {
  storyId: string;
  /** The review status: draft, in_review, approved, rejected, published. */
  status: string;
  version: number;
  /** Null when the stored JSON no longer matches the Digest schema. */
  digest: Digest | null;
}

/** The stored digests of the given stories (those without one are left out), a page of ids per query. */
export async function loadStoryDigests(db: Database, storyIds: readonly string[]): Promise<StoredStoryDigest[]> {
  const rows = await readInIdPages(storyIds, (page) =>
    db.digest.findMany({
      where: { storyId: { in: page } },
      select: { storyId: true, status: true, version: true, content: true },
    }),
  );
  return rows.map((row) => ({
    storyId: row.storyId,
    status: row.status,
    version: row.version,
    digest: parseDigestContent(row.content),
  }));
}

/** What a one-click regenerate needs of a story: its article count and its digest's engine, model and prompt. */
export async function findRegenerationSettings(
  db: Database,
  storyId: string,
): Promise<{
  id: string;
  articleCount: number;
  digest: { engine: string; model: string | null; promptId: string } | null;
} | null> {
  return db.story.findUnique({
    where: { id: storyId },
    select: { id: true, articleCount: true, digest: { select: { engine: true, model: true, promptId: true } } },
  });
}
