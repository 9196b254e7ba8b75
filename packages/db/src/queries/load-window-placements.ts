import type { Database } from "../create-database.js";

/**
 * Where each article grouping holds is placed: those of open stories and the ungrouped ones (story
 * null), without their texts. A worker that keeps its story index between group jobs checks it
 * against this before trusting it.
 */
export async function loadWindowPlacements(db: Database): Promise<Map<string, string | null>> {
  const rows = await db.article.findMany({
    where: { OR: [{ storyId: null }, { story: { closedAt: null } }] },
    select: { id: true, storyId: true },
  });
  return new Map(rows.map((row) => [row.id, row.storyId]));
}
