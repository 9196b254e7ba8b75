import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isFinished, waitForJob } from "../testing/wait-for-job.js";
import { createJobQueue } from "./create-job-queue.js";
import type { JobQueue } from "./job-queue.js";

// The other half, a killed worker's job taken over once its heartbeats stop, is in
// worker/run-worker.test.ts (a real process, SIGKILLed).
describe.each(testProviders())("job leases on %s", (provider) => {
  let database: TemporaryDatabase;
  const queues: JobQueue[] = [];
  beforeEach(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterEach(async () => {
    for (const queue of queues.splice(0)) await queue.stop({ graceSeconds: 1 });
    await database.remove();
  });

  it("keeps a job that runs past the lease with its live worker: no second worker takes it", async () => {
    const open = async () => {
      const queue = await createJobQueue(database.url, { db: database.db, pollIntervalSeconds: 0.5, leaseSeconds: 1 });
      queues.push(queue);
      return queue;
    };
    const [first, second] = [await open(), await open()];
    const runs: string[] = [];
    const slow = (worker: string) => async () => {
      runs.push(worker);
      // Four leases long: only the heartbeats keep the job with this worker.
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      return { worker };
    };
    const id = await first.enqueue("slow", {}, { key: "slow:1", timeoutSeconds: 3600, retryDelaySeconds: 0 });
    await first.work({ slow: slow("first") });
    await waitForJob(first, id, (job) => job.status === "active");
    await second.work({ slow: slow("second") });
    const done = await waitForJob(second, id, isFinished, 30_000);
    expect(done).toMatchObject({ status: "completed", attempts: 1, result: { worker: "first" } });
    expect(runs).toEqual(["first"]);
  });
});
