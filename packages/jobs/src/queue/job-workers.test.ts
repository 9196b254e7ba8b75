import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DatabaseOutage } from "./database-outage.js";
import { JobCancelledError, type JobHandlers } from "./job-queue.js";
import type { ClaimedJob, JobStore } from "./job-store.js";
import { JobWorkers } from "./job-workers.js";

/** A store in memory whose database can be made to fail; it records what the workers asked of it. */
function memoryStore(jobs: ClaimedJob[]) {
  const calls = { claims: 0, heartbeats: 0, checks: 0 };
  const stored: Array<{ id: string; outcome: "completed" | "failed"; value: unknown }> = [];
  let down = false;
  let lost: Error | null = null;
  const failIfDown = () => {
    if (down) throw new Error("connect ECONNREFUSED");
  };
  const store: JobStore = {
    async claim() {
      calls.claims += 1;
      failIfDown();
      return jobs.shift() ?? null;
    },
    async complete(job, result) {
      failIfDown();
      stored.push({ id: job.id, outcome: "completed", value: result });
    },
    async fail(job, error) {
      failIfDown();
      stored.push({ id: job.id, outcome: "failed", value: (error as Error).message });
    },
    async heartbeat() {
      calls.heartbeats += 1;
      return lost;
    },
    async check() {
      calls.checks += 1;
      return lost;
    },
    progress: async () => undefined,
    save: async () => undefined,
  };
  return {
    store,
    calls,
    stored,
    setDown: (value: boolean) => {
      down = value;
    },
    lose: (reason: Error) => {
      lost = reason;
    },
  };
}

const job = (id: string, timeoutSeconds = 60): ClaimedJob => ({
  id,
  name: "work",
  attempt: 1,
  payload: id,
  saved: null,
  timeoutSeconds,
});

describe("JobWorkers", () => {
  const lines: string[] = [];
  let workers: JobWorkers<ClaimedJob> | undefined;
  const start = (store: JobStore, handlers: JobHandlers, concurrency = 1) => {
    const outage = new DatabaseOutage({
      database: "db",
      fix: "start it",
      log: (line) => lines.push(line),
      firstDelayMs: 1_000,
      maxDelayMs: 4_000,
    });
    workers = new JobWorkers({ store, outage, pollMs: 500, leaseMs: 3_000 });
    workers.work(handlers, { concurrency });
    return workers;
  };
  beforeEach(() => {
    vi.useFakeTimers();
    lines.length = 0;
  });
  afterEach(async () => {
    const stopping = workers?.stop(0);
    await vi.runOnlyPendingTimersAsync();
    await stopping;
    workers = undefined;
    vi.useRealTimers();
  });

  it("runs what it claims and stores each outcome: a result, or the error", async () => {
    const memory = memoryStore([job("a"), job("b")]);
    start(memory.store, {
      work: async (payload) => {
        if (payload === "b") throw new Error("b broke");
        return `did ${String(payload)}`;
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.stored).toEqual([
      { id: "a", outcome: "completed", value: "did a" },
      { id: "b", outcome: "failed", value: "b broke" },
    ]);
  });

  it("while the database fails, one slot at a time tries it at the backoff; the outage is logged once", async () => {
    const memory = memoryStore([]);
    memory.setDown(true);
    start(memory.store, { work: async () => null }, 3);
    await vi.advanceTimersByTimeAsync(0);
    // The three slots find it down at once (three failures: the next try waits 4 s, the cap).
    expect(memory.calls.claims).toBe(3);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(memory.calls.claims).toBe(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(memory.calls.claims).toBe(4);
    // Then one try per 4 s, not three slots polling every 0.5 s (which would be 60 tries in 10 s).
    await vi.advanceTimersByTimeAsync(10_000);
    expect(memory.calls.claims).toBe(6);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/database db is unreachable \(connect ECONNREFUSED\)/);

    memory.setDown(false);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/reachable again/);
  });

  it("a slot that waited while another tried the database goes back to polling at its interval, not after a minute", async () => {
    const memory = memoryStore([]);
    const queued: ClaimedJob[] = [];
    let answer: (job: ClaimedJob | null) => void = () => undefined;
    let slowClaim = false;
    memory.store.claim = () => {
      memory.calls.claims += 1;
      if (memory.calls.claims <= 2) return Promise.reject(new Error("connect ECONNREFUSED"));
      if (!slowClaim) return Promise.resolve(queued.shift() ?? null);
      slowClaim = false;
      return new Promise((resolve) => (answer = resolve));
    };
    const ran: unknown[] = [];
    let release: () => void = () => undefined;
    start(
      memory.store,
      {
        work: async (payload) => {
          ran.push(payload);
          if (payload === "long") await new Promise<void>((resolve) => (release = resolve));
          return null;
        },
      },
      2,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.calls.claims).toBe(2);
    // The database is back; the next try is on its way while the other slot looks and waits.
    slowClaim = true;
    await vi.advanceTimersByTimeAsync(2_000);
    const claimsWhileTrying = memory.calls.claims;
    answer(job("long"));
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual(["long"]);
    // A job another process enqueued (no wake-up here): the free slot finds it at its next poll.
    queued.push(job("from elsewhere"));
    await vi.advanceTimersByTimeAsync(600);
    expect(memory.calls.claims).toBeGreaterThan(claimsWhileTrying);
    expect(ran).toEqual(["long", "from elsewhere"]);
    release();
    await vi.advanceTimersByTimeAsync(0);
  });

  it("holds a finished attempt's outcome while the database fails, and stores it once it answers", async () => {
    const memory = memoryStore([job("a")]);
    let finish: (value: string) => void = () => undefined;
    start(memory.store, { work: () => new Promise((resolve) => (finish = resolve)) });
    await vi.advanceTimersByTimeAsync(0);
    memory.setDown(true);
    finish("done");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(memory.stored).toEqual([]);
    memory.setDown(false);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(memory.stored).toEqual([{ id: "a", outcome: "completed", value: "done" }]);
  });

  it("renews the lease every third of it and checks in between; a check that finds the job lost aborts the attempt", async () => {
    const memory = memoryStore([job("a")]);
    let signal: AbortSignal | undefined;
    start(memory.store, {
      work: (_payload, context) => {
        signal = context.signal;
        return new Promise(() => undefined);
      },
    });
    // Lease 3 s: a heartbeat each second; checks every min(2 s, 1 s) = 1 s fall on heartbeats.
    await vi.advanceTimersByTimeAsync(3_000);
    expect(memory.calls.heartbeats).toBe(3);
    expect(signal?.aborted).toBe(false);
    memory.lose(new JobCancelledError("a"));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(signal?.reason).toBeInstanceOf(JobCancelledError);
    expect(memory.stored).toEqual([{ id: "a", outcome: "failed", value: "job a was cancelled" }]);
  });

  it("takes a heartbeat that fell due while the previous one was still on its way as soon as that one ends", async () => {
    const memory = memoryStore([job("a")]);
    let release: () => void = () => undefined;
    memory.store.heartbeat = () => {
      memory.calls.heartbeats += 1;
      // The first renewal is slow (a busy database); the later ones answer at once.
      if (memory.calls.heartbeats > 1) return Promise.resolve(null);
      return new Promise((resolve) => (release = () => resolve(null)));
    };
    start(memory.store, { work: () => new Promise(() => undefined) });
    // Lease 3 s: a heartbeat each second. The first is held past the second's time.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(memory.calls.heartbeats).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    // Renewed at once, not a second later at the next tick (the lease would then be 2 s stale).
    expect(memory.calls.heartbeats).toBe(2);
  });

  it("stops at once when stopped while a claim is on its way, without waiting out a poll", async () => {
    const memory = memoryStore([]);
    let answer: (job: ClaimedJob | null) => void = () => undefined;
    memory.store.claim = () => new Promise((resolve) => (answer = resolve));
    const running = start(memory.store, { work: async () => null });
    let stopped = false;
    const stopping = running.stop(0).then(() => {
      stopped = true;
    });
    answer(null);
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(true);
    await stopping;
  });

  it("claims again at once when a job is enqueued while a claim is on its way, instead of waiting out a poll", async () => {
    const memory = memoryStore([]);
    const queued: ClaimedJob[] = [];
    let answer: (job: ClaimedJob | null) => void = () => undefined;
    let slowClaim = true;
    memory.store.claim = () => {
      memory.calls.claims += 1;
      if (!slowClaim) return Promise.resolve(queued.shift() ?? null);
      slowClaim = false;
      return new Promise((resolve) => (answer = resolve));
    };
    const ran: unknown[] = [];
    const running = start(memory.store, {
      work: async (payload) => {
        ran.push(payload);
        return null;
      },
    });
    // The job arrives, and the enqueuer wakes the workers, after the claim looked and found nothing.
    queued.push(job("late"));
    running.wake();
    answer(null);
    await vi.advanceTimersByTimeAsync(0);
    // No time has passed: without the wake-up it would be found only at the next poll, 500 ms on.
    expect(ran).toEqual(["late"]);
  });

  it("cuts an attempt at its timeout even when the handler ignores its signal", async () => {
    const memory = memoryStore([job("a", 5)]);
    start(memory.store, { work: () => new Promise(() => undefined) });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(memory.stored).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(memory.stored).toEqual([{ id: "a", outcome: "failed", value: "job work a timed out after 5s" }]);
  });
});
