import {
  isRoundupError,
  type LoadOptions,
  type LoadResult,
  loadFileContent,
  loadInputs,
  parsePlainText,
  RoundupError,
} from "@roundup/core";
import type { Database } from "@roundup/db";
import type { SourceInput } from "../handlers/import-sources-job.js";
import { ingestLoaded } from "./ingest-into-database.js";
import { StoredFingerprints } from "./stored-fingerprints.js";

/** What became of one source, in the words the workbench shows. */
export interface SourceResult {
  kind: SourceInput["kind"];
  /** The URL, the file's name, or "Pasted text: <title>". */
  label: string;
  /**
   * imported: at least one new article; already there: nothing new, its text was stored before;
   * failed: nothing stored, `reason` says why.
   */
  status: "imported" | "already there" | "failed";
  articles: Array<{ id: string; title: string }>;
  alreadyThere: number;
  /** Each part that failed (a feed's item, a corpus record) with its reason in words. */
  failures: Array<{ input: string; reason: string }>;
  /** For a failed source: the reason, in words. */
  reason: string | null;
}

export interface ImportSourcesReport {
  results: SourceResult[];
  imported: number;
}

export interface ImportSourcesOptions {
  load?: LoadOptions;
  fingerprints?: StoredFingerprints;
  /** Called as each source is finished, with how many are done. */
  onSource?: (result: SourceResult, done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The database failed to store articles: the whole job is worth retrying, unlike a bad source. */
class StorageError extends Error {}

function labelOf(source: SourceInput): string {
  if (source.kind === "url") return source.url;
  if (source.kind === "file") return source.name;
  const title = source.title?.trim() || source.text.trim().split("\n")[0]?.slice(0, 80) || "untitled";
  return `Pasted text: ${title}`;
}

function reasonOf(error: unknown): string {
  if (isRoundupError(error)) return error.fix ? `${error.message} ${error.fix}` : error.message;
  return error instanceof Error ? error.message : String(error);
}

/** A source's documents, loaded as `roundup ingest` would load the same URL, file or text. */
async function* loadSource(source: SourceInput, label: string, load: LoadOptions): AsyncGenerator<LoadResult> {
  if (source.kind === "url") {
    if (!/^https?:\/\//i.test(source.url.trim())) {
      yield {
        input: label,
        error: new RoundupError("INPUT_UNSUPPORTED", "Only http and https addresses can be imported.", {
          input: label,
          fix: "Paste the page's full address, starting with https://.",
        }),
      };
      return;
    }
    yield* loadInputs([source.url.trim()], load);
    return;
  }
  if (source.kind === "file") {
    yield* loadFileContent(source.name, Buffer.from(source.content, "base64"), load);
    return;
  }
  const draft = parsePlainText(source.text, { input: label });
  const title = source.title?.trim();
  // A title typed in its own field wins; the first line of the text then stays part of the body.
  yield {
    input: label,
    drafts: [title ? { ...draft, title, originalText: source.text.replace(/^\ufeff/, "") } : draft],
  };
}

/**
 * Imports the sources an editor added in the workbench, one after another, each reported on its
 * own: a failing source (a page that answers 404, a file of an unsupported type) never stops the
 * others. Articles are cleaned, de-duplicated and stored as `roundup ingest` stores them.
 */
export async function importSources(
  db: Database,
  sources: readonly SourceInput[],
  options: ImportSourcesOptions = {},
): Promise<ImportSourcesReport> {
  const fingerprints = options.fingerprints ?? new StoredFingerprints();
  const load: LoadOptions = { ...options.load, ...(options.signal ? { signal: options.signal } : {}) };
  const results: SourceResult[] = [];
  for (const source of sources) {
    options.signal?.throwIfAborted();
    const label = labelOf(source);
    let result: SourceResult;
    try {
      const report = await ingestLoaded(db, loadSource(source, label, load), { fingerprints });
      const unsaved = report.failed.filter((item) => item.stage === "save");
      // The database failing is not the source's fault: the job is retried, and what was stored is skipped then.
      if (unsaved.length > 0)
        throw new StorageError(`could not store ${unsaved.length} article(s): ${unsaved[0]?.error}`);
      const failures = report.failed.map((item) => ({ input: item.input, reason: item.reason }));
      result = {
        kind: source.kind,
        label,
        status: report.imported.length > 0 ? "imported" : report.skipped.length > 0 ? "already there" : "failed",
        articles: report.imported.map((item) => ({ id: item.id, title: item.title })),
        alreadyThere: report.skipped.length,
        failures,
        reason: null,
      };
      if (result.status === "failed")
        result.reason =
          failures.length > 0 ? failures.map((item) => item.reason).join("; ") : "There is no article in it.";
    } catch (error) {
      if (options.signal?.aborted || error instanceof StorageError) throw error;
      result = {
        kind: source.kind,
        label,
        status: "failed",
        articles: [],
        alreadyThere: 0,
        failures: [],
        reason: reasonOf(error),
      };
    }
    results.push(result);
    options.onSource?.(result, results.length, sources.length);
  }
  return { results, imported: results.reduce((total, result) => total + result.articles.length, 0) };
}
