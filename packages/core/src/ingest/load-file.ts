import { extname } from "node:path";
import { RoundupError } from "../errors/index.js";
import { decodeText, sniffCharset } from "./decode-text.js";
import { asRoundupError, type DocumentKind, loadDocument } from "./load-document.js";
import { defaultMaxBytes, type LoadOptions } from "./load-options.js";
import type { LoadResult } from "./load-result.js";
import { looksLikeFeed } from "./parse-feed.js";
import { formatBytes, readInputFile } from "./read-input-file.js";

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

/** The document kind a file name's extension gives, or the error saying it is not supported. */
function kindOfFile(name: string): DocumentKind | RoundupError {
  const extension = extname(name).toLowerCase();
  return (
    kindByExtension[extension] ??
    new RoundupError("INPUT_UNSUPPORTED", `Files of type "${extension || "(no extension)"}" are not supported.`, {
      input: name,
      fix: `Use one of ${supportedExtensions.join(", ")}.`,
    })
  );
}

/** Loads one file: the extension says how to parse it (a `.json` JSON Feed is read as a feed). */
export async function* loadFile(path: string, options: LoadOptions = {}): AsyncGenerator<LoadResult> {
  const kind = kindOfFile(path);
  if (kind instanceof RoundupError) {
    yield { input: path, error: kind };
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
  yield* loadFileText(path, text, kind, options);
}

/**
 * Loads a file's content received by other means than the disk (a file uploaded in the workbench),
 * exactly as `loadFile` would load the same bytes saved under `name`.
 */
export async function* loadFileContent(
  name: string,
  bytes: Uint8Array,
  options: LoadOptions = {},
): AsyncGenerator<LoadResult> {
  const kind = kindOfFile(name);
  if (kind instanceof RoundupError) {
    yield { input: name, error: kind };
    return;
  }
  let text: string;
  try {
    const maxBytes = options.maxBytes ?? defaultMaxBytes;
    if (bytes.length > maxBytes)
      throw new RoundupError(
        "INPUT_TOO_LARGE",
        `The file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit.`,
        { input: name, fix: "Split the file, or raise the size limit." },
      );
    const declared = kind === "html" || kind === "feed" ? sniffCharset(bytes) : null;
    text = decodeText(bytes, name, declared ?? "utf-8");
  } catch (error) {
    yield { input: name, error: asRoundupError(error, name) };
    return;
  }
  yield* loadFileText(name, text, kind, options);
}

/** A decoded file's content, parsed as its extension says (a `.json` JSON Feed as a feed). */
function loadFileText(
  name: string,
  text: string,
  kind: DocumentKind,
  options: LoadOptions,
): AsyncGenerator<LoadResult> {
  return loadDocument(
    text,
    kind === "json" && looksLikeFeed(text) ? "feed" : kind,
    { input: name, file: name },
    options,
  );
}
