import { type Digest, digestSchema } from "@roundup/prompts";
import type { Database } from "../create-database.js";

export const digestStatuses = ["draft", "in_review", "approved", "rejected", "published"] as const;
export type DigestStatus = (typeof digestStatuses)[number];

export function isDigestStatus(value: string): value is DigestStatus {
  return (digestStatuses as readonly string[]).includes(value);
}

/** Parses stored digest JSON; null when it is not valid JSON of the Digest schema. */
export function parseDigestContent(content: string): Digest | null {
  try {
    const parsed = digestSchema.safeParse(JSON.parse(content));
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
  digestId: string | null;
  articleCount: number;
  /** Distinct outlets among articles that are not near-duplicates. */
  sourceCount: number;
  lastUpdatedAt: Date;
}

export const inboxSorts = ["updated_desc", "updated_asc", "label_asc", "sources_desc"] as const;
export type InboxSort = (typeof inboxSorts)[number];

export interface ListInboxStoriesOptions {
  /** Matches the story label or an article title/outlet. */
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

function countSources(articles: { source: string | null; duplicateOfId: string | null; id: string }[]): number {
  const outlets = new Set<string>();
  for (const article of articles) {
    if (article.duplicateOfId) continue;
    outlets.add(article.source?.trim().toLowerCase() || `article:${article.id}`);
  }
  return outlets.size;
}

/**
 * One page of the inbox. The status filter runs in SQL; sorting by "last update" (the later of the story's
 * and its digest's update) and by source count needs both tables, so it is done on the filtered rows.
 */
export async function listInboxStories(db: Database, options: ListInboxStoriesOptions = {}): Promise<InboxPage> {
  // Search runs on the loaded rows: `contains` is case-sensitive on PostgreSQL and Prisma's
  // case-insensitive mode does not exist on SQLite, and the inbox loads every matching story anyway.
  const query = options.query?.trim().toLowerCase();
  const loaded = await db.story.findMany({
    where:
      options.status === "none"
        ? { digest: { is: null } }
        : options.status
          ? { digest: { is: { status: options.status } } }
          : {},
    select: {
      id: true,
      label: true,
      updatedAt: true,
      articles: { select: { id: true, title: true, source: true, duplicateOfId: true } },
      digest: { select: { id: true, status: true, updatedAt: true } },
    },
  });
  const rows = query
    ? loaded.filter(
        (row) =>
          row.label.toLowerCase().includes(query) ||
          row.articles.some(
            (article) =>
              article.title.toLowerCase().includes(query) || (article.source ?? "").toLowerCase().includes(query),
          ),
      )
    : loaded;
  const stories: InboxStory[] = rows.map((row) => ({
    id: row.id,
    label: row.label,
    status: row.digest && isDigestStatus(row.digest.status) ? row.digest.status : null,
    digestId: row.digest?.id ?? null,
    articleCount: row.articles.length,
    sourceCount: countSources(row.articles),
    lastUpdatedAt: row.digest && row.digest.updatedAt > row.updatedAt ? row.digest.updatedAt : row.updatedAt,
  }));
  const sort = options.sort ?? "updated_desc";
  stories.sort((a, b) => {
    switch (sort) {
      case "updated_asc":
        return a.lastUpdatedAt.getTime() - b.lastUpdatedAt.getTime() || a.label.localeCompare(b.label);
      case "label_asc":
        return a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
      case "sources_desc":
        return b.sourceCount - a.sourceCount || b.lastUpdatedAt.getTime() - a.lastUpdatedAt.getTime();
      default:
        return b.lastUpdatedAt.getTime() - a.lastUpdatedAt.getTime() || a.label.localeCompare(b.label);
    }
  });
  const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? 20), 1), 100);
  const pageCount = Math.max(1, Math.ceil(stories.length / pageSize));
  const page = Math.min(Math.max(Math.trunc(options.page ?? 1), 1), pageCount);
  return {
    stories: stories.slice((page - 1) * pageSize, page * pageSize),
    total: stories.length,
    page,
    pageSize,
    pageCount,
  };
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
  articles: StoryPageArticle[];
  digest: StoryPageDigest | null;
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
          updatedAt: digest.updatedAt,
          content: parseDigestContent(digest.content),
          rawContent: digest.content,
          rejectionComment: digest.status === "rejected" ? (digest.revisions[0]?.comment ?? null) : null,
        }
      : null,
  };
}
