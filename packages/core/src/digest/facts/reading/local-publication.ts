import type { Article } from "../../../model/index.js";
import { storyZone } from "./story-zone.js";

/** When an article was published by the clock of the place its story happens. */
export interface LocalPublication {
  /** The publication day (YYYY-MM-DD) where the story happens; null for an undated article. */
  day: string | null;
  /**
   * The hour of a stamp written in UTC when the writer's clock is not known (neither the stamp's
   * offset nor the story's place tells it): near midnight its day may not be the writer's. Null
   * otherwise.
   */
  utcHour: number | null;
}

const STAMP = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/;
const UTC_OFFSET = /^(?:Z|[+-]00:?00)$/;

/**
 * Each article's publication day as its writer counted it, for the articles of one story: the day a
 * stamp with its own offset writes ("…T06:00:00+10:00"), or a UTC stamp's instant on the clock of the
 * story's place (see storyZone), or, when neither tells, the UTC day as stamped. Every reader that
 * counts days from publication ("yesterday", "on Friday", "this morning", the article's own day on
 * the timeline) asks this, so all count from the same day.
 */
export function localPublications(story: readonly Article[]): (article: Article) => LocalPublication {
  // Readers pass each sentence's article: one story's articles, many times over.
  const articles = [...new Set(story)];
  const key = articles.map((article) => `${article.id}@${article.publishedAt ?? ""}`).join("|");
  let zone = zones.get(key);
  if (zone === undefined) {
    if (zones.size >= MOST_STORIES) zones.clear();
    zone = articles.some(
      (article) => article.publishedAt && UTC_OFFSET.test(STAMP.exec(article.publishedAt)?.[3] ?? ""),
    )
      ? storyZone(articles)
      : null;
    zones.set(key, zone);
  }
  const known = zone;
  return (article) => localPublication(article.publishedAt, known);
}

/** Each story's zone by its articles, read once for the several readers that ask. */
const zones = new Map<string, string | null>();
const MOST_STORIES = 200;

/** A stamp's day and hour on a zone's clock (see localPublications); the stamp's own day when the zone is null. */
function localPublication(publishedAt: string | null, zone: string | null): LocalPublication {
  const match = publishedAt ? STAMP.exec(publishedAt) : null;
  if (!match) return { day: null, utcHour: null };
  const [, day, hour, offset] = match;
  if (hour === undefined || offset === undefined || !UTC_OFFSET.test(offset)) return { day: day!, utcHour: null };
  if (zone === null) return { day: day!, utcHour: Number(hour) };
  const instant = Date.parse(publishedAt!);
  return Number.isNaN(instant) ? { day: day!, utcHour: Number(hour) } : { day: dayOn(zone, instant), utcHour: null };
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The day (YYYY-MM-DD) an instant falls on by a zone's clock, summer time and all. */
function dayOn(zone: string, instant: number): string {
  let format = formats.get(zone);
  if (!format) {
    // en-CA writes a date as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    formats.set(zone, format);
  }
  return format.format(instant);
}
