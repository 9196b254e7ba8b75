/**
 * A year of feeds through the story index: `npx tsx --conditions=@roundup/source bench/group-year-benchmark.ts [options]`.
 *
 *   --articles 1000000 --days 365   the synthetic stream (`syntheticNews`), one batch a day
 *   --window 30                     days without a new article after which a story closes
 *   --settle-days 3                 after each day, the stories active in these last days (and those
 *                                   holding close neighbours of their articles) are regrouped, as the
 *                                   group job does after placing (RECENT_REGROUP_DAYS; 0: never)
 *   --mode windowed                 windowed: stories close as the days pass and recent ones are
 *                                   regrouped after each day (what the group job does)
 *                                   unbounded: the index keeps everything (grouping before the window)
 *                                   batch: one full `groupStories` over everything at the end
 *   --stop-after-minutes 60         ends the stream after the day in progress at that time and prints
 *                                   what was measured so far (events still streaming scored on their
 *                                   articles so far)
 *   --compare                       runs the three modes, each in a process of its own, and prints
 *                                   their quality side by side (use a stream all three can hold)
 *   --near-duplicates               the same process also keeps ingestion's near-duplicate index over
 *                                   the window (each article looked up then added, those published
 *                                   before the window removed daily), as a worker that both ingests
 *                                   and groups does: its RSS is then the two together
 *
 * Prints, per month: articles placed, placement time percentiles (one `StoryIndex.add`), the daily
 * closing and regrouping times, what the index holds, and the process's memory; then B-cubed against
 * the synthetic events. The stream is written day by day, so the process holds the index, not the year.
 */
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { groupStories, RECENT_REGROUP_DAYS, StoryIndex } from "../src/group/index.js";
import { type SyntheticNewsArticle, syntheticNews } from "../src/group/testing/synthetic-news.js";
import { NearDuplicateIndex } from "../src/ingest/index.js";
import type { Story } from "../src/model/index.js";

const DAY_MS = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000000" },
    days: { type: "string", default: "365" },
    window: { type: "string", default: "30" },
    "settle-days": { type: "string", default: String(RECENT_REGROUP_DAYS) },
    mode: { type: "string", default: "windowed" },
    seed: { type: "string", default: "1" },
    "stop-after-minutes": { type: "string", default: "Infinity" },
    compare: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    "near-duplicates": { type: "boolean", default: false },
  },
});
const articles = Number(values.articles);
const days = Number(values.days);
const windowDays = Number(values.window);
const settleDays = Number(values["settle-days"]);
const seed = Number(values.seed);
const stopAfterMinutes = Number(values["stop-after-minutes"]);

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

/**
 * B-cubed over a stream, without holding every assignment: a closed story is final, so its overlap
 * with each event is counted when it closes, and an event's recall term once all its articles are.
 */
class StreamingBcubed {
  private items = 0;
  private precisionSum = 0;
  private recallSum = 0;
  private readonly events = new Map<string, { size: number; counted: number; squares: number }>();
  stories = 0;

  expect(article: SyntheticNewsArticle): void {
    if (!this.events.has(article.event))
      this.events.set(article.event, { size: article.eventSize, counted: 0, squares: 0 });
  }

  count(story: Story): void {
    this.stories += 1;
    const overlap = new Map<string, number>();
    for (const id of story.articleIds) {
      const event = id.slice(0, id.indexOf("-"));
      overlap.set(event, (overlap.get(event) ?? 0) + 1);
    }
    for (const [event, shared] of overlap) {
      this.items += shared;
      this.precisionSum += (shared * shared) / story.articleIds.length;
      const tally = this.events.get(event);
      if (!tally) throw new Error(`article of an unknown event ${event}`);
      tally.counted += shared;
      tally.squares += shared * shared;
      if (tally.counted === tally.size) {
        this.recallSum += tally.squares / tally.size;
        this.events.delete(event);
      }
    }
  }

  /** After a stop, an event still streaming is scored on its articles so far (all of them are counted). */
  score(): { precision: number; recall: number; f1: number; articles: number; unfinishedEvents: number } {
    let recallSum = this.recallSum;
    for (const tally of this.events.values()) if (tally.counted > 0) recallSum += tally.squares / tally.counted;
    const precision = this.precisionSum / this.items;
    const recall = recallSum / this.items;
    return {
      precision,
      recall,
      f1: (2 * precision * recall) / (precision + recall),
      articles: this.items,
      unfinishedEvents: this.events.size,
    };
  }
}

interface Month {
  month: string;
  articles: number;
  placeMs: number[];
  /** CPU time of each placement: on a shared machine the wall clock also counts other people's work. */
  placeCpuMs: number[];
  closeMs: number[];
  regroupMs: number[];
  regrouped: number[];
  heldArticles: number;
  openStories: number;
  features: number;
  capacity: number;
  rssMb: number;
  heapMb: number;
}

const percentile = (sorted: number[], share: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] as number);

function run(mode: string) {
  const quality = new StreamingBcubed();
  const months: Month[] = [];
  const index = new StoryIndex();
  const held: SyntheticNewsArticle[] = [];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const loadAtStart = load();
  let placed = 0;
  let daysRun = 0;
  const duplicates = values["near-duplicates"] ? new NearDuplicateIndex() : null;
  // The ids indexed each day, oldest day first: a day leaves the index when it leaves the window.
  const duplicateDays: Array<{ at: number; ids: string[] }> = [];
  let duplicateLinks = 0;
  // The run is synchronous (no signal handler would get a turn), so a time limit is checked between days.
  let stopped = false;
  for (const batch of syntheticNews({ articles, days, seed })) {
    if (performance.now() - started > stopAfterMinutes * 60_000) {
      stopped = true;
      break;
    }
    daysRun = batch.day + 1;
    const name = `${MONTHS[new Date(batch.at).getUTCMonth()]}`;
    let month = months.at(-1);
    if (!month || month.month !== name) {
      month = {
        month: name,
        articles: 0,
        placeMs: [],
        placeCpuMs: [],
        closeMs: [],
        regroupMs: [],
        regrouped: [],
        heldArticles: 0,
        openStories: 0,
        features: 0,
        capacity: 0,
        rssMb: 0,
        heapMb: 0,
      };
      months.push(month);
    }
    if (mode === "windowed") {
      const closing = performance.now();
      for (const story of index.closeInactive(batch.at - windowDays * DAY_MS)) quality.count(story);
      month.closeMs.push(performance.now() - closing);
    }
    let duplicateMs = 0;
    if (duplicates) {
      const indexing = performance.now();
      while ((duplicateDays[0]?.at ?? Number.POSITIVE_INFINITY) < batch.at - windowDays * DAY_MS)
        for (const id of duplicateDays.shift()?.ids ?? []) duplicates.remove(id);
      for (const article of batch.articles) {
        if (duplicates.findOriginal(article) !== null) duplicateLinks++;
        duplicates.add(article);
      }
      duplicateDays.push({ at: batch.at, ids: batch.articles.map((article) => article.id) });
      duplicateMs = performance.now() - indexing;
    }
    const dayPlaceMs: number[] = [];
    for (const article of batch.articles) {
      quality.expect(article);
      if (mode === "batch") {
        held.push(article);
        continue;
      }
      // Articles arrive as they are published (a feed's items), within their day.
      const item = { ...article, receivedAt: article.publishedAt };
      const cpu = process.cpuUsage();
      const placing = performance.now();
      index.add(item);
      const placeMs = performance.now() - placing;
      month.placeMs.push(placeMs);
      dayPlaceMs.push(placeMs);
      const used = process.cpuUsage(cpu);
      month.placeCpuMs.push((used.user + used.system) / 1000);
    }
    if (mode === "windowed" && settleDays > 0) {
      const regrouping = performance.now();
      const stories = index.regroup({ activeSince: batch.at - settleDays * DAY_MS });
      month.regroupMs.push(performance.now() - regrouping);
      month.regrouped.push(stories.reduce((sum, story) => sum + story.articleIds.length, 0));
    }
    placed += batch.articles.length;
    month.articles += batch.articles.length;
    const stats = index.stats();
    const memory = process.memoryUsage();
    month.heldArticles = Math.max(month.heldArticles, stats.articles);
    month.openStories = Math.max(month.openStories, stats.stories);
    month.features = Math.max(month.features, stats.features);
    month.capacity = Math.max(month.capacity, stats.capacity);
    month.rssMb = Math.max(month.rssMb, megabytes(memory.rss));
    month.heapMb = Math.max(month.heapMb, megabytes(memory.heapUsed));
    dayPlaceMs.sort((a, b) => a - b);
    // The day's own percentiles and the time so far: a run stopped early still shows its latency.
    const dayPlace = [0.5, 0.95, 0.99].map((share) => percentile(dayPlaceMs, share).toFixed(2)).join(" / ");
    if (!values.json)
      process.stderr.write(
        `day ${batch.day + 1} (${((performance.now() - started) / 1000).toFixed(0)} s): ${placed} articles, place ms p50 / p95 / p99 ${dayPlace}, held ${stats.articles} in ${stats.stories} stories, ${stats.features} features, RSS ${megabytes(memory.rss)} MB, heap ${megabytes(memory.heapUsed)} of ${megabytes(memory.heapTotal)} MB, array buffers ${megabytes(memory.arrayBuffers)} MB, regroup ${((month.regroupMs.at(-1) ?? 0) / 1000).toFixed(1)} s${duplicates ? `, near-duplicates ${duplicates.size} indexed in ${(duplicateMs / 1000).toFixed(1)} s, ${duplicateLinks} links so far` : ""}\n`,
      );
  }
  let batchSeconds = 0;
  if (mode === "batch") {
    const grouping = performance.now();
    for (const story of groupStories(held)) quality.count(story);
    batchSeconds = (performance.now() - grouping) / 1000;
  } else {
    for (const story of index.stories()) quality.count(story);
  }
  const cpu = process.cpuUsage(cpuStarted);
  return {
    mode,
    articles: placed,
    days: daysRun,
    stoppedEarly: stopped,
    windowDays: mode === "windowed" ? windowDays : null,
    settleDays: mode === "windowed" ? settleDays : null,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
    batchSeconds: mode === "batch" ? Number(batchSeconds.toFixed(1)) : null,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    loadAverage: { start: loadAtStart, end: load() },
    stories: quality.stories,
    bcubed: quality.score(),
    months: months.map((month) => {
      const sorted = [...month.placeMs].sort((a, b) => a - b);
      const sortedCpu = [...month.placeCpuMs].sort((a, b) => a - b);
      const closing = [...month.closeMs].sort((a, b) => a - b);
      const regrouping = [...month.regroupMs].sort((a, b) => a - b);
      const regrouped = [...month.regrouped].sort((a, b) => a - b);
      return {
        month: month.month,
        articles: month.articles,
        placeMs: {
          p50: Number(percentile(sorted, 0.5).toFixed(3)),
          p95: Number(percentile(sorted, 0.95).toFixed(3)),
          p99: Number(percentile(sorted, 0.99).toFixed(3)),
          max: Number((sorted.at(-1) ?? 0).toFixed(1)),
        },
        placeCpuMs: {
          p50: Number(percentile(sortedCpu, 0.5).toFixed(3)),
          p95: Number(percentile(sortedCpu, 0.95).toFixed(3)),
          p99: Number(percentile(sortedCpu, 0.99).toFixed(3)),
        },
        closeMsPerDay: {
          p50: Number(percentile(closing, 0.5).toFixed(1)),
          max: Number((closing.at(-1) ?? 0).toFixed(1)),
        },
        regroupMsPerDay: {
          p50: Number(percentile(regrouping, 0.5).toFixed(0)),
          max: Number((regrouping.at(-1) ?? 0).toFixed(0)),
        },
        regroupedPerDay: percentile(regrouped, 0.5),
        heldArticles: month.heldArticles,
        openStories: month.openStories,
        features: month.features,
        capacity: month.capacity,
        rssMb: month.rssMb,
        heapMb: month.heapMb,
      };
    }),
  };
}

type Result = ReturnType<typeof run>;

function print(result: Result): void {
  const { bcubed } = result;
  process.stdout.write(
    `\n${result.mode}${result.windowDays ? ` (window ${result.windowDays} days, recent ${result.settleDays} days regrouped daily)` : ""}: ${result.articles} articles over ${result.days} days${result.stoppedEarly ? ` (stopped early, of ${days})` : ""}, ${result.seconds} s wall, ${result.cpuSeconds} s CPU${result.batchSeconds !== null ? ` (groupStories ${result.batchSeconds} s)` : ""}, peak RSS ${result.peakRssMb} MB, load average ${result.loadAverage.start} → ${result.loadAverage.end}\n`,
  );
  process.stdout.write(
    `B-cubed P ${bcubed.precision.toFixed(4)} R ${bcubed.recall.toFixed(4)} F1 ${bcubed.f1.toFixed(4)} (${result.stories} stories)\n`,
  );
  if (result.mode === "batch") return;
  process.stdout.write(
    "month  articles  place ms p50 / p95 / p99 / max   CPU ms p50 / p95 / p99   close ms/day p50 / max   regroup s/day p50 / max (articles)   held articles  open stories  features  RSS MB  heap MB\n",
  );
  for (const month of result.months) {
    const place = month.placeMs;
    process.stdout.write(
      `${month.month.padEnd(5)}  ${String(month.articles).padStart(8)}  ${[place.p50, place.p95, place.p99].map((value) => value.toFixed(2).padStart(6)).join(" / ")} / ${place.max.toFixed(1).padStart(6)}   ${[month.placeCpuMs.p50, month.placeCpuMs.p95, month.placeCpuMs.p99].map((value) => value.toFixed(2).padStart(5)).join(" / ")}   ${month.closeMsPerDay.p50.toFixed(1).padStart(8)} / ${month.closeMsPerDay.max.toFixed(1).padStart(7)}   ${(month.regroupMsPerDay.p50 / 1000).toFixed(1).padStart(9)} / ${(month.regroupMsPerDay.max / 1000).toFixed(1).padStart(5)} (${String(month.regroupedPerDay).padStart(6)})    ${String(month.heldArticles).padStart(13)}  ${String(month.openStories).padStart(12)}  ${String(month.features).padStart(8)}  ${String(month.rssMb).padStart(6)}  ${String(month.heapMb).padStart(7)}\n`,
    );
  }
}

if (values.compare) {
  // One process per mode: each peak memory is that mode's own.
  for (const mode of ["batch", "unbounded", "windowed"]) {
    const output = execFileSync(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        `--articles=${articles}`,
        `--days=${days}`,
        `--window=${windowDays}`,
        `--settle-days=${settleDays}`,
        `--seed=${seed}`,
        `--stop-after-minutes=${stopAfterMinutes}`,
        `--mode=${mode}`,
        "--json",
      ],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    print(JSON.parse(output) as Result);
  }
} else {
  if (!["windowed", "unbounded", "batch"].includes(values.mode))
    throw new Error("--mode must be windowed, unbounded or batch");
  const result = run(values.mode);
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else print(result);
}
