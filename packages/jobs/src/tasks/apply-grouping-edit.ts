import { StoryIndex } from "@roundup/core";
import {
  type Database,
  type GroupingEditOptions,
  type GroupingEditResult,
  loadGroupableStoryArticles,
  mergeStories,
  moveArticleToStory,
  splitStory,
  withGroupingLock,
} from "@roundup/db";
import type { GroupingEditJobPayload } from "../handlers/grouping-edit-job.js";

/** An editor's grouping edit, as the web app enqueues it (the `grouping-edit` job's payload). */
export type GroupingEdit = GroupingEditJobPayload;

export interface GroupingEditReport {
  /** applied; unchanged (already in place: a retry after the edit was stored); refused (with the reason). */
  status: "applied" | "unchanged" | "refused";
  /** The story the editor sees next: where the article went, the merged story, the split-off one; null when refused. */
  storyId: string | null;
  message: string | null;
}

/** The story the editor lands on after an edit. */
function landingStory(edit: GroupingEdit): string {
  if (edit.kind === "move") return edit.toStory;
  if (edit.kind === "merge") return edit.intoStory;
  return edit.newStoryId;
}

/**
 * Applies an editor's move, merge or split to the stories it touches, not the corpus: their members
 * are loaded into a StoryIndex, the edit is made there, and the touched stories' labels and spans come
 * out of it as grouping computes them. The edit, the decision a later full regroup replays, the new
 * labels, the inbox columns and the audit event are written in one transaction. It runs under the
 * grouping lock: a group job running meanwhile would otherwise save the placements it read before the
 * edit, moving the article back.
 */
export async function applyGroupingEdit(
  db: Database,
  edit: GroupingEdit,
  onProgress: (value: number, message: string) => void = () => undefined,
): Promise<GroupingEditReport> {
  return withGroupingLock(db, () => applyEdit(db, edit, onProgress));
}

async function applyEdit(
  db: Database,
  edit: GroupingEdit,
  onProgress: (value: number, message: string) => void,
): Promise<GroupingEditReport> {
  onProgress(0.1, "Reading the stories involved");
  const members = await loadGroupableStoryArticles(
    db,
    edit.kind === "move"
      ? { storyIds: [edit.toStory], articleIds: [edit.articleId] }
      : edit.kind === "merge"
        ? { storyIds: [edit.fromStory, edit.intoStory] }
        : { storyIds: [edit.storyId] },
  );
  const index = StoryIndex.fromAssignments(
    members,
    new Map(members.flatMap((article) => (article.storyId ? [[article.id, article.storyId] as const] : []))),
  );
  onProgress(0.4, "Regrouping the stories involved");
  const touched = new Set<string>();
  if (edit.kind === "move" && index.has(edit.articleId)) {
    touched.add(index.storyOf(edit.articleId) as string).add(edit.toStory);
    index.move(edit.articleId, edit.toStory);
  } else if (edit.kind === "merge") {
    touched.add(edit.intoStory);
    index.merge(edit.fromStory, edit.intoStory);
  } else if (edit.kind === "split") {
    touched.add(edit.storyId).add(edit.newStoryId);
    for (const articleId of edit.articleIds) if (index.has(articleId)) index.move(articleId, edit.newStoryId);
  }
  const options: GroupingEditOptions = {
    headings: index
      .stories()
      .filter((story) => touched.has(story.id))
      .map(({ id, label, startAt, endAt }) => ({ id, label, startAt, endAt })),
    audit: { actorId: edit.actorId },
  };
  onProgress(0.7, "Saving the edit");
  let result: GroupingEditResult<unknown>;
  if (edit.kind === "move")
    result = await moveArticleToStory(
      db,
      { articleId: edit.articleId, toStory: edit.toStory, actorId: edit.actorId },
      options,
    );
  else if (edit.kind === "merge")
    result = await mergeStories(
      db,
      { fromStory: edit.fromStory, intoStory: edit.intoStory, actorId: edit.actorId },
      options,
    );
  else
    result = await splitStory(
      db,
      { storyId: edit.storyId, articleIds: edit.articleIds, actorId: edit.actorId, newStoryId: edit.newStoryId },
      options,
    );
  if (result.ok) return { status: "applied", storyId: landingStory(edit), message: null };
  // A refused edit stays refused however often it runs: the job completes and says why.
  return {
    status: result.reason,
    storyId: result.reason === "unchanged" ? landingStory(edit) : null,
    message: result.message,
  };
}
