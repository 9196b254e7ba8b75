import type { Article } from "../../../model/index.js";
import { QUOTED_SPANS } from "../../evidence/quoted-spans.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import type { StoryFacts } from "../../facts/extract-facts.js";
import { backgroundYearTime, beforeStory, storyStart } from "../../facts/reading/index.js";
import { presentPerfectReport } from "../../facts/timeline/index.js";

/** When each candidate sentence was true, as a number that sorts in time order. */
export type SentenceTimes = ReadonlyMap<RankedSentence, number>;

/** When each article was written, as a number that sorts in time order, by article id. */
export type ArticleTimes = ReadonlyMap<string, number>;

/**
 * When each article was written: its publication date. An undated article among dated ones takes
 * the time of the dated article the facts place it after (the report whose figure it repeats, else
 * its neighbour in the input), a moment later. When none is dated, its place in the story's order
 * (the facts order articles by the running totals they report). Null when the story has no known
 * order at all (undated articles and no development over time): then nothing can be said to be
 * older or newer.
 */
export function articleTimes(articles: readonly Article[], facts: StoryFacts): ArticleTimes | null {
  const published = new Map(
    articles
      .filter((article) => article.publishedAt && !Number.isNaN(Date.parse(article.publishedAt)))
      .map((article) => [article.id, Date.parse(article.publishedAt!)]),
  );
  if (published.size === articles.length) return published;
  if (published.size > 0) {
    const times = new Map<string, number>();
    const order = facts.articleOrder.filter((id) => articles.some((article) => article.id === id));
    const first = Math.min(...published.values());
    let last: number | null = null;
    let since = 0;
    for (const id of order) {
      const own = published.get(id);
      if (own !== undefined) {
        last = own;
        since = 0;
        times.set(id, own);
        continue;
      }
      since += 1;
      // A millisecond per undated article keeps them after their anchor and in the facts' order.
      times.set(id, (last ?? first - order.length) + since);
    }
    return times;
  }
  if (facts.timeline.filter((entry) => entry.date === null).length < 2) return null;
  return new Map(facts.articleOrder.map((id, index) => [id, index]));
}

const HALF_DAY_MS = 43_200_000;

/** "now" in the reporter's words (never inside a quotation, whose "now" is the speaker's). */
const NOW = /\bnow\b/i;

/** Whether a sentence with no day of its own tells how things stand as its paper went out. */
function asOfItsPaper(text: string): boolean {
  return presentPerfectReport(text) || NOW.test(text.replace(QUOTED_SPANS, ""));
}

/**
 * When each sentence was true. In a dated article: the past date it states (the facts' sentence
 * dates), taken at midday and never after the article's publication; a sentence that states none
 * goes on with the moment of the sentence before it in its article (a quote or a detail after "the
 * fire had destroyed 214 homes by Wednesday evening" tells of Wednesday, not of the day it was
 * printed), and before any stated date, the publication time; past a date before the story's own
 * time (see storyStart: "reached the final by beating Oakfield on April 17", another event recalled)
 * it goes on with the moment before that sentence; a report in the present perfect or told as so
 * "now", with no day of its own ("has risen to eight", "now puts the number at 19"), is its paper's
 * news, at the article's time. In an undated article, or a story
 * ordered only by its figures, its article's time (see articleTimes). Null when the story has no
 * known order.
 */
export function sentenceTimes(
  candidates: readonly RankedSentence[],
  articles: readonly Article[],
  facts: StoryFacts,
): SentenceTimes | null {
  const byArticle = articleTimes(articles, facts);
  if (!byArticle) return null;
  const dated = new Set(articles.filter((article) => article.publishedAt).map((article) => article.id));
  const start = storyStart(articles);
  const bySentence: number[] = [];
  let article: string | null = null;
  let current = 0;
  facts.sentences.forEach((item, index) => {
    const articleTime = byArticle.get(item.article.id) ?? 0;
    if (item.article.id !== article) {
      article = item.article.id;
      current = articleTime;
    }
    // A past date it states ("rose to 12 on Friday"); a plan ("would be lifted on Monday") is not when it was true.
    // A background line told by an old year ("A gas explosion in Harwood in 2019 killed three
    // people") is of that year, though it is no date of the story.
    const when = facts.sentenceDates[index] ?? (dated.has(item.article.id) ? backgroundYearTime(item) : null);
    if (dated.has(item.article.id) && when?.basis === "stated") {
      const stated = Date.parse(when.date) + HALF_DAY_MS;
      if (!Number.isNaN(stated)) {
        if (beforeStory(when.date, start)) {
          bySentence.push(Math.min(stated, articleTime));
          return;
        }
        current = Math.min(stated, articleTime);
      }
    }
    // "The number injured has risen to eight", "It now puts the number at 19": a report in the present
    // perfect, or one told as so "now", with no day of its own is news as of its paper, whatever day the
    // sentence before it told (as the timeline dates it).
    // Only past an older day than the paper's own news: a morning paper's "on Wednesday" is its news,
    // and "The company now expects …" after it tells the same (a day and a half at most).
    if (
      dated.has(item.article.id) &&
      when?.basis === "published" &&
      articleTime - current > 3 * HALF_DAY_MS &&
      asOfItsPaper(item.sentence.text)
    )
      current = articleTime;
    bySentence.push(current);
  });
  return new Map(candidates.map((candidate) => [candidate, bySentence[candidate.index] ?? 0]));
}
