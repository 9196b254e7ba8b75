import { parseHtml, prepareArticle } from "../../src/ingest/index.js";

/**
 * The text Roundup stores for a page (parseHtml, then prepareArticle's cleaning), or "" when it keeps
 * nothing: a page Roundup refuses scores as an empty extraction, not as a crash of the bench.
 */
export function extractArticleText(html: string, input: string, url: string | null): string {
  try {
    return prepareArticle(parseHtml(html, { input, url })).text;
  } catch {
    return "";
  }
}
