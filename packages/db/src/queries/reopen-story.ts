import type { Database } from "../create-database.js";
import type { GroupingEditResult } from "./grouping-decisions.js";

/**
 * Reopens a closed story: grouping holds it again, so new articles about it can join it, and it counts
 * as active from `at`, so it stays open for another window (longer if articles keep coming).
 */
export async function reopenStory(
  db: Database,
  input: { storyId: string; at?: Date },
): Promise<GroupingEditResult<{ reopenedAt: Date }>> {
  const story = await db.story.findUnique({ where: { id: input.storyId }, select: { closedAt: true } });
  if (!story) return { ok: false, reason: "refused", message: "The story was not found." };
  if (!story.closedAt) return { ok: false, reason: "unchanged", message: "The story is open already." };
  const reopenedAt = input.at ?? new Date();
  await db.story.update({ where: { id: input.storyId }, data: { closedAt: null, activeAt: reopenedAt } });
  return { ok: true, value: { reopenedAt } };
}
