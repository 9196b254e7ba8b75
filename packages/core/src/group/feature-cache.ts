import { type ArticleFeatures, extractFeatures } from "./extract-features.js";
import type { GroupableArticle } from "./groupable-article.js";

/**
 * Remembers each article's features so a regroup does not read the text again. Keyed by article id,
 * which is derived from the content, plus the title weight, the one option extraction depends on.
 */
export class FeatureCache {
  private readonly entries = new Map<string, ArticleFeatures>();

  get(article: Pick<GroupableArticle, "id" | "title" | "text">, titleWeight: number): ArticleFeatures {
    const key = `${titleWeight}\u0000${article.id}`;
    let features = this.entries.get(key);
    if (!features) {
      features = extractFeatures(article, { titleWeight });
      this.entries.set(key, features);
    }
    return features;
  }

  get size(): number {
    return this.entries.size;
  }
}
