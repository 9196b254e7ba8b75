import type { DigestSource } from "@roundup/prompts";
import type { Article } from "../../model/index.js";

/** One entry per article; a near-duplicate is never an independent source. */
export function buildSources(articles: readonly Article[]): DigestSource[] {
  return articles.map((article) => ({
    articleId: article.id,
    title: article.title,
    source: article.source,
    url: article.url,
    publishedAt: article.publishedAt,
    independent: article.duplicateOf === null,
    duplicateOf: article.duplicateOf,
  }));
}
