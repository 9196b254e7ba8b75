import type { Article } from "../model/index.js";
import { byPublication } from "./by-publication.js";
import { NearDuplicateIndex, type NearDuplicateIndexOptions } from "./near-duplicate-index.js";

/**
 * Sets `duplicateOf` on every article that copies or rewrites another in the batch, pointing at the
 * original (earliest published, then fullest). Exact duplicates (same content hash, hence the same id)
 * are dropped after the first, since they are the same article. Input order is otherwise kept; the
 * input articles are not mutated.
 */
export function linkNearDuplicates(articles: readonly Article[], options: NearDuplicateIndexOptions = {}): Article[] {
  const unique: Article[] = [];
  const seenHashes = new Set<string>();
  for (const article of articles) {
    if (seenHashes.has(article.contentHash)) continue;
    seenHashes.add(article.contentHash);
    unique.push(article);
  }

  // Originals must be indexed before their copies: earliest first, undated last, then longest.
  const byOriginality = [...unique].sort((a, b) => {
    const order = byPublication(a.publishedAt, b.publishedAt);
    return order !== 0 ? order : b.text.length - a.text.length;
  });
  const index = new NearDuplicateIndex(options);
  const duplicateOf = new Map<string, string>();
  for (const article of byOriginality) {
    const original = index.findOriginal(article);
    // Only originals are indexed, so every link points at a root, never at another copy.
    if (original) duplicateOf.set(article.id, original);
    else index.add(article);
  }
  return unique.map((article) => ({
    ...article,
    duplicateOf: duplicateOf.get(article.id) ?? article.duplicateOf ?? null,
  }));
}
