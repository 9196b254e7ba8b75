import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import PgBoss from "pg-boss";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isFinished, waitForJob } from "../testing/wait-for-job.js";
import { createJobQueue } from "./create-job-queue.js";
import { JobCancelledError, type JobContext, type JobQueue } from "./job-queue.js";

/** A handler that reports where it is, then waits until its signal fires and throws its reason. */
function waitsForAbort(seen: { signal?: AbortSignal; calls: number }) {
  return async (_payload: unknown, context: JobContext) => {
    seen.calls += 1;
    seen.signal = context.signal;
    await context.progress(0.25, "waiting for the model");
    await new Promise((resolve) => context.signal.addEventListener("abort", resolve, { once: true }));
    throw context.signal.reason;
  };
}

describe.each(testProviders())("createJobQueue on %s", (provider) => {
  let database: TemporaryDatabase;
  let queue: JobQueue;
  beforeEach(async () => {
    database = await createTemporaryDatabase(provider);
    queue = await createJobQueue(database.url, {
      db: database.db,
      pollIntervalSeconds: 0.5,
      maintenanceIntervalSeconds: 1,
    });
  });
  afterEach(async () => {
    await queue.stop({ graceSeconds: 1 });
    await database.remove();
  });

  it("enqueues a key once and runs the job, storing its result and progress", async () => {
    const first = await queue.enqueue("echo", { word: "hello" }, { key: "echo:hello" });
    const second = await queue.enqueue("echo", { word: "hello" }, { key: "echo:hello" });
    expect(second).toBe(first);
    expect(await queue.list()).toHaveLength(1);
    const queued = await queue.get(first);
    expect(queued).toMatchObject({ status: "queued", key: "echo:hello", payload: { word: "hello" }, attempts: 0 });

    let seen: unknown = null;
    await queue.work({
      echo: async (payload, context) => {
        seen = payload;
        await context.progress(0.5);
        return { echoed: (payload as { word: string }).word };
      },
    });
    const done = await waitForJob(queue, first, isFinished);
    expect(seen).toEqual({ word: "hello" });
    expect(done).toMatchObject({ status: "completed", attempts: 1, progress: 1, result: { echoed: "hello" } });
    expect((await queue.list({ status: "completed" })).map((job) => job.id)).toEqual([first]);
  });

  it("retries a failing job, then marks it failed with its error, and retries it on request", async () => {
    let calls = 0;
    const id = await queue.enqueue("flaky", {}, { key: "flaky:1", maxAttempts: 2, retryDelaySeconds: 0 });
    await queue.work({
      flaky: async () => {
        calls += 1;
        if (calls <= 2) throw new Error(`provider returned 500 (call ${calls})`);
        return "ok";
      },
    });
    const dead = await waitForJob(queue, id, (job) => job.status === "failed");
    expect(dead.attempts).toBe(2);
    expect(dead.lastError).toContain("provider returned 500 (call 2)");
    expect((await queue.list({ status: "failed" })).map((job) => job.id)).toEqual([id]);

    expect(await queue.retry(id)).toBe(true);
    const revived = await waitForJob(queue, id, (job) => job.status === "completed");
    expect(revived.result).toBe("ok");
    expect(calls).toBe(3);
    expect(await queue.retry(id)).toBe(false);
  });

  it("aborts an attempt that outlives its timeout and retries it", async () => {
    let calls = 0;
    const id = await queue.enqueue(
      "hang",
      {},
      { key: "hang:1", maxAttempts: 2, retryDelaySeconds: 0, timeoutSeconds: 1 },
    );
    await queue.work({
      hang: async (_payload, context) => {
        calls += 1;
        if (calls === 1) {
          await new Promise((resolve) => context.signal.addEventListener("abort", resolve));
          throw context.signal.reason;
        }
        return "second time";
      },
    });
    const done = await waitForJob(queue, id, isFinished);
    expect(done).toMatchObject({ status: "completed", attempts: 2, result: "second time" });
  });

  it("schedules a recurring job, enqueued once per period however many workers schedule it", async () => {
    await queue.schedule("poll-feeds", { feeds: ["https://example.test/feed.xml"] }, { everyMinutes: 15 });
    const second = await createJobQueue(database.url, { db: database.db });
    try {
      await second.schedule("poll-feeds", { feeds: ["https://example.test/feed.xml"] }, { everyMinutes: 15 });
    } finally {
      await second.stop({ graceSeconds: 0 });
    }
    // The current period's job is enqueued at once, by the first of them only.
    const jobs = await queue.list({ name: "poll-feeds" });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.payload).toEqual({ feeds: ["https://example.test/feed.xml"] });
  });

  it("reports a running job's progress message, and cancels it: its signal fires and it never runs again", async () => {
    const seen: { signal?: AbortSignal; calls: number } = { calls: 0 };
    const id = await queue.enqueue("slow", {}, { key: "slow:1", maxAttempts: 3, retryDelaySeconds: 0 });
    const later: string[] = [];
    const waiting = waitsForAbort(seen);
    await queue.work({
      slow: async (payload, context) => {
        if (payload === "later") return later.push(context.id);
        return waiting(payload, context);
      },
    });
    const active = await waitForJob(queue, id, (job) => job.status === "active" && job.message !== null);
    expect(active).toMatchObject({ progress: 0.25, message: "waiting for the model" });

    expect(await queue.cancel(id)).toBe(true);
    expect(seen.signal?.aborted).toBe(true);
    expect(seen.signal?.reason).toBeInstanceOf(JobCancelledError);
    const cancelled = await waitForJob(queue, id, isFinished);
    expect(cancelled).toMatchObject({ status: "cancelled", attempts: 1 });
    expect((await queue.list({ status: "cancelled" })).map((job) => job.id)).toEqual([id]);
    // Not retried (a job of its queue enqueued after it has run since), not retried on request (that
    // is for dead jobs), and not cancellable twice.
    const after = await queue.enqueue("slow", "later", { key: "slow:later" });
    expect(await waitForJob(queue, after, isFinished)).toMatchObject({ status: "completed" });
    expect(seen.calls).toBe(1);
    expect((await queue.get(id))?.status).toBe("cancelled");
    expect(await queue.retry(id)).toBe(false);
    expect(await queue.cancel(id)).toBe(false);
  });

  it("cancels a queued job before it runs", async () => {
    const id = await queue.enqueue("later", "cancelled", { key: "later:1" });
    expect(await queue.cancel(id)).toBe(true);
    const after = await queue.enqueue("later", "kept", { key: "later:2" });
    const ran: unknown[] = [];
    await queue.work({
      later: async (payload) => {
        ran.push(payload);
      },
    });
    // The job enqueued after it has run, the cancelled one has not.
    expect(await waitForJob(queue, after, isFinished)).toMatchObject({ status: "completed" });
    expect(ran).toEqual(["kept"]);
    expect(await queue.get(id)).toMatchObject({ status: "cancelled", attempts: 0 });
  });

  it("stops an attempt running in another process when it is cancelled from here", async () => {
    const seen: { signal?: AbortSignal; calls: number } = { calls: 0 };
    // The worker is another queue object, as in another process: it learns of the cancel by looking.
    const worker = await createJobQueue(database.url, { db: database.db, pollIntervalSeconds: 0.5 });
    try {
      const id = await queue.enqueue("slow", {}, { key: "slow:remote" });
      await worker.work({ slow: waitsForAbort(seen) });
      await waitForJob(queue, id, (job) => job.status === "active");
      expect(await queue.cancel(id)).toBe(true);
      await expect.poll(() => seen.signal?.aborted, { timeout: 10_000 }).toBe(true);
      expect(seen.signal?.reason).toBeInstanceOf(JobCancelledError);
      expect(await queue.get(id)).toMatchObject({ status: "cancelled", attempts: 1 });
    } finally {
      await worker.stop({ graceSeconds: 1 });
    }
  });

  it("starts workers together on a new database: each creates the same queues, none fails", async () => {
    // Separate queue objects, as separate worker processes starting at once (pg-boss can deadlock
    // creating the same queue concurrently; the loser must try again, not crash).
    const workers = await Promise.all(
      Array.from({ length: 4 }, () => createJobQueue(database.url, { db: database.db, pollIntervalSeconds: 0.5 })),
    );
    try {
      const handlers = Object.fromEntries(
        ["ingest", "group", "digest", "poll-feeds", "echo"].map((name) => [name, async () => name]),
      );
      await Promise.all(workers.map((worker) => worker.work(handlers)));
      const id = await queue.enqueue("echo", {}, { key: "echo:together" });
      expect(await waitForJob(queue, id, isFinished)).toMatchObject({ status: "completed", result: "echo" });
    } finally {
      await Promise.all(workers.map((worker) => worker.stop({ graceSeconds: 0 })));
    }
  });
});

describe.skipIf(!testProviders().includes("postgresql"))("jobs pg-boss holds without a Job row", () => {
  let database: TemporaryDatabase | undefined;
  let queue: JobQueue | undefined;
  let boss: PgBoss | undefined;
  afterEach(async () => {
    await queue?.stop({ graceSeconds: 1 });
    await boss?.stop({ graceful: false });
    await database?.remove();
  });

  it("run and get their row when a worker claims them (sent before rows were kept, or by pg-boss itself)", async () => {
    database = await createTemporaryDatabase("postgresql");
    queue = await createJobQueue(database.url, { db: database.db, pollIntervalSeconds: 0.5 });
    boss = new PgBoss({ connectionString: database.url, supervise: false, schedule: false });
    await boss.start();
    await boss.createQueue("echo");
    const id = await boss.send("echo", { payload: { word: "old" }, key: "echo:old" }, { retryLimit: 1 });
    expect(await queue.get(id ?? "")).toBeNull();
    await queue.work({ echo: async (payload) => payload });
    const done = await waitForJob(queue, id ?? "", isFinished);
    expect(done).toMatchObject({
      status: "completed",
      key: "echo:old",
      payload: { word: "old" },
      attempts: 1,
      maxAttempts: 2,
      result: { word: "old" },
    });
    // Its key is now known: enqueueing it again returns it rather than running it twice.
    expect(await queue.enqueue("echo", { word: "old" }, { key: "echo:old" })).toBe(id);
  });
});
