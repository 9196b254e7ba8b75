import type { Digest } from "@roundup/prompts";
import type { Database } from "../create-database.js";
import { digestFlags, parseDigestContent } from "./story-pages.js";

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** Stories read per query: well under PostgreSQL's 65,535 bind parameters. */
const pageSize = 1000;

/**
 * The version of how the inbox columns are computed. Bump it when `summarizeStory` changes: stories
 * stored with a lower version are recomputed when the database is opened (`refreshStaleStorySummaries`).
 */
export const storySummaryVersion = 3;

export interface StorySummaryInput {
  label: string;
  updatedAt: Date;
  articles: { id: string; title: string; source: string | null; duplicateOfId: string | null }[];
  digest: { status: string; updatedAt: Date; content: string } | null;
}

export interface StorySummary {
  articleCount: number;
  sourceCount: number;
  lastActivityAt: Date;
  digestStatus: string | null;
  searchText: string;
  unsupportedCount: number;
  disagreementCount: number;
  /** Articles of the story its digest was not written from (not among its sources); 0 without a digest. */
  newArticleCount: number;
  /** The digest's headline: what the story says now; null without a digest (or one that does not parse). */
  headline: string | null;
  summaryVersion: number;
}

/**
 * Distinct outlets among articles that are not near-duplicates: a syndicated rewrite is never an
 * independent source. An article without an outlet counts as one of its own.
 */
export function countSources(articles: StorySummaryInput["articles"]): number {
  const outlets = new Set<string>();
  for (const article of articles) {
    if (article.duplicateOfId) continue;
    outlets.add(article.source?.trim().toLowerCase() || `article:${article.id}`);
  }
  return outlets.size;
}

/**
 * The story's articles its digest was not written from: a digest lists every article it was
 * generated from as a source, so an article grouped in (or moved in) since is new to it. A digest
 * that does not parse is counted as written from none of them.
 */
export function countNewArticles(articles: StorySummaryInput["articles"], digest: Digest | null): number {
  const sources = new Set(digest?.sources.map((source) => source.articleId) ?? []);
  return articles.filter((article) => !sources.has(article.id)).length;
}

/** The inbox columns of one story, computed from its articles and digest. */
export function summarizeStory(story: StorySummaryInput): StorySummary {
  const digestUpdatedAt = story.digest?.updatedAt;
  const digest = story.digest ? parseDigestContent(story.digest.content) : null;
  const flags = digestFlags(digest);
  return {
    articleCount: story.articles.length,
    sourceCount: countSources(story.articles),
    lastActivityAt: digestUpdatedAt && digestUpdatedAt > story.updatedAt ? digestUpdatedAt : story.updatedAt,
    digestStatus: story.digest?.status ?? null,
    searchText: [story.label, ...story.articles.flatMap((article) => [article.title, article.source ?? ""])]
      .join("\n")
      .toLowerCase(),
    unsupportedCount: flags.unsupportedSentences,
    disagreementCount: flags.disagreements,
    newArticleCount: story.digest ? countNewArticles(story.articles, digest) : 0,
    headline: digest?.headline || null,
    summaryVersion: storySummaryVersion,
  };
}

/**
 * Recomputes the inbox columns of the given stories (unknown ids are skipped). Every write that changes
 * a story's articles, label or digest calls this for the stories it touched, in the same transaction
 * where there is one. The story's own `updatedAt` is written back unchanged: refreshing is not an edit.
 */
export async function refreshStorySummaries(
  db: Database | Transaction,
  storyIds: Iterable<string | null | undefined>,
): Promise<void> {
  const ids = [...new Set([...storyIds].filter((id): id is string => Boolean(id)))];
  for (let offset = 0; offset < ids.length; offset += pageSize) {
    const rows = await db.story.findMany({
      where: { id: { in: ids.slice(offset, offset + pageSize) } },
      select: {
        id: true,
        label: true,
        updatedAt: true,
        articleCount: true,
        sourceCount: true,
        lastActivityAt: true,
        digestStatus: true,
        searchText: true,
        unsupportedCount: true,
        disagreementCount: true,
        newArticleCount: true,
        headline: true,
        summaryVersion: true,
        articles: { select: { id: true, title: true, source: true, duplicateOfId: true } },
        digest: { select: { status: true, updatedAt: true, content: true } },
      },
    });
    // A regroup touches every story but changes few: only stories whose columns differ are written.
    const changed = rows.flatMap((row) => {
      const summary = summarizeStory(row);
      return isSameSummary(row, summary) ? [] : [{ id: row.id, data: { ...summary, updatedAt: row.updatedAt } }];
    });
    const update = (client: Database | Transaction, { id, data }: (typeof changed)[number]) =>
      client.story.update({ where: { id }, data });
    // Outside a transaction, a page's updates share one (one commit instead of one per story).
    if ("$transaction" in db) await db.$transaction(changed.map((change) => update(db, change)));
    else for (const change of changed) await update(db, change);
  }
}

function isSameSummary(stored: StorySummary, computed: StorySummary): boolean {
  return (
    stored.articleCount === computed.articleCount &&
    stored.sourceCount === computed.sourceCount &&
    stored.lastActivityAt.getTime() === computed.lastActivityAt.getTime() &&
    stored.digestStatus === computed.digestStatus &&
    stored.searchText === computed.searchText &&
    stored.unsupportedCount === computed.unsupportedCount &&
    stored.disagreementCount === computed.disagreementCount &&
    stored.newArticleCount === computed.newArticleCount &&
    stored.headline === computed.headline &&
    stored.summaryVersion === computed.summaryVersion
  );
}

/**
 * Recomputes the stories whose inbox columns were computed by an older version, or backfilled by a
 * migration that could not compute them all (the digest flags). Returns how many were refreshed.
 */
export async function refreshStaleStorySummaries(db: Database): Promise<number> {
  const stale = await db.story.findMany({
    where: { summaryVersion: { lt: storySummaryVersion } },
    select: { id: true },
  });
  await refreshStorySummaries(
    db,
    stale.map((row) => row.id),
  );
  return stale.length;
}
