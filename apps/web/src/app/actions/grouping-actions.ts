"use server";

import { mergeStories, moveArticleToStory, recordAuditEvent, splitStory, storyOfArticle } from "@roundup/db";
import { groupIntoStories } from "@roundup/jobs";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idSchema } from "../../lib/id-schema";
import { getDatabase } from "../../server/db";
import { authorize, PermissionError } from "../../server/session";

function storyHref(storyId: string, params: Record<string, string>): string {
  return `/stories/${encodeURIComponent(storyId)}?${new URLSearchParams(params).toString()}`;
}

async function authorizeRegroup(storyId: string): Promise<{ id: string }> {
  try {
    return await authorize("story.regroup");
  } catch (error) {
    if (error instanceof PermissionError) {
      if (!error.role) redirect(`/sign-in?next=${encodeURIComponent(`/stories/${storyId}`)}`);
      redirect(storyHref(storyId, { error: error.message }));
    }
    throw error;
  }
}

/**
 * Replays every recorded decision through the automatic grouping, so what the editor sees now is what a
 * later `roundup group --full` produces too. Returns the story the article ended in.
 */
async function regroupAndLocate(articleId: string): Promise<string | null> {
  const db = getDatabase();
  await groupIntoStories(db, { full: true });
  return storyOfArticle(db, articleId);
}

function failed(storyId: string, error: unknown): never {
  redirect(storyHref(storyId, { error: `Regrouping failed: ${(error as Error).message}` }));
}

const moveSchema = z.object({ storyId: idSchema, articleId: idSchema, toStory: idSchema });

/** Moves one article to another story; the move is recorded and respected by every later regroup. */
export async function moveArticleAction(formData: FormData): Promise<void> {
  const parsed = moveSchema.safeParse(Object.fromEntries(formData));
  const storyId = String(formData.get("storyId") ?? "");
  if (!parsed.success) redirect(storyHref(storyId, { error: "Choose an article and the story to move it to." }));
  const input = parsed.data;
  const user = await authorizeRegroup(input.storyId);
  const db = getDatabase();
  const result = await moveArticleToStory(db, { articleId: input.articleId, toStory: input.toStory, actorId: user.id });
  if (!result.ok) redirect(storyHref(input.storyId, { error: result.message }));
  await recordAuditEvent(db, {
    actorId: user.id,
    action: "story.article_moved",
    entity: "article",
    entityId: input.articleId,
    detail: { fromStory: result.value.fromStory, toStory: input.toStory },
  });
  let landed: string | null;
  try {
    landed = await regroupAndLocate(input.articleId);
  } catch (error) {
    failed(input.storyId, error);
  }
  redirect(storyHref(landed ?? input.toStory, { notice: "moved" }));
}

const mergeSchema = z.object({ storyId: idSchema, intoStory: idSchema });

/** Merges this story into another; the surviving story keeps its id and its digest. */
export async function mergeStoryAction(formData: FormData): Promise<void> {
  const parsed = mergeSchema.safeParse(Object.fromEntries(formData));
  const storyId = String(formData.get("storyId") ?? "");
  if (!parsed.success) redirect(storyHref(storyId, { error: "Choose the story to merge this one into." }));
  const input = parsed.data;
  const user = await authorizeRegroup(input.storyId);
  const db = getDatabase();
  const result = await mergeStories(db, { fromStory: input.storyId, intoStory: input.intoStory, actorId: user.id });
  if (!result.ok) redirect(storyHref(input.storyId, { error: result.message }));
  await recordAuditEvent(db, {
    actorId: user.id,
    action: "story.merged",
    entity: "story",
    entityId: input.intoStory,
    detail: { fromStory: input.storyId, intoStory: input.intoStory, articles: result.value.movedArticles },
  });
  try {
    await groupIntoStories(db, { full: true });
  } catch (error) {
    failed(input.intoStory, error);
  }
  redirect(storyHref(input.intoStory, { notice: "merged" }));
}

const splitSchema = z.object({ storyId: idSchema, articleIds: z.array(idSchema).min(1).max(500) });

/** Splits the ticked articles off into a new story (one recorded decision per article). */
export async function splitStoryAction(formData: FormData): Promise<void> {
  const storyId = String(formData.get("storyId") ?? "");
  const parsed = splitSchema.safeParse({ storyId: formData.get("storyId"), articleIds: formData.getAll("articleIds") });
  if (!parsed.success) redirect(storyHref(storyId, { error: "Tick the articles to split off into a new story." }));
  const input = parsed.data;
  const user = await authorizeRegroup(input.storyId);
  const db = getDatabase();
  const result = await splitStory(db, { storyId: input.storyId, articleIds: input.articleIds, actorId: user.id });
  if (!result.ok) redirect(storyHref(input.storyId, { error: result.message }));
  await recordAuditEvent(db, {
    actorId: user.id,
    action: "story.split",
    entity: "story",
    entityId: result.value.newStoryId,
    detail: { fromStory: input.storyId, articleIds: input.articleIds },
  });
  let landed: string | null;
  try {
    landed = await regroupAndLocate(input.articleIds[0] as string);
  } catch (error) {
    failed(input.storyId, error);
  }
  redirect(storyHref(landed ?? result.value.newStoryId, { notice: "split" }));
}
