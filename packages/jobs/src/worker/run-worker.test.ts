import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createOfflineEngine } from "@roundup/core";
import { loadStories } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobHandlers } from "../handlers/create-job-handlers.js";
import { enqueueDigest } from "../handlers/enqueue-jobs.js";
import { createJobQueue } from "../queue/create-job-queue.js";
import type { JobQueue } from "../queue/job-queue.js";
import { sampleCorpusFolder } from "../sample-corpus.js";
import { groupIntoStories } from "../tasks/group-into-stories.js";
import { ingestIntoDatabase } from "../tasks/ingest-into-database.js";
import { isFinished, waitForJob } from "../testing/wait-for-job.js";

const slowWorker = fileURLToPath(new URL("../testing/slow-digest-worker.ts", import.meta.url));

/** Resolves with the first stdout line starting with `prefix`. */
function waitForLine(child: ChildProcess, prefix: string, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    const timer = setTimeout(() => reject(new Error(`no "${prefix}" from the worker: ${buffered}`)), timeoutMs);
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split("\n").find((candidate) => candidate.startsWith(prefix));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.on("exit", (code) => reject(new Error(`the worker exited (${code}) before "${prefix}": ${buffered}`)));
  });
}

describe.each(testProviders())("a worker killed in the middle of a digest on %s", (provider) => {
  let database: TemporaryDatabase;
  let storyId: string;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    await ingestIntoDatabase(database.db, [sampleCorpusFolder]);
    await groupIntoStories(database.db, { full: true });
    storyId = (await loadStories(database.db))[0]?.id ?? "";
  });
  afterAll(async () => {
    await database.remove();
  });

  it("is taken over by another worker, which finishes it once without a duplicate digest", async () => {
    const child = spawn(
      process.execPath,
      ["--conditions=@roundup/source", "--import", "tsx", slowWorker, database.url],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let queue: JobQueue | null = null;
    try {
      await waitForLine(child, "ready");
      queue = await createJobQueue(database.url, {
        db: database.db,
        pollIntervalSeconds: 0.5,
        leaseSeconds: 2,
      });
      // An hour's timeout: the job is taken over because its worker's heartbeats stop (the lease,
      // 1 s in the child), not because the attempt ran out of time.
      const id = await enqueueDigest(
        queue,
        database.db,
        { storyId, engine: "offline" },
        { timeoutSeconds: 3600, retryDelaySeconds: 0 },
      );
      expect(await waitForLine(child, "started")).toBe(`started ${id}`);
      expect((await queue.get(id))?.status).toBe("active");
      child.kill("SIGKILL");

      let runs = 0;
      const handlers = createJobHandlers({ db: database.db, createEngine: () => createOfflineEngine() });
      await queue.work({
        digest: async (payload, context) => {
          runs += 1;
          return handlers.digest?.(payload, context);
        },
      });
      const done = await waitForJob(queue, id, isFinished, 60_000);
      expect(done).toMatchObject({ status: "completed", attempts: 2, result: { status: "created" } });
      expect(runs).toBe(1);
      expect(await database.db.digest.count()).toBe(1);
      expect(await database.db.digestRevision.count()).toBe(1);
    } finally {
      child.kill("SIGKILL");
      await queue?.stop({ graceSeconds: 1 });
    }
  });
});
