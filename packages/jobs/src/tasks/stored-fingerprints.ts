import { DEFAULT_GROUPING_WINDOW_DAYS, type NearDuplicateCandidate, NearDuplicateIndex } from "@roundup/core";
import { type Database, listArticleIdsSince, loadArticleFingerprints } from "@roundup/db";

/** The view of the stored articles that an ingestion de-duplicates against. */
export interface FingerprintView {
  /** The indexed article that `article` copies or rewrites, if any (see `NearDuplicateIndex`). */
  findOriginal: (article: NearDuplicateCandidate) => string | null;
  /** Indexes an article the ingestion is about to store, so later ones may link to it. */
  add: (article: NearDuplicateCandidate) => void;
}

export interface StoredFingerprintsOptions {
  /**
   * Days back from now that the index covers, by publication time (or, when unknown, by when the
   * article was stored). Default: the grouping window (ROUNDUP_GROUP_WINDOW_DAYS).
   */
  windowDays?: number;
  /** The clock (tests move it). */
  now?: () => Date;
}

/** Texts loaded per query when catching up: bounded queries instead of one of every new article. */
const loadChunkSize = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What near-duplicate detection knows of the stored articles, kept between the ingestions of one
 * process (a worker runs hundreds). It holds only the articles of the last `windowDays`: syndicated
 * copies and rewrites appear within days of their original, and a year of feeds would not fit. A
 * rewrite of an older article is therefore stored as an original (exact copies are still found:
 * `ingestLoaded` looks their hashes up in the database). Each ingestion reads the ids of the
 * window's articles, drops the indexed ones that left the window or the database, and loads and
 * indexes the text of those it has not seen. Ingestions using one instance run one at a time, so
 * none links to an article another has indexed but not yet stored.
 */
export class StoredFingerprints {
  // Its ids are the ones indexed: a Set of them beside it cost ~40 bytes an article more.
  private readonly duplicates = new NearDuplicateIndex();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly windowMs: number;
  private readonly now: () => Date;

  constructor(options: StoredFingerprintsOptions = {}) {
    this.windowMs = (options.windowDays ?? DEFAULT_GROUPING_WINDOW_DAYS) * DAY_MS;
    this.now = options.now ?? (() => new Date());
  }

  /** How many articles the index holds (for measurements and tests). */
  get size(): number {
    return this.duplicates.size;
  }

  /** Brings the view up to date with the database, then runs `work` with it, alone. */
  use<T>(db: Database, work: (view: FingerprintView) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => work(await this.refresh(db)));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async refresh(db: Database): Promise<FingerprintView> {
    const inWindow = new Set(await listArticleIdsSince(db, new Date(this.now().getTime() - this.windowMs)));
    // Out of the window, deleted, or indexed by an ingestion that could not store it.
    // Removing the entry being visited is safe in a Map's iteration.
    for (const id of this.duplicates.ids()) if (!inWindow.has(id)) this.duplicates.remove(id);
    const missing = [...inWindow].filter((id) => !this.duplicates.has(id));
    for (let start = 0; start < missing.length; start += loadChunkSize) {
      for (const article of await loadArticleFingerprints(db, missing.slice(start, start + loadChunkSize)))
        this.duplicates.add(article);
    }
    return {
      findOriginal: (article) => this.duplicates.findOriginal(article),
      // Indexed whatever its date, so the rest of this ingestion links to it; the next refresh
      // evicts it if it is older than the window.
      add: (article) => this.duplicates.add(article),
    };
  }
}
