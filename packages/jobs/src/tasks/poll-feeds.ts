import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import {
  type FeedItem,
  type FetchedResource,
  feedItemIdentity,
  feedTitle,
  fetchIfChanged,
  fetchUrl,
  HostLimiter,
  HttpStatusError,
  isRoundupError,
  type LoadOptions,
  type LoadResult,
  loadFeedItems,
  looksLikeFeed,
  parseFeed,
  RoundupError,
  retryAfterTime,
  stripDeclaredEntities,
} from "@roundup/core";
import {
  type ClaimedFeed,
  claimDueFeeds,
  type Database,
  type FeedPollOutcome,
  findFeedItems,
  recordFeedPoll,
  releaseFeeds,
} from "@roundup/db";
import { type IngestReport, ingestLoaded } from "./ingest-into-database.js";
import { StoredFingerprints } from "./stored-fingerprints.js";

export interface PollFeedsOptions {
  /** Who polls, for the feeds' leases (default: host, process and a random tag). */
  owner?: string;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /** Fetch settings: allowed private hosts, timeouts, size limit, teaser pages. */
  load?: LoadOptions;
  fingerprints?: StoredFingerprints;
  /** Requests at once to one host, feeds and their items' pages together (default 2). */
  perHost?: number;
  /** Feeds fetched at once (default 4). */
  concurrency?: number;
  /** Only these feeds, when they are due (a subscription's first poll). */
  feedIds?: readonly string[];
  /** How long a claimed feed stays this poller's (default 15 minutes). */
  leaseSeconds?: number;
  /** Feeds claimed per call (default 100); the rest wait for the next tick. */
  limit?: number;
  /** Called as each feed's poll is recorded. */
  onFeed?: (report: FeedPollReport, done: number, total: number) => void;
}

export interface FeedPollReport {
  feedId: string;
  url: string;
  /** ok: a new version was read; unchanged: the server answered 304; failed: see `error`. */
  status: FeedPollOutcome["status"];
  error: string | null;
  /** Articles stored from new items. */
  imported: string[];
  /** New items whose text was already stored (another feed, an earlier upload). */
  alreadyStored: number;
  /** Items edited in place since their import: the stored article is kept (see README). */
  edited: number;
  /** Items that could not be imported, with the reason; retried on the feed's next new version. */
  failed: Array<{ input: string; error: string }>;
  nextPollAt: string;
}

export interface PollFeedsReport {
  feeds: FeedPollReport[];
  /** New items the database failed to store: their feeds are marked failed and read whole next time. */
  unsaved: number;
}

/** An item that failed this many times is left alone until the feed changes it. */
const maxItemFailures = 3;
/** The longest wait after failures, unless the feed's own interval is longer. */
const maxBackoffMinutes = 6 * 60;

/**
 * When a feed is polled next: its interval after a success; after failures, the interval doubled
 * per failure in a row (a broken feed is asked less and less often), up to six hours.
 */
export function nextPollTime(now: Date, everyMinutes: number, failuresInARow: number): Date {
  const backoff = Math.min(everyMinutes * 2 ** failuresInARow, Math.max(everyMinutes, maxBackoffMinutes));
  return new Date(now.getTime() + backoff * 60_000);
}

function describeError(error: unknown): string {
  if (isRoundupError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}

interface ItemPlan {
  item: FeedItem;
  key: string;
  hash: string;
  /** Stored before: an edit keeps its article. */
  storedArticleId: string | null;
}

/** One claimed feed after its fetch: what to record, and which items to import. */
interface FeedRead {
  feed: ClaimedFeed;
  polledAt: Date;
  status: FeedPollOutcome["status"];
  error: string | null;
  resource: FetchedResource | null;
  title: string | null;
  toImport: ItemPlan[];
  edits: ItemPlan[];
  /** When the server (429 or 503 with Retry-After) asked to be asked again; null when it did not say. */
  retryAt: Date | null;
}

/**
 * Polls the feeds that are due, once: each claimed feed is asked conditionally (an unchanged feed
 * costs one 304); a new version's items are identified by guid, else link (`feedItemIdentity`), and
 * only items never imported are loaded (teaser pages fetched) and stored; an item edited in place is
 * recorded as edited and its stored article kept, never a second article. A failure backs the feed
 * off (never sooner than a 429 or 503's Retry-After) and is kept as its last error. All requests go
 * through one per-host limit (one worker polls a host at a time: see `claimDueFeeds`) and the same
 * SSRF checks as URL ingest.
 */
export async function pollDueFeeds(db: Database, options: PollFeedsOptions = {}): Promise<PollFeedsReport> {
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  try {
    return await pollClaimedFeeds(db, owner, options);
  } finally {
    // The hosts' locks whose feeds were not due, and any feed a failure left unrecorded.
    await releaseFeeds(db, owner);
  }
}

async function pollClaimedFeeds(db: Database, owner: string, options: PollFeedsOptions): Promise<PollFeedsReport> {
  const now = options.now ?? (() => new Date());
  const claimed = await claimDueFeeds(db, {
    owner,
    now: now(),
    leaseSeconds: options.leaseSeconds ?? 15 * 60,
    limit: options.limit ?? 100,
    ...(options.feedIds ? { feedIds: options.feedIds } : {}),
  });
  if (claimed.length === 0) return { feeds: [], unsaved: 0 };

  const limiter = new HostLimiter(options.perHost ?? 2);
  const baseFetcher = options.load?.fetchUrl ?? fetchUrl;
  const load: LoadOptions = {
    ...options.load,
    fetchUrl: (url, fetchOptions) => limiter.run(url, () => baseFetcher(url, fetchOptions)),
  };
  const reads = await mapWithConcurrency(claimed, options.concurrency ?? 4, (feed) =>
    readFeed(db, feed, limiter, load, now),
  );

  const report = await ingestLoaded(db, loadNewItems(reads, load), {
    fingerprints: options.fingerprints ?? new StoredFingerprints(),
  });
  const byInput = outcomesByInput(report);

  const feeds: FeedPollReport[] = [];
  const counted = new Set<string>();
  let unsaved = 0;
  for (const read of reads) {
    const items: NonNullable<FeedPollOutcome["items"]> = [];
    const result: FeedPollReport = {
      feedId: read.feed.id,
      url: read.feed.url,
      status: read.status,
      error: read.error,
      imported: [],
      alreadyStored: 0,
      edited: read.edits.length,
      failed: [],
      nextPollAt: "",
    };
    let unsavedHere = 0;
    for (const plan of read.toImport) {
      const outcome = byInput.get(plan.item.draft.input);
      // No outcome, or the database failed to store it: nothing is recorded, so it is tried again.
      if (!outcome || outcome.kind === "unsaved") {
        if (outcome) unsavedHere += 1;
        continue;
      }
      // One article carried by two feeds polled together is counted as imported once.
      if (outcome.kind === "imported" && !counted.has(outcome.articleId)) {
        counted.add(outcome.articleId);
        result.imported.push(outcome.articleId);
      } else if (outcome.kind !== "failed") result.alreadyStored += 1;
      if (outcome.kind === "failed") result.failed.push({ input: plan.item.draft.input, error: outcome.error });
      items.push({
        key: plan.key,
        hash: plan.hash,
        articleId: outcome.kind === "failed" ? null : outcome.articleId,
        ...(outcome.kind === "failed" ? { error: outcome.error } : {}),
      });
    }
    for (const plan of read.edits)
      items.push({ key: plan.key, hash: plan.hash, articleId: plan.storedArticleId, edited: true });
    if (unsavedHere > 0) {
      // Without its validators the next poll reads the feed whole again and retries these items.
      unsaved += unsavedHere;
      result.status = "failed";
      result.error = `${unsavedHere} new item(s) could not be stored (the database failed); they are tried again on the next poll.`;
    }
    const failures = result.status === "failed" ? read.feed.failures + 1 : 0;
    const backoff = nextPollTime(read.polledAt, read.feed.everyMinutes, failures);
    // A server that said how long to wait (Retry-After) is not asked sooner, whatever the backoff.
    const nextPollAt = read.retryAt && read.retryAt > backoff ? read.retryAt : backoff;
    result.nextPollAt = nextPollAt.toISOString();
    await recordFeedPoll(db, read.feed.id, owner, {
      status: result.status,
      error: result.error,
      ...(read.resource && unsavedHere === 0 ? { validators: read.resource.validators } : {}),
      ...(read.title ? { title: read.title } : {}),
      polledAt: read.polledAt,
      nextPollAt,
      items,
      imported: result.imported.length,
    });
    feeds.push(result);
    options.onFeed?.(result, feeds.length, reads.length);
  }
  return { feeds, unsaved };
}

/** Fetches one feed conditionally and sorts its items into new ones to import and edits. */
async function readFeed(
  db: Database,
  feed: ClaimedFeed,
  limiter: HostLimiter,
  load: LoadOptions,
  now: () => Date,
): Promise<FeedRead> {
  const polledAt = now();
  const read: FeedRead = {
    feed,
    polledAt,
    status: "ok",
    error: null,
    resource: null,
    title: null,
    toImport: [],
    edits: [],
    retryAt: null,
  };
  try {
    const validators = feed.etag || feed.lastModified ? { etag: feed.etag, lastModified: feed.lastModified } : null;
    const fetched = await limiter.run(feed.url, () => fetchIfChanged(feed.url, validators, load));
    if (!fetched.changed) return { ...read, status: "unchanged" };
    const { resource } = fetched;
    const document = stripDeclaredEntities(resource.text, feed.url).text;
    if (!looksLikeFeed(document, resource.contentType))
      throw new RoundupError(
        "INPUT_UNSUPPORTED",
        `The address serves ${resource.contentType ?? "a document"}, not an RSS, Atom or JSON feed.`,
        {
          input: feed.url,
          fix: 'Subscribe to the feed\'s own address (a web page names it in a <link rel="alternate">), or import the page as a URL.',
        },
      );
    const items = parseFeed(document, { input: feed.url });
    const identities = items.map((item) => ({ item, ...feedItemIdentity(item) }));
    const stored = await findFeedItems(
      db,
      feed.id,
      identities.map((entry) => entry.key),
    );
    const seen = new Set<string>();
    for (const { item, key, hash } of identities) {
      // A feed listing one item twice imports it once.
      if (seen.has(key)) continue;
      seen.add(key);
      const known = stored.get(key);
      const plan = { item, key, hash, storedArticleId: known?.articleId ?? null };
      if (!known) read.toImport.push(plan);
      else if (known.articleId === null) {
        // Failed before: tried again a few times, and again whenever the feed changes the item.
        if (known.failures < maxItemFailures || known.hash !== hash) read.toImport.push(plan);
      } else if (known.hash !== hash) read.edits.push(plan);
    }
    return { ...read, resource, title: feedTitle(document) };
  } catch (error) {
    const retryAt = error instanceof HttpStatusError ? retryAfterTime(error.retryAfter, polledAt) : null;
    const asked = retryAt ? ` It asked to be polled again no earlier than ${retryAt.toISOString()}.` : "";
    return { ...read, status: "failed", error: `${describeError(error)}${asked}`, retryAt };
  }
}

/** The new items of every feed read, loaded (teaser pages fetched) one feed after another. */
async function* loadNewItems(reads: readonly FeedRead[], load: LoadOptions): AsyncGenerator<LoadResult> {
  for (const read of reads) {
    if (!read.resource || read.toImport.length === 0) continue;
    yield* loadFeedItems(
      read.toImport.map((plan) => plan.item),
      { input: read.feed.url, url: read.resource.url },
      load,
    );
  }
}

type ItemOutcome =
  | { kind: "imported" | "stored"; articleId: string }
  | { kind: "failed"; error: string }
  | { kind: "unsaved" };

/** What became of each input (a feed item's link or name); the same link in two feeds is one article. */
function outcomesByInput(report: IngestReport): Map<string, ItemOutcome> {
  const outcomes = new Map<string, ItemOutcome>();
  for (const item of report.imported) outcomes.set(item.input, { kind: "imported", articleId: item.id });
  for (const item of report.skipped)
    if (!outcomes.has(item.input)) outcomes.set(item.input, { kind: "stored", articleId: item.articleId });
  for (const item of report.failed)
    if (!outcomes.has(item.input))
      outcomes.set(item.input, item.stage === "save" ? { kind: "unsaved" } : { kind: "failed", error: item.reason });
  return outcomes;
}

async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, run));
  return results;
}
