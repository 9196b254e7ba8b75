import type { Article } from "../../model/index.js";
import type { RankedSentence } from "../evidence/rank-evidence.js";
import type { StoryFacts } from "../facts/extract-facts.js";

/** When each candidate sentence was true, as a number that sorts in time order. */
export type SentenceTimes = ReadonlyMap<RankedSentence, number>;

/** When each article was written, as a number that sorts in time order, by article id. */
export type ArticleTimes = ReadonlyMap<string, number>;

/**
 * When each article was written: its publication date; when some are undated, its place in the
 * story's order (the facts order articles by the running totals they report). Null when the story
 * has no known order at all (undated articles and no development over time): then nothing can be
 * said to be older or newer.
 */
export function articleTimes(articles: readonly Article[], facts: StoryFacts): ArticleTimes | null {
  const dated = articles.every((article) => article.publishedAt && !Number.isNaN(Date.parse(article.publishedAt)));
  if (dated) return new Map(articles.map((article) => [article.id, Date.parse(article.publishedAt!)]));
  if (facts.timeline.filter((entry) => entry.date === null).length < 2) return null;
  return new Map(facts.articleOrder.map((id, index) => [id, index]));
}

/**
 * When each sentence was true: the date it states (the facts' date mentions) when the articles are
 * dated, else its article's time (see articleTimes). Null when the story has no known order.
 */
export function sentenceTimes(
  candidates: readonly RankedSentence[],
  articles: readonly Article[],
  facts: StoryFacts,
): SentenceTimes | null {
  const byArticle = articleTimes(articles, facts);
  if (!byArticle) return null;
  const dated = articles.every((article) => article.publishedAt);
  const stated = new Map(facts.dates.map((mention) => [mention.item, Date.parse(mention.date)]));
  const times = new Map<RankedSentence, number>();
  for (const candidate of candidates) {
    const own = dated ? stated.get(facts.sentences[candidate.index]!) : undefined;
    times.set(
      candidate,
      own !== undefined && !Number.isNaN(own) ? own : (byArticle.get(candidate.item.article.id) ?? 0),
    );
  }
  return times;
}
