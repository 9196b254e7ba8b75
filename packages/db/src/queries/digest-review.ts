import {
  acceptStatement,
  findPublishBlockers,
  isRoundupError,
  listStatements,
  type PublishBlocker,
  statementLabel,
  withStatementIds,
} from "@roundup/core";
import { type Digest, digestSchema } from "@roundup/prompts";
import type { Database } from "../create-database.js";
import { recordAuditEvent } from "./audit.js";
import { loadDigestEvidence } from "./digest-evidence.js";
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
  /** The revision readers see (public page, feed, exports); null until one is published. */
  publishedRevision: number | null;
  publishedAt: Date | null;
}

export type DigestChangeResult =
  /** `unchanged`: the save changed nothing, so no revision was written and the version stands. */
  | { ok: true; digest: DigestSnapshot; unchanged?: boolean }
  | { ok: false; reason: "not_found" }
  /** Approving or publishing is refused while statements are unsupported and not accepted. */
  | { ok: false; reason: "blocked"; blockers: PublishBlocker[]; current: DigestSnapshot }
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
    publishedRevision: digest.publishedRevision,
    publishedAt: digest.publishedAt,
  };
}

/** Stored JSON in one canonical form (schema key order, statement ids filled), to tell real changes. */
function canonicalContent(digest: Digest): string {
  return JSON.stringify(digestSchema.parse(withStatementIds(digest)));
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

interface RevisionChange {
  current: DigestSnapshot;
  expectedVersion: number;
  actorId: string;
  /** What the revision records: the action, the status after it, its content and comment. */
  revision: { action: string; status: DigestStatus; content: string; comment: string | null };
  /** Other columns the change sets (the published version's), given the new revision's number. */
  extra?: (revision: number) => Promise<Record<string, unknown>> | Record<string, unknown>;
  audit: { action: string; detail: Record<string, unknown> };
}

/**
 * The one way a digest changes: the version check inside the UPDATE (two concurrent writers cannot
 * both win), a revision, the audit event and the inbox columns, all in the caller's transaction.
 */
async function writeRevision(tx: Transaction, change: RevisionChange): Promise<DigestChangeResult> {
  const { current, revision } = change;
  const number = await nextRevisionNumber(tx, current.id);
  const updated = await tx.digest.updateMany({
    where: { id: current.id, version: change.expectedVersion },
    data: {
      content: revision.content,
      status: revision.status,
      version: { increment: 1 },
      ...(change.extra ? await change.extra(number) : {}),
    },
  });
  if (updated.count === 0) return { ok: false, reason: "conflict", current };
  await tx.digestRevision.create({
    data: { digestId: current.id, number, version: change.expectedVersion + 1, authorId: change.actorId, ...revision },
  });
  await recordAuditEvent(tx, {
    actorId: change.actorId,
    action: change.audit.action,
    entity: "digest",
    entityId: current.id,
    detail: { storyId: current.storyId, revision: number, ...change.audit.detail },
  });
  await refreshStorySummaries(tx, [current.storyId]);
  return { ok: true, digest: (await snapshot(tx, current.id)) as DigestSnapshot };
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
 * Statements get ids where they have none. Content equal to the stored one writes nothing (no
 * revision, same version) and answers `unchanged`.
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
  const content = canonicalContent(parsed.data);
  return db.$transaction(async (tx) => {
    const current = await snapshot(tx, input.digestId);
    if (!current) return { ok: false, reason: "not_found" } as const;
    if (current.version !== input.expectedVersion) return { ok: false, reason: "conflict", current } as const;
    if (current.content && canonicalContent(current.content) === content)
      return { ok: true, digest: current, unchanged: true } as const;
    const status = statusAfterEdit(current.status);
    return writeRevision(tx, {
      current,
      expectedVersion: input.expectedVersion,
      actorId: input.authorId,
      revision: { action: "edited", status, content, comment: input.comment ?? null },
      audit: { action: "digest.edited", detail: { fromVersion: input.expectedVersion, status } },
    });
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

/**
 * Submits, approves, rejects or publishes a digest, with the same version check as an edit.
 * Approving and publishing are refused while a statement is unsupported and not accepted (the
 * publish gate). Publishing makes this version the one readers see, with the passages it cites as
 * they read now; later edits and regenerations leave it live until a newer version is published.
 */
export async function decideDigest(db: Database, input: DecideDigestInput): Promise<DigestChangeResult> {
  return db.$transaction(async (tx) => {
    const current = await snapshot(tx, input.digestId);
    if (!current) return { ok: false, reason: "not_found" } as const;
    if (current.version !== input.expectedVersion) return { ok: false, reason: "conflict", current } as const;
    const status = nextDigestStatus(current.status, input.decision);
    if (!status) return { ok: false, reason: "invalid_transition", current } as const;
    const gated = input.decision === "approved" || input.decision === "published";
    if (gated && !current.content)
      return { ok: false, reason: "invalid_content", issues: ["the stored digest does not match the schema"] } as const;
    const blockers = gated && current.content ? findPublishBlockers(current.content) : [];
    if (blockers.length > 0) return { ok: false, reason: "blocked", blockers, current } as const;
    const content = current.content;
    const comment = input.comment?.trim() || null;
    return writeRevision(tx, {
      current,
      expectedVersion: input.expectedVersion,
      actorId: input.actorId,
      revision: { action: input.decision, status, content: current.rawContent, comment },
      ...(input.decision === "published" && content
        ? {
            extra: async (revision: number) => ({
              publishedAt: new Date(),
              publishedContent: current.rawContent,
              publishedRevision: revision,
              publishedEvidence: JSON.stringify(await loadDigestEvidence(tx, content)),
            }),
          }
        : {}),
      audit: {
        action: `digest.${input.decision}`,
        detail: { from: current.status, to: status, ...(comment ? { comment } : {}) },
      },
    });
  });
}

export interface AcceptStatementInput {
  digestId: string;
  expectedVersion: number;
  /** The statement's id (`headline` for the headline). */
  statementId: string;
  reason: string;
  actorId: string;
}

/**
 * A reviewer accepts one unsupported statement with a written reason: the acceptance is kept on
 * the statement (so it stops blocking approval and publishing), in a revision (action `accepted`,
 * the reason as its comment) and in the audit trail, in one transaction. The status is unchanged.
 */
export async function acceptDigestStatement(db: Database, input: AcceptStatementInput): Promise<DigestChangeResult> {
  return db.$transaction(async (tx) => {
    const current = await snapshot(tx, input.digestId);
    if (!current) return { ok: false, reason: "not_found" } as const;
    if (current.version !== input.expectedVersion) return { ok: false, reason: "conflict", current } as const;
    if (!current.content)
      return { ok: false, reason: "invalid_content", issues: ["the stored digest does not match the schema"] } as const;
    const actor = await tx.user.findUnique({ where: { id: input.actorId }, select: { name: true } });
    let accepted: Digest;
    try {
      accepted = acceptStatement(current.content, input.statementId, {
        by: input.actorId,
        byName: actor?.name ?? "unknown",
        reason: input.reason,
        at: new Date().toISOString(),
      });
    } catch (error) {
      if (isRoundupError(error)) return { ok: false, reason: "invalid_content", issues: [error.describe()] } as const;
      throw error;
    }
    const statement = listStatements(accepted).find((item) => item.id === input.statementId);
    const label = statement ? statementLabel(statement.part, statement.position) : input.statementId;
    const reason = statement?.acceptance?.reason ?? input.reason.trim();
    return writeRevision(tx, {
      current,
      expectedVersion: input.expectedVersion,
      actorId: input.actorId,
      revision: {
        action: "accepted",
        status: current.status,
        content: canonicalContent(accepted),
        comment: `${label} accepted: ${reason}`,
      },
      audit: {
        action: "digest.statement_accepted",
        detail: { statement: label, text: statement?.text ?? "", reason },
      },
    });
  });
}

/**
 * The content a digest had at `version` (the base an editor's form started from), when kept. A
 * revision written without its version (by older code or a seed script) made the version of its number.
 */
export async function getDigestVersionContent(db: Database, digestId: string, version: number): Promise<Digest | null> {
  const revision = await db.digestRevision.findFirst({
    where: { digestId, OR: [{ version }, { version: null, number: version }] },
    orderBy: { number: "desc" },
    select: { content: true },
  });
  return revision ? parseDigestContent(revision.content) : null;
}

export interface DigestRevisionView {
  id: string;
  number: number;
  /** The digest version this revision made (null for rows older than the column). */
  version: number | null;
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
    version: revision.version,
    action: revision.action,
    status: revision.status,
    comment: revision.comment,
    author: revision.author,
    createdAt: revision.createdAt,
    content: parseDigestContent(revision.content),
    rawContent: revision.content,
  }));
}
