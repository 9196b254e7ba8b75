import {
  type Article,
  type ArticleDraft,
  isRoundupError,
  type LoadOptions,
  loadInputs,
  NearDuplicateIndex,
  prepareArticle,
} from "@roundup/core";
import { type Database, loadArticleFingerprints, saveArticle } from "@roundup/db";

export interface IngestReport {
  imported: Array<{
    id: string;
    title: string;
    source: string | null;
    publishedAt: string | null;
    duplicateOf: string | null;
    chunks: number;
  }>;
  skipped: Array<{ input: string; reason: string }>;
  /** `stage: "save"` marks a storage failure (e.g. the database went away), worth retrying. */
  failed: Array<{ input: string; error: string; stage?: "save" }>;
}

export interface IngestIntoDatabaseOptions {
  load?: LoadOptions;
  /** Called once per input (file, URL or feed) when it has been handled. */
  onInput?: (input: string) => void;
}

function describeError(error: unknown): string {
  if (isRoundupError(error)) return error.describe();
  return error instanceof Error ? error.message : String(error);
}

/** Earliest first, then fullest, so that rewrites point at the original they copy. */
function originalsFirst(left: Article, right: Article): number {
  const leftDate = left.publishedAt ?? "9999";
  const rightDate = right.publishedAt ?? "9999";
  if (leftDate !== rightDate) return leftDate < rightDate ? -1 : 1;
  return right.text.length - left.text.length;
}

/**
 * Loads, cleans, de-duplicates and stores articles. Every article is committed on its own, so a
 * failure mid-batch keeps what came before; each bad input is reported with its reason and the
 * rest of the batch goes on.
 */
export async function ingestIntoDatabase(
  db: Database,
  inputs: string[],
  options: IngestIntoDatabaseOptions = {},
): Promise<IngestReport> {
  const report: IngestReport = { imported: [], skipped: [], failed: [] };
  const stored = await loadArticleFingerprints(db);
  const knownHashes = new Map(stored.map((article) => [article.contentHash, article.id]));
  const duplicates = new NearDuplicateIndex();
  for (const article of stored) duplicates.add(article);

  const prepared: Array<{ input: string; article: Article }> = [];
  for await (const item of loadInputs(inputs, options.load)) {
    if ("error" in item) {
      report.failed.push({ input: item.input, error: describeError(item.error) });
    } else {
      for (const draft of item.drafts as ArticleDraft[]) {
        try {
          prepared.push({ input: draft.input, article: prepareArticle(draft) });
        } catch (error) {
          report.failed.push({ input: draft.input, error: describeError(error) });
        }
      }
    }
    options.onInput?.(item.input);
  }

  prepared.sort((left, right) => originalsFirst(left.article, right.article));
  for (const { input, article } of prepared) {
    const existingId = knownHashes.get(article.contentHash);
    if (existingId) {
      report.skipped.push({ input, reason: `already imported as ${existingId}` });
      continue;
    }
    try {
      const withDuplicate = { ...article, duplicateOf: duplicates.findOriginal(article) };
      const saved = await saveArticle(db, withDuplicate);
      knownHashes.set(article.contentHash, saved.id);
      if (saved.status === "exists") {
        // Stored meanwhile by a concurrent import.
        report.skipped.push({ input, reason: `already imported as ${saved.id}` });
        continue;
      }
      duplicates.add(withDuplicate);
      report.imported.push({
        id: article.id,
        title: article.title,
        source: article.source,
        publishedAt: article.publishedAt,
        duplicateOf: withDuplicate.duplicateOf,
        chunks: article.chunks.length,
      });
    } catch (error) {
      report.failed.push({ input, error: describeError(error), stage: "save" });
    }
  }
  return report;
}
