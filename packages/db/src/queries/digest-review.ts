import { type Digest, digestSchema } from "@roundup/prompts";
import type { Database } from "../create-database.js";
import { recordAuditEvent } from "./audit.js";
import { refreshStorySummaries } from "./refresh-story-summaries.js";
import { type DigestStatus, isDigestStatus, parseDigestContent } from "./story-pages.js";

/** Review decisions that change only the status; edits change the content. */
export const digestDecisions = ["submitted", "approved", "rejected", "published"] as const;
export type DigestDecision = (typeof digestDecisions)[number];

const allowedFrom: Record<DigestDecision, readonly DigestStatus[]> = {
  submitted: ["draft", "rejected"],
  approved: ["draft", "in_review"],
  rejected: ["draft", "in_review", "approved"],
  published: ["approved"],
};

const statusAfter: Record<DigestDecision, DigestStatus> = {
  submitted: "in_review",
  approved: "approved",
  rejected: "rejected",
  published: "published",
};

/** The status a decision leads to, or null when the decision is not allowed from `current`. */
export function nextDigestStatus(current: DigestStatus, decision: DigestDecision): DigestStatus | null {
  return allowedFrom[decision].includes(current) ? statusAfter[decision] : null;
}

/** An edit invalidates an approval or rejection: the changed text has to be reviewed again. */
export function statusAfterEdit(current: DigestStatus): DigestStatus {
  return current === "in_review" ? "in_review" : "draft";
}

export interface DigestSnapshot {
  id: string;
  storyId: string;
  status: DigestStatus;
  version: number;
  content: Digest | null;
  rawContent: string;
  updatedAt: Date;
  /** Who wrote the latest revision, when known. */
  lastAuthor: { id: string; name: string; email: string } | null;
}

export type DigestChangeResult =
  | { ok: true; digest: DigestSnapshot }
  | { ok: false; reason: "not_found" }
  /** Someone saved since `expectedVersion`: nothing was written; both versions are returned. */
  | { ok: false; reason: "conflict"; current: DigestSnapshot }
  | { ok: false; reason: "invalid_transition"; current: DigestSnapshot }
  | { ok: false; reason: "invalid_content"; issues: string[] };

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

async function snapshot(db: Transaction | Database, digestId: string): Promise<DigestSnapshot | null> {
  const digest = await db.digest.findUnique({
    where: { id: digestId },
    include: {
      revisions: {
        orderBy: { number: "desc" },
        take: 1,
        include: { author: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!digest) return null;
  return {
    id: digest.id,
    storyId: digest.storyId,
    status: isDigestStatus(digest.status) ? digest.status : "draft",
    version: digest.version,
    content: parseDigestContent(digest.content),
    rawContent: digest.content,
    updatedAt: digest.updatedAt,
    lastAuthor: digest.revisions[0]?.author ?? null,
  };
}

export async function getDigestSnapshot(db: Database, digestId: string): Promise<DigestSnapshot | null> {
  return snapshot(db, digestId);
}

async function nextRevisionNumber(tx: Transaction, digestId: string): Promise<number> {
  const last = await tx.digestRevision.findFirst({
    where: { digestId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return (last?.number ?? 0) + 1;
}

export interface SaveDigestEditInput {
  digestId: string;
  /** The version the editor started from; a save from an older version is refused. */
  expectedVersion: number;
  content: Digest;
  authorId: string;
  comment?: string | null;
}

/**
 * Saves edited content: bumps `version`, keeps a revision (action `edited`) and an audit event, all in
 * one transaction. The version check is part of the UPDATE, so two concurrent saves cannot both win.
 */
export async function saveDigestEdit(db: Database, input: SaveDigestEditInput): Promise<DigestChangeResult> {
  const parsed = digestSchema.safeParse(input.content);
  if (!parsed.success) {
    return {
      ok: false,
      reason: "invalid_content",
      issues: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    };
  }
  const content = JSON.stringify(parsed.data);
  return db.$transaction(async (tx) => {
    const current = await snapshot(tx, input.digestId);
    if (!current) return { ok: false, reason: "not_found" } as const;
    const status = statusAfterEdit(current.status);
    const updated = await tx.digest.updateMany({
      where: { id: input.digestId, version: input.expectedVersion },
      data: { content, status, version: { increment: 1 } },
    });
    if (updated.count === 0) return { ok: false, reason: "conflict", current } as const;
    const number = await nextRevisionNumber(tx, input.digestId);
    await tx.digestRevision.create({
      data: {
        digestId: input.digestId,
        number,
        action: "edited",
        status,
        content,
        comment: input.comment ?? null,
        authorId: input.authorId,
      },
    });
    await recordAuditEvent(tx, {
      actorId: input.authorId,
      action: "digest.edited",
      entity: "digest",
      entityId: input.digestId,
      detail: { storyId: current.storyId, revision: number, fromVersion: input.expectedVersion, status },
    });
    await refreshStorySummaries(tx, [current.storyId]);
    const saved = await snapshot(tx, input.digestId);
    return { ok: true, digest: saved as DigestSnapshot } as const;
  });
}

export interface DecideDigestInput {
  digestId: string;
  expectedVersion: number;
  decision: DigestDecision;
  actorId: string;
  /** Required for a rejection: the editor needs to know what to fix. */
  comment?: string | null;
}

/** Submits, approves, rejects or publishes a digest, with the same version check as an edit. */
export async function decideDigest(db: Database, input: DecideDigestInput): Promise<DigestChangeResult> {
  return db.$transaction(async (tx) => {
    const current = await snapshot(tx, input.digestId);
    if (!current) return { ok: false, reason: "not_found" } as const;
    if (current.version !== input.expectedVersion) return { ok: false, reason: "conflict", current } as const;
    const status = nextDigestStatus(current.status, input.decision);
    if (!status) return { ok: false, reason: "invalid_transition", current } as const;
    const updated = await tx.digest.updateMany({
      where: { id: input.digestId, version: input.expectedVersion },
      data: {
        status,
        version: { increment: 1 },
        ...(input.decision === "published" ? { publishedAt: new Date() } : {}),
      },
    });
    if (updated.count === 0) return { ok: false, reason: "conflict", current } as const;
    const number = await nextRevisionNumber(tx, input.digestId);
    await tx.digestRevision.create({
      data: {
        digestId: input.digestId,
        number,
        action: input.decision,
        status,
        content: current.rawContent,
        comment: input.comment?.trim() || null,
        authorId: input.actorId,
      },
    });
    await recordAuditEvent(tx, {
      actorId: input.actorId,
      action: `digest.${input.decision}`,
      entity: "digest",
      entityId: input.digestId,
      detail: {
        storyId: current.storyId,
        revision: number,
        from: current.status,
        to: status,
        ...(input.comment?.trim() ? { comment: input.comment.trim() } : {}),
      },
    });
    await refreshStorySummaries(tx, [current.storyId]);
    const saved = await snapshot(tx, input.digestId);
    return { ok: true, digest: saved as DigestSnapshot } as const;
  });
}

export interface DigestRevisionView {
  id: string;
  number: number;
  action: string;
  status: string;
  comment: string | null;
  author: { id: string; name: string; email: string } | null;
  createdAt: Date;
  content: Digest | null;
  rawContent: string;
}

/** All revisions of a digest, newest first. */
export async function listDigestRevisions(db: Database, digestId: string): Promise<DigestRevisionView[]> {
  const revisions = await db.digestRevision.findMany({
    where: { digestId },
    orderBy: { number: "desc" },
    include: { author: { select: { id: true, name: true, email: true } } },
  });
  return revisions.map((revision) => ({
    id: revision.id,
    number: revision.number,
    action: revision.action,
    status: revision.status,
    comment: revision.comment,
    author: revision.author,
    createdAt: revision.createdAt,
    content: parseDigestContent(revision.content),
    rawContent: revision.content,
  }));
}

export interface DigestForExport {
  digestId: string;
  storyId: string;
  storyLabel: string;
  status: DigestStatus;
  version: number;
  publishedAt: Date | null;
  updatedAt: Date;
  content: Digest;
}

/** Digests in the given statuses with valid content, newest first (exports and feeds). */
export async function listDigestsForExport(
  db: Database,
  options: { statuses: DigestStatus[]; storyId?: string; limit?: number },
): Promise<DigestForExport[]> {
  const digests = await db.digest.findMany({
    where: { status: { in: options.statuses }, ...(options.storyId ? { storyId: options.storyId } : {}) },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }],
    take: Math.min(Math.max(options.limit ?? 50, 1), 500),
    include: { story: { select: { label: true } } },
  });
  const result: DigestForExport[] = [];
  for (const digest of digests) {
    const content = parseDigestContent(digest.content);
    if (!content) continue;
    result.push({
      digestId: digest.id,
      storyId: digest.storyId,
      storyLabel: digest.story.label,
      status: isDigestStatus(digest.status) ? digest.status : "draft",
      version: digest.version,
      publishedAt: digest.publishedAt,
      updatedAt: digest.updatedAt,
      content,
    });
  }
  return result;
}
