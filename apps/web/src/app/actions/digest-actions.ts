"use server";

import { createOfflineEngine, generateDigest, isRoundupError, verifyDigest } from "@roundup/core";
import {
  type DigestDecision,
  decideDigest,
  digestVersionOf,
  getDigestSnapshot,
  getStoryPage,
  loadArticles,
  loadStories,
  recordAuditEvent,
  saveDigestEdit,
  saveGeneratedDigest,
} from "@roundup/db";
import { redirect } from "next/navigation";
import { z } from "zod";
import { applyDigestTextEdit } from "../../lib/digest-edit";
import { idSchema } from "../../lib/id-schema";
import { type PageError, pageErrorCode } from "../../lib/page-errors";
import { numberPassages, parsePassageLabels } from "../../lib/story-passages";
import { lineField, textField } from "../../lib/text-field";
import { getDatabase } from "../../server/db";
import type { Permission } from "../../server/permissions";
import { authorize, PermissionError } from "../../server/session";

const decisionSchema = z
  .object({
    storyId: idSchema,
    digestId: idSchema,
    version: z.coerce.number().int().positive(),
    decision: z.enum(["submitted", "approved", "rejected", "published"]),
    comment: textField().pipe(z.string().max(2000)).optional(),
  })
  .refine((value) => value.decision !== "rejected" || (value.comment?.trim().length ?? 0) > 0, {
    message: "reject-reason-missing",
    path: ["comment"],
  });

const decisionPermission: Record<DigestDecision, Permission> = {
  submitted: "digest.submit",
  approved: "digest.approve",
  rejected: "digest.reject",
  published: "digest.publish",
};

function storyHref(storyId: string, params: { notice: string } | { error: PageError }): string {
  return `/stories/${encodeURIComponent(storyId)}?${new URLSearchParams(params).toString()}`;
}

/** Submit, approve, reject or publish; the role is checked here, whatever the page showed. */
export async function decideDigestAction(formData: FormData): Promise<void> {
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  const storyId = typeof formData.get("storyId") === "string" ? String(formData.get("storyId")) : "";
  if (!parsed.success) {
    redirect(storyHref(storyId, { error: pageErrorCode(parsed.error.issues[0]?.message) }));
  }
  const input = parsed.data;
  let user: Awaited<ReturnType<typeof authorize>>;
  try {
    user = await authorize(decisionPermission[input.decision]);
  } catch (error) {
    if (error instanceof PermissionError) {
      if (!error.role) redirect(`/sign-in?next=${encodeURIComponent(`/stories/${input.storyId}`)}`);
      redirect(storyHref(input.storyId, { error: "not-allowed" }));
    }
    throw error;
  }
  const result = await decideDigest(getDatabase(), {
    digestId: input.digestId,
    expectedVersion: input.version,
    decision: input.decision,
    actorId: user.id,
    comment: input.comment ?? null,
  });
  if (result.ok) redirect(storyHref(input.storyId, { notice: input.decision }));
  const error: PageError =
    result.reason === "conflict"
      ? "digest-changed"
      : result.reason === "invalid_transition"
        ? "digest-transition"
        : "digest-not-found";
  redirect(storyHref(input.storyId, { error }));
}

const editSchema = z.object({
  storyId: idSchema,
  digestId: idSchema,
  version: z.coerce.number().int().positive(),
  headline: lineField().pipe(z.string().max(500)),
  summary: z
    .array(lineField().pipe(z.string().max(2000)))
    .min(1)
    .max(8),
  /** Per sentence, the passages it cites as the editor typed them ("P3 P7"). */
  citations: z.array(z.string().max(500)).max(8),
  comment: textField().pipe(z.string().max(2000)).optional(),
});

interface EditedText {
  headline: string;
  summary: string[];
  /** The citation fields as typed, kept so a refused save loses none of them. */
  citations?: string[];
}

export type SaveDigestState =
  | { status: "idle" }
  | { status: "error"; message: string }
  /** Someone saved first: both versions are returned so the editor can merge; nothing was lost. */
  | {
      status: "conflict";
      message: string;
      mine: EditedText;
      theirs: EditedText & { version: number; author: string | null; status: string };
    };

/** Saves an editor's text changes with an optimistic lock on the version the editor started from. */
export async function saveDigestAction(_previous: SaveDigestState, formData: FormData): Promise<SaveDigestState> {
  const parsed = editSchema.safeParse({
    storyId: formData.get("storyId"),
    digestId: formData.get("digestId"),
    version: formData.get("version"),
    headline: formData.get("headline"),
    summary: formData.getAll("summary"),
    citations: formData.getAll("citations"),
    comment: formData.get("comment") ?? undefined,
  });
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Invalid edit" };
  const input = parsed.data;
  let user: Awaited<ReturnType<typeof authorize>>;
  try {
    user = await authorize("digest.edit");
  } catch (error) {
    if (error instanceof PermissionError) return { status: "error", message: error.message };
    throw error;
  }
  const db = getDatabase();
  const current = await getDigestSnapshot(db, input.digestId);
  if (!current || current.storyId !== input.storyId) return { status: "error", message: "The digest was not found." };
  if (!current.content) return { status: "error", message: "The stored digest is not valid; regenerate it first." };
  const mine: EditedText = { headline: input.headline, summary: input.summary, citations: input.citations };
  const conflictState = (snapshot: NonNullable<typeof current>): SaveDigestState => ({
    status: "conflict",
    message:
      "Someone else saved this digest after you opened it. Your text is kept below next to theirs: merge what you need and save again.",
    mine,
    theirs: {
      headline: snapshot.content?.headline ?? "",
      summary: snapshot.content?.summary.map((sentence) => sentence.text) ?? [],
      version: snapshot.version,
      author: snapshot.lastAuthor?.name ?? null,
      status: snapshot.status,
    },
  });
  if (current.version !== input.version) return conflictState(current);
  let content: ReturnType<typeof applyDigestTextEdit>;
  try {
    const story = await getStoryPage(db, input.storyId);
    const passages = numberPassages(story?.articles ?? []);
    const citations = input.citations.map((value, index) => parsePassageLabels(value, passages, index + 1));
    const spans = new Map(passages.map((passage) => [passage.chunkId, passage]));
    const edited = applyDigestTextEdit(current.content, { ...mine, citations }, spans);
    // Code checks the edited sentences against their (possibly new) passages, as it does a model's.
    content = verifyDigest(edited, await loadArticles(db, story?.articles.map((article) => article.id) ?? []));
  } catch (error) {
    return { status: "error", message: (error as Error).message };
  }
  const result = await saveDigestEdit(db, {
    digestId: input.digestId,
    expectedVersion: input.version,
    content,
    authorId: user.id,
    comment: input.comment?.trim() || null,
  });
  if (result.ok) redirect(storyHref(input.storyId, { notice: "saved" }));
  if (result.reason === "conflict") return conflictState(result.current);
  if (result.reason === "invalid_content") return { status: "error", message: result.issues.join("; ") };
  return { status: "error", message: "The digest was not found." };
}

const regenerateSchema = z.object({
  storyId: idSchema,
  version: z.coerce.number().int().nonnegative(),
});

/**
 * Regenerates the story's digest with the offline engine (no model provider is needed in the web
 * app). The current text stays in the revision history; a digest changed since the page was loaded
 * is not replaced.
 */
export async function regenerateDigestAction(formData: FormData): Promise<void> {
  const parsed = regenerateSchema.safeParse(Object.fromEntries(formData));
  const storyId = typeof formData.get("storyId") === "string" ? String(formData.get("storyId")) : "";
  if (!parsed.success) redirect(storyHref(storyId, { error: "request-invalid" }));
  let user: Awaited<ReturnType<typeof authorize>>;
  try {
    user = await authorize("digest.regenerate");
  } catch (error) {
    if (error instanceof PermissionError) redirect(storyHref(parsed.data.storyId, { error: "not-allowed" }));
    throw error;
  }
  const db = getDatabase();
  if ((await digestVersionOf(db, parsed.data.storyId)) !== parsed.data.version) {
    redirect(storyHref(parsed.data.storyId, { error: "digest-changed" }));
  }
  const story = (await loadStories(db)).find((item) => item.id === parsed.data.storyId);
  if (!story) redirect(storyHref(parsed.data.storyId, { error: "story-not-found" }));
  let failed = false;
  try {
    const articles = await loadArticles(db, story.articleIds);
    const digest = await generateDigest({ story, articles, engine: createOfflineEngine() });
    const saved = await saveGeneratedDigest(db, story.id, digest, { force: true, authorId: user.id });
    await recordAuditEvent(db, {
      actorId: user.id,
      action: "digest.regenerated",
      entity: "digest",
      entityId: saved.digestId,
      detail: { storyId: story.id, engine: "offline", version: saved.version },
    });
  } catch (error) {
    // The page shows a fixed message; the reason goes to the server's log.
    failed = true;
    console.error(
      `roundup web: regenerating story ${story.id} failed:`,
      isRoundupError(error) ? error.describe() : error,
    );
  }
  redirect(storyHref(story.id, failed ? { error: "regenerate-failed" } : { notice: "regenerated" }));
}
