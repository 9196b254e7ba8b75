import { z } from "zod";
import { applyGroupingEdit } from "../tasks/apply-grouping-edit.js";
import { defineJobKind } from "./define-job-kind.js";

const storyOrArticleId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w-]+$/);

/** An editor's grouping edit, as the web app enqueues it. */
const groupingEditPayload = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("move"),
    articleId: storyOrArticleId,
    toStory: storyOrArticleId,
    actorId: storyOrArticleId,
  }),
  z.object({
    kind: z.literal("merge"),
    fromStory: storyOrArticleId,
    intoStory: storyOrArticleId,
    actorId: storyOrArticleId,
  }),
  // The new story's id is chosen when the edit is asked for, so a retried job makes no second story.
  z.object({
    kind: z.literal("split"),
    storyId: storyOrArticleId,
    articleIds: z.array(storyOrArticleId).min(1).max(500),
    newStoryId: storyOrArticleId,
    actorId: storyOrArticleId,
  }),
]);
export type GroupingEditJobPayload = z.infer<typeof groupingEditPayload>;

/** An editor's move, merge or split, applied to the stories it touches, with its audit row. */
export const groupingEditJob = defineJobKind({
  name: "grouping-edit",
  payload: groupingEditPayload,
  async handle(edit, context, runtime) {
    return applyGroupingEdit(runtime.db, edit, (value, message) => {
      context.progress(value, message).catch(() => undefined);
    });
  },
});
