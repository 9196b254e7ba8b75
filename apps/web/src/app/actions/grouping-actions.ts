"use server";

import { enqueueGroupingEdit, type GroupingEdit } from "@roundup/jobs";
import { z } from "zod";
import { type JobView, toJobView } from "../../lib/generate-progress";
import { idSchema } from "../../lib/id-schema";
import { pageErrors } from "../../lib/page-errors";
import { getJobQueue } from "../../server/job-queue";
import { authorize, PermissionError } from "../../server/session";

/** What a grouping action answers the panel: the job to follow, or why nothing was enqueued. */
export type GroupingRequestResult = { job: JobView } | { error: string };

const request = z.uuid();

/**
 * Validates, authorises and enqueues: the `grouping-edit` job applies the edit to the stories it
 * touches, with its audit event, and the panel follows the job. `request` (one UUID per click) makes a
 * resent click one job.
 */
async function enqueue(edit: (actorId: string) => GroupingEdit, requestId: string): Promise<GroupingRequestResult> {
  let user: { id: string };
  try {
    user = await authorize("story.regroup");
  } catch (error) {
    if (error instanceof PermissionError)
      return { error: error.role ? pageErrors["not-allowed"] : "You are not signed in. Sign in and try again." };
    throw error;
  }
  const queue = await getJobQueue();
  const job = await queue.get(await enqueueGroupingEdit(queue, edit(user.id), requestId));
  return job ? { job: toJobView(job) } : { error: "The edit was queued but cannot be read back; reload the page." };
}

const moveSchema = z.object({ request, storyId: idSchema, articleId: idSchema, toStory: idSchema });

/** Moves one article to another story; the move is recorded and respected by every later regroup. */
export async function moveArticleAction(formData: FormData): Promise<GroupingRequestResult> {
  const parsed = moveSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Choose an article and the story to move it to." };
  const { articleId, toStory } = parsed.data;
  return enqueue((actorId) => ({ kind: "move", articleId, toStory, actorId }), parsed.data.request);
}

const mergeSchema = z.object({ request, storyId: idSchema, intoStory: idSchema });

/** Merges this story into another; the surviving story keeps its id and its digest. */
export async function mergeStoryAction(formData: FormData): Promise<GroupingRequestResult> {
  const parsed = mergeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Choose the story to merge this one into." };
  if (parsed.data.storyId === parsed.data.intoStory) return { error: "A story cannot be merged into itself." };
  const { storyId, intoStory } = parsed.data;
  return enqueue((actorId) => ({ kind: "merge", fromStory: storyId, intoStory, actorId }), parsed.data.request);
}

const splitSchema = z.object({ request, storyId: idSchema, articleIds: z.array(idSchema).min(1).max(500) });

/** Splits the ticked articles off into a new story, whose id is chosen here so a retried job makes one. */
export async function splitStoryAction(formData: FormData): Promise<GroupingRequestResult> {
  const parsed = splitSchema.safeParse({
    request: formData.get("request"),
    storyId: formData.get("storyId"),
    articleIds: formData.getAll("articleIds"),
  });
  if (!parsed.success) return { error: "Tick the articles to split off into a new story." };
  const { storyId, articleIds } = parsed.data;
  const newStoryId = `story-${crypto.randomUUID()}`;
  return enqueue((actorId) => ({ kind: "split", storyId, articleIds, newStoryId, actorId }), parsed.data.request);
}
