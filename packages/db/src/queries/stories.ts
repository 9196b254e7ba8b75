import type { Story } from "@roundup/core";
import type { Database } from "../create-database.js";
import { readInIdPages } from "./read-in-id-pages.js";
import { refreshStorySummaries } from "./refresh-story-summaries.js";

const time = (date: Date | string | null | undefined) => (date ? new Date(date).getTime() : null);

/**
 * Writes a grouping: creates or updates each story whose label, span or articles changed and points
 * the articles that moved at it. A story left as it was is not written, so its last update stays
 * meaningful and a regroup that changes little writes little. A story that takes articles is active
 * as of the latest one's import (the grouping window counts from there). Stories left without
 * articles are removed unless they carry a digest (kept for history). Then the inbox columns of every
 * story that gained or lost articles are refreshed.
 */
export async function saveStories(db: Database, stories: Story[]): Promise<void> {
  const articles = await readInIdPages(
    stories.flatMap((story) => story.articleIds),
    (ids) => db.article.findMany({ where: { id: { in: ids } }, select: { id: true, storyId: true, importedAt: true } }),
  );
  const storyOf = new Map(articles.map((article) => [article.id, article.storyId]));
  const importedAt = new Map(articles.map((article) => [article.id, article.importedAt]));
  const existing = new Map(
    (
      await readInIdPages(
        stories.map((story) => story.id),
        (ids) =>
          db.story.findMany({
            where: { id: { in: ids } },
            select: { id: true, label: true, startAt: true, endAt: true, activeAt: true },
          }),
      )
    ).map((row) => [row.id, row]),
  );
  // Articles that change story, by the story they join; and the stories they leave.
  const arriving = new Map<string, string[]>();
  const losing = new Set<string>();
  for (const story of stories) {
    for (const articleId of story.articleIds) {
      const current = storyOf.get(articleId);
      if (current === story.id) continue;
      const joining = arriving.get(story.id);
      if (joining) joining.push(articleId);
      else arriving.set(story.id, [articleId]);
      if (current) losing.add(current);
    }
  }
  const written = new Set<string>();
  for (const story of stories) {
    const before = existing.get(story.id);
    const unchanged =
      before &&
      before.label === story.label &&
      time(before.startAt) === time(story.startAt) &&
      time(before.endAt) === time(story.endAt) &&
      !arriving.has(story.id) &&
      !losing.has(story.id);
    if (unchanged) continue;
    const moved = arriving.get(story.id) ?? [];
    const latestArrival = moved.reduce(
      (latest, articleId) => Math.max(latest, time(importedAt.get(articleId)) ?? latest),
      time(before?.activeAt) ?? Number.NEGATIVE_INFINITY,
    );
    const data = {
      label: story.label,
      startAt: story.startAt ? new Date(story.startAt) : null,
      endAt: story.endAt ? new Date(story.endAt) : null,
      ...(Number.isFinite(latestArrival) ? { activeAt: new Date(latestArrival) } : {}),
    };
    await db.$transaction([
      db.story.upsert({ where: { id: story.id }, create: { id: story.id, ...data }, update: data }),
      ...(moved.length > 0
        ? [db.article.updateMany({ where: { id: { in: moved } }, data: { storyId: story.id } })]
        : []),
    ]);
    written.add(story.id);
  }
  await db.story.deleteMany({ where: { articles: { none: {} }, digest: null } });
  await refreshStorySummaries(db, [...written, ...losing]);
}

/** A stored story: whether grouping closed it too. */
export interface StoredStory extends Story {
  /** When grouping closed it (no article for longer than the window); null while open. */
  closedAt: string | null;
}

/**
 * Stories with the ids of their articles, for digest generation and listings; `ids` reads only those
 * stories (one story's digest job need not read the corpus). Two plain reads joined here: a relation
 * include would send every story id in one IN list, which PostgreSQL refuses past 65,535 parameters.
 */
export async function loadStories(db: Database, options: { ids?: readonly string[] } = {}): Promise<StoredStory[]> {
  const ids = options.ids ? [...options.ids] : undefined;
  const [rows, members] = await Promise.all([
    db.story.findMany({
      ...(ids ? { where: { id: { in: ids } } } : {}),
      select: { id: true, label: true, startAt: true, endAt: true, closedAt: true },
      orderBy: { updatedAt: "desc" },
    }),
    db.article.findMany({
      where: ids ? { storyId: { in: ids } } : { storyId: { not: null } },
      select: { id: true, storyId: true },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const articleIds = new Map<string, string[]>();
  for (const member of members) {
    if (!member.storyId) continue;
    const ids = articleIds.get(member.storyId);
    if (ids) ids.push(member.id);
    else articleIds.set(member.storyId, [member.id]);
  }
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    articleIds: articleIds.get(row.id) ?? [],
    startAt: row.startAt?.toISOString() ?? null,
    endAt: row.endAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
  }));
}

/** Whether a story with this id is stored. */
export async function storyExists(db: Database, storyId: string): Promise<boolean> {
  return (await db.story.count({ where: { id: storyId } })) > 0;
}

/** The story an article is in; null for an unknown or ungrouped article. */
export async function storyOfArticle(db: Database, articleId: string): Promise<string | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { storyId: true } });
  return article?.storyId ?? null;
}
