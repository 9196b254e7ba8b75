/**
 * What a job is doing: waiting (also between retries), running, done, dead after its last attempt,
 * or cancelled on request (never run again, nothing stored from it).
 */
export type JobStatus = "queued" | "active" | "completed" | "failed" | "cancelled";

export const jobStatuses: readonly JobStatus[] = ["queued", "active", "completed", "failed", "cancelled"];

export interface JobRecord {
  id: string;
  name: string;
  /** The idempotency key it was enqueued with. */
  key: string | null;
  payload: unknown;
  status: JobStatus;
  /** Attempts started so far (1 while the first one runs). */
  attempts: number;
  maxAttempts: number;
  /** 0..1 while active, as reported by the handler. */
  progress: number | null;
  /** What the handler last said it was doing (see `JobContext.progress`); null once completed. */
  message: string | null;
  lastError: string | null;
  /** How long one attempt may run (a killed worker's job is retried sooner, once its lease runs out). */
  timeoutSeconds: number;
  result: unknown;
  createdAt: Date;
  /** When it may next run (the retry time for a queued job after a failure). */
  runAt: Date;
  finishedAt: Date | null;
}

export interface EnqueueOptions {
  /** Idempotency key: enqueueing the same key again returns the existing job instead of a new one. */
  key: string;
  /** Attempts before the job is dead. Default 3. */
  maxAttempts?: number;
  /** First retry delay in seconds, doubled on each retry. Default 5. */
  retryDelaySeconds?: number;
  /**
   * How long one attempt may run. Past it the attempt is aborted (its signal fires) and retried. A
   * job whose worker died is taken over sooner, when the worker's lease runs out. Default 15 minutes.
   */
  timeoutSeconds?: number;
  /** Run no earlier than this. */
  runAt?: Date;
}

export interface JobContext {
  id: string;
  name: string;
  /** 1 on the first attempt. */
  attempt: number;
  /** Fires on timeout, on `cancel`, and when the worker stops. */
  signal: AbortSignal;
  /** Reports how far the attempt is (0..1) and, optionally, what it is doing in words. */
  progress: (value: number, message?: string) => Promise<void>;
  /** What an earlier attempt of this job kept with `save`; null when none did. */
  saved: unknown;
  /**
   * Keeps a small JSON value with the job, for its later attempts (see `saved`): e.g. the id of
   * work submitted elsewhere, so an attempt retried after a crash or a timeout resumes that work.
   */
  save: (value: unknown) => Promise<void>;
}

/** Runs one job; what it returns is stored as the job's result, what it throws is the attempt's error. */
export type JobHandler = (payload: unknown, context: JobContext) => Promise<unknown>;

export type JobHandlers = Record<string, JobHandler>;

export interface WorkOptions {
  /** Jobs run at once by this process. Default 1. */
  concurrency?: number;
  /** Stops taking jobs when aborted; running jobs are awaited (see `stop`). */
  signal?: AbortSignal;
}

export interface ListJobsOptions {
  status?: JobStatus;
  name?: string;
  /** Newest first. Default 50. */
  limit?: number;
}

/**
 * A durable job queue: pg-boss on PostgreSQL (with a `Job` row per job for listing, progress and
 * leases), an in-process runner on the `Job` table on SQLite.
 */
export interface JobQueue {
  readonly provider: "postgresql" | "sqlite";
  /** Returns the job id; an existing job with the same key is returned rather than duplicated. */
  enqueue(name: string, payload: unknown, options: EnqueueOptions): Promise<string>;
  /** Starts working on the named handlers' jobs; resolves once the workers are running. */
  work(handlers: JobHandlers, options?: WorkOptions): Promise<void>;
  get(id: string): Promise<JobRecord | null>;
  list(options?: ListJobsOptions): Promise<JobRecord[]>;
  /** Puts a dead (failed) job back in the queue for one more attempt; false when it is not dead. */
  retry(id: string): Promise<boolean>;
  /**
   * Cancels a queued or running job: it is marked `cancelled` and never run again, and a running
   * attempt's signal fires (at once in this process, within a few seconds in another worker).
   * False when the job is already finished.
   */
  cancel(id: string): Promise<boolean>;
  progress(id: string, value: number, message?: string): Promise<void>;
  /**
   * Enqueues `name` with `payload` every `everyMinutes`: a timer in each process that schedules it,
   * deduplicated by time slot so several workers enqueue once (schedule-every.ts).
   */
  schedule(name: string, payload: unknown, options: { everyMinutes: number; timeoutSeconds?: number }): Promise<void>;
  /** Stops taking jobs, waits for running ones (aborting them after `graceSeconds`), and closes. */
  stop(options?: { graceSeconds?: number }): Promise<void>;
}

export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_RETRY_DELAY_SECONDS = 5;
export const DEFAULT_TIMEOUT_SECONDS = 15 * 60;

/** The reason a cancelled attempt's signal fires with. */
export class JobCancelledError extends Error {
  readonly code = "JOB_CANCELLED";
  constructor(readonly jobId: string) {
    super(`job ${jobId} was cancelled`);
    this.name = "JobCancelledError";
  }
}

/** How often a worker checks whether another process cancelled one of its running jobs. */
export const CANCEL_CHECK_INTERVAL_MS = 2_000;

export function describeJobError(error: unknown): string {
  if (error instanceof Error) {
    const described = (error as Error & { describe?: () => string }).describe;
    return typeof described === "function" ? described.call(error) : error.message || error.name;
  }
  return String(error);
}
