import type { Disagreement, TimelineEntry } from "@roundup/prompts";
import { byPublication } from "../../ingest/index.js";
import type { Article } from "../../model/index.js";
import { type ArticleSentence, articleSentences } from "../evidence/article-sentences.js";
import { creditOriginals } from "./corroboration/index.js";
import {
  findAgeDisagreements,
  findClockTimeDisagreements,
  findDisagreements,
  findTallyDisagreements,
} from "./disagreements/index.js";
import { findNumberMentions, type NumberMention } from "./figures/index.js";
import { findQuotes, type QuoteMention } from "./quotes/index.js";
import {
  backgroundYearTime,
  type DateMention,
  findDateMentions,
  firstReportDay,
  onStoryClock,
  type SentenceDate,
  sentenceDates,
} from "./reading/index.js";
import { buildTimeline } from "./timeline/index.js";

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

export function extractFacts(story: readonly Article[]): StoryFacts {
  // Every day counted from a publication is its writer's (see onStoryClock).
  const articles = onStoryClock(story);
  const sentences = articleSentences(articles);
  const numbers = findNumberMentions(sentences);
  const dates = findDateMentions(sentences);
  const whenTrue = sentenceDates(sentences, dates);
  const byItem = new Map(sentences.map((item, index) => [item, whenTrue[index] ?? null]));
  // A background line's figures are of its year, never set against this story's counts; it is no
  // date of the story, so the timeline does not see it.
  const firstDay = firstReportDay(articles);
  const figureTimes = new Map(
    sentences.map((item, index) => [item, whenTrue[index] ?? backgroundYearTime(item, firstDay)] as const),
  );
  // An undated article's background years are no dates of the story, but they still tell when its
  // text stands (an explainer telling 2012 and 2017 is no news of this week).
  const told = [
    ...dates.filter((mention) => !mention.future),
    ...sentences.flatMap((item, index) =>
      item.article.publishedAt || whenTrue[index] ? [] : [{ item, date: figureTimes.get(item)?.date ?? "" }],
    ),
  ].filter((mention) => mention.date !== "");
  const articleOrder = orderArticles(articles, numbers, told);
  return {
    sentences,
    numbers,
    quotes: findQuotes(articles),
    dates,
    sentenceDates: whenTrue,
    disagreements: creditOriginals(
      [
        ...findDisagreements(numbers, articles, figureTimes),
        ...findTallyDisagreements(sentences, articles, figureTimes),
        ...findClockTimeDisagreements(sentences, articles, figureTimes),
        ...findAgeDisagreements(sentences, articles),
      ],
      sentences,
      articles,
    ),
    timeline: buildTimeline({ articles, numbers, dates, sentenceDates: byItem, articleOrder }),
    articleOrder,
  };
}

/** A day, month or year a sentence tells its text of (a date of its news, or a background line's year). */
interface ToldDate {
  item: ArticleSentence;
  date: string;
}

function orderArticles(
  articles: readonly Article[],
  numbers: readonly NumberMention[],
  dates: readonly ToldDate[],
): string[] {
  if (articles.every((article) => article.publishedAt)) {
    return [...articles].sort((a, b) => byPublication(a.publishedAt, b.publishedAt)).map((article) => article.id);
  }
  if (articles.some((article) => article.publishedAt)) return withUndatedPlaced(articles, numbers, dates);
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

/**
 * Dated articles in date order, each undated one right after the latest dated article that gives
 * one of its figures (the same count of the same thing: it was written once that figure was known),
 * else, when its text dates what it tells, after the last article published by then (an explainer
 * telling 2012 and 2017 is no news of this week), else where it stood among its neighbours in the input.
 */
function withUndatedPlaced(
  articles: readonly Article[],
  numbers: readonly NumberMention[],
  dates: readonly ToldDate[],
): string[] {
  const figureKey = (mention: NumberMention) =>
    mention.unit && mention.event ? `${mention.unit}|${mention.event}|${mention.value}` : null;
  const figuresOf = new Map<string, Set<string>>();
  for (const mention of numbers) {
    const key = figureKey(mention);
    if (!key) continue;
    const set = figuresOf.get(mention.item.article.id) ?? new Set<string>();
    set.add(key);
    figuresOf.set(mention.item.article.id, set);
  }
  const dated = articles
    .filter((article) => article.publishedAt)
    .sort((a, b) => byPublication(a.publishedAt, b.publishedAt));
  const order = dated.map((article) => article.id);
  articles.forEach((article, index) => {
    if (article.publishedAt) return;
    const own = figuresOf.get(article.id) ?? new Set<string>();
    const source = dated.findLast((candidate) =>
      [...(figuresOf.get(candidate.id) ?? [])].some((figure) => own.has(figure)),
    );
    // Without a shared figure: by the latest date its text states, else after the dated article
    // that came before it in the input.
    const stated = dates
      .filter((mention) => mention.item.article.id === article.id)
      .map((mention) => mention.date)
      .sort()
      .pop();
    if (!source && stated) {
      const byThen = dated.findLast((candidate) => (candidate.publishedAt ?? "").slice(0, stated.length) <= stated);
      order.splice(byThen ? order.indexOf(byThen.id) + 1 : 0, 0, article.id);
      return;
    }
    const anchor = source ?? articles.slice(0, index).findLast((candidate) => candidate.publishedAt);
    order.splice(anchor ? order.indexOf(anchor.id) + 1 : 0, 0, article.id);
  });
  return order;
}
