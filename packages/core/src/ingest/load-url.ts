import { fetchUrl } from "./fetch-url.js";
import { asRoundupError, type DocumentKind, loadDocument } from "./load-document.js";
import type { LoadOptions } from "./load-options.js";
import type { LoadResult } from "./load-result.js";
import { looksLikeFeed } from "./parse-feed.js";

/** Fetches a URL (safely, see `fetchUrl`) and parses it as a page, a feed, text or a JSON corpus. */
export async function* loadUrl(url: string, options: LoadOptions = {}): AsyncGenerator<LoadResult> {
  const fetcher = options.fetchUrl ?? fetchUrl;
  let resource: Awaited<ReturnType<typeof fetchUrl>>;
  try {
    resource = await fetcher(url, options);
  } catch (error) {
    yield { input: url, error: asRoundupError(error, url) };
    return;
  }
  yield* loadDocument(
    resource.text,
    kindOf(resource.text, resource.contentType),
    { input: url, url: resource.url },
    options,
  );
}

/** The document kind from the media type, or from the content when the type is missing or generic. */
function kindOf(text: string, contentType: string | null): DocumentKind {
  if (looksLikeFeed(text, contentType)) return "feed";
  switch (contentType) {
    case "text/html":
    case "application/xhtml+xml":
      return "html";
    case "text/plain":
      return "text";
    case "text/markdown":
      return "markdown";
    case "application/x-ndjson":
    case "application/jsonl":
      return "jsonl";
    case "application/json":
    case "application/ld+json":
      return looksLikeJsonLines(text) ? "jsonl" : "json";
  }
  const head = text.trimStart();
  if (head.startsWith("{") || head.startsWith("[")) return looksLikeJsonLines(text) ? "jsonl" : "json";
  if (head.startsWith("<")) return "html";
  return "text";
}

/** JSONL is often served as application/json: several lines, the first of them a whole JSON object. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length < 2) return false;
  try {
    const first: unknown = JSON.parse(lines[0] ?? "");
    return typeof first === "object" && first !== null && !Array.isArray(first);
  } catch {
    return false;
  }
}
