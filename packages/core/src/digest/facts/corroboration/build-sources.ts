import type { DigestSource } from "@roundup/prompts";
import type { Article } from "../../../model/index.js";
import { independentSourceKey, storyRewritesOf } from "../../evidence/independent-source-key.js";

/**
 * One entry per article; a near-duplicate, or a rewrite of an earlier article of the story that
 * ingest did not link, is never an independent source.
 */
export function buildSources(articles: readonly Article[]): DigestSource[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const rewrites = storyRewritesOf(byId);
  return articles.map((article) => ({
    articleId: article.id,
    title: article.title,
    source: article.source,
    url: article.url,
    publishedAt: article.publishedAt,
    independent: independentSourceKey(article, byId) === article.id,
    duplicateOf: article.duplicateOf ?? rewrites.get(article.id) ?? null,
  }));
}
