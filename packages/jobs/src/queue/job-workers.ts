import { type Clock, sleep, systemClock } from "./clock.js";
import type { DatabaseOutage } from "./database-outage.js";
import { CANCEL_CHECK_INTERVAL_MS, type JobHandler, type JobHandlers, type WorkOptions } from "./job-queue.js";
import type { ClaimedJob, JobStore } from "./job-store.js";
import { type AttemptOutcome, abortAfterGrace, RunningAttempts, runAttempt } from "./run-attempt.js";

export interface JobWorkersOptions<Claimed extends ClaimedJob> {
  store: JobStore<Claimed>;
  outage: DatabaseOutage;
  /** How often an idle worker looks for a due job. */
  pollMs: number;
  /** A running attempt renews its lease every third of it. */
  leaseMs: number;
  /** Leases, polling and backoff run on it (the system clock unless a test passes its own). */
  clock?: Clock;
}

/**
 * The workers of one process, the same on every queue: each slot claims a due job from the store,
 * runs it through the shared attempt runner and stores its outcome. While the database fails, one
 * slot at a time tries it again at the outage's backoff and the others wait for its answer, so a
 * worker whose database is gone neither polls at full rate nor takes jobs.
 */
export class JobWorkers<Claimed extends ClaimedJob> {
  readonly running = new RunningAttempts();
  private readonly stopping = new AbortController();
  private readonly loops: Promise<void>[] = [];
  private readonly wakers = new Set<() => void>();
  /** Counts wake-ups, so one that comes while a slot is claiming is not lost (see `idle`). */
  private wakeups = 0;
  /** While the database is down: when a slot may try it next (infinite while one is trying). */
  private nextTryAt = 0;

  private readonly clock: Clock;

  constructor(private readonly options: JobWorkersOptions<Claimed>) {
    this.clock = options.clock ?? systemClock;
  }

  /** Starts `concurrency` slots taking the named handlers' jobs until `signal` aborts or `stop`. */
  work(handlers: JobHandlers, workOptions: WorkOptions = {}): void {
    const signal = workOptions.signal
      ? AbortSignal.any([workOptions.signal, this.stopping.signal])
      : this.stopping.signal;
    for (let slot = 0; slot < Math.max(1, workOptions.concurrency ?? 1); slot += 1)
      this.loops.push(this.loop(handlers, signal));
  }

  /** Makes idle slots look for jobs at once (a job was just enqueued or retried). */
  wake(): void {
    this.wakeups += 1;
    for (const resolve of this.wakers) resolve();
  }

  /** Stops taking jobs and waits for the running ones, aborting those that outlive `graceSeconds`. */
  async stop(graceSeconds: number): Promise<void> {
    this.stopping.abort();
    this.wake();
    const stopWaiting = abortAfterGrace(this.running, graceSeconds, this.clock);
    await Promise.all(this.loops);
    stopWaiting();
  }

  private async loop(handlers: JobHandlers, signal: AbortSignal): Promise<void> {
    const names = Object.keys(handlers);
    while (!signal.aborted) {
      const wakeupsBefore = this.wakeups;
      const job = await this.claim(names);
      const handler = job ? handlers[job.name] : undefined;
      if (job && handler) {
        await this.run(job, handler, signal);
        continue;
      }
      await this.idle(signal, wakeupsBefore);
    }
  }

  /** A claimed job, or null when none is due, the database fails, or another slot is trying it. */
  private async claim(names: readonly string[]): Promise<Claimed | null> {
    const { outage, store } = this.options;
    if (outage.down) {
      if (this.clock.now() < this.nextTryAt) return null;
      this.nextTryAt = Number.POSITIVE_INFINITY;
    }
    try {
      const job = await store.claim(names);
      outage.recovered();
      this.nextTryAt = 0;
      return job;
    } catch (error) {
      this.nextTryAt = this.clock.now() + outage.failed(error);
      return null;
    }
  }

  /**
   * Waits for the next poll (or the next try while the database is down), or a wake-up. A wake-up
   * since the slot's claim began (a job enqueued while the claim was on its way, which the claim may
   * have missed) sends it to claim again at once instead of waiting out a poll.
   */
  private async idle(signal: AbortSignal, wakeupsBefore: number): Promise<void> {
    if (this.wakeups !== wakeupsBefore && !signal.aborted) return;
    const { outage, pollMs } = this.options;
    // While the database is down, the next try's time; a slot waiting for another's try (the time
    // is then infinite) looks again after a poll interval, as it does once the database answers.
    const untilTry = this.nextTryAt - this.clock.now();
    const wait = outage.down && Number.isFinite(untilTry) ? Math.max(0, untilTry) : pollMs;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.wakers.delete(done);
        resolve();
      };
      this.wakers.add(done);
      sleep(wait, signal, this.clock).then(done);
    });
  }

  private async run(job: Claimed, handler: JobHandler, signal: AbortSignal): Promise<void> {
    const { store, leaseMs } = this.options;
    const outcome = await runAttempt({
      job,
      handler,
      running: this.running,
      heartbeat: () => store.heartbeat(job),
      heartbeatEveryMs: leaseMs / 3,
      check: () => store.check(job),
      checkEveryMs: Math.max(200, Math.min(CANCEL_CHECK_INTERVAL_MS, leaseMs / 3)),
      progress: (value, message) => store.progress(job.id, value, message),
      save: (value) => store.save(job, value),
      clock: this.clock,
    });
    await this.storeOutcome(job, outcome, signal);
  }

  /**
   * Stores the outcome, holding it while the database is away rather than losing a finished
   * attempt's result. When the worker stops first, the job's lease runs out and it is run again.
   */
  private async storeOutcome(job: Claimed, outcome: AttemptOutcome, signal: AbortSignal): Promise<void> {
    const { store, outage } = this.options;
    while (true) {
      try {
        if (outcome.ok) await store.complete(job, outcome.result);
        else await store.fail(job, outcome.error);
        outage.recovered();
        return;
      } catch (error) {
        if (signal.aborted) return;
        await sleep(outage.failed(error), signal, this.clock);
      }
    }
  }
}
