import type { Article } from "../../../model/index.js";

/**
 * A title an outlet labels as a view, not a report: "Comment: …", "Opinion | …", "Our view: …",
 * "Editorial: …", "Letters: …".
 */
const OPINION_TITLE =
  /^\s*(?:comment|opinion|our view|editorial|leader|column|letters?|view from the \p{L}+)\s*(?::|\||[–—-]\s)/iu;
/** A URL section an outlet files views under: /opinion/, /comment/, /commentisfree/, /editorials/, /columnists/, /letters/. */
const OPINION_SECTION =
  /^https?:\/\/[^/]+(?:\/[^/]+)*?\/(?:opinions?|comment|commentisfree|editorials?|columnists?|letters)\//i;

/**
 * Whether an article is an opinion piece by its outlet's own label (its title's or its URL's
 * section). A column argues what should happen; it reports no development, so it never heads a
 * digest nor tells its news.
 */
export function isOpinionPiece(article: Pick<Article, "title" | "url">): boolean {
  return OPINION_TITLE.test(article.title ?? "") || OPINION_SECTION.test(article.url ?? "");
}
