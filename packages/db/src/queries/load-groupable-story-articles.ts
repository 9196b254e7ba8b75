import type { Database } from "../create-database.js";
import { groupableColumns, type StoredGroupableArticle, toStoredGroupableArticle } from "./load-groupable-articles.js";
import { storedArticleOrder } from "./stored-article-order.js";

/**
 * The members of a few stories as grouping sees them (as `loadGroupableArticles` reads every article):
 * what an editor's move, merge or split needs to recompute the stories it touches, without the corpus.
 * The stories are the given ones and those holding the given articles.
 */
export async function loadGroupableStoryArticles(
  db: Database,
  of: { storyIds?: readonly string[]; articleIds?: readonly string[] },
): Promise<StoredGroupableArticle[]> {
  const holding = of.articleIds?.length
    ? await db.article.findMany({ where: { id: { in: [...of.articleIds] } }, select: { storyId: true } })
    : [];
  const storyIds = new Set([...(of.storyIds ?? []), ...holding.flatMap((row) => (row.storyId ? [row.storyId] : []))]);
  const rows = await db.article.findMany({
    where: { storyId: { in: [...storyIds] } },
    select: groupableColumns,
    orderBy: storedArticleOrder,
  });
  return rows.map(toStoredGroupableArticle);
}
