import { findPublishBlockers } from "@roundup/core";
import { type Digest, digestSchema } from "@roundup/prompts";
import type { Database } from "../create-database.js";
import { Prisma } from "../generated/sqlite/client.js";
import { parseStoredJson, readStoredText } from "../stored-text.js";

export const digestStatuses = ["draft", "in_review", "approved", "rejected", "published"] as const;
export type DigestStatus = (typeof digestStatuses)[number];

export function isDigestStatus(value: string): value is DigestStatus {
  return (digestStatuses as readonly string[]).includes(value);
}

/** Parses stored digest JSON; null when it is not valid JSON of the Digest schema. */
export function parseDigestContent(content: string): Digest | null {
  try {
    const parsed = digestSchema.safeParse(parseStoredJson(content));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface InboxStory {
  id: string;
  label: string;
  /** The digest status, or null when no digest was generated yet. */
  status: DigestStatus | null;
  articleCount: number;
  /** Distinct outlets among articles that are not near-duplicates. */
  sourceCount: number;
  lastUpdatedAt: Date;
  /** From the digest content: statements the verifier could not support, and disagreements found. */
  flags: { unsupportedSentences: number; disagreements: number };
  /** Articles grouped into the story since its digest was written ("N new articles since this digest"). */
  newArticleCount: number;
  /** The digest's headline (what the story says now), null without a digest. */
  headline: string | null;
}

export const inboxSorts = ["updated_desc", "updated_asc", "label_asc", "sources_desc"] as const;
export type InboxSort = (typeof inboxSorts)[number];

export interface ListInboxStoriesOptions {
  /** Matches the story label or an article title/outlet, ignoring case. */
  query?: string;
  status?: DigestStatus | "none";
  sort?: InboxSort;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface InboxPage {
  stories: InboxStory[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/**
 * Unsupported statements no reviewer has accepted, and disagreements, in a stored digest (zero when
 * it does not parse).
 */
export function digestFlags(content: string | Digest | null): InboxStory["flags"] {
  const digest = typeof content === "string" ? parseDigestContent(content) : content;
  if (!digest) return { unsupportedSentences: 0, disagreements: 0 };
  // What still needs a reviewer: an unsupported statement accepted with a reason is decided.
  return { unsupportedSentences: findPublishBlockers(digest).length, disagreements: digest.disagreements.length };
}

/** Every order ends on the id, so pages never overlap or skip a story that ties. Each has its index. */
const inboxOrders: Record<InboxSort, Prisma.Sql> = {
  updated_desc: Prisma.sql`"lastActivityAt" DESC, "id" DESC`,
  updated_asc: Prisma.sql`"lastActivityAt" ASC, "id" ASC`,
  label_asc: Prisma.sql`"label" ASC, "id" ASC`,
  sources_desc: Prisma.sql`"sourceCount" DESC, "lastActivityAt" DESC, "id" DESC`,
};

/**
 * The inbox's filter on the stored story columns (see refreshStorySummaries), which the indexes cover.
 * A story left with no articles (merged away, or all moved out) is kept for its history only and never
 * listed. Search text and query are both lower-cased, so matching ignores case on both providers, and
 * the query's `%` and `_` are taken literally.
 */
function inboxConditions(options: Pick<ListInboxStoriesOptions, "query" | "status">): Prisma.Sql {
  const query = options.query?.trim().toLowerCase();
  const conditions = [Prisma.sql`"articleCount" > 0`];
  if (options.status === "none") conditions.push(Prisma.sql`"digestStatus" IS NULL`);
  else if (options.status) conditions.push(Prisma.sql`"digestStatus" = ${options.status}`);
  if (query) {
    const pattern = `%${query.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(Prisma.sql`"searchText" LIKE ${pattern} ESCAPE '\\'`);
  }
  return Prisma.join(conditions, " AND ");
}

interface InboxRow {
  id: string;
  label: string;
  articleCount: number | bigint;
  sourceCount: number | bigint;
  lastActivityAt: Date;
  digestStatus: string | null;
  unsupportedCount: number | bigint;
  disagreementCount: number | bigint;
  newArticleCount: number | bigint;
  headline: string | null;
  total: number | bigint;
}

/**
 * One page of the inbox, filtered, counted, sorted and paged by the database over the stored inbox
 * columns: one indexed page query that carries the count, whatever the number of stories. It is
 * written as SQL (the same text on both providers) because this is the workbench's busiest read:
 * that saves about a millisecond of Prisma's query building per request, a tenth of its CPU.
 */
export async function listInboxStories(db: Database, options: ListInboxStoriesOptions = {}): Promise<InboxPage> {
  const where = inboxConditions(options);
  const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? 20), 1), 100);
  // The count rides along as a scalar subquery, which both databases evaluate once (PostgreSQL as
  // an InitPlan): one round trip per inbox view instead of two. Each part still uses its index.
  const pageRows = (page: number) =>
    db.$queryRaw<InboxRow[]>`
      SELECT "id", "label", "articleCount", "sourceCount", "lastActivityAt", "digestStatus",
             "unsupportedCount", "disagreementCount", "newArticleCount", "headline",
             (SELECT COUNT(*) FROM "Story" WHERE ${where}) AS "total"
      FROM "Story" WHERE ${where}
      ORDER BY ${inboxOrders[options.sort ?? "updated_desc"]}
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const requested = Math.max(Math.trunc(options.page ?? 1), 1);
  let rows = await pageRows(requested);
  let total: number;
  const [first] = rows;
  if (first) total = Number(first.total);
  else {
    // No rows: nothing matches, or the page is past the end, which shows the last page instead.
    const [counted] = await db.$queryRaw<{ total: number | bigint }[]>`
      SELECT COUNT(*) AS "total" FROM "Story" WHERE ${where}`;
    total = Number(counted?.total ?? 0);
  }
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requested, pageCount);
  if (page !== requested && total > 0) rows = await pageRows(page);
  const stories: InboxStory[] = rows.map((row) => ({
    id: row.id,
    label: readStoredText(row.label),
    status: row.digestStatus && isDigestStatus(row.digestStatus) ? row.digestStatus : null,
    articleCount: Number(row.articleCount),
    sourceCount: Number(row.sourceCount),
    lastUpdatedAt: new Date(row.lastActivityAt),
    flags: { unsupportedSentences: Number(row.unsupportedCount), disagreements: Number(row.disagreementCount) },
    newArticleCount: Number(row.newArticleCount),
    headline: readStoredText(row.headline),
  }));
  return { stories, total, page, pageSize, pageCount };
}

export interface StoryPageChunk {
  id: string;
  index: number;
  start: number;
  end: number;
}

export interface StoryPageArticle {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  author: string | null;
  publishedAt: Date | null;
  text: string;
  duplicateOf: { id: string; title: string } | null;
  chunks: StoryPageChunk[];
}

export interface StoryPageDigest {
  id: string;
  status: DigestStatus;
  version: number;
  engine: string;
  model: string | null;
  publishedAt: Date | null;
  /** The revision readers see on the public page, in the feed and exports; null until one is published. */
  publishedRevision: number | null;
  updatedAt: Date;
  /** Null when the stored JSON does not match the Digest schema (shown as an error, never guessed). */
  content: Digest | null;
  rawContent: string;
  /** The comment of the latest rejection, when the digest is rejected. */
  rejectionComment: string | null;
}

export interface StoryPage {
  id: string;
  label: string;
  startAt: Date | null;
  endAt: Date | null;
  updatedAt: Date;
  /** When grouping closed it (no article for longer than the window); an editor may reopen it. */
  closedAt: Date | null;
  articles: StoryPageArticle[];
  digest: StoryPageDigest | null;
  /** Articles grouped into the story since its digest was written (the stored column; 0 without a digest). */
  newArticleCount: number;
}

/** Everything the story page shows: articles with their chunk offsets, and the current digest. */
export async function getStoryPage(db: Database, storyId: string): Promise<StoryPage | null> {
  const story = await db.story.findUnique({
    where: { id: storyId },
    include: {
      articles: {
        orderBy: [{ publishedAt: "asc" }, { title: "asc" }],
        include: {
          chunks: { orderBy: { index: "asc" }, select: { id: true, index: true, start: true, end: true } },
          duplicateOf: { select: { id: true, title: true } },
        },
      },
      digest: {
        include: {
          revisions: { where: { action: "rejected" }, orderBy: { number: "desc" }, take: 1, select: { comment: true } },
        },
      },
    },
  });
  if (!story) return null;
  const digest = story.digest;
  return {
    id: story.id,
    label: story.label,
    startAt: story.startAt,
    endAt: story.endAt,
    updatedAt: story.updatedAt,
    closedAt: story.closedAt,
    articles: story.articles.map((article) => ({
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url,
      author: article.author,
      publishedAt: article.publishedAt,
      text: article.text,
      duplicateOf: article.duplicateOf,
      chunks: article.chunks,
    })),
    digest: digest
      ? {
          id: digest.id,
          status: isDigestStatus(digest.status) ? digest.status : "draft",
          version: digest.version,
          engine: digest.engine,
          model: digest.model,
          publishedAt: digest.publishedAt,
          publishedRevision: digest.publishedRevision,
          updatedAt: digest.updatedAt,
          content: parseDigestContent(digest.content),
          rawContent: digest.content,
          rejectionComment: digest.status === "rejected" ? (digest.revisions[0]?.comment ?? null) : null,
        }
      : null,
    newArticleCount: story.newArticleCount,
  };
}

export interface StoryChoice {
  id: string;
  label: string;
  articleCount: number;
}

/**
 * Stories an article can be moved to or a story merged into: those with articles, latest activity
 * first (the inbox's default order), optionally narrowed by the inbox's search; capped so the page
 * stays small at 10,000 stories.
 */
export async function listStoryChoices(
  db: Database,
  options: { excludeId?: string; query?: string; limit?: number } = {},
): Promise<StoryChoice[]> {
  const where = inboxConditions(options.query ? { query: options.query } : {});
  const excluded = options.excludeId ? Prisma.sql` AND "id" <> ${options.excludeId}` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; label: string; articleCount: number | bigint }[]>`
    SELECT "id", "label", "articleCount" FROM "Story" WHERE ${where}${excluded}
    ORDER BY ${inboxOrders.updated_desc}
    LIMIT ${Math.min(Math.max(options.limit ?? 100, 1), 500)}`;
  return rows.map((row) => ({ id: row.id, label: row.label, articleCount: Number(row.articleCount) }));
}

/** Whether a story exists and the version of its digest (null without one): what an action checks before enqueueing. */
export async function getStoryDigestVersion(
  db: Database,
  storyId: string,
): Promise<{ storyId: string; digestVersion: number | null } | null> {
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: { id: true, digest: { select: { version: true } } },
  });
  return story ? { storyId: story.id, digestVersion: story.digest?.version ?? null } : null;
}
