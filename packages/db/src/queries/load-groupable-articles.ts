import type { GroupableArticle } from "@roundup/core";
import type { Database } from "../create-database.js";
import { ID_PAGE_SIZE, readInIdOrder } from "./read-in-id-pages.js";
import { storedArticleOrder } from "./stored-article-order.js";

/** What grouping needs of a stored article, with its current story (for incremental grouping). */
export interface StoredGroupableArticle extends GroupableArticle {
  duplicateOf: string | null;
  storyId: string | null;
  /** When it was imported (ISO 8601): a story stays open while its articles keep arriving. */
  receivedAt: string;
}

/** The columns grouping reads of an article. */
export const groupableColumns = {
  id: true,
  title: true,
  text: true,
  publishedAt: true,
  duplicateOfId: true,
  storyId: true,
  importedAt: true,
} as const;

export function toStoredGroupableArticle(row: {
  id: string;
  title: string;
  text: string;
  publishedAt: Date | null;
  duplicateOfId: string | null;
  storyId: string | null;
  importedAt: Date;
}): StoredGroupableArticle {
  return {
    id: row.id,
    title: row.title,
    text: row.text,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    duplicateOf: row.duplicateOfId,
    storyId: row.storyId,
    receivedAt: row.importedAt.toISOString(),
  };
}

/**
 * The stored articles as grouping sees them, in the order of `loadArticles` (grouping depends on it):
 * no original text and no chunks, which made the group job hold ~3 GB at 100,000 articles. With
 * `openStoriesOnly`, only the articles of open stories and those not grouped yet: what grouping within
 * its window needs, however many closed stories the database holds; with `ids`, only those articles.
 * The ids are ordered by the database first and the rows read a page of ids at a time, so no single
 * result holds every text at once in the driver and in Prisma (an article deleted between the reads is
 * skipped).
 */
export async function loadGroupableArticles(
  db: Database,
  options: { pageSize?: number; openStoriesOnly?: boolean; ids?: readonly string[] } = {},
): Promise<StoredGroupableArticle[]> {
  const wanted = options.ids ? new Set(options.ids) : null;
  const ordered = (
    await db.article.findMany({
      ...(options.openStoriesOnly ? { where: { OR: [{ storyId: null }, { story: { closedAt: null } }] } } : {}),
      select: { id: true },
      orderBy: storedArticleOrder,
    })
  )
    .map((row) => row.id)
    .filter((id) => !wanted || wanted.has(id));
  const rows = await readInIdOrder(
    ordered,
    (page) =>
      db.article.findMany({
        where: { id: { in: page } },
        select: groupableColumns,
      }),
    options.pageSize ?? ID_PAGE_SIZE,
  );
  return rows.map(toStoredGroupableArticle);
}
