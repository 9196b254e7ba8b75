import type { Digest } from "@roundup/prompts";
import type { Database } from "../create-database.js";
import { type DigestEvidence, loadDigestEvidence, parseDigestEvidence } from "./digest-evidence.js";
import { parseDigestContent } from "./story-pages.js";

/** A version of a digest as readers get it: its content and what it cites. */
export interface ReadableDigest {
  digestId: string;
  storyId: string;
  storyLabel: string;
  /** `published`: the live published version; `approved`: an approved version never published. */
  kind: "published" | "approved";
  /** The revision this content was published as (null for an approved, unpublished version). */
  revision: number | null;
  publishedAt: Date | null;
  updatedAt: Date;
  content: Digest;
  evidence: DigestEvidence;
}

const columns = {
  id: true,
  storyId: true,
  status: true,
  content: true,
  publishedContent: true,
  publishedRevision: true,
  publishedEvidence: true,
  publishedAt: true,
  updatedAt: true,
  story: { select: { label: true } },
} as const;

type Row = {
  id: string;
  storyId: string;
  status: string;
  content: string;
  publishedContent: string | null;
  publishedRevision: number | null;
  publishedEvidence: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  story: { label: string };
};

async function published(db: Database, row: Row): Promise<ReadableDigest | null> {
  const content = row.publishedContent ? parseDigestContent(row.publishedContent) : null;
  if (!content) return null;
  return {
    digestId: row.id,
    storyId: row.storyId,
    storyLabel: row.story.label,
    kind: "published",
    revision: row.publishedRevision,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    content,
    // Versions published before evidence was kept read it from the stored chunks.
    evidence: parseDigestEvidence(row.publishedEvidence) ?? (await loadDigestEvidence(db, content)),
  };
}

/** Live published versions, newest publication first (the feed and the public pages). */
export async function listPublishedDigests(
  db: Database,
  options: { storyId?: string; limit?: number } = {},
): Promise<ReadableDigest[]> {
  const rows = await db.digest.findMany({
    where: { publishedContent: { not: null }, ...(options.storyId ? { storyId: options.storyId } : {}) },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }],
    take: Math.min(Math.max(options.limit ?? 50, 1), 500),
    select: columns,
  });
  const result: ReadableDigest[] = [];
  for (const row of rows) {
    const digest = await published(db, row);
    if (digest) result.push(digest);
  }
  return result;
}

/**
 * What a story exports: its live published version; before any is published, its approved version.
 * Drafts are never exported. Null when there is nothing to export.
 */
export async function getDigestForExport(db: Database, storyId: string): Promise<ReadableDigest | null> {
  const row = await db.digest.findUnique({ where: { storyId }, select: columns });
  if (!row) return null;
  if (row.publishedContent) return published(db, row);
  if (row.status !== "approved") return null;
  const content = parseDigestContent(row.content);
  if (!content) return null;
  return {
    digestId: row.id,
    storyId: row.storyId,
    storyLabel: row.story.label,
    kind: "approved",
    revision: null,
    publishedAt: null,
    updatedAt: row.updatedAt,
    content,
    evidence: await loadDigestEvidence(db, content),
  };
}
