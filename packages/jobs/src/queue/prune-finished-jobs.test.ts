import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ManualClock } from "../testing/manual-clock.js";
import { isFinished, waitForJob } from "../testing/wait-for-job.js";
import { createJobQueue } from "./create-job-queue.js";
import type { JobQueue } from "./job-queue.js";
import { pruneFinishedJobs, startFinishedJobPruning } from "./prune-finished-jobs.js";

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(testProviders())("pruning finished jobs on %s", (provider) => {
  let database: TemporaryDatabase;
  const queues: JobQueue[] = [];
  beforeEach(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterEach(async () => {
    for (const queue of queues.splice(0)) await queue.stop({ graceSeconds: 1 });
    await database.remove();
  });

  async function row(key: string, status: string, finishedAt: Date | null) {
    await database.db.job.create({ data: { id: key, key, name: "group", payload: "{}", status, finishedAt } });
  }
  const remaining = async () =>
    (await database.db.job.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((job) => job.id);

  it("deletes finished jobs older than the cut, in batches, and never a queued or running one", async () => {
    const now = Date.now();
    const old = new Date(now - 40 * DAY_MS);
    const recent = new Date(now - 2 * DAY_MS);
    for (const [key, status, finishedAt] of [
      ["a-completed-old", "completed", old],
      ["b-failed-old", "failed", old],
      ["c-cancelled-old", "cancelled", old],
      ["d-completed-old", "completed", old],
      ["e-completed-recent", "completed", recent],
      ["f-queued-old", "queued", null],
      ["g-active-old", "active", null],
      // A retried job: queued again, its old finish time still on the row.
      ["h-queued-again", "queued", old],
    ] as const)
      await row(key, status, finishedAt);

    const removed = await pruneFinishedJobs(database.db, {
      finishedBefore: new Date(now - 30 * DAY_MS),
      batchSize: 2,
    });

    expect(removed).toBe(4);
    expect(await remaining()).toEqual(["e-completed-recent", "f-queued-old", "g-active-old", "h-queued-again"]);
  });

  it("prunes again every round on its clock, once a job has passed the retention", async () => {
    const clock = new ManualClock();
    const hour = 60 * 60 * 1000;
    await row("finished-20-hours-ago", "completed", new Date(clock.now() - 20 * hour));
    const rounds: number[] = [];
    const stop = startFinishedJobPruning({
      db: database.db,
      clock,
      keepDays: 1,
      everyMs: 6 * hour,
      reachable: () => true,
      onRound: (removed) => rounds.push(removed),
    });
    try {
      // The round at start finds it younger than a day; no round comes before six hours.
      await vi.waitFor(() => expect(rounds).toEqual([0]));
      clock.advance(3 * hour);
      expect(await remaining()).toEqual(["finished-20-hours-ago"]);
      clock.advance(3 * hour);
      await vi.waitFor(() => expect(rounds).toEqual([0, 1]));
      expect(await remaining()).toEqual([]);
    } finally {
      stop();
    }
  });

  it("a working queue prunes its own finished jobs once they are older than its retention", async () => {
    const clock = new ManualClock();
    const first = await createJobQueue(database.url, { db: database.db, clock, pollIntervalSeconds: 0.5 });
    queues.push(first);
    await first.work({ group: async () => ({ placed: 0 }) });
    const done = await first.enqueue("group", {}, { key: "group:once" });
    await waitForJob(first, done, isFinished);
    expect((await first.get(done))?.status).toBe("completed");
    await first.stop({ graceSeconds: 1 });
    queues.splice(0);

    // A worker started 31 days later (default retention 30 days) removes it, and only it.
    const later = new ManualClock(clock.now() + 31 * DAY_MS);
    const second = await createJobQueue(database.url, { db: database.db, clock: later, pollIntervalSeconds: 0.5 });
    queues.push(second);
    const waiting = await second.enqueue("digest", {}, { key: "digest:later", runAt: new Date(later.now() + DAY_MS) });
    await second.work({ group: async () => ({ placed: 0 }) });
    await vi.waitFor(async () => expect(await second.get(done)).toBeNull());
    expect((await second.get(waiting))?.status).toBe("queued");
  });
});
