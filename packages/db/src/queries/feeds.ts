import { RoundupError } from "@roundup/core";
import type { Database } from "../create-database.js";
import { recordAuditEvent } from "./audit.js";

/** How often a feed may be polled: at least every minute, at most once a week. */
export const feedIntervalMinutes = { min: 1, max: 7 * 24 * 60, default: 15 } as const;

export interface FeedView {
  id: string;
  url: string;
  title: string | null;
  everyMinutes: number;
  lastPolledAt: Date | null;
  nextPollAt: Date;
  /** ok (new version read), unchanged (304), failed; null before the first poll. */
  lastStatus: string | null;
  lastError: string | null;
  /** Polls failed in a row. */
  failures: number;
  itemsImported: number;
  itemsEdited: number;
  /** Set while a worker polls it. */
  polling: boolean;
  createdAt: Date;
}

/** What a poll claims: the feed's address and the validators to send back. */
export interface ClaimedFeed {
  id: string;
  url: string;
  everyMinutes: number;
  etag: string | null;
  lastModified: string | null;
  failures: number;
}

const viewFields = {
  id: true,
  url: true,
  title: true,
  everyMinutes: true,
  lastPolledAt: true,
  nextPollAt: true,
  lastStatus: true,
  lastError: true,
  failures: true,
  itemsImported: true,
  itemsEdited: true,
  leaseUntil: true,
  createdAt: true,
} as const;

/** A row read with viewFields: the view's fields, and the lease that says whether a worker polls it. */
function toView(row: Omit<FeedView, "polling"> & { leaseUntil: Date | null }, now: Date): FeedView {
  const { leaseUntil, ...rest } = row;
  return { ...rest, polling: leaseUntil !== null && leaseUntil > now };
}

/** The address as stored: an absolute http(s) URL without credentials or fragment. */
export function normalizeFeedUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch (cause) {
    throw new RoundupError("INPUT_MALFORMED", `Not a valid URL: ${value}`, {
      input: value,
      fix: "Give the feed's absolute address, e.g. https://example.com/feed.xml.",
      cause,
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new RoundupError("INPUT_UNSUPPORTED", `Only http and https feeds can be polled, not ${url.protocol}`, {
      input: value,
      fix: "Give the feed's http(s) address.",
    });
  if (url.username || url.password)
    throw new RoundupError("INPUT_UNSUPPORTED", "Feed addresses with a user name or password are not polled.", {
      input: value,
      fix: "Remove the credentials from the address.",
    });
  url.hash = "";
  return url.toString();
}

function checkInterval(everyMinutes: number): number {
  if (
    !Number.isInteger(everyMinutes) ||
    everyMinutes < feedIntervalMinutes.min ||
    everyMinutes > feedIntervalMinutes.max
  )
    throw new RoundupError(
      "INPUT_MALFORMED",
      `A feed is polled every ${feedIntervalMinutes.min} to ${feedIntervalMinutes.max} minutes, not ${everyMinutes}.`,
      { input: String(everyMinutes), fix: "Give a whole number of minutes, e.g. 15." },
    );
  return everyMinutes;
}

/**
 * Subscribes to a feed, due at once. Subscribing again to the same address keeps the one
 * subscription (and its items) and sets the new interval; `created` says which happened. With
 * `audit`, the `feed.subscribed` (or `feed.updated`) event is written in the same transaction, so a
 * subscription is never stored without its audit row, nor the row without it.
 */
export async function addFeed(
  db: Database,
  input: {
    url: string;
    everyMinutes?: number;
    createdById?: string | null;
    now?: Date;
    audit?: { actorId: string | null };
  },
): Promise<{ feed: FeedView; created: boolean }> {
  const url = normalizeFeedUrl(input.url);
  const everyMinutes = checkInterval(input.everyMinutes ?? feedIntervalMinutes.default);
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const existing = await tx.feed.findUnique({ where: { url }, select: { id: true } });
    const row = await tx.feed.upsert({
      where: { url },
      create: { url, everyMinutes, nextPollAt: now, createdById: input.createdById ?? null },
      update: { everyMinutes },
      select: viewFields,
    });
    if (input.audit)
      await recordAuditEvent(tx, {
        actorId: input.audit.actorId,
        action: existing ? "feed.updated" : "feed.subscribed",
        entity: "feed",
        entityId: row.id,
        detail: { url: row.url, everyMinutes: row.everyMinutes },
      });
    return { feed: toView(row, now), created: existing === null };
  });
}

/** Every subscription, oldest first. */
export async function listFeeds(db: Database, now: Date = new Date()): Promise<FeedView[]> {
  const rows = await db.feed.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: viewFields });
  return rows.map((row) => toView(row, now));
}

export async function getFeed(db: Database, id: string, now: Date = new Date()): Promise<FeedView | null> {
  const row = await db.feed.findUnique({ where: { id }, select: viewFields });
  return row ? toView(row, now) : null;
}

/**
 * Unsubscribes: the feed and its item records go; the articles it brought stay (they belong to
 * stories and digests now). Returns the removed feed, or null when there was no such feed. With
 * `audit`, the `feed.unsubscribed` event is written in the same transaction.
 */
export async function removeFeed(
  db: Database,
  id: string,
  options: { audit?: { actorId: string | null } } = {},
): Promise<FeedView | null> {
  return db.$transaction(async (tx) => {
    const row = await tx.feed.findUnique({ where: { id }, select: viewFields });
    if (!row) return null;
    const { count } = await tx.feed.deleteMany({ where: { id } });
    if (count !== 1) return null;
    if (options.audit)
      await recordAuditEvent(tx, {
        actorId: options.audit.actorId,
        action: "feed.unsubscribed",
        entity: "feed",
        entityId: row.id,
        detail: { url: row.url, itemsImported: row.itemsImported },
      });
    return toView(row, new Date());
  });
}

/**
 * Makes a feed due now (an editor's "Poll now", e.g. after fixing a failing feed); its backoff is
 * kept until the poll succeeds. False when there is no such feed or a worker is polling it now.
 */
export async function makeFeedDue(db: Database, id: string, now: Date = new Date()): Promise<boolean> {
  const { count } = await db.feed.updateMany({ where: { id, ...unleased(now) }, data: { nextPollAt: now } });
  return count === 1;
}

const unleased = (now: Date) => ({ OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] });

/** True when some feed is due and no worker is polling it (one indexed query: the scheduler's tick). */
export async function hasDueFeeds(db: Database, now: Date = new Date()): Promise<boolean> {
  const due = await db.feed.findFirst({ where: { nextPollAt: { lte: now }, ...unleased(now) }, select: { id: true } });
  return due !== null;
}

/**
 * Claims up to `limit` due feeds (earliest due first; only `feedIds` when given) for `owner` until
 * `leaseSeconds` from now. Each claim is one conditional update, so of two workers claiming the
 * same feed exactly one gets it; a worker that dies holding a feed loses it when the lease runs out.
 * A host is polled by one worker at a time, so the per-host request limit of a poll holds across
 * workers: the host's lock is the lease of its first feed (see `holdHost`), taken before its due
 * feeds. The poller gives back what it holds but did not poll with `releaseFeeds`.
 */
export async function claimDueFeeds(
  db: Database,
  options: { owner: string; now?: Date; leaseSeconds: number; limit?: number; feedIds?: readonly string[] },
): Promise<ClaimedFeed[]> {
  const now = options.now ?? new Date();
  const due = { nextPollAt: { lte: now }, ...unleased(now) };
  const candidates = await db.feed.findMany({
    where: { ...due, ...(options.feedIds ? { id: { in: [...options.feedIds] } } : {}) },
    orderBy: [{ nextPollAt: "asc" }, { id: "asc" }],
    take: options.limit ?? 100,
    select: { id: true, url: true },
  });
  const lease = { leaseOwner: options.owner, leaseUntil: new Date(now.getTime() + options.leaseSeconds * 1000) };
  const claimed: string[] = [];
  for (const [host, feeds] of groupByHost(candidates)) {
    const lock = await holdHost(db, host, feeds[0]?.id ?? "", lease, now);
    if (!lock) continue;
    for (const { id } of feeds) {
      // The lock feed is already this poller's: it is claimed when due.
      const where = id === lock ? { id, nextPollAt: { lte: now }, leaseOwner: options.owner } : { id, ...due };
      const { count } = await db.feed.updateMany({ where, data: lease });
      if (count === 1) claimed.push(id);
    }
  }
  if (claimed.length === 0) return [];
  return db.feed.findMany({
    where: { id: { in: claimed } },
    orderBy: [{ nextPollAt: "asc" }, { id: "asc" }],
    select: { id: true, url: true, everyMinutes: true, etag: true, lastModified: true, failures: true },
  });
}

/** Gives back the feeds `owner` still holds (a host's lock whose feed was not due, a poll that stopped). */
export async function releaseFeeds(db: Database, owner: string): Promise<void> {
  await db.feed.updateMany({ where: { leaseOwner: owner }, data: { leaseOwner: null, leaseUntil: null } });
}

/** The scheme-less origin a feed's requests go to (`host:port`), or the URL itself when it does not parse. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function groupByHost<Feed extends { url: string }>(feeds: readonly Feed[]): Map<string, Feed[]> {
  const byHost = new Map<string, Feed[]>();
  for (const feed of feeds) byHost.set(hostOf(feed.url), [...(byHost.get(hostOf(feed.url)) ?? []), feed]);
  return byHost;
}

/**
 * Takes the lock of a host: the lease of its first feed (smallest id, http or https), due or not,
 * with one conditional update, so of two workers exactly one holds a host. Returns that feed's id,
 * or null when another worker holds the host.
 */
async function holdHost(
  db: Database,
  host: string,
  /** The lock when no feed's URL starts with the host (one that does not parse): the first candidate. */
  fallback: string,
  lease: { leaseOwner: string; leaseUntil: Date },
  now: Date,
): Promise<string | null> {
  const first = await db.feed.findFirst({
    where: { OR: [{ url: { startsWith: `http://${host}/` } }, { url: { startsWith: `https://${host}/` } }] },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const lock = first?.id ?? fallback;
  const { count } = await db.feed.updateMany({
    where: {
      id: lock,
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }, { leaseOwner: lease.leaseOwner }],
    },
    data: lease,
  });
  return count === 1 ? lock : null;
}

export interface StoredFeedItem {
  hash: string;
  articleId: string | null;
  failures: number;
}

/** The items of a feed already seen, by key (only the keys asked for). */
export async function findFeedItems(
  db: Database,
  feedId: string,
  keys: readonly string[],
): Promise<Map<string, StoredFeedItem>> {
  const found = new Map<string, StoredFeedItem>();
  for (let offset = 0; offset < keys.length; offset += 500) {
    const rows = await db.feedItem.findMany({
      where: { feedId, key: { in: keys.slice(offset, offset + 500) } },
      select: { key: true, hash: true, articleId: true, failures: true },
    });
    for (const { key, ...item } of rows) found.set(key, item);
  }
  return found;
}

/** What one poll of a feed found, to record. */
export interface FeedPollOutcome {
  status: "ok" | "unchanged" | "failed";
  /** In words, for the feeds page; for `failed`. */
  error?: string | null;
  /** The new version's validators and title (`ok`). */
  validators?: { etag: string | null; lastModified: string | null };
  title?: string | null;
  nextPollAt: Date;
  polledAt: Date;
  /** Items seen for the first time or again: imported, found already stored, failed, or edited. */
  items?: Array<{
    key: string;
    hash: string;
    articleId: string | null;
    /** Why it could not be imported (it is retried a few times on later polls). */
    error?: string | null;
    /** The feed changed it in place since it was imported. */
    edited?: boolean;
  }>;
  /** Articles stored from this poll's items. */
  imported?: number;
}

/**
 * Records a poll and releases the feed: item records (a unique key per feed, so an item is recorded
 * once whoever polls), the validators, status, error, next poll and counters. Items are written
 * even if the lease was lost meanwhile; the feed's own state only by the lease's owner.
 */
export async function recordFeedPoll(
  db: Database,
  feedId: string,
  owner: string,
  outcome: FeedPollOutcome,
): Promise<void> {
  const items = outcome.items ?? [];
  const edited = items.filter((item) => item.edited).length;
  await db.$transaction(async (tx) => {
    for (const item of items) {
      const failed = item.articleId === null && Boolean(item.error);
      await tx.feedItem.upsert({
        where: { feedId_key: { feedId, key: item.key } },
        create: {
          feedId,
          key: item.key,
          hash: item.hash,
          articleId: item.articleId,
          failures: failed ? 1 : 0,
          lastError: failed ? (item.error ?? null) : null,
        },
        update: {
          hash: item.hash,
          ...(item.articleId ? { articleId: item.articleId, lastError: null } : {}),
          ...(failed ? { failures: { increment: 1 }, lastError: item.error ?? null } : {}),
          ...(item.edited ? { editedAt: outcome.polledAt } : {}),
        },
      });
    }
    await tx.feed.updateMany({
      where: { id: feedId, leaseOwner: owner },
      data: {
        lastPolledAt: outcome.polledAt,
        nextPollAt: outcome.nextPollAt,
        lastStatus: outcome.status,
        lastError: outcome.status === "failed" ? (outcome.error ?? "unknown error") : null,
        failures: outcome.status === "failed" ? { increment: 1 } : 0,
        ...(outcome.validators ? { etag: outcome.validators.etag, lastModified: outcome.validators.lastModified } : {}),
        ...(outcome.title ? { title: outcome.title.slice(0, 300) } : {}),
        itemsImported: { increment: outcome.imported ?? 0 },
        itemsEdited: { increment: edited },
        leaseOwner: null,
        leaseUntil: null,
      },
    });
  });
}
