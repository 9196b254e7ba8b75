// How long a digest job whose worker was killed waits before another worker finishes it, with the
// job kinds' default timeouts (JOB_TIMEOUTS), the default lease (5 min) and pg-boss's maintenance (30 s).
// Usage: ROUNDUP_TEST_POSTGRES_URL=postgresql://… npx tsx --conditions=@roundup/source bench/killed-worker-retry.ts [offline|llm]
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createOfflineEngine } from "@roundup/core";
import { loadStories } from "@roundup/db";
import { createTemporaryDatabase } from "@roundup/db/testing";
import { createJobHandlers } from "../src/handlers/create-job-handlers.js";
import { enqueueDigest } from "../src/handlers/enqueue-jobs.js";
import { createJobQueue } from "../src/queue/create-job-queue.js";
import { sampleCorpusFolder } from "../src/sample-corpus.js";
import { groupIntoStories } from "../src/tasks/group-into-stories.js";
import { ingestIntoDatabase } from "../src/tasks/ingest-into-database.js";
import { isFinished, waitForJob } from "../src/testing/wait-for-job.js";

const engine = process.argv[2] ?? "offline";
const database = await createTemporaryDatabase("postgresql");
try {
  await ingestIntoDatabase(database.db, [sampleCorpusFolder]);
  await groupIntoStories(database.db, { full: true });
  const storyId = (await loadStories(database.db))[0]?.id ?? "";
  const slowWorker = fileURLToPath(new URL("../src/testing/slow-digest-worker.ts", import.meta.url));
  const child = spawn(process.execPath, ["--conditions=@roundup/source", "--import", "tsx", slowWorker, database.url], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: string[] = [];
  child.stdout.on("data", (chunk: Buffer) => lines.push(...chunk.toString().split("\n")));
  const until = async (prefix: string) => {
    while (!lines.some((line) => line.startsWith(prefix))) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  await until("ready");
  const queue = await createJobQueue(database.url, { db: database.db });
  const id = await enqueueDigest(queue, database.db, { storyId, engine });
  await until("started");
  child.kill("SIGKILL");
  const killed = Date.now();
  const handlers = createJobHandlers({ db: database.db, createEngine: () => createOfflineEngine() });
  await queue.work(handlers);
  const done = await waitForJob(queue, id, isFinished, 3 * 60 * 60 * 1000);
  const seconds = (Date.now() - killed) / 1000;
  process.stdout.write(
    `${engine} digest (timeout ${done.timeoutSeconds} s): ${done.status} on attempt ${done.attempts}, ${seconds.toFixed(1)} s after its worker was killed\n`,
  );
  await queue.stop({ graceSeconds: 1 });
} finally {
  await database.remove();
}
