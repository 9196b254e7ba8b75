/**
 * The group job alone, in a process of its own, on a database already filled (e.g. by
 * `run-load-benchmarks.ts --keep`): prints its wall time, CPU time and the process's peak memory.
 *
 *   npx tsx --conditions=@roundup/source bench/group-step.ts <database url> [--incremental]
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createDatabase } from "@roundup/db";
import { groupIntoStories } from "../src/tasks/group-into-stories.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { incremental: { type: "boolean", default: false } },
});
const [databaseUrl] = positionals;
if (!databaseUrl) throw new Error("usage: group-step.ts <database url> [--incremental]");

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const db = createDatabase(databaseUrl);
await db.article.count(); // connects, so the figures below are the job's
const rssBeforeMb = megabytes(process.memoryUsage().rss);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const report = await groupIntoStories(db, { full: !values.incremental });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
await db.$disconnect();
process.stdout.write(
  `${JSON.stringify({
    mode: report.mode,
    placed: report.placed,
    stories: report.stories.length,
    seconds: Number(seconds.toFixed(1)),
    cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
    rssBeforeMb,
    // Peak of the whole process; the job's share is this less rssBeforeMb.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    // The machine is shared: the load average (1, 5, 15 min) says how much else was running.
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
  })}\n`,
);
