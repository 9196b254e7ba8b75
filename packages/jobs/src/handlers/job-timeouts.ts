import { readdir, stat } from "node:fs/promises";
import path from "node:path";

const MINUTE = 60;

/**
 * How long one attempt of each job may run, in seconds; past it the attempt is aborted and retried.
 * A killed worker's job does not wait for this: it is taken over when the worker's lease runs out
 * (job-heartbeats.ts on PostgreSQL, the lease of the SQLite queue). Each is a generous bound on a
 * healthy attempt: an offline digest takes well under a second, the 100,000-article group job 207 s.
 */
export const JOB_TIMEOUTS = {
  /** The offline digest engine: pure computation on one story. */
  offlineDigest: 3 * MINUTE,
  /** A digest by a model: a few calls, each with the model client's own timeouts and retries. */
  modelDigest: 20 * MINUTE,
  /**
   * A digest by the OpenAI batch engine, which waits for the batch (OpenAI allows it 24 hours);
   * a retried attempt resumes the batch it submitted (see the digest handler).
   */
  batchDigest: 25 * 60 * MINUTE,
  /** Grouping: a base plus 10 ms per article it holds, open stories' and ungrouped (the 100,000-article run: 207 s; this allows 1,120 s). */
  groupBase: 2 * MINUTE,
  groupPerArticle: 0.01,
  /** Ingestion: a base, plus a minute per input (a URL or feed is fetched with its own timeouts) and per 5 MB of files. */
  ingestBase: 2 * MINUTE,
  ingestPerInput: MINUTE,
  ingestPerFiveMegabytes: MINUTE,
  /**
   * A feed poll: up to 100 due feeds, 4 at a time, each fetched (30 s at most) with its new items'
   * pages. Shorter than the feeds' lease (15 min, see pollDueFeeds), so a retried attempt finds them free.
   */
  pollFeeds: 10 * MINUTE,
  /** Sources added in the workbench: like ingestion, a base plus a minute per source and per 5 MB. */
  importSourcesBase: 2 * MINUTE,
  /** An editor's move, merge or split: the stories it touches, not the corpus. */
  groupingEdit: 2 * MINUTE,
} as const;

/** A digest attempt's bound, by engine name as the CLI knows it. */
export function digestTimeoutSeconds(engine: string): number {
  if (engine === "offline") return JOB_TIMEOUTS.offlineDigest;
  if (engine === "batch") return JOB_TIMEOUTS.batchDigest;
  return JOB_TIMEOUTS.modelDigest;
}

/** A group attempt's bound for this many articles held (open stories' and ungrouped ones). */
export function groupTimeoutSeconds(articles: number): number {
  return Math.ceil(JOB_TIMEOUTS.groupBase + JOB_TIMEOUTS.groupPerArticle * articles);
}

/** An ingest attempt's bound for these inputs: local files and folders are measured by size. */
export async function ingestTimeoutSeconds(inputs: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const input of inputs) bytes += await localSize(input);
  return Math.ceil(
    JOB_TIMEOUTS.ingestBase +
      JOB_TIMEOUTS.ingestPerInput * inputs.length +
      JOB_TIMEOUTS.ingestPerFiveMegabytes * (bytes / 5_000_000),
  );
}

/** The bytes of a local file, or of the files in a folder; 0 for a URL or a missing path. */
async function localSize(input: string): Promise<number> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return 0;
  try {
    const found = await stat(input);
    if (!found.isDirectory()) return found.size;
    let total = 0;
    for (const entry of await readdir(input, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
    return total;
  } catch {
    return 0;
  }
}

/** An import-sources attempt's bound: files travel in the payload (base64, 4 bytes per 3). */
export function importSourcesTimeoutSeconds(sources: ReadonlyArray<{ kind: string; content?: string }>): number {
  const bytes = sources.reduce((total, source) => total + ((source.content?.length ?? 0) * 3) / 4, 0);
  return Math.ceil(
    JOB_TIMEOUTS.importSourcesBase +
      JOB_TIMEOUTS.ingestPerInput * sources.length +
      JOB_TIMEOUTS.ingestPerFiveMegabytes * (bytes / 5_000_000),
  );
}
