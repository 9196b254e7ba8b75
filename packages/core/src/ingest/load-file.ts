import { extname } from "node:path";
import { RoundupError } from "../errors/index.js";
import { asRoundupError, type DocumentKind, loadDocument } from "./load-document.js";
import type { LoadOptions } from "./load-options.js";
import type { LoadResult } from "./load-result.js";
import { looksLikeFeed } from "./parse-feed.js";
import { readInputFile } from "./read-input-file.js";

const kindByExtension: Record<string, DocumentKind> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
  ".rdf": "feed",
};

export const supportedExtensions = Object.keys(kindByExtension);

/** Loads one file: the extension says how to parse it (a `.json` JSON Feed is read as a feed). */
export async function* loadFile(path: string, options: LoadOptions = {}): AsyncGenerator<LoadResult> {
  const extension = extname(path).toLowerCase();
  const kind = kindByExtension[extension];
  if (!kind) {
    const error = new RoundupError(
      "INPUT_UNSUPPORTED",
      `Files of type "${extension || "(no extension)"}" are not supported.`,
      {
        input: path,
        fix: `Use one of ${supportedExtensions.join(", ")}.`,
      },
    );
    yield { input: path, error };
    return;
  }
  let text: string;
  try {
    text = await readInputFile(path, {
      maxBytes: options.maxBytes,
      declaredCharset: kind === "html" || kind === "feed",
    });
  } catch (error) {
    yield { input: path, error: asRoundupError(error, path) };
    return;
  }
  const effectiveKind = kind === "json" && looksLikeFeed(text) ? "feed" : kind;
  yield* loadDocument(text, effectiveKind, { input: path, file: path }, options);
}
