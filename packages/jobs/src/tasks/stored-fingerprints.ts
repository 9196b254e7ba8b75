import { type NearDuplicateCandidate, NearDuplicateIndex } from "@roundup/core";
import { type Database, listArticleHashes, loadArticleFingerprints } from "@roundup/db";

/** The view of the stored articles that an ingestion de-duplicates against. */
export interface FingerprintView {
  /** Content hash → id of every stored article (and of those the running ingestion stores). */
  hashes: Map<string, string>;
  /** The indexed article that `article` copies or rewrites, if any (see `NearDuplicateIndex`). */
  findOriginal: (article: NearDuplicateCandidate) => string | null;
  /** Indexes an article the ingestion is about to store, so later ones may link to it. */
  add: (article: NearDuplicateCandidate) => void;
}

/** Texts loaded per query when catching up: bounded queries instead of one of every new article. */
const loadChunkSize = 1000;

/**
 * What duplicate detection knows of the stored articles, kept between the ingestions of one process
 * (a worker runs hundreds). Each ingestion reads only the ids and hashes of all stored articles and
 * loads and indexes the text of those it has not seen, instead of every text again: at 100,000
 * stored articles that is what made an ingest job slow. Ingestions using one instance run one at a
 * time, so none links to an article another has indexed but not yet stored.
 */
export class StoredFingerprints {
  private duplicates = new NearDuplicateIndex();
  private readonly indexed = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();

  /** Brings the view up to date with the database, then runs `work` with it, alone. */
  use<T>(db: Database, work: (view: FingerprintView) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => work(await this.refresh(db)));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async refresh(db: Database): Promise<FingerprintView> {
    const rows = await listArticleHashes(db);
    const present = new Set(rows.map((row) => row.id));
    // An indexed article is gone (deleted, or indexed by an ingestion that could not store it): the
    // index cannot forget one, so it is built again.
    if ([...this.indexed].some((id) => !present.has(id))) {
      this.duplicates = new NearDuplicateIndex();
      this.indexed.clear();
    }
    const missing = rows.filter((row) => !this.indexed.has(row.id)).map((row) => row.id);
    for (let start = 0; start < missing.length; start += loadChunkSize) {
      for (const article of await loadArticleFingerprints(db, missing.slice(start, start + loadChunkSize)))
        this.add(article);
    }
    return {
      hashes: new Map(rows.map((row) => [row.contentHash, row.id])),
      findOriginal: (article) => this.duplicates.findOriginal(article),
      add: (article) => this.add(article),
    };
  }

  private add(article: NearDuplicateCandidate): void {
    this.duplicates.add(article);
    this.indexed.add(article.id);
  }
}
