import type { Disagreement, TimelineEntry } from "@roundup/prompts";
import type { Article } from "../../model/index.js";
import { type ArticleSentence, articleSentences } from "../evidence/article-sentences.js";
import { buildTimeline } from "./build-timeline.js";
import { type DateMention, findDateMentions, type SentenceDate, sentenceDates } from "./find-date-mentions.js";
import { findDisagreements } from "./find-disagreements.js";
import { findNumberMentions, type NumberMention } from "./find-number-mentions.js";
import { findQuotes, type QuoteMention } from "./find-quotes.js";

/** What code establishes about a story before any prose is written. */
export interface StoryFacts {
  sentences: ArticleSentence[];
  numbers: NumberMention[];
  quotes: QuoteMention[];
  /** Sentences that state the date of their own news (background dates left out). */
  dates: DateMention[];
  /**
   * When each sentence was true, aligned with `sentences` (`RankedSentence.index` points into both):
   * its own stated date, else its article's publication day, else null.
   */
  sentenceDates: Array<SentenceDate | null>;
  disagreements: Disagreement[];
  timeline: TimelineEntry[];
  /**
   * Article ids from oldest to newest: by publication date when known, else by the running totals
   * they report (a cumulative toll only grows), else in the order given.
   */
  articleOrder: string[];
}

export function extractFacts(articles: readonly Article[]): StoryFacts {
  const sentences = articleSentences(articles);
  const numbers = findNumberMentions(sentences);
  const dates = findDateMentions(sentences);
  const whenTrue = sentenceDates(sentences, dates);
  const byItem = new Map(sentences.map((item, index) => [item, whenTrue[index] ?? null]));
  const articleOrder = orderArticles(articles, numbers);
  return {
    sentences,
    numbers,
    quotes: findQuotes(articles),
    dates,
    sentenceDates: whenTrue,
    disagreements: findDisagreements(numbers, articles, byItem),
    timeline: buildTimeline({ articles, numbers, dates, sentenceDates: byItem, articleOrder }),
    articleOrder,
  };
}

function orderArticles(articles: readonly Article[], numbers: readonly NumberMention[]): string[] {
  if (articles.every((article) => article.publishedAt)) {
    return [...articles]
      .sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? ""))
      .map((article) => article.id);
  }
  // The running quantity reported by most articles orders them; articles that do not report it
  // keep their place next to the one before them in the input.
  const byKey = new Map<string, Map<string, number>>();
  for (const mention of numbers) {
    if (mention.kind !== "running" || !mention.unit || !mention.event) continue;
    const key = `${mention.unit}|${mention.event}`;
    const perArticle = byKey.get(key) ?? new Map<string, number>();
    perArticle.set(mention.item.article.id, Math.max(perArticle.get(mention.item.article.id) ?? 0, mention.value));
    byKey.set(key, perArticle);
  }
  const best = [...byKey.values()].sort((a, b) => b.size - a.size)[0];
  if (!best || best.size < 2) return articles.map((article) => article.id);
  const rank = new Map<string, number>();
  let last = 0;
  articles.forEach((article, index) => {
    const value = best.get(article.id);
    last = value ?? last;
    rank.set(article.id, value !== undefined ? value : last + index * 1e-6);
  });
  return [...articles].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0)).map((article) => article.id);
}
