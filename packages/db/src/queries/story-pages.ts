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
  /** Read from the digest content: statements the verifier could not support, and disagreements found. */
  flags: { unsupportedSentences: number; disagreements: number };
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

function countSources(articles: { source: string | null; duplicateOfId: string | null; id: string }[]): number {
  const outlets = new Set<string>();
  for (const article of articles) {
    if (article.duplicateOfId) continue;
    outlets.add(article.source?.trim().toLowerCase() || `article:${article.id}`);
  }
  return outlets.size;
}

/** Unsupported statements and disagreements in a stored digest (zero when it does not parse). */
export function digestFlags(content: string | null): InboxStory["flags"] {
  const digest = content ? parseDigestContent(content) : null;
  if (!digest) return { unsupportedSentences: 0, disagreements: 0 };
  const statements = [...digest.summary, ...digest.keyPoints, ...digest.timeline, ...digest.quotes];
  const headlineUnsupported = digest.headlineVerification?.status === "unsupported" ? 1 : 0;
  return {
    unsupportedSentences:
      headlineUnsupported + statements.filter((statement) => statement.verification?.status === "unsupported").length,
    disagreements: digest.disagreements.length,
  };
}

/**
 * The client's provider. Prisma's case-insensitive `mode` exists only on PostgreSQL, and SQLite's LIKE
 * (what `contains` becomes there) already ignores ASCII case.
 */
function isPostgresClient(db: Database): boolean {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";
}

function inboxWhere(db: Database, options: ListInboxStoriesOptions): StoryWhereInput {
  const query = options.query?.trim();
  // The SQLite client's types have no `mode`; the PostgreSQL client (typed as the SQLite one) has it.
  const text = (value: string) =>
    (isPostgresClient(db) ? { contains: value, mode: "insensitive" } : { contains: value }) as { contains: string };
  return {
    // A story left with no articles (merged away, or all moved out) is kept for its history only.
    articles: { some: {} },
    ...(options.status === "none"
      ? { digest: { is: null } }
      : options.status
        ? { digest: { is: { status: options.status } } }
        : {}),
    ...(query
      ? {
          OR: [
            { label: text(query) },
            { articles: { some: { OR: [{ title: text(query) }, { source: text(query) }] } } },
          ],
        }
      : {}),
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Ids of one page of stories, newest "last update" first, where the last update is the later of the
 * story's and its digest's. The first `skip + take` stories by that date are all among the first
 * `skip + take` by story date or by digest date (ties broken by id in all three orders), so two
 * ordered, limited queries replace reading every story.
 */
async function newestFirstIds(db: Database, where: StoryWhereInput, skip: number, take: number): Promise<string[]> {
  const limit = skip + take;
  const [byStory, byDigest] = await Promise.all([
    db.story.findMany({
      where,
      select: { id: true, updatedAt: true, digest: { select: { updatedAt: true } } },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: limit,
    }),
    db.digest.findMany({
      where: { story: where ?? {} },
      select: { storyId: true, updatedAt: true, story: { select: { updatedAt: true } } },
      orderBy: [{ updatedAt: "desc" }, { storyId: "asc" }],
      take: limit,
    }),
  ]);
  const latest = new Map<string, number>();
  for (const row of byStory) {
    latest.set(row.id, Math.max(row.updatedAt.getTime(), row.digest?.updatedAt.getTime() ?? 0));
  }
  for (const row of byDigest) {
    latest.set(row.storyId, Math.max(row.updatedAt.getTime(), row.story.updatedAt.getTime()));
  }
  return [...latest.entries()]
    .sort(([idA, a], [idB, b]) => b - a || compareIds(idA, idB))
    .slice(skip, limit)
    .map(([id]) => id);
}

type StoryWhereInput = NonNullable<Parameters<Database["story"]["findMany"]>[0]>["where"];

/**
 * One page of the inbox, filtered, counted and paged in SQL. Sorting by label or by size is done by the
 * database; "last update" is the later of the story's and its digest's update, which Prisma cannot order
 * by: newest first merges two limited ordered queries, oldest first orders the matching ids here.
 */
export async function listInboxStories(db: Database, options: ListInboxStoriesOptions = {}): Promise<InboxPage> {
  const where = inboxWhere(db, options);
  const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? 20), 1), 100);
  const total = await db.story.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(Math.trunc(options.page ?? 1), 1), pageCount);
  const sort = options.sort ?? "updated_desc";
  let ids: string[];
  if (sort === "label_asc" || sort === "sources_desc") {
    const rows = await db.story.findMany({
      where,
      select: { id: true },
      orderBy:
        sort === "label_asc"
          ? [{ label: "asc" }, { id: "asc" }]
          : // Article count stands in for the independent-outlet count, which SQL cannot compute portably.
            [{ articles: { _count: "desc" } }, { updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    ids = rows.map((row) => row.id);
  } else if (sort === "updated_desc") {
    ids = await newestFirstIds(db, where, (page - 1) * pageSize, pageSize);
  } else {
    // Oldest first has no such shortcut (a story's old update says nothing of its digest's): it reads
    // the ids and two dates of every matching story.
    const keys = await db.story.findMany({
      where,
      select: { id: true, updatedAt: true, digest: { select: { updatedAt: true } } },
    });
    const latest = (row: (typeof keys)[number]) =>
      Math.max(row.updatedAt.getTime(), row.digest?.updatedAt.getTime() ?? 0);
    keys.sort((a, b) => latest(a) - latest(b) || compareIds(a.id, b.id));
    ids = keys.slice((page - 1) * pageSize, page * pageSize).map((row) => row.id);
  }
  const rows = await db.story.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      label: true,
      updatedAt: true,
      articles: { select: { id: true, source: true, duplicateOfId: true } },
      digest: { select: { id: true, status: true, updatedAt: true, content: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const stories: InboxStory[] = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        label: row.label,
        status: row.digest && isDigestStatus(row.digest.status) ? row.digest.status : null,
        digestId: row.digest?.id ?? null,
        articleCount: row.articles.length,
        sourceCount: countSources(row.articles),
        lastUpdatedAt: row.digest && row.digest.updatedAt > row.updatedAt ? row.digest.updatedAt : row.updatedAt,
        flags: digestFlags(row.digest?.content ?? null),
      },
    ];
  });
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

export interface StoryChoice {
  id: string;
  label: string;
  articleCount: number;
}

/**
 * Stories an article can be moved to or a story merged into: those with articles, most recently
 * updated first, optionally narrowed by a label search; capped so the page stays small at 10,000 stories.
 */
export async function listStoryChoices(
  db: Database,
  options: { excludeId?: string; query?: string; limit?: number } = {},
): Promise<StoryChoice[]> {
  const where = inboxWhere(db, options.query ? { query: options.query } : {});
  const rows = await db.story.findMany({
    where: options.excludeId ? { AND: [where ?? {}, { id: { not: options.excludeId } }] } : where,
    select: { id: true, label: true, _count: { select: { articles: true } } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: Math.min(Math.max(options.limit ?? 100, 1), 500),
  });
  return rows.map((row) => ({ id: row.id, label: row.label, articleCount: row._count.articles }));
}
