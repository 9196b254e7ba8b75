import type { Story } from "@roundup/core";
import type { Database } from "../create-database.js";

/**
 * Writes a grouping: upserts each story (label, span) and points its articles at it.
 * Stories left without articles are removed unless they carry a digest (kept for history).
 */
export async function saveStories(db: Database, stories: Story[]): Promise<void> {
  for (const story of stories) {
    const data = {
      label: story.label,
      startAt: story.startAt ? new Date(story.startAt) : null,
      endAt: story.endAt ? new Date(story.endAt) : null,
    };
    await db.$transaction([
      db.story.upsert({ where: { id: story.id }, create: { id: story.id, ...data }, update: data }),
      db.article.updateMany({ where: { id: { in: story.articleIds } }, data: { storyId: story.id } }),
    ]);
  }
  await db.story.deleteMany({ where: { articles: { none: {} }, digest: null } });
}

/** Stories with the ids of their articles, for digest generation and listings. */
export async function loadStories(db: Database): Promise<Story[]> {
  const rows = await db.story.findMany({
    include: { articles: { select: { id: true }, orderBy: { publishedAt: "asc" } } },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    articleIds: row.articles.map((article) => article.id),
    startAt: row.startAt?.toISOString() ?? null,
    endAt: row.endAt?.toISOString() ?? null,
  }));
}
