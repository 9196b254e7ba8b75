import type { Article } from "../../model/index.js";
import { findStoryRewrites } from "./find-story-rewrites.js";

/**
 * The last rewrite search of each story, by its first article: every step of one digest (ranking,
 * corroboration, disagreements, timeline, sources) builds its own map of the same articles, and the
 * search reads every sentence, so it runs once per digest rather than once per step.
 */
const lastSearch = new WeakMap<Article, { articles: Article[]; rewrites: ReadonlyMap<string, string> }>();
/** The answer for each map already asked about: a step asks once per sentence. */
const ofMap = new WeakMap<ReadonlyMap<string, Article>, ReadonlyMap<string, string>>();

/** Rewrite id → original id among the story's articles (`byId` holds the story). */
export function storyRewritesOf(byId: ReadonlyMap<string, Article>): ReadonlyMap<string, string> {
  const known = ofMap.get(byId);
  if (known) return known;
  const rewrites = rewritesAmong([...byId.values()]);
  ofMap.set(byId, rewrites);
  return rewrites;
}

function rewritesAmong(articles: Article[]): ReadonlyMap<string, string> {
  const first = articles[0];
  if (!first) return new Map();
  const last = lastSearch.get(first);
  if (
    last &&
    last.articles.length === articles.length &&
    last.articles.every((item, index) => item === articles[index])
  )
    return last.rewrites;
  const rewrites = findStoryRewrites(articles);
  lastSearch.set(first, { articles, rewrites });
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
