// One worker process of the load benchmark: runs the standard handlers (offline engine) until
// SIGTERM, then prints its peak memory and CPU time as JSON. Usage: bench-worker.ts <database url> <concurrency>
import { createOfflineEngine } from "@roundup/core";
import { createDatabase } from "@roundup/db";
import { runWorker } from "../src/worker/run-worker.js";

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1e5) / 10;
}

const [databaseUrl, concurrency = "1"] = process.argv.slice(2);
if (!databaseUrl) throw new Error("usage: bench-worker.ts <database url> <concurrency>");
const db = createDatabase(databaseUrl);
const stop = new AbortController();
process.on("SIGTERM", () => stop.abort());
await runWorker({
  databaseUrl,
  db,
  concurrency: Number(concurrency),
  createEngine: () => createOfflineEngine(),
  signal: stop.signal,
  queue: { pollIntervalSeconds: 0.5 },
  onReady: () => process.stdout.write("ready\n"),
});
await db.$disconnect();
process.stdout.write(
  `${JSON.stringify({ pid: process.pid, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), cpuSeconds: cpuSeconds() })}\n`,
);
