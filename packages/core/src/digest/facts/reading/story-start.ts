import type { Article } from "../../../model/index.js";
import { publishedDay } from "./local-publication.js";

/** How long before its first report a story's own time begins (a report tells of the days before it). */
const LEAD_DAYS = 7;

/**
 * The first day of a story's own time (YYYY-MM-DD): a week before its first dated article's
 * publication; null when no article is dated. A date before it that a sentence states ("reached the
 * final by beating Oakfield on April 17" in a report of May's final) recalls another, earlier event:
 * what follows that sentence does not go on at its moment.
 */
export function storyStart(articles: readonly Article[]): string | null {
  const first = firstReportDay(articles);
  if (first === null) return null;
  return new Date(Date.parse(`${first}T12:00:00Z`) - LEAD_DAYS * 86_400_000).toISOString().slice(0, 10);
}

/** The publication day (YYYY-MM-DD) of a story's first dated report; null when no article is dated. */
export function firstReportDay(articles: readonly Article[]): string | null {
  const days = articles.flatMap((article) => publishedDay(article) ?? []);
  return days.length === 0 ? null : days.reduce((a, b) => (a < b ? a : b));
}

/**
 * Whether a date (YYYY-MM-DD, YYYY-MM or YYYY) lies wholly before a story's own time: a month or a
 * year counts only when it ends before the story starts ("in May" in a story that begins on May 9 is its own).
 */
export function beforeStory(date: string, start: string | null): boolean {
  if (start === null) return false;
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return last < start;
}
