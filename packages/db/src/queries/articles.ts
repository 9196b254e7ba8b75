import { type Article, type Chunk, publicationOffsetMinutes, withPublicationOffset } from "@roundup/core";
import type { Database } from "../create-database.js";
import { ID_PAGE_SIZE, readInIdOrder, readInIdPages } from "./read-in-id-pages.js";
import { storedArticleOrder } from "./stored-article-order.js";

export type SaveArticleResult = { status: "imported" | "exists"; id: string };
export type SaveArticlesResult = SaveArticleResult | { status: "failed"; error: unknown };

/**
 * Stores one article with its chunks in a single transaction, so a failure later in a batch keeps
 * everything stored before it. Idempotent: the same content (hash) is never stored twice.
 */
export async function saveArticle(db: Database, article: Article): Promise<SaveArticleResult> {
  const existing = await db.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true } });
  if (existing) return { status: "exists", id: existing.id };
  try {
    await db.$transaction([
      db.article.create({ data: articleRow(article) }),
      db.chunk.createMany({ data: chunkRows(article) }),
    ]);
  } catch (error) {
    // Another process stored the same article between the check and the insert (concurrent imports).
    if (!isUniqueConflict(error)) throw error;
    const stored = await db.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true } });
    if (!stored) throw error;
    return { status: "exists", id: stored.id };
  }
  return { status: "imported", id: article.id };
}

/**
 * Stores many articles with their chunks in one transaction (one lookup and two multi-row inserts,
 * instead of a lookup and a transaction per article: on PostgreSQL the round trips are the cost).
 * Results come in the order of `articles`. Idempotent like `saveArticle`: content already stored,
 * or given twice, is reported as `exists`. When the batch fails (a concurrent import stored one of
 * its articles meanwhile, a bad row, the database going away), each article is saved on its own, so
 * every one is stored once and a failure is reported for the article that caused it only.
 * `duplicateOf` may point at an earlier article of the same batch.
 */
export async function saveArticles(db: Database, articles: Article[]): Promise<SaveArticlesResult[]> {
  if (articles.length === 0) return [];
  const stored = await db.article.findMany({
    where: { contentHash: { in: [...new Set(articles.map((article) => article.contentHash))] } },
    select: { id: true, contentHash: true },
  });
  const idByHash = new Map(stored.map((row) => [row.contentHash, row.id]));
  const results: SaveArticlesResult[] = [];
  const fresh: Article[] = [];
  const storedAs = new Map<string, string>();
  for (const article of articles) {
    const id = idByHash.get(article.contentHash);
    if (id) {
      storedAs.set(article.id, id);
      results.push({ status: "exists", id });
    } else {
      idByHash.set(article.contentHash, article.id);
      const duplicateOf = article.duplicateOf ? (storedAs.get(article.duplicateOf) ?? article.duplicateOf) : null;
      fresh.push({ ...article, duplicateOf });
      results.push({ status: "imported", id: article.id });
    }
  }
  if (fresh.length === 0) return results;
  try {
    await db.$transaction([
      db.article.createMany({ data: fresh.map(articleRow) }),
      db.chunk.createMany({ data: fresh.flatMap(chunkRows) }),
    ]);
    return results;
  } catch {
    return saveOneByOne(db, articles);
  }
}

/**
 * The fallback of `saveArticles`. An article found stored under another id stands in for its own
 * id, and one that could not be stored is not pointed at, so later articles of the batch still save.
 */
async function saveOneByOne(db: Database, articles: Article[]): Promise<SaveArticlesResult[]> {
  const storedAs = new Map<string, string | null>();
  const results: SaveArticlesResult[] = [];
  for (const article of articles) {
    const original = article.duplicateOf;
    const duplicateOf = original && storedAs.has(original) ? (storedAs.get(original) ?? null) : original;
    try {
      const saved = await saveArticle(db, { ...article, duplicateOf });
      storedAs.set(article.id, saved.id);
      results.push(saved);
    } catch (error) {
      storedAs.set(article.id, null);
      results.push({ status: "failed", error });
    }
  }
  return results;
}

function isUniqueConflict(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2002";
}

function articleRow(article: Article) {
  return {
    id: article.id,
    contentHash: article.contentHash,
    title: article.title,
    titleInferred: article.titleInferred,
    source: article.source,
    url: article.url,
    file: article.file,
    author: article.author,
    publishedAt: article.publishedAt ? new Date(article.publishedAt) : null,
    // The stored instant alone loses the publisher's clock, whose day the digest counts from.
    publishedOffsetMinutes: publicationOffsetMinutes(article.publishedAt),
    language: article.language,
    originalText: article.originalText,
    text: article.text,
    duplicateOfId: article.duplicateOf,
  };
}

function chunkRows(article: Article) {
  return article.chunks.map((chunk) => ({
    id: chunk.id,
    articleId: article.id,
    index: chunk.index,
    start: chunk.start,
    end: chunk.end,
    text: chunk.text,
    tokens: chunk.tokens,
    sentences: JSON.stringify(chunk.sentences.map((sentence) => [sentence.start, sentence.end])),
  }));
}

type ChunkRow = Awaited<ReturnType<Database["chunk"]["findMany"]>>[number];
type ArticleRow = Awaited<ReturnType<Database["article"]["findMany"]>>[number] & { chunks: ChunkRow[] };

/** Articles (all, or those of `ids`), oldest first, each with its chunks in order; any number of them. */
async function queryArticles(db: Database, ids: string[] | undefined, pageSize: number): Promise<ArticleRow[]> {
  const orderBy = storedArticleOrder;
  let rows: Awaited<ReturnType<Database["article"]["findMany"]>>;
  if (!ids || ids.length <= pageSize) {
    rows = await db.article.findMany({ ...(ids ? { where: { id: { in: ids } } } : {}), orderBy });
  } else {
    // More ids than one IN list takes: the database orders every id (ids only, no text), and the
    // wanted rows are read a page of ids at a time and put in that order.
    const wanted = new Set(ids);
    const ordered = (await db.article.findMany({ select: { id: true }, orderBy }))
      .map((row) => row.id)
      .filter((id) => wanted.has(id));
    rows = await readInIdOrder(ordered, (page) => db.article.findMany({ where: { id: { in: page } } }), pageSize);
  }
  const chunksOf = new Map<string, ChunkRow[]>(rows.map((row) => [row.id, []]));
  const chunks = await readInIdPages(
    rows.map((row) => row.id),
    (page) => db.chunk.findMany({ where: { articleId: { in: page } }, orderBy: { index: "asc" } }),
    pageSize,
  );
  for (const chunk of chunks) chunksOf.get(chunk.articleId)?.push(chunk);
  return rows.map((row) => ({ ...row, chunks: chunksOf.get(row.id) ?? [] }));
}

function toArticle(row: ArticleRow): Article & { storyId: string | null; storyPinned: boolean } {
  const chunks: Chunk[] = row.chunks.map((chunk) => {
    const spans = JSON.parse(chunk.sentences) as Array<[number, number]>;
    return {
      id: chunk.id,
      articleId: row.id,
      index: chunk.index,
      start: chunk.start,
      end: chunk.end,
      text: chunk.text,
      tokens: chunk.tokens,
      sentences: spans.map(([start, end]) => ({ start, end, text: row.text.slice(start, end) })),
    };
  });
  return {
    id: row.id,
    externalId: null,
    contentHash: row.contentHash,
    title: row.title,
    titleInferred: row.titleInferred,
    source: row.source,
    url: row.url,
    file: row.file,
    author: row.author,
    publishedAt: row.publishedAt ? withPublicationOffset(row.publishedAt.getTime(), row.publishedOffsetMinutes) : null,
    language: row.language,
    originalText: row.originalText,
    text: row.text,
    duplicateOf: row.duplicateOfId,
    chunks,
    goldStory: null,
    storyId: row.storyId,
    storyPinned: row.storyPinned,
  };
}

export type StoredArticle = ReturnType<typeof toArticle>;

/** Stored articles as core `Article`s (with their story placement), oldest first. */
export async function loadArticles(
  db: Database,
  ids?: string[],
  options: { pageSize?: number } = {},
): Promise<StoredArticle[]> {
  const rows = await queryArticles(db, ids, options.pageSize ?? ID_PAGE_SIZE);
  return rows.map(toArticle);
}

/** Just what duplicate detection needs of stored articles (all, or those of `ids`): far lighter than `loadArticles`. */
export async function loadArticleFingerprints(
  db: Database,
  ids?: string[],
): Promise<Array<{ id: string; contentHash: string; text: string; publishedAt: string | null }>> {
  const rows = await db.article.findMany({
    ...(ids ? { where: { id: { in: ids } } } : {}),
    select: { id: true, contentHash: true, text: true, publishedAt: true },
    orderBy: storedArticleOrder,
  });
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt?.toISOString() ?? null }));
}

/**
 * The stored articles having any of these content hashes, as hash → id: how an ingestion finds exact
 * duplicates of its batch by the unique index on the hash, instead of holding every stored hash.
 */
export async function findArticlesByContentHash(db: Database, hashes: readonly string[]): Promise<Map<string, string>> {
  const rows = await readInIdPages([...new Set(hashes)], (page) =>
    db.article.findMany({ where: { contentHash: { in: page } }, select: { id: true, contentHash: true } }),
  );
  return new Map(rows.map((row) => [row.contentHash, row.id]));
}

/**
 * The ids of the stored articles dated `since` or later, by publication time or, when it is unknown, by when
 * they were stored: what a time-windowed near-duplicate index holds. Served by the indexes on
 * `publishedAt` and `importedAt`.
 */
export async function listArticleIdsSince(db: Database, since: Date): Promise<string[]> {
  const rows = await db.article.findMany({
    where: { OR: [{ publishedAt: { gte: since } }, { publishedAt: null, importedAt: { gte: since } }] },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
