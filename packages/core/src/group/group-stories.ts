import type { Story } from "../model/index.js";
import { FeatureCache } from "./feature-cache.js";
import { groupPreparedArticles, type PreparedArticle, type RegroupContext } from "./group-prepared-articles.js";
import type { GroupableArticle } from "./groupable-article.js";
import { type GroupingOptionsInput, resolveGroupingOptions } from "./grouping-options.js";

export interface GroupStoriesOptions extends GroupingOptionsInput, RegroupContext {
  /** Reuse features across calls (e.g. one cache for the life of a process). */
  featureCache?: FeatureCache;
}

/**
 * Groups articles into stories from scratch, respecting editors' constraints and keeping previous
 * story ids where the members mostly stayed together. Deterministic for the same input.
 */
export function groupStories(articles: readonly GroupableArticle[], options: GroupStoriesOptions = {}): Story[] {
  const { featureCache, constraints, previous, ...tuning } = options;
  const resolved = resolveGroupingOptions(tuning);
  const cache = featureCache ?? new FeatureCache();
  const seen = new Set<string>();
  const items: PreparedArticle[] = [];
  for (const article of articles) {
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    items.push(prepareForGrouping(article, cache, resolved.titleWeight));
  }
  return groupPreparedArticles(items, resolved, { constraints, previous });
}

export function prepareForGrouping(
  article: GroupableArticle,
  cache: FeatureCache,
  titleWeight: number,
): PreparedArticle {
  return {
    id: article.id,
    title: article.title,
    // Only an untitled article's label comes from its text; a slice would keep the whole text alive.
    lead: article.title.trim() ? "" : article.text.slice(0, 200),
    publishedAt: article.publishedAt,
    duplicateOf: article.duplicateOf ?? null,
    features: cache.get(article, titleWeight),
  };
}
