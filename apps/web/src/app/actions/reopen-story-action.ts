"use server";

import { recordAuditEvent, reopenStory } from "@roundup/db";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idSchema } from "../../lib/id-schema";
import type { PageError } from "../../lib/page-errors";
import { getDatabase } from "../../server/db";
import { authorize, PermissionError } from "../../server/session";

const reopenSchema = z.object({ storyId: idSchema });

function storyHref(storyId: string, params: { notice: string } | { error: PageError }): string {
  return `/stories/${encodeURIComponent(storyId)}?${new URLSearchParams(params).toString()}`;
}

/**
 * Reopens a story grouping closed (no article for longer than the window): the next group job holds
 * it again, so new articles about it can join it. One row changes; no regroup runs in the request.
 */
export async function reopenStoryAction(formData: FormData): Promise<void> {
  const parsed = reopenSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/");
  const { storyId } = parsed.data;
  let user: { id: string };
  try {
    user = await authorize("story.regroup");
  } catch (error) {
    if (error instanceof PermissionError) {
      if (!error.role) redirect(`/sign-in?next=${encodeURIComponent(`/stories/${storyId}`)}`);
      redirect(storyHref(storyId, { error: "not-allowed" }));
    }
    throw error;
  }
  const db = getDatabase();
  const result = await reopenStory(db, { storyId });
  if (!result.ok)
    redirect(storyHref(storyId, { error: result.reason === "unchanged" ? "story-open-already" : "story-not-found" }));
  await recordAuditEvent(db, { actorId: user.id, action: "story.reopened", entity: "story", entityId: storyId });
  redirect(storyHref(storyId, { notice: "reopened" }));
}
