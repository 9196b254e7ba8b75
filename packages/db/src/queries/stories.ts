import type { Story } from "@roundup/core";
import type { Database } from "../create-database.js";
import { refreshStorySummaries } from "./refresh-story-summaries.js";

/** Ids per IN list: well under PostgreSQL's 65,535 bind parameters. */
const idsPerQuery = 10_000;

/** The stories the given articles are in now. */
async function currentStoryIds(db: Database, articleIds: string[]): Promise<Set<string>> {
  const storyIds = new Set<string>();
  for (let offset = 0; offset < articleIds.length; offset += idsPerQuery) {
    const rows = await db.article.findMany({
      where: { id: { in: articleIds.slice(offset, offset + idsPerQuery) }, storyId: { not: null } },
      select: { storyId: true },
      distinct: ["storyId"],
    });
    for (const row of rows) if (row.storyId) storyIds.add(row.storyId);
  }
  return storyIds;
}

/**
 * Writes a grouping: upserts each story (label, span) and points its articles at it.
 * Stories left without articles are removed unless they carry a digest (kept for history). Then the
 * inbox columns of every story that gained or lost articles are refreshed.
 */
export async function saveStories(db: Database, stories: Story[]): Promise<void> {
  const touched = await currentStoryIds(
    db,
    stories.flatMap((story) => story.articleIds),
  );
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
  await refreshStorySummaries(db, [...stories.map((story) => story.id), ...touched]);
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
