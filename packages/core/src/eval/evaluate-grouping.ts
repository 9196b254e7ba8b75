import { type GroupStoriesOptions, groupStories } from "../group/index.js";
import { type BcubedScore, bcubed } from "./bcubed.js";
import type { CorpusRecord } from "./read-corpus.js";

export interface GroupingEvaluation {
  articles: number;
  stories: number;
  /** Null when the corpus has no gold `story` labels. */
  bcubed: BcubedScore | null;
  seconds: number;
  predictions: { stories: Array<{ id: string; articleIds: string[] }> };
}

/**
 * Groups a corpus and scores it against its gold labels. The gold `story` field is never shown to
 * grouping; only records that have one are scored. Article ids in the output are the corpus ids.
 */
export function evaluateGrouping(
  records: readonly CorpusRecord[],
  options: GroupStoriesOptions = {},
): GroupingEvaluation {
  const started = performance.now();
  const articles = records.map(({ id, title, text, publishedAt }) => ({ id, title, text, publishedAt }));
  const stories = groupStories(articles, options);
  const seconds = (performance.now() - started) / 1000;

  const gold = new Map(records.filter((record) => record.story).map((record) => [record.id, record.story as string]));
  const predicted = new Map(
    stories.flatMap((story) => story.articleIds.map((articleId) => [articleId, story.id] as const)),
  );
  return {
    articles: records.length,
    stories: stories.length,
    bcubed: gold.size > 0 ? bcubed(predicted, gold) : null,
    seconds,
    predictions: { stories: stories.map((story) => ({ id: story.id, articleIds: story.articleIds })) },
  };
}
