"use server";

import {
  applyDigestEdit,
  type DigestEdit,
  isRoundupError,
  type MergeConflict,
  mergeDigestEdits,
  reverifyEditedStatements,
  toDigestEdit,
} from "@roundup/core";
import {
  acceptDigestStatement,
  type DigestDecision,
  decideDigest,
  getDigestSnapshot,
  getDigestVersionContent,
  getStoryDigestVersion,
  getStoryPage,
  loadArticles,
  saveDigestEdit,
} from "@roundup/db";
import { enqueueDigest } from "@roundup/jobs";
import { redirect } from "next/navigation";
import { z } from "zod";
import { checkDigestEdit, digestEditSchema, editLimits } from "../../lib/digest-edit-schema";
import { idSchema } from "../../lib/id-schema";
import type { PageError } from "../../lib/page-errors";
import { textField } from "../../lib/text-field";
import { getDatabase } from "../../server/db";
import { getJobQueue } from "../../server/job-queue";
import type { Permission } from "../../server/permissions";
import { authorize, PermissionError } from "../../server/session";

function storyHref(storyId: string, params: { notice: string } | { job: string } | { error: PageError }): string {
  return `/stories/${encodeURIComponent(storyId)}?${new URLSearchParams(params).toString()}`;
}

/** Authorises a form action; a missing session goes to sign-in, a missing role back with its message. */
async function authorizeOrRedirect(permission: Permission, storyId: string) {
  try {
    return await authorize(permission);
  } catch (error) {
    if (error instanceof PermissionError) {
      if (!error.role) redirect(`/sign-in?next=${encodeURIComponent(`/stories/${storyId}`)}`);
      redirect(storyHref(storyId, { error: "not-allowed" }));
    }
    throw error;
  }
}

const decisionSchema = z.object({
  storyId: idSchema,
  digestId: idSchema,
  version: z.coerce.number().int().positive(),
  decision: z.enum(["submitted", "approved", "rejected", "published"]),
  comment: textField().pipe(z.string().max(2000)).optional(),
});

const decisionPermission: Record<DigestDecision, Permission> = {
  submitted: "digest.submit",
  approved: "digest.approve",
  rejected: "digest.reject",
  published: "digest.publish",
};

/**
 * Submit, approve, reject or publish; the role is checked here, whatever the page showed, and the
 * publish gate in the database (unsupported statements block approving and publishing).
 */
export async function decideDigestAction(formData: FormData): Promise<void> {
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  const storyId = typeof formData.get("storyId") === "string" ? String(formData.get("storyId")) : "";
  if (!parsed.success) redirect(storyHref(storyId, { error: "request-invalid" }));
  const input = parsed.data;
  if (input.decision === "rejected" && !input.comment?.trim())
    redirect(storyHref(input.storyId, { error: "reject-reason-missing" }));
  const user = await authorizeOrRedirect(decisionPermission[input.decision], input.storyId);
  const result = await decideDigest(getDatabase(), {
    digestId: input.digestId,
    expectedVersion: input.version,
    decision: input.decision,
    actorId: user.id,
    comment: input.comment ?? null,
  });
  if (result.ok) redirect(storyHref(input.storyId, { notice: input.decision }));
  redirect(
    storyHref(input.storyId, {
      error:
        result.reason === "blocked"
          ? "digest-blocked"
          : result.reason === "conflict"
            ? "digest-changed"
            : result.reason === "invalid_transition"
              ? "digest-transition"
              : "request-invalid",
    }),
  );
}

const acceptSchema = z.object({
  storyId: idSchema,
  digestId: idSchema,
  version: z.coerce.number().int().positive(),
  statementId: z.string().min(1).max(100),
  reason: textField().pipe(z.string().min(1).max(1000)),
});

/** A reviewer accepts one unsupported statement, with a written reason kept in history and audit. */
export async function acceptStatementAction(formData: FormData): Promise<void> {
  const parsed = acceptSchema.safeParse(Object.fromEntries(formData));
  const storyId = typeof formData.get("storyId") === "string" ? String(formData.get("storyId")) : "";
  if (!parsed.success) redirect(storyHref(storyId, { error: "accept-reason-missing" }));
  const input = parsed.data;
  const user = await authorizeOrRedirect("digest.accept", input.storyId);
  const result = await acceptDigestStatement(getDatabase(), {
    digestId: input.digestId,
    expectedVersion: input.version,
    statementId: input.statementId,
    reason: input.reason,
    actorId: user.id,
  });
  if (result.ok) redirect(storyHref(input.storyId, { notice: "accepted" }));
  redirect(storyHref(input.storyId, { error: result.reason === "conflict" ? "digest-changed" : "accept-invalid" }));
}

const regenerateSchema = z.object({ storyId: idSchema, version: z.coerce.number().int().nonnegative() });

/**
 * Regenerates the digest with the offline engine as a job: the action checks, authorises and
 * enqueues; the worker writes the new draft (and its audit event) in one transaction. A published
 * version stays live until a newer one is published.
 */
export async function regenerateDigestAction(formData: FormData): Promise<void> {
  const parsed = regenerateSchema.safeParse(Object.fromEntries(formData));
  const storyId = typeof formData.get("storyId") === "string" ? String(formData.get("storyId")) : "";
  if (!parsed.success) redirect(storyHref(storyId, { error: "request-invalid" }));
  const user = await authorizeOrRedirect("digest.regenerate", parsed.data.storyId);
  const db = getDatabase();
  const story = await getStoryDigestVersion(db, parsed.data.storyId);
  if (!story) redirect(storyHref(parsed.data.storyId, { error: "story-not-found" }));
  if ((story.digestVersion ?? 0) !== parsed.data.version)
    redirect(storyHref(story.storyId, { error: "digest-changed" }));
  const queue = await getJobQueue();
  const jobId = await enqueueDigest(
    queue,
    db,
    { storyId: story.storyId, engine: "offline", force: true, authorId: user.id },
    { run: crypto.randomUUID() },
  );
  redirect(storyHref(story.storyId, { job: jobId }));
}

export interface SaveDigestInput {
  storyId: string;
  digestId: string;
  /** The version the editor started from. */
  version: number;
  edit: DigestEdit;
  comment?: string;
}

export type SaveDigestState =
  | { status: "idle" }
  | { status: "saved"; href: string }
  /** Nothing differed from the stored digest: no revision was written. */
  | { status: "unchanged"; message: string }
  | { status: "error"; message: string }
  /**
   * Someone saved meanwhile and both changed the same statements: `edit` is the merge (yours where
   * you both changed something), to review and save again from `version`. Nothing was stored.
   */
  | {
      status: "conflict";
      message: string;
      version: number;
      edit: DigestEdit;
      conflicts: MergeConflict[];
      author: string | null;
    };

const saveSchema = z.object({
  storyId: idSchema,
  digestId: idSchema,
  version: z.number().int().positive(),
  edit: digestEditSchema,
  comment: z.string().max(editLimits.comment).optional(),
});

const busyMessage =
  "The digest could not be saved just now (the database did not answer). Your text is still here: save again in a moment.";

/**
 * Saves an editor's (or reviewer's) changes to every part of a digest. Changed statements are
 * verified again against their passages. When someone saved since the editor opened the digest, the
 * two versions are merged statement by statement (by id): a clean merge is saved as it is; where
 * both changed the same statement, the merge comes back to the form with both texts shown. Every
 * refusal returns a message and leaves the form as it was: nothing typed is lost.
 */
export async function saveDigestAction(input: SaveDigestInput): Promise<SaveDigestState> {
  const problems = checkDigestEdit((input as Partial<SaveDigestInput> | null)?.edit);
  if (problems) return { status: "error", message: problems.join(" ") };
  const parsed = saveSchema.safeParse(input);
  if (!parsed.success) return { status: "error", message: "The form sent something unexpected; reload the page." };
  const { storyId, digestId, version, edit } = parsed.data;
  const comment = parsed.data.comment?.trim() || null;
  let user: Awaited<ReturnType<typeof authorize>>;
  try {
    user = await authorize("digest.edit");
  } catch (error) {
    if (error instanceof PermissionError)
      return {
        status: "error",
        message: error.role
          ? error.message
          : "Your session ended. Sign in again in another tab, then save here: your text is kept.",
      };
    throw error;
  }
  try {
    const db = getDatabase();
    const story = await getStoryPage(db, storyId);
    const passages = new Map(
      (story?.articles ?? []).flatMap((article) =>
        article.chunks.map(
          (chunk) => [chunk.id, { articleId: article.id, start: chunk.start, end: chunk.end }] as const,
        ),
      ),
    );
    // Verification reads only the articles the edit cites.
    const cited = new Set(
      [
        ...edit.headlineCitations,
        ...[...edit.summary, ...edit.keyPoints, ...edit.timeline, ...edit.quotes].flatMap((item) => item.citations),
      ].map((citation) => citation.articleId),
    );
    const articles = await loadArticles(
      db,
      (story?.articles ?? []).flatMap((article) => (cited.has(article.id) ? [article.id] : [])),
    );
    // Up to three rounds: each one merges with whatever was saved meanwhile.
    for (let round = 0; round < 3; round += 1) {
      const current = await getDigestSnapshot(db, digestId);
      if (!current || current.storyId !== storyId) return { status: "error", message: "The digest was not found." };
      if (!current.content) return { status: "error", message: "The stored digest is not valid; regenerate it first." };
      const stale = current.version !== version;
      // The edit is applied to the version the editor saw, then merged with what was saved since.
      const base = stale ? await getDigestVersionContent(db, digestId, version) : current.content;
      if (!base)
        return {
          status: "error",
          message: "The version you started from is gone; reload the page (copy your text first).",
        };
      let content = reverifyEditedStatements(applyDigestEdit(base, edit, { passages }), articles, base);
      if (stale) {
        const merged = mergeDigestEdits({ base, mine: content, theirs: current.content });
        if (merged.conflicts.length > 0) {
          const author = current.lastAuthor?.name ?? null;
          return {
            status: "conflict",
            message: `${author ?? "Someone"} saved this digest (version ${current.version}) after you opened it and changed some of the statements you changed. Your text is kept in the form, with theirs shown beside each: choose, then save again.`,
            version: current.version,
            edit: toDigestEdit(merged.digest),
            conflicts: merged.conflicts,
            author,
          };
        }
        content = merged.digest;
      }
      const result = await saveDigestEdit(db, {
        digestId,
        expectedVersion: current.version,
        content,
        authorId: user.id,
        comment,
      });
      if (result.ok) {
        if (result.unchanged) return { status: "unchanged", message: "Nothing changed, so no revision was written." };
        return {
          status: "saved",
          href: `/stories/${encodeURIComponent(storyId)}?notice=${stale ? "edit_merged" : "saved"}`,
        };
      }
      if (result.reason === "invalid_content")
        return { status: "error", message: `The digest would not be valid: ${result.issues.join("; ")}` };
      if (result.reason !== "conflict") return { status: "error", message: "The digest was not found." };
    }
    return { status: "error", message: busyMessage };
  } catch (error) {
    if (isRoundupError(error)) return { status: "error", message: error.describe() };
    console.error("saving a digest edit failed", error);
    return { status: "error", message: busyMessage };
  }
}
