import {
  type Article,
  type ArticleDraft,
  byPublication,
  isRoundupError,
  type LoadOptions,
  type LoadResult,
  loadInputs,
  prepareArticle,
} from "@roundup/core";
import { type Database, findArticlesByContentHash, saveArticles } from "@roundup/db";
import { type FingerprintView, StoredFingerprints } from "./stored-fingerprints.js";

export interface IngestReport {
  imported: Array<{
    /** The input the article came from: a path, a URL, a feed item's link (see `LoadResult.input`). */
    input: string;
    id: string;
    title: string;
    source: string | null;
    publishedAt: string | null;
    duplicateOf: string | null;
    chunks: number;
  }>;
  /** Already stored: `articleId` is the stored article the input's text is. */
  skipped: Array<{ input: string; reason: string; articleId: string }>;
  /** `stage: "save"` marks a storage failure (e.g. the database went away), worth retrying. */
  failed: Array<{
    input: string;
    /** The input, what went wrong and what to do, in one line. */
    error: string;
    /** What went wrong and what to do, without the input (for lists that show the input beside it). */
    reason: string;
    stage?: "save";
  }>;
}

export interface IngestLoadedOptions {
  /** Called once per thing loaded (a file of a folder, a page, a feed's items), with its name. */
  onLoaded?: (input: string) => void;
  /** Articles stored per transaction (default 100). */
  saveBatchSize?: number;
  /**
   * What is known of the stored articles from earlier ingestions of this process (a worker keeps
   * one); without it, the texts of the articles inside the window are loaded to find near-duplicates.
   */
  fingerprints?: StoredFingerprints;
}

export interface IngestIntoDatabaseOptions extends IngestLoadedOptions {
  load?: LoadOptions;
  /**
   * Called once per input as given (a file, a whole folder, a URL, a feed) when it has been handled,
   * with how many of them are done: `done` never passes `total`, however many files a folder holds.
   */
  onInput?: (input: string, done: number, total: number) => void;
}

const defaultSaveBatchSize = 100;

function failure(input: string, error: unknown): { input: string; error: string; reason: string } {
  if (isRoundupError(error))
    return { input, error: error.describe(), reason: error.fix ? `${error.message} ${error.fix}` : error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { input, error: message, reason: message };
}

/** Earliest first, then fullest, so that rewrites point at the original they copy. */
function originalsFirst(left: Article, right: Article): number {
  // By instant: a stamp that keeps its publisher's offset does not sort with a UTC one as text.
  return byPublication(left.publishedAt, right.publishedAt) || right.text.length - left.text.length;
}

/**
 * Loads, cleans, de-duplicates and stores articles, `saveBatchSize` per transaction: a failure
 * keeps the batches stored before it, and a failing batch is saved article by article, so each bad
 * input is reported with its reason and the rest goes on.
 */
export async function ingestIntoDatabase(
  db: Database,
  inputs: string[],
  options: IngestIntoDatabaseOptions = {},
): Promise<IngestReport> {
  return ingestLoaded(db, loadEachInput(inputs, options), options);
}

/** The inputs' load results, telling `onInput` as each input as given is finished. */
async function* loadEachInput(inputs: string[], options: IngestIntoDatabaseOptions): AsyncGenerator<LoadResult> {
  for (const [index, input] of inputs.entries()) {
    yield* loadInputs([input], options.load);
    options.onInput?.(input, index + 1, inputs.length);
  }
}

/**
 * `ingestIntoDatabase` for documents already loaded by the caller (a file uploaded in the
 * workbench, the new items of a polled feed): cleans, de-duplicates and stores their drafts.
 */
export async function ingestLoaded(
  db: Database,
  loaded: AsyncIterable<LoadResult>,
  options: IngestLoadedOptions = {},
): Promise<IngestReport> {
  const report: IngestReport = { imported: [], skipped: [], failed: [] };
  const prepared: Array<{ input: string; article: Article }> = [];
  for await (const item of loaded) {
    if ("error" in item) {
      report.failed.push(failure(item.input, item.error));
    } else {
      for (const draft of item.drafts as ArticleDraft[]) {
        try {
          prepared.push({ input: draft.input, article: prepareArticle(draft) });
        } catch (error) {
          report.failed.push(failure(draft.input, error));
        }
      }
    }
    options.onLoaded?.(item.input);
  }

  // Nothing to store (every input failed, or a poll found nothing new): the stored articles are not read.
  if (prepared.length === 0) return report;
  prepared.sort((left, right) => originalsFirst(left.article, right.article));
  const fingerprints = options.fingerprints ?? new StoredFingerprints();
  await fingerprints.use(db, (view) =>
    storeArticles(db, prepared, view, options.saveBatchSize ?? defaultSaveBatchSize, report),
  );
  return report;
}

/**
 * Stores the prepared articles (originals first) batch by batch, each linked to the article it
 * copies, and records the outcome of each in the report. Exact copies of stored articles, however
 * old, are found by looking the batch's hashes up in the database.
 */
async function storeArticles(
  db: Database,
  prepared: Array<{ input: string; article: Article }>,
  { findOriginal, add }: FingerprintView,
  batchSize: number,
  report: IngestReport,
): Promise<void> {
  // Content hash → id of the articles this ingestion stored (or found stored), so a repeat within it
  // is skipped without asking the database again.
  const knownHashes = new Map<string, string>();
  // Ids of this job's articles that were found stored under another id, or (null) not stored:
  // near-duplicates found later point at the stored article, or at none.
  const storedAs = new Map<string, string | null>();
  const resolve = (id: string | null) => (id !== null && storedAs.has(id) ? (storedAs.get(id) ?? null) : id);
  for (let start = 0; start < prepared.length; start += batchSize) {
    const batch: Array<{ input: string; article: Article }> = [];
    const slice = prepared.slice(start, start + batchSize);
    const stored = await findArticlesByContentHash(
      db,
      slice.map(({ article }) => article.contentHash),
    );
    for (const { input, article } of slice) {
      const existingId = knownHashes.get(article.contentHash) ?? stored.get(article.contentHash);
      if (existingId) {
        report.skipped.push({ input, reason: `already imported as ${existingId}`, articleId: existingId });
        continue;
      }
      // Linked and indexed before the batch is stored, so later articles of the batch link to it.
      const withDuplicate = { ...article, duplicateOf: resolve(findOriginal(article)) };
      add(withDuplicate);
      knownHashes.set(article.contentHash, article.id);
      batch.push({ input, article: withDuplicate });
    }
    const results = await saveArticles(
      db,
      batch.map((item) => item.article),
    ).catch((error: unknown) => batch.map(() => ({ status: "failed" as const, error })));
    results.forEach((result, index) => {
      const { input, article } = batch[index] as { input: string; article: Article };
      if (result.status === "failed") {
        storedAs.set(article.id, null);
        knownHashes.delete(article.contentHash);
        report.failed.push({ ...failure(input, result.error), stage: "save" });
      } else if (result.status === "exists") {
        // Stored meanwhile by a concurrent import.
        storedAs.set(article.id, result.id);
        knownHashes.set(article.contentHash, result.id);
        report.skipped.push({ input, reason: `already imported as ${result.id}`, articleId: result.id });
      } else {
        report.imported.push({
          input,
          id: article.id,
          title: article.title,
          source: article.source,
          publishedAt: article.publishedAt,
          duplicateOf: article.duplicateOf,
          chunks: article.chunks.length,
        });
      }
    });
  }
}
