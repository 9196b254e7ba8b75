/**
 * Grouping speed on synthetic news: `npx tsx --conditions=@roundup/source bench/group-benchmark.ts [sizes]`, e.g. `1000,10000,100000`.
 * Each size runs in its own process so peak memory is that size's own. For the largest size it also
 * restores a StoryIndex from the batch result and times single adds (median of 100).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { bcubed } from "../src/eval/bcubed.js";
import { type GroupableArticle, groupStories, StoryIndex } from "../src/group/index.js";

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

/** Articles about many events: events share topic vocabularies (as real topics do) but differ in names, figures and dates. */
export function syntheticArticles(count: number, seed = 1): GroupableArticle[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const topics = Array.from({ length: Math.max(20, Math.floor(count / 200)) }, () =>
    Array.from({ length: 40 }, () => word(next, 3)),
  );
  const names = Array.from({ length: Math.max(500, count / 4) }, () =>
    capitalise(word(next, 2 + Math.floor(next() * 2))),
  );
  const articles: GroupableArticle[] = [];
  let eventNumber = 0;
  while (articles.length < count) {
    const topic = pick(topics);
    const event: SyntheticEvent = {
      entities: Array.from({ length: 4 }, () => `${pick(names)} ${pick(names)}`),
      topicWords: Array.from({ length: 10 }, () => pick(topic)),
      numbers: Array.from({ length: 3 }, () => String(Math.floor(next() * 5000) + 2)),
      date: new Date(Date.UTC(2015 + Math.floor(next() * 10), Math.floor(next() * 12), 1 + Math.floor(next() * 28))),
    };
    const size = Math.min(count - articles.length, 1 + Math.floor(-Math.log(1 - next()) * 7));
    for (let member = 0; member < size; member++)
      articles.push(syntheticArticle(next, event, topic, `e${eventNumber}-${member}`));
    eventNumber++;
  }
  return articles;
}

function syntheticArticle(next: () => number, event: SyntheticEvent, topic: string[], id: string): GroupableArticle {
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
  const published = new Date(event.date.getTime() + Math.floor(next() * 3 * 86_400_000));
  return {
    id,
    title: capitalise(
      [pick(event.entities), pick(event.topicWords), pick(COMMON), pick(event.topicWords), pick(event.topicWords)].join(
        " ",
      ),
    ),
    text: sentences.join(" "),
    publishedAt: published.toISOString(),
  };
}

function measure(size: number): void {
  const articles = syntheticArticles(size);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const stories = groupStories(articles);
  const seconds = (performance.now() - started) / 1000;
  // CPU time as well as wall time: on a shared machine the wall clock includes other people's work.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const eventOf = new Map(articles.map((article) => [article.id, article.id.split("-")[0] as string]));
  const events = new Set(eventOf.values()).size;
  const predicted = new Map(
    stories.flatMap((story) => story.articleIds.map((articleId) => [articleId, story.id] as const)),
  );
  const quality = bcubed(predicted, eventOf);
  const line = [
    `${size} articles`,
    `${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`,
    `peak RSS ${peakMb.toFixed(0)} MB`,
    `${stories.length} stories (${events} events, B-cubed F1 ${quality.f1.toFixed(3)})`,
  ];

  if (size >= 100_000) {
    const assignments = new Map(
      stories.flatMap((story) => story.articleIds.map((articleId) => [articleId, story.id] as const)),
    );
    const restoreStarted = performance.now();
    const index = StoryIndex.fromAssignments(articles, assignments);
    line.push(`restore ${((performance.now() - restoreStarted) / 1000).toFixed(2)} s`);
    const extra = syntheticArticles(100, 7).map((article) => ({ ...article, id: `new-${article.id}` }));
    const times = extra.map((article) => {
      const t = performance.now();
      index.add(article);
      return performance.now() - t;
    });
    times.sort((a, b) => a - b);
    line.push(`add one: median ${(times[50] as number).toFixed(2)} ms, p95 ${(times[95] as number).toFixed(2)} ms`);
  }
  console.log(line.join(" | "));
}

const sizeArgument = process.argv.find((argument) => argument.startsWith("--size="));
if (sizeArgument) {
  measure(Number(sizeArgument.slice("--size=".length)));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = (process.argv[2] ?? "1000,10000,100000").split(",").map(Number);
  for (const size of sizes) {
    // One process per size: peak memory then belongs to that size alone.
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), `--size=${size}`], {
      stdio: "inherit",
    });
  }
}
