import { type Clock, repeatEvery } from "./clock.js";
import type { JobContext, JobHandler } from "./job-queue.js";
import type { ClaimedJob } from "./job-store.js";

/** The attempts running in this process, by job id: `cancel` aborts one at once, `stop` all that outlive the grace. */
export class RunningAttempts {
  private readonly attempts = new Map<string, AbortController>();

  ids(): string[] {
    return [...this.attempts.keys()];
  }

  get size(): number {
    return this.attempts.size;
  }

  abort(id: string, reason: unknown): void {
    this.attempts.get(id)?.abort(reason);
  }

  abortAll(reason: unknown): void {
    for (const attempt of this.attempts.values()) attempt.abort(reason);
  }

  /** Registers an attempt; the returned function removes it. */
  add(id: string, controller: AbortController): () => void {
    this.attempts.set(id, controller);
    return () => {
      if (this.attempts.get(id) === controller) this.attempts.delete(id);
    };
  }
}

export interface AttemptOptions {
  /** The job as its handler sees it (see `JobContext`), with its timeout. */
  job: ClaimedJob;
  handler: JobHandler;
  running: RunningAttempts;
  /**
   * Renews the job's lease every `heartbeatEveryMs` and looks whether the job is still this attempt's
   * every `checkEveryMs` between heartbeats; a reason from either aborts the attempt (cancelled, or
   * taken over by another worker after a stall). Their own errors are ignored (a database that is
   * briefly away); the next tick tries again.
   */
  heartbeat: () => Promise<Error | null>;
  heartbeatEveryMs: number;
  check: () => Promise<Error | null>;
  checkEveryMs: number;
  progress: JobContext["progress"];
  save: JobContext["save"];
  clock: Clock;
}

export type AttemptOutcome = { ok: true; result: unknown } | { ok: false; error: unknown };

/**
 * Runs one attempt of a job, the same on every queue: the handler gets a signal that fires on
 * timeout, on `cancel` (through `running`) and when the periodic check says the job is no longer
 * ours; the attempt ends as soon as the signal fires even when the handler ignores it. The adapter
 * stores the outcome (complete, or fail and retry).
 */
export async function runAttempt(options: AttemptOptions): Promise<AttemptOutcome> {
  const { job, clock } = options;
  const abort = new AbortController();
  const unregister = options.running.add(job.id, abort);
  const cancelTimeout = clock.setTimer(
    () => abort.abort(new Error(`job ${job.name} ${job.id} timed out after ${job.timeoutSeconds}s`)),
    job.timeoutMs ?? job.timeoutSeconds * 1000,
  );
  let lastHeartbeat = clock.now();
  let checking = false;
  let lookAgain = false;
  let stopped = false;
  const tickMs = Math.min(options.checkEveryMs, options.heartbeatEveryMs);
  const look = () => {
    if (stopped || abort.signal.aborted) return;
    // One look at a time, so a slow database does not pile them up; a tick that comes meanwhile is
    // not dropped but taken when the look in flight ends, or a heartbeat could be a whole tick late.
    if (checking) {
      lookAgain = true;
      return;
    }
    checking = true;
    lookAgain = false;
    // Half a tick early rather than a tick late: timers drift, and a late heartbeat can lose the lease.
    const beat = clock.now() - lastHeartbeat >= options.heartbeatEveryMs - tickMs / 2;
    if (beat) lastHeartbeat = clock.now();
    (beat ? options.heartbeat() : options.check())
      .then((reason) => {
        if (reason) abort.abort(reason);
      })
      .catch(() => undefined)
      .finally(() => {
        checking = false;
        if (lookAgain) look();
      });
  };
  const stopRepeating = repeatEvery(clock, tickMs, look);
  const stopChecking = () => {
    stopped = true;
    stopRepeating();
  };
  const aborted = new Promise<never>((_, reject) => {
    abort.signal.addEventListener("abort", () => reject(abort.signal.reason), { once: true });
  });
  // An abort that comes after the handler settled must not surface as an unhandled rejection.
  aborted.catch(() => undefined);
  try {
    const result = await Promise.race([
      options.handler(job.payload, {
        id: job.id,
        name: job.name,
        attempt: job.attempt,
        signal: abort.signal,
        progress: options.progress,
        saved: job.saved,
        save: options.save,
      }),
      aborted,
    ]);
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error };
  } finally {
    cancelTimeout();
    stopChecking();
    unregister();
  }
}

/** Stops running attempts that outlive `graceSeconds` once `stopping` is called; returns the clearer. */
export function abortAfterGrace(running: RunningAttempts, graceSeconds: number, clock: Clock): () => void {
  return clock.setTimer(() => running.abortAll(new Error("the worker is stopping")), graceSeconds * 1000);
}
