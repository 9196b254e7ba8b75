import type { Database } from "../create-database.js";

/**
 * Closes the open stories that took no article (and were not reopened) since `before`: grouping then
 * leaves them and their articles out, so what it holds follows the window, not the whole archive.
 * A story never stamped with `activeAt` counts from its creation. Returns how many closed.
 */
export async function closeInactiveStories(db: Database, input: { before: Date; at: Date }): Promise<number> {
  const closed = await db.story.updateMany({
    where: {
      closedAt: null,
      OR: [{ activeAt: { lt: input.before } }, { activeAt: null, createdAt: { lt: input.before } }],
    },
    data: { closedAt: input.at },
  });
  return closed.count;
}
