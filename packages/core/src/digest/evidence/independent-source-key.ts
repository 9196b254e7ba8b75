import type { Article } from "../../model/index.js";
import { findStoryRewrites } from "./find-story-rewrites.js";

/** Rewrites found in each story's article map, so the callers of one digest share one search. */
const rewritesOfStory = new WeakMap<ReadonlyMap<string, Article>, ReadonlyMap<string, string>>();

/** Rewrite id → original id among the story's articles (`byId` holds the story). */
export function storyRewritesOf(byId: ReadonlyMap<string, Article>): ReadonlyMap<string, string> {
  let rewrites = rewritesOfStory.get(byId);
  if (!rewrites) {
    rewrites = findStoryRewrites([...byId.values()]);
    rewritesOfStory.set(byId, rewrites);
  }
  return rewrites;
}

/**
 * The article a chain of copies leads back to: articles with the same root are one source. A copy is
 * a near-duplicate ingest linked (`duplicateOf`) or a rewrite of an earlier article of the story
 * that ingest missed (findStoryRewrites).
 */
export function independentSourceKey(article: Article, byId: ReadonlyMap<string, Article>): string {
  const rewrites = storyRewritesOf(byId);
  let current = article;
  const seen = new Set<string>();
  for (;;) {
    const next = current.duplicateOf ?? rewrites.get(current.id);
    if (!next || seen.has(current.id)) return current.id;
    seen.add(current.id);
    const original = byId.get(next);
    if (!original) return next;
    current = original;
  }
}
