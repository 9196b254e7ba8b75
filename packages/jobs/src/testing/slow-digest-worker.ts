// A worker process for fault tests: its digest handler announces itself and then waits forever,
// so the test can kill the process in the middle of a digest. Usage: slow-digest-worker.ts <database url>
import { createOfflineEngine } from "@roundup/core";
import { createDatabase } from "@roundup/db";
import { runWorker } from "../worker/run-worker.js";

const databaseUrl = process.argv[2];
if (!databaseUrl) throw new Error("usage: slow-digest-worker.ts <database url>");
const db = createDatabase(databaseUrl);
const stop = new AbortController();
await runWorker({
  databaseUrl,
  db,
  createEngine: () => createOfflineEngine(),
  signal: stop.signal,
  queue: { leaseSeconds: 1, pollIntervalSeconds: 0.5 },
  handlers: {
    digest: async (_payload, context) => {
      process.stdout.write(`started ${context.id}\n`);
      await new Promise(() => undefined);
    },
  },
  onReady: () => process.stdout.write("ready\n"),
});
