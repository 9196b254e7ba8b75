/**
 * The group job over weeks of feeds, on a database: `npx tsx --conditions=@roundup/source bench/group-window-job.ts [options]`.
 *
 *   --provider sqlite|postgresql   default sqlite (a temporary file); postgresql makes a database of
 *                                  its own on --server (dropped at the end unless --keep)
 *   --days 40 --per-day 2740       the synthetic stream (`syntheticNews`; 2,740 a day is a million a year)
 *   --window 30                    days without a new article after which a story closes
 *   --rebuild                      every job rebuilds the story index from the stored texts (what a
 *                                  one-off `roundup group` does) instead of keeping it between jobs
 *
 * Each simulated day, the day's articles are stored (rows written directly: ingestion is measured
 * elsewhere) with that day as their import time, then one incremental group job runs, with that day
 * as its clock, in a worker process of its own that lives for the whole run (as `roundup worker`
 * does) and does nothing else, so its memory is the grouping's. Prints per week: the job's wall and
 * CPU time, per article placed, how many articles it held (open stories and new ones) and stories it
 * closed, and the worker's memory; then B-cubed of the stored stories against the synthetic events.
 */
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bcubed } from "@roundup/core";
import { syntheticNews } from "@roundup/core/testing";
import { type Database, openDatabase } from "@roundup/db";
import pg from "pg";
import { groupIntoStories } from "../src/tasks/group-into-stories.js";
import { ResidentStoryIndex } from "../src/tasks/resident-story-index.js";

const DAY_MS = 86_400_000;
const { values } = parseArgs({
  options: {
    provider: { type: "string", default: "sqlite" },
    server: { type: "string", default: "postgresql://postgres@127.0.0.1:55432/postgres" },
    days: { type: "string", default: "40" },
    "per-day": { type: "string", default: "2740" },
    window: { type: "string", default: "30" },
    keep: { type: "boolean", default: false },
    worker: { type: "string" },
    rebuild: { type: "boolean", default: false },
  },
});
const days = Number(values.days);
const perDay = Number(values["per-day"]);
const windowDays = Number(values.window);
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

async function openBenchDatabase(): Promise<{ db: Database; url: string; remove: () => Promise<void> }> {
  if (values.provider === "sqlite") {
    const folder = mkdtempSync(path.join(tmpdir(), "roundup-group-window-"));
    const url = `file:${path.join(folder, "bench.db")}`;
    // Migrated, and in WAL mode, as every command and worker opens it.
    const db = await openDatabase(url);
    return {
      db,
      url,
      remove: async () => {
        await db.$disconnect();
        if (!values.keep) rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  const name = `roundup_bench_window_${process.pid}`;
  const admin = new pg.Client({ connectionString: values.server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(values.server);
  url.pathname = `/${name}`;
  const db = await openDatabase(url.toString());
  return {
    db,
    url: url.toString(),
    remove: async () => {
      await db.$disconnect();
      if (!values.keep) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

interface Week {
  week: number;
  jobSeconds: number[];
  cpuSeconds: number[];
  msPerPlaced: number[];
  held: number;
  closed: number;
  /** The worker's RSS after each job (the most in the week). */
  rssMb: number;
  /** The worker's peak RSS so far (it only grows). */
  peakRssMb: number;
}

interface JobResult {
  report: Awaited<ReturnType<typeof groupIntoStories>>;
  seconds: number;
  cpuSeconds: number;
  rssMb: number;
  peakRssMb: number;
}

if (values.worker) {
  // The worker: runs a group job with the clock it is sent, and answers with its figures.
  const db = await openDatabase(values.worker);
  // As a worker's job handlers do: the index stays between jobs (--rebuild: every job rebuilds it).
  const resident = values.rebuild ? undefined : new ResidentStoryIndex();
  process.on("message", async (message: { now: number } | "stop") => {
    if (message === "stop") {
      await db.$disconnect();
      process.exit(0);
    }
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const report = await groupIntoStories(db, {
      full: false,
      now: new Date(message.now),
      windowDays,
      ...(resident ? { resident } : {}),
    });
    const cpu = process.cpuUsage(cpuBefore);
    process.send?.({
      report,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      rssMb: megabytes(process.memoryUsage().rss),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    } satisfies JobResult);
  });
  process.send?.("ready");
} else await runBenchmark();

async function runBenchmark(): Promise<void> {
  const database = await openBenchDatabase();
  const worker = fork(fileURLToPath(import.meta.url), [...process.argv.slice(2), `--worker=${database.url}`], {
    execArgv: process.execArgv,
  });
  const answers: Array<(message: unknown) => void> = [];
  worker.on("message", (message) => answers.shift()?.(message));
  const nextAnswer = () => new Promise<unknown>((resolve) => answers.push(resolve));
  await nextAnswer();
  const { db } = database;
  const loadAtStart = load();
  const weeks: Week[] = [];
  let stored = 0;
  try {
    for (const batch of syntheticNews({ articles: days * perDay, days })) {
      await db.article.createMany({
        data: batch.articles.map((article) => ({
          id: article.id,
          contentHash: createHash("sha256").update(article.text).digest("hex"),
          title: article.title,
          text: article.text,
          originalText: "",
          publishedAt: new Date(article.publishedAt as string),
          importedAt: new Date(batch.at + DAY_MS - 1000),
          source: "Synthetic Wire",
        })),
      });
      stored += batch.articles.length;
      const answer = nextAnswer();
      worker.send({ now: batch.at + DAY_MS });
      const { report, seconds, cpuSeconds, rssMb, peakRssMb } = (await answer) as JobResult;
      const weekNumber = Math.floor(batch.day / 7) + 1;
      let week = weeks.at(-1);
      if (!week || week.week !== weekNumber) {
        week = {
          week: weekNumber,
          jobSeconds: [],
          cpuSeconds: [],
          msPerPlaced: [],
          held: 0,
          closed: 0,
          rssMb: 0,
          peakRssMb: 0,
        };
        weeks.push(week);
      }
      week.jobSeconds.push(seconds);
      week.cpuSeconds.push(cpuSeconds);
      week.msPerPlaced.push((seconds * 1000) / Math.max(1, report.placed));
      week.held = Math.max(week.held, report.held);
      week.closed += report.closed;
      week.rssMb = Math.max(week.rssMb, rssMb);
      week.peakRssMb = peakRssMb;
      process.stderr.write(
        `day ${batch.day + 1}: ${stored} stored, job ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU${report.rebuilt ? ", index rebuilt" : ""}), held ${report.held}, closed ${report.closed}, worker RSS ${rssMb} MB (peak ${peakRssMb} MB)\n`,
      );
    }
    const rows = await db.article.findMany({ select: { id: true, storyId: true } });
    const quality = bcubed(
      new Map(rows.map((row) => [row.id, row.storyId ?? `unplaced:${row.id}`])),
      new Map(rows.map((row) => [row.id, row.id.slice(0, row.id.indexOf("-"))])),
    );
    const [openStories, closedStories] = await Promise.all([
      db.story.count({ where: { closedAt: null, articleCount: { gt: 0 } } }),
      db.story.count({ where: { closedAt: { not: null } } }),
    ]);
    const median = (items: number[]) => [...items].sort((a, b) => a - b)[Math.floor(items.length / 2)] ?? 0;
    process.stdout.write(
      `\ngroup job on ${values.provider}: ${stored} articles over ${days} days (${perDay} a day), window ${windowDays} days; worker peak RSS ${weeks.at(-1)?.peakRssMb ?? 0} MB; load average ${loadAtStart} → ${load()}\n`,
    );
    process.stdout.write(
      `B-cubed P ${quality.precision.toFixed(4)} R ${quality.recall.toFixed(4)} F1 ${quality.f1.toFixed(4)}; ${openStories} open and ${closedStories} closed stories\n`,
    );
    process.stdout.write(
      "week  job s/day p50 / max  CPU s/day p50  ms per article placed p50  held (max)  closed  worker RSS MB after jobs (max) / peak so far\n",
    );
    for (const week of weeks)
      process.stdout.write(
        `${String(week.week).padStart(4)}  ${median(week.jobSeconds).toFixed(1).padStart(9)} / ${Math.max(
          ...week.jobSeconds,
        )
          .toFixed(1)
          .padStart(
            5,
          )}  ${median(week.cpuSeconds).toFixed(1).padStart(13)}  ${median(week.msPerPlaced).toFixed(2).padStart(25)}  ${String(week.held).padStart(10)}  ${String(week.closed).padStart(6)}  ${String(week.rssMb).padStart(6)} / ${week.peakRssMb}\n`,
      );
  } finally {
    worker.send("stop");
    await new Promise((resolve) => worker.once("exit", resolve));
    await database.remove();
  }
}
