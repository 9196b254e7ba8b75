import type { ArticleFeatures } from "./extract-features.js";

const DAY_MS = 86_400_000;

/** What an article tells about when it was written: its date, or failing that the latest year it mentions. */
export interface TimeClue {
  /** Epoch milliseconds of `publishedAt`, or NaN when undated. */
  time: number;
  /** The latest year the text mentions (`d:y:` features): news mostly cites its own year last. */
  year: number | null;
}

/** Parses an ISO date to epoch milliseconds, or NaN when absent or unreadable (treated as undated). */
export function timestampOf(publishedAt: string | null | undefined): number {
  return publishedAt ? Date.parse(publishedAt) : Number.NaN;
}

export function timeClueOf(publishedAt: string | null, features: ArticleFeatures): TimeClue {
  let year: number | null = null;
  for (const key of features.keys) {
    if (!key.startsWith("d:y:")) continue;
    const value = Number(key.slice(4));
    if (year === null || value > year) year = value;
  }
  return { time: timestampOf(publishedAt), year };
}

export interface TimeFactorOptions {
  timeScaleDays: number;
  yearMismatch: number;
}

/**
 * How much time distance discounts similarity. Dated pairs: 1 for the same moment, falling towards 0.5
 * for articles far apart, so a long-running story can still hold together. Undated pairs whose latest
 * mentioned years differ (2008 vs 2013: the same kind of event, another time) get `yearMismatch`.
 * Otherwise neutral (1).
 */
export function timeFactor(a: TimeClue, b: TimeClue, options: TimeFactorOptions): number {
  if (!Number.isNaN(a.time) && !Number.isNaN(b.time)) {
    const days = Math.abs(a.time - b.time) / DAY_MS;
    return 0.5 + 0.5 * Math.exp(-days / options.timeScaleDays);
  }
  if (a.year !== null && b.year !== null && a.year !== b.year) return options.yearMismatch;
  return 1;
}
