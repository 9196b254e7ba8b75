// Synthetic news for grouping benchmarks and tests: deterministic, and labelled with the event each
// article reports, so B-cubed can be computed. Never imported by production code.
import type { GroupableArticle } from "../groupable-article.js";

const COMMON =
  `the government officials report statement week public new local national people could would state city country
group leaders members office support plan issue time first last since before after early late made make take took
gave give called call still while during under over high low major minor part percent number million several three
four five hundred area region side move moves move moved moving end start started starting return returned official
according later earlier today yesterday morning evening night board company market price prices cost costs fund
funds law laws court case cases police home house family life work worker workers school schools team teams game
games season player players win won lost loss result results vote votes election party parties policy policies
health care service services system systems data report reports reported news media press story stories event events
water power energy oil gas food crisis crises deal deals talks meeting meetings agreement agreements change changes`.split(
    /\s+/,
  );

const SYLLABLES = "ka lo mi ra ne to vu sa de li po an er in on ul te ba go fi ru".split(" ");
const DAY_MS = 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(next: () => number, syllables: number): string {
  let result = "";
  for (let i = 0; i < syllables; i++) result += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return result;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

interface SyntheticEvent {
  entities: string[];
  topicWords: string[];
  numbers: string[];
  date: Date;
}

/** A vocabulary of topics (shared by many events, as real topics are) and of names. */
interface Vocabulary {
  topics: string[][];
  names: string[];
}

function vocabulary(next: () => number, articles: number): Vocabulary {
  return {
    topics: Array.from({ length: Math.max(20, Math.floor(articles / 200)) }, () =>
      Array.from({ length: 40 }, () => word(next, 3)),
    ),
    names: Array.from({ length: Math.max(500, articles / 4) }, () =>
      capitalise(word(next, 2 + Math.floor(next() * 2))),
    ),
  };
}

/** `date` is called last, so the random sequence (and the published figures) stay those of the first generator. */
function newEvent(next: () => number, words: Vocabulary, date: () => Date): { event: SyntheticEvent; topic: string[] } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const topic = pick(words.topics);
  return {
    topic,
    event: {
      entities: Array.from({ length: 4 }, () => `${pick(words.names)} ${pick(words.names)}`),
      topicWords: Array.from({ length: 10 }, () => pick(topic)),
      numbers: Array.from({ length: 3 }, () => String(Math.floor(next() * 5000) + 2)),
      date: date(),
    },
  };
}

/** Articles about many events: events share topic vocabularies (as real topics do) but differ in names, figures and dates. */
export function syntheticArticles(count: number, seed = 1): GroupableArticle[] {
  const next = random(seed);
  const words = vocabulary(next, count);
  const articles: GroupableArticle[] = [];
  let eventNumber = 0;
  while (articles.length < count) {
    const { topic, event } = newEvent(
      next,
      words,
      () => new Date(Date.UTC(2015 + Math.floor(next() * 10), Math.floor(next() * 12), 1 + Math.floor(next() * 28))),
    );
    const size = Math.min(count - articles.length, 1 + Math.floor(-Math.log(1 - next()) * 7));
    for (let member = 0; member < size; member++)
      articles.push(
        syntheticArticle(
          next,
          event,
          topic,
          `e${eventNumber}-${member}`,
          () => new Date(event.date.getTime() + Math.floor(next() * 3 * DAY_MS)),
        ),
      );
    eventNumber++;
  }
  return articles;
}

function syntheticArticle(
  next: () => number,
  event: SyntheticEvent,
  topic: string[],
  id: string,
  published: () => Date,
): GroupableArticle {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sentences: string[] = [];
  const sentenceCount = 8 + Math.floor(next() * 10);
  for (let s = 0; s < sentenceCount; s++) {
    const words: string[] = [];
    const length = 12 + Math.floor(next() * 12);
    for (let w = 0; w < length; w++) {
      const roll = next();
      if (roll < 0.6) words.push(pick(COMMON));
      else if (roll < 0.8) words.push(pick(event.topicWords));
      else if (roll < 0.88) words.push(pick(topic));
      else if (roll < 0.95) words.push(pick(event.entities));
      else if (roll < 0.98) words.push(pick(event.numbers));
      else words.push(`${MONTHS[event.date.getUTCMonth()]} ${event.date.getUTCDate()}, ${event.date.getUTCFullYear()}`);
    }
    sentences.push(`${capitalise(words.join(" "))}.`);
  }
  const publishedAt = published().toISOString();
  return {
    id,
    title: capitalise(
      [pick(event.entities), pick(event.topicWords), pick(COMMON), pick(event.topicWords), pick(event.topicWords)].join(
        " ",
      ),
    ),
    text: sentences.join(" "),
    publishedAt,
  };
}

export interface SyntheticNewsOptions {
  /** At least this many articles in all (the last days may bring a few more). */
  articles: number;
  /** Over this many days. */
  days: number;
  seed?: number;
  /** The first day, ISO 8601. */
  start?: string;
}

/** An article of the stream, with the event it reports and how many articles that event has in all. */
export interface SyntheticNewsArticle extends GroupableArticle {
  event: string;
  eventSize: number;
}

export interface SyntheticNewsDay {
  /** 0 for the first day. */
  day: number;
  /** Midnight UTC of the day, epoch milliseconds: the day's articles arrive then or later that day. */
  at: number;
  articles: SyntheticNewsArticle[];
}

interface Ticket {
  event: SyntheticEvent & { id: string; size: number; topic: string[] };
  member: number;
}

/**
 * A stream of news, one batch a day, as feeds bring it: each day new events start, and each event's
 * articles arrive over the next days (most within two or three, one in seven runs for weeks). Articles
 * are written when their day comes, so a year of a million articles never sits in memory at once.
 */
export function* syntheticNews(options: SyntheticNewsOptions): Generator<SyntheticNewsDay> {
  const next = random(options.seed ?? 1);
  // The world of a year at this rate: a few weeks of it are then like any few weeks of the year.
  const words = vocabulary(next, Math.round((options.articles / options.days) * 365));
  const start = Date.parse(options.start ?? "2025-01-01T00:00:00Z");
  const scheduled: Ticket[][] = Array.from({ length: options.days }, () => []);
  let created = 0;
  let eventNumber = 0;
  for (let day = 0; day < options.days; day++) {
    const due = Math.ceil((options.articles * (day + 1)) / options.days);
    while (created < due) {
      const { topic, event } = newEvent(next, words, () => new Date(start + day * DAY_MS));
      const longRunning = next() < 1 / 7;
      const size = Math.max(1, Math.round((1 + Math.floor(-Math.log(1 - next()) * 7)) * (longRunning ? 3 : 1)));
      const spanDays = longRunning ? 7 + Math.floor(next() * 35) : 0;
      const arrivals = Array.from({ length: size }, () =>
        longRunning ? Math.floor(next() * spanDays) : Math.floor(-Math.log(1 - next()) * 0.8),
      ).filter((offset) => day + offset < options.days);
      // Articles that would arrive after the stream ends are not part of the event.
      const withId = { ...event, id: `e${eventNumber++}`, size: arrivals.length, topic };
      for (const [member, offset] of arrivals.entries())
        (scheduled[day + offset] as Ticket[]).push({ event: withId, member });
      created += arrivals.length;
    }
    const at = start + day * DAY_MS;
    const tickets = scheduled[day] as Ticket[];
    scheduled[day] = [];
    yield {
      day,
      at,
      articles: tickets.map(({ event, member }) => ({
        ...syntheticArticle(
          next,
          event,
          event.topic,
          `${event.id}-${member}`,
          () => new Date(at + Math.floor(next() * DAY_MS)),
        ),
        event: event.id,
        eventSize: event.size,
      })),
    };
  }
}
