import type { JobContext, JobHandler } from "./job-queue.js";

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
  /** The job as its handler sees it (see `JobContext`). */
  job: Pick<JobContext, "id" | "name" | "attempt" | "saved"> & { payload: unknown };
  handler: JobHandler;
  running: RunningAttempts;
  /** Past this the attempt's signal fires with a timeout error and the attempt fails. */
  timeoutSeconds: number;
  /** When the attempt is actually cut, if not at `timeoutSeconds` (pg-boss: just before it expires the job). */
  timeoutMs?: number;
  /**
   * Called every `checkEveryMs` while the handler runs: renews the job's lease or heartbeat, and
   * resolves with a reason to abort when the job is no longer this attempt's (cancelled, or taken
   * over by another worker after a stall), else null. Its own errors are ignored (a database that
   * is briefly away); the next check tries again.
   */
  check: () => Promise<Error | null>;
  checkEveryMs: number;
  progress: JobContext["progress"];
  save: JobContext["save"];
}

export type AttemptOutcome = { ok: true; result: unknown } | { ok: false; error: unknown };

/**
 * Runs one attempt of a job, the same on every queue: the handler gets a signal that fires on
 * timeout, on `cancel` (through `running`) and when the periodic check says the job is no longer
 * ours; the attempt ends as soon as the signal fires even when the handler ignores it. The adapter
 * stores the outcome (complete, or fail and retry).
 */
export async function runAttempt(options: AttemptOptions): Promise<AttemptOutcome> {
  const { job } = options;
  const abort = new AbortController();
  const unregister = options.running.add(job.id, abort);
  const timeout = setTimeout(
    () => abort.abort(new Error(`job ${job.name} ${job.id} timed out after ${options.timeoutSeconds}s`)),
    options.timeoutMs ?? options.timeoutSeconds * 1000,
  );
  let checking = false;
  const checker = setInterval(() => {
    // One check at a time: a slow database must not pile checks up.
    if (checking || abort.signal.aborted) return;
    checking = true;
    options
      .check()
      .then((reason) => {
        if (reason) abort.abort(reason);
      })
      .catch(() => undefined)
      .finally(() => {
        checking = false;
      });
  }, options.checkEveryMs);
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
    clearTimeout(timeout);
    clearInterval(checker);
    unregister();
  }
}

/** Stops running attempts that outlive `graceSeconds` once `stopping` is called; returns the clearer. */
export function abortAfterGrace(running: RunningAttempts, graceSeconds: number): () => void {
  const grace = setTimeout(() => running.abortAll(new Error("the worker is stopping")), graceSeconds * 1000);
  return () => clearTimeout(grace);
}
