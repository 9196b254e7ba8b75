import type { JobContext } from "./job-queue.js";

/** A job a worker claimed: one attempt of it, as its handler sees it, with how long it may run. */
export interface ClaimedJob extends Pick<JobContext, "id" | "name" | "attempt" | "saved"> {
  payload: unknown;
  timeoutSeconds: number;
  /** When the attempt is actually cut, if not at `timeoutSeconds` (pg-boss: just before it expires the job). */
  timeoutMs?: number;
}

/**
 * What a queue's storage does for the shared workers (job-workers.ts): claim a due job, store an
 * attempt's outcome, and keep a running attempt's lease. Timeouts, aborting, the heartbeat's
 * cadence, polling and waiting out an unreachable database are shared; retry scheduling is the
 * store's (pg-boss schedules its own retries, SQLite's store computes the same doubling backoff).
 */
export interface JobStore<Claimed extends ClaimedJob = ClaimedJob> {
  /** The next due job of one of `names`, now this worker's; null when none is due. Throws when the database fails. */
  claim(names: readonly string[]): Promise<Claimed | null>;
  complete(job: Claimed, result: unknown): Promise<void>;
  /** Stores a failed attempt: the job waits for its retry, or is dead after its last attempt. */
  fail(job: Claimed, error: unknown): Promise<void>;
  /** Renews the attempt's lease; resolves with the reason to stop when the job is no longer this attempt's. */
  heartbeat(job: Claimed): Promise<Error | null>;
  /** Between heartbeats: the reason to stop when the job was cancelled or taken over, else null. */
  check(job: Claimed): Promise<Error | null>;
  progress(id: string, value: number, message?: string): Promise<void>;
  /** Keeps `value` with the job for its later attempts (`JobContext.save`). */
  save(job: Claimed, value: unknown): Promise<void>;
}
