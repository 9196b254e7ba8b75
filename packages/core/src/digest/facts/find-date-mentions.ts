import type { ArticleSentence } from "../evidence/article-sentences.js";
import { type DatePrecision, readDateExpressions } from "./read-date-expressions.js";

/**
 * The date of a sentence's own news: the date it states for what it reports ("walked out on
 * Monday", "On Oct. 7, 2023, …"), resolved against its article's publication day. Dates it names
 * as background ("the conflict that began in 2023", "since January", "the Oct. 7 attack") are not it.
 */
export interface DateMention {
  item: ArticleSentence;
  /** ISO: YYYY-MM-DD (a day; for a week, its Monday), YYYY-MM or YYYY, as `precision` says. */
  date: string;
  precision: DatePrecision;
  /** The words as written, e.g. "on Tuesday" → "Tuesday", "Oct. 7, 2023". */
  expression: string;
  /** Offsets of the expression in the article's cleaned text. */
  start: number;
  end: number;
  /** True when read against the publication day ("yesterday", a weekday, a month without a year). */
  relative: boolean;
  /** True when the date lies after the publication day, or on it in a future tense (a plan or a forecast). */
  future: boolean;
  /** For a future date: only expected or forecast ("is expected to cut … on Thursday"), not scheduled. */
  forecast: boolean;
}

/** When a sentence was true: its own stated date, else its article's publication day. */
export interface SentenceDate {
  date: string;
  precision: DatePrecision;
  basis: "stated" | "published";
}

/**
 * Lines that are dates and little else ("April 11, 2015", "(Published Friday, June 27, 2014)"),
 * tweet signatures ("— Name (@handle) May 16, 2017") and photo captions date no news.
 */
function statesNews(text: string): boolean {
  if (/\(@\w+\)|pic\.twitter\.com|^\s*[—–-]|^\s*\(?(?:FILE )?PHOTO\b|^\s*\(?Published\b/i.test(text)) return false;
  const words = text
    .replace(
      /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d+(?:st|nd|rd|th)?/gi,
      "",
    )
    .match(/\p{L}{2,}/gu);
  return (words?.length ?? 0) >= 4;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

/** The publication day of an article (YYYY-MM-DD as written in its timestamp), or null. */
function publishedDay(publishedAt: string | null): string | null {
  return publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : null;
}

/**
 * One mention per sentence that states its own date; the most precise such date wins, then the
 * first. Sentences whose dates are all background, or cannot be resolved (a weekday in an undated
 * article), have none.
 */
export function findDateMentions(items: readonly ArticleSentence[]): DateMention[] {
  const found: DateMention[] = [];
  // Rewrites and syndicated copies repeat sentences: each text is read once per publication day.
  const read = new Map<string, ReturnType<typeof readDateExpressions>>();
  for (const item of items) {
    if (!statesNews(item.sentence.text)) continue;
    const published = publishedDay(item.article.publishedAt);
    const key = `${published}|${item.sentence.text}`;
    let expressions = read.get(key);
    if (!expressions) {
      expressions = readDateExpressions(item.sentence.text, published);
      read.set(key, expressions);
    }
    // The date of what is reported before the date it was said ("said yesterday that 1,400 homes
    // had been flooded by Thursday morning" is Thursday's news), then the most precise, then the
    // first; a date still to come only when none has passed ("said yesterday it would lower its
    // rate from Nov. 1" is yesterday's news: the plan is news the day it was announced).
    const ahead = (expression: (typeof expressions)[number]) =>
      published !== null && expression.date !== null && expression.date > published.slice(0, expression.date.length);
    const own = expressions
      .filter((expression) => !expression.background && expression.date !== null)
      .sort(
        (a, b) =>
          Number(ahead(a)) - Number(ahead(b)) ||
          Number(a.reporting) - Number(b.reporting) ||
          PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
          a.start - b.start,
      )[0];
    if (!own || own.date === null) continue;
    found.push({
      item,
      date: own.date,
      precision: own.precision,
      expression: own.text,
      start: item.sentence.start + own.start,
      end: item.sentence.start + own.end,
      relative: own.relative,
      future:
        published !== null &&
        (own.date > published.slice(0, own.date.length) ||
          (own.prospective && own.date === published.slice(0, own.date.length))),
      forecast: own.forecast,
    });
  }
  return found;
}

/**
 * When each sentence was true, aligned with `items`: the date it states for its news, or, when it
 * states none (or a future one: a plan is news on the day it is reported), its article's
 * publication day; null for an undated article that states no date.
 */
export function sentenceDates(
  items: readonly ArticleSentence[],
  mentions: readonly DateMention[],
): Array<SentenceDate | null> {
  const stated = new Map(mentions.map((mention) => [mention.item, mention]));
  return items.map((item) => {
    const mention = stated.get(item);
    if (mention && !mention.future) return { date: mention.date, precision: mention.precision, basis: "stated" };
    const published = publishedDay(item.article.publishedAt);
    return published ? { date: published, precision: "day", basis: "published" } : null;
  });
}
