import type { Article } from "../../model/index.js";
import { independentSourceKey } from "../evidence/independent-source-key.js";

/** An outlet as facts count it: near-duplicates belong to their original's outlet. */
export interface Outlet {
  /** Equal for two articles of one outlet, or for a rewrite and its original. */
  key: string;
  /** The outlet's name as a reader knows it, when the article gives one. */
  name: string | null;
}

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^www\.|\.(?:com|co\.uk|org|net|example)$/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The outlet an article counts as: its near-duplicate chain leads back to an original, and that
 * original's outlet (source name) is the one counted, so a rewrite or a syndicated copy never adds
 * an outlet, nor do two articles of the same outlet. Without a source name, each original is its own outlet.
 */
export function outletOf(article: Article, byId: ReadonlyMap<string, Article>): Outlet {
  const rootId = independentSourceKey(article, byId);
  const root = byId.get(rootId);
  // A copy of an article outside the story: the copies share that original, whatever their outlets.
  if (!root) return { key: `article:${rootId}`, name: article.source?.trim() || null };
  const name = root.source?.trim() || null;
  return name ? { key: `outlet:${normalizeName(name)}`, name } : { key: `article:${rootId}`, name: null };
}
