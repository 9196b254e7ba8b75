import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ManualClock } from "../testing/manual-clock.js";
import { isFinished, waitForJob } from "../testing/wait-for-job.js";
import { createJobQueue } from "./create-job-queue.js";
import type { JobQueue } from "./job-queue.js";

// The other half, a killed worker's job taken over once its heartbeats stop, is in
// worker/run-worker.test.ts (a real process, SIGKILLed).
describe.each(testProviders())("job leases on %s", (provider) => {
  let database: TemporaryDatabase;
  const queues: JobQueue[] = [];
  /**
   * Lets the held job's handler return. Stopping waits for running jobs, and their grace runs on the
   * test's manual clock, which nobody moves after a test failed mid-job: the teardown releases it first.
   */
  let release: () => void = () => undefined;
  beforeEach(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterEach(async () => {
    release();
    for (const queue of queues.splice(0)) await queue.stop({ graceSeconds: 1 });
    await database.remove();
  });

  it("keeps a job that runs past the lease with its live worker: no second worker takes it", async () => {
    // Both workers read the time from a clock the test moves: the lease runs out only when it says.
    const clock = new ManualClock();
    const leaseMs = 3_000;
    const open = async (workerId: string) => {
      const queue = await createJobQueue(database.url, {
        db: database.db,
        pollIntervalSeconds: 0.5,
        leaseSeconds: leaseMs / 1000,
        clock,
        workerId,
      });
      queues.push(queue);
      return queue;
    };
    const [first, second] = [await open("first"), await open("second")];
    const runs: string[] = [];
    const running = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = (worker: string) => async () => {
      runs.push(worker);
      await running;
      return { worker };
    };
    const id = await first.enqueue("slow", {}, { key: "slow:1", timeoutSeconds: 3600, retryDelaySeconds: 0 });
    await first.work({ slow: slow("first") });
    await waitForJob(first, id, (job) => job.status === "active");
    await second.work({ slow: slow("second") });
    const leaseEnd = async () => (await database.db.job.findUnique({ where: { id } }))?.lockedUntil?.getTime();
    expect(await leaseEnd()).toBe(clock.now() + leaseMs);
    // Four leases, a third at a time (the heartbeat's cadence): each heartbeat of the first worker
    // pushes the lease a whole lease ahead, while the second polls and the sweep looks for orphans.
    for (let step = 1; step <= 12; step += 1) {
      clock.advance(leaseMs / 3);
      await vi.waitFor(async () => expect(await leaseEnd()).toBe(clock.now() + leaseMs), { timeout: 10_000 });
    }
    release();
    const done = await waitForJob(second, id, isFinished);
    expect(done).toMatchObject({ status: "completed", attempts: 1, result: { worker: "first" } });
    expect(runs).toEqual(["first"]);
  });
});
