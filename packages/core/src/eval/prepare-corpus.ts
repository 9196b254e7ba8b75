import { isRoundupError } from "../errors/index.js";
import { prepareArticle } from "../ingest/index.js";
import type { Article } from "../model/index.js";
import type { CorpusRecord } from "./read-corpus.js";

/** A corpus record, or a gold story, the evaluation could not use, and why. */
export interface SkippedItem {
  id: string;
  reason: string;
}

export interface PreparedCorpus {
  articles: Article[];
  /** Records that are not articles (nothing left once boilerplate is removed, and so on). */
  skipped: SkippedItem[];
}

/**
 * Prepares every record of an evaluation corpus as ingest prepares an article. Real evaluation
 * sets hold pages that are nothing but boilerplate: such a record is skipped with its reason and
 * the rest goes on. Errors that are not about the record itself still stop the run.
 */
export function prepareCorpus(records: readonly CorpusRecord[], name = "corpus"): PreparedCorpus {
  const articles: Article[] = [];
  const skipped: SkippedItem[] = [];
  for (const record of records) {
    try {
      articles.push(
        prepareArticle({
          input: `${name}#${record.id}`,
          externalId: record.id,
          title: record.title,
          originalText: record.text,
          source: record.source,
          url: record.url,
          publishedAt: record.publishedAt,
          goldStory: record.story,
        }),
      );
    } catch (error) {
      if (!isRoundupError(error)) throw error;
      skipped.push({ id: record.id, reason: error.message });
    }
  }
  return { articles, skipped };
}
