import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { RoundupError } from "../errors/index.js";
import { loadFile } from "./load-file.js";
import type { LoadOptions } from "./load-options.js";
import type { LoadResult } from "./load-result.js";
import { loadUrl } from "./load-url.js";

/**
 * Loads every input — file, folder (recursively, hidden entries skipped) or http(s) URL (page or
 * feed) — one at a time, yielding a result per file, page, feed item or bad record as soon as it
 * is ready, so the caller can report progress. A bad input yields an error and the batch goes on.
 */
export async function* loadInputs(inputs: readonly string[], options: LoadOptions = {}): AsyncGenerator<LoadResult> {
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      if (/^https?:\/\//i.test(input)) yield* loadUrl(input, options);
      else
        yield {
          input,
          error: new RoundupError("INPUT_UNSUPPORTED", "Only http and https URLs can be fetched.", {
            input,
            fix: "Pass an http(s) URL or a local path.",
          }),
        };
      continue;
    }
    yield* loadPath(input, options);
  }
}

async function* loadPath(path: string, options: LoadOptions): AsyncGenerator<LoadResult> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (cause) {
    yield {
      input: path,
      error: new RoundupError("INPUT_NOT_FOUND", "No such file or folder.", {
        input: path,
        fix: "Check the path.",
        cause,
      }),
    };
    return;
  }
  if (!isDirectory) {
    yield* loadFile(path, options);
    return;
  }
  let entries: Dirent[];
  try {
    entries = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => !entry.name.startsWith("."))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch (cause) {
    const error = new RoundupError("INPUT_NOT_FOUND", "The folder cannot be read.", {
      input: path,
      fix: "Check the folder's permissions.",
      cause,
    });
    yield { input: path, error };
    return;
  }
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* loadPath(child, options);
    else if (entry.isFile()) yield* loadFile(child, options);
  }
}
