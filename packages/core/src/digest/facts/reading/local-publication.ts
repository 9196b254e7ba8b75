import { withPublicationOffset } from "../../../ingest/index.js";
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
/** UTC; not "-00:00", a writer's own clock of unknown offset (see toIsoDate), whose day is as written. */
const UTC_OFFSET = /^(?:Z|\+00:?00)$/;

/**
 * Each article's publication day as its writer counted it, for the articles of one story: the day a
 * stamp with its own offset writes ("…T06:00:00+10:00"), or a UTC stamp's instant on the clock of the
 * story's place (see storyZone), or, when neither tells, the UTC day as stamped. Every reader that
 * counts days from publication ("yesterday", "on Friday", "this morning", the article's own day on
 * the timeline) asks this, so all count from the same day.
 */
export function localPublications(story: readonly Article[]): (article: Article) => LocalPublication {
  const zone = storyClock(story);
  return (article) => localPublication(article.publishedAt, zone);
}

/**
 * A story's articles with each UTC stamp written on the clock of the story's place (see storyZone):
 * "2026-03-02T21:00:00.000Z" in a Sydney story is "2026-03-03T08:00:00.000+11:00", the same instant as
 * its writer's clock read it. Its first ten characters are then the day the writer counted "yesterday"
 * from (see publishedDay), for every reader of the digest alike: a Sydney paper's 21:00Z report and a
 * London one's of the next morning are of the same day. An article whose stamp stays as it was is the
 * same object.
 */
export function onStoryClock(story: readonly Article[]): Article[] {
  // generateDigest puts its story on the clock and hands that very list to extractFacts: read the zone once.
  if (onClock.has(story)) return [...story];
  const zone = storyClock(story);
  const clocked =
    zone === null
      ? [...story]
      : story.map((article) => {
          const stamp = article.publishedAt ? stampOn(zone, article.publishedAt) : null;
          // London in winter, Lisbon, Reykjavik: a UTC stamp already reads the writer's clock.
          return stamp === null || stamp.endsWith("Z") ? article : { ...article, publishedAt: stamp };
        });
  onClock.add(clocked);
  return clocked;
}

/** The lists onStoryClock has given out, one story's each, already on its clock. */
const onClock = new WeakSet<readonly Article[]>();

/**
 * The day (YYYY-MM-DD) an article was published as its stamp writes it, null when undated: its
 * writer's day when the stamp keeps its offset (ingest keeps the publisher's, onStoryClock gives a UTC
 * stamp the story's). Every count of days from publication asks this.
 */
export function publishedDay(article: { publishedAt?: string | null }): string | null {
  return article.publishedAt ? (STAMP.exec(article.publishedAt)?.[1] ?? null) : null;
}

/** The zone of a story whose articles include a UTC stamp (see storyZone), else null. */
function storyClock(story: readonly Article[]): string | null {
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
  return zone;
}

/** Each story's zone by its articles, read once for the several readers that ask. */
const zones = new Map<string, string | null>();
const MOST_STORIES = 200;

/** A UTC stamp written on a zone's clock with its offset ("…T08:00:00.000+11:00"); null for any other stamp */
function stampOn(zone: string, publishedAt: string): string | null {
  const offset = STAMP.exec(publishedAt)?.[3];
  const instant = Date.parse(publishedAt);
  if (offset === undefined || !UTC_OFFSET.test(offset) || Number.isNaN(instant)) return null;
  const parts = Object.fromEntries(
    clockOf(zone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
    instant % 1000,
  );
  return withPublicationOffset(instant, Math.round((wall - instant) / 60_000));
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** A zone's wall clock, summer time and all: year to second, on a 24-hour clock. */
function clockOf(zone: string): Intl.DateTimeFormat {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    clocks.set(zone, clock);
  }
  return clock;
}

/** A stamp's day and hour on a zone's clock (see localPublications); the stamp's own day when the zone is null. */
function localPublication(publishedAt: string | null, zone: string | null): LocalPublication {
  const match = publishedAt ? STAMP.exec(publishedAt) : null;
  if (!match) return { day: null, utcHour: null };
  const [, day, hour, offset] = match;
  if (hour === undefined || offset === undefined || !UTC_OFFSET.test(offset)) return { day: day!, utcHour: null };
  const stamp = zone === null ? null : stampOn(zone, publishedAt!);
  return stamp === null ? { day: day!, utcHour: Number(hour) } : { day: stamp.slice(0, 10), utcHour: null };
}
