/**
 * Load benchmark: ingest and group synthetic articles on PostgreSQL through the job queue, with
 * worker processes of their own. Prints throughput and each process's peak memory.
 *
 *   npx tsx --conditions=@roundup/source bench/run-load-benchmarks.ts [--server postgresql://postgres@127.0.0.1:55432/postgres]
 *     [--articles 10000] [--topics 500] [--batch 250] [--workers 2] [--concurrency 1]
 *
 * A database of its own is created on the server (and dropped at the end unless --keep).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDatabase, openDatabase } from "@roundup/db";
import { enqueueGroup, enqueueIngest } from "../src/handlers/enqueue-jobs.js";
import { createJobQueue } from "../src/queue/create-job-queue.js";
import type { JobQueue } from "../src/queue/job-queue.js";
import { syntheticArticles } from "./synthetic-articles.js";

const { values } = parseArgs({
  options: {
    server: { type: "string", default: "postgresql://postgres@127.0.0.1:55432/postgres" },
    articles: { type: "string", default: "10000" },
    topics: { type: "string", default: "500" },
    batch: { type: "string", default: "250" },
    workers: { type: "string", default: "2" },
    concurrency: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
  },
});
const articles = Number(values.articles);
const batch = Number(values.batch);
const workers = Number(values.workers);

const workerScript = fileURLToPath(new URL("./bench-worker.ts", import.meta.url));

async function waitUntilDone(queue: JobQueue, ids: string[], label: string): Promise<void> {
  const pending = new Set(ids);
  let lastReport = Date.now();
  while (pending.size > 0) {
    for (const id of [...pending]) {
      const job = await queue.get(id);
      if (job?.status === "completed") pending.delete(id);
      else if (job?.status === "failed") throw new Error(`${label} job ${id} failed: ${job.lastError}`);
    }
    if (Date.now() - lastReport > 10_000) {
      process.stderr.write(`  ${label}: ${ids.length - pending.size}/${ids.length} jobs done\n`);
      lastReport = Date.now();
    }
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function startWorker(url: string): {
  child: ChildProcess;
  ready: Promise<void>;
  report: Promise<{ maxRssMb: number; cpuSeconds: number }>;
} {
  const child = spawn(
    process.execPath,
    ["--conditions=@roundup/source", "--import", "tsx", workerScript, url, values.concurrency],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(child);
  let output = "";
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const report = new Promise<{ maxRssMb: number; cpuSeconds: number }>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready\n")) markReady();
    });
    child.on("exit", () => {
      const line = output.trim().split("\n").at(-1) ?? "";
      try {
        resolve(JSON.parse(line));
      } catch {
        reject(new Error(`worker ${child.pid} ended without a report: ${output}`));
      }
    });
  });
  return { child, ready, report };
}

/** Every worker started, so a failed run stops them too (orphans would spin on the dropped database). */
const children: ChildProcess[] = [];
const name = `roundup_bench_${Date.now()}`;
const server = createDatabase(values.server);
await server.$executeRawUnsafe(`CREATE DATABASE ${name}`);
const url = new URL(values.server);
url.pathname = `/${name}`;
const databaseUrl = url.toString();
const folder = mkdtempSync(path.join(tmpdir(), "roundup-bench-"));
try {
  const db = await openDatabase(databaseUrl); // migrates the new database
  const queue = await createJobQueue(databaseUrl, { db });

  const records = syntheticArticles(articles, Number(values.topics));
  const files: string[] = [];
  for (let start = 0; start < records.length; start += batch) {
    const file = path.join(folder, `batch-${String(start / batch).padStart(5, "0")}.jsonl`);
    writeFileSync(
      file,
      `${records
        .slice(start, start + batch)
        .map((record) => JSON.stringify(record))
        .join("\n")}\n`,
    );
    files.push(file);
  }
  process.stderr.write(
    `${articles} articles in ${files.length} files of ${batch}; ${workers} worker processes × concurrency ${values.concurrency}\n`,
  );

  const started = workers > 0 ? Array.from({ length: workers }, () => startWorker(databaseUrl)) : [];
  await Promise.all(started.map((worker) => worker.ready));

  const ingestStart = performance.now();
  const ingestIds = [];
  for (const file of files)
    ingestIds.push(await enqueueIngest(queue, { inputs: [file], group: false }, { timeoutSeconds: 3600 }));
  await waitUntilDone(queue, ingestIds, "ingest");
  const ingestSeconds = (performance.now() - ingestStart) / 1000;
  const stored = await db.article.count();

  const groupStart = performance.now();
  const groupId = await enqueueGroup(queue, db, { full: true, timeoutSeconds: 3600 });
  await waitUntilDone(queue, [groupId], "group");
  const groupSeconds = (performance.now() - groupStart) / 1000;
  const stories = await db.story.count();

  for (const worker of started) worker.child.kill("SIGTERM");
  const memory = await Promise.all(started.map((worker) => worker.report));
  await queue.stop({ graceSeconds: 5 });
  await db.$disconnect();

  const figures = {
    articles,
    stored,
    stories,
    files: files.length,
    workers,
    concurrency: Number(values.concurrency),
    ingestSeconds: Number(ingestSeconds.toFixed(1)),
    ingestArticlesPerSecond: Math.round(stored / ingestSeconds),
    groupSeconds: Number(groupSeconds.toFixed(1)),
    totalArticlesPerSecond: Math.round(stored / (ingestSeconds + groupSeconds)),
    workerPeakRssMb: memory.map((report) => report.maxRssMb),
    workerCpuSeconds: memory.map((report) => report.cpuSeconds),
    // The machine is shared: the load average says how much else was running.
    loadAverageAtEnd: loadavg().map((value) => Number(value.toFixed(2))),
    coordinatorPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  if (values.keep) process.stderr.write(`kept database ${databaseUrl}\n`);
} finally {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  rmSync(folder, { recursive: true, force: true });
  if (!values.keep) await server.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await server.$disconnect();
}
