import type { Article, Chunk } from "@roundup/core";
import type { Database } from "../create-database.js";

export type SaveArticleResult = { status: "imported" | "exists"; id: string };

/**
 * Stores one article with its chunks in a single transaction, so a failure later in a batch keeps
 * everything stored before it. Idempotent: the same content (hash) is never stored twice.
 */
export async function saveArticle(db: Database, article: Article): Promise<SaveArticleResult> {
  const existing = await db.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true } });
  if (existing) return { status: "exists", id: existing.id };
  try {
    await insertArticle(db, article);
  } catch (error) {
    // Another process stored the same article between the check and the insert (concurrent imports).
    if ((error as { code?: string })?.code !== "P2002") throw error;
    const stored = await db.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true } });
    if (!stored) throw error;
    return { status: "exists", id: stored.id };
  }
  return { status: "imported", id: article.id };
}

async function insertArticle(db: Database, article: Article): Promise<void> {
  await db.$transaction([
    db.article.create({
      data: {
        id: article.id,
        contentHash: article.contentHash,
        title: article.title,
        titleInferred: article.titleInferred,
        source: article.source,
        url: article.url,
        file: article.file,
        author: article.author,
        publishedAt: article.publishedAt ? new Date(article.publishedAt) : null,
        language: article.language,
        originalText: article.originalText,
        text: article.text,
        duplicateOfId: article.duplicateOf,
      },
    }),
    db.chunk.createMany({
      data: article.chunks.map((chunk) => ({
        id: chunk.id,
        articleId: article.id,
        index: chunk.index,
        start: chunk.start,
        end: chunk.end,
        text: chunk.text,
        tokens: chunk.tokens,
        sentences: JSON.stringify(chunk.sentences.map((sentence) => [sentence.start, sentence.end])),
      })),
    }),
  ]);
}

type ArticleRow = Awaited<ReturnType<typeof queryArticles>>[number];

function queryArticles(db: Database, where: { id?: { in: string[] } } = {}) {
  return db.article.findMany({
    where,
    include: { chunks: { orderBy: { index: "asc" } } },
    orderBy: [{ publishedAt: "asc" }, { importedAt: "asc" }, { id: "asc" }],
  });
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
    publishedAt: row.publishedAt?.toISOString() ?? null,
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
export async function loadArticles(db: Database, ids?: string[]): Promise<StoredArticle[]> {
  const rows = await queryArticles(db, ids ? { id: { in: ids } } : {});
  return rows.map(toArticle);
}

/** Just what duplicate detection needs of every stored article: far lighter than `loadArticles`. */
export async function loadArticleFingerprints(
  db: Database,
): Promise<Array<{ id: string; contentHash: string; text: string; publishedAt: string | null }>> {
  const rows = await db.article.findMany({
    select: { id: true, contentHash: true, text: true, publishedAt: true },
    orderBy: [{ publishedAt: "asc" }, { importedAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt?.toISOString() ?? null }));
}
