import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Database } from "@roundup/db";
import { type Clock, systemClock } from "./clock.js";
import { DatabaseOutage, type DatabaseOutageOptions } from "./database-outage.js";
import { isUniqueViolation } from "./is-unique-violation.js";
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_TIMEOUT_SECONDS,
  type EnqueueOptions,
  JobCancelledError,
  type JobQueue,
} from "./job-queue.js";
import { type Envelope, listJobs, readJob } from "./job-records.js";
import { JobWorkers } from "./job-workers.js";
import { DEFAULT_KEEP_FINISHED_JOBS_DAYS, startFinishedJobPruning } from "./prune-finished-jobs.js";
import { scheduleEvery } from "./schedule-every.js";
import { createSqliteJobStore } from "./sqlite-job-store.js";
import { updateJobRow } from "./update-job-row.js";
import { watchDatabaseFile } from "./watch-database-file.js";

export interface SqliteJobQueueOptions {
  /** Names this process in `lockedBy`. Default host:pid:random. */
  workerId?: string;
  /**
   * A running job's lease, renewed every third of it while its worker lives. A killed worker's job
   * is taken over once the lease runs out. Default 30 s.
   */
  leaseSeconds?: number;
  /** How often an idle worker looks for jobs. Default 1 s. */
  pollIntervalSeconds?: number;
  /** The database file, watched so that a worker takes no jobs from a removed or replaced file. */
  file?: string;
  /**
   * How a worker waits out its database failing: the log line's destination and the backoff
   * (default 1 s doubling to 30 s).
   */
  outage?: Pick<DatabaseOutageOptions, "log" | "firstDelayMs" | "maxDelayMs">;
  /** Leases, polling, backoff and schedules run on it. Default: the system clock (tests pass a manual one). */
  clock?: Clock;
  /**
   * Days a completed, failed or cancelled job is kept before a working process deletes its row
   * (prune-finished-jobs.ts). Default 30.
   */
  keepFinishedJobsDays?: number;
}

/**
 * The SQLite queue: jobs are rows of the `Job` table (sqlite-job-store.ts claims, completes and
 * fails them); the shared workers (job-workers.ts) run them in this process.
 */
export function createSqliteJobQueue(db: Database, options: SqliteJobQueueOptions = {}): JobQueue {
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const leaseMs = (options.leaseSeconds ?? 30) * 1000;
  const clock = options.clock ?? systemClock;
  const schedules: Array<() => void> = [];
  const checkFile = options.file ? watchDatabaseFile(options.file) : () => undefined;
  const store = createSqliteJobStore(db, { id: workerId, leaseMs, clock, checkFile });
  const outage = new DatabaseOutage({
    ...options.outage,
    database: options.file ?? "(SQLite)",
    fix: "check that the database file is in place and readable; the worker resumes by itself",
  });
  let stopPruning: (() => void) | undefined;
  const workers = new JobWorkers({
    store,
    outage,
    pollMs: (options.pollIntervalSeconds ?? 1) * 1000,
    leaseMs,
    clock,
  });

  async function enqueue(name: string, payload: unknown, enqueueOptions: EnqueueOptions): Promise<string> {
    const id = await insertJob(db, name, payload, { runAt: new Date(clock.now()), ...enqueueOptions });
    workers.wake();
    return id;
  }

  return {
    provider: "sqlite",
    enqueue,
    async work(handlers, workOptions = {}) {
      workers.work(handlers, workOptions);
      stopPruning ??= startFinishedJobPruning({
        db,
        clock,
        keepDays: options.keepFinishedJobsDays ?? DEFAULT_KEEP_FINISHED_JOBS_DAYS,
        reachable: () => !outage.down,
      });
    },
    get: (id) => readJob(db, id),
    list: (listOptions) => listJobs(db, listOptions),
    async retry(id) {
      const job = await db.job.findUnique({ where: { id }, select: { attempts: true } });
      if (!job) return false;
      const updated = await updateJobRow(db, {
        where: { id, status: "failed" },
        data: { status: "queued", runAt: new Date(clock.now()), finishedAt: null, maxAttempts: job.attempts + 1 },
      });
      if (updated) workers.wake();
      return updated;
    },
    async cancel(id) {
      const cancelled = await updateJobRow(db, {
        where: { id, status: { in: ["queued", "active"] } },
        data: {
          status: "cancelled",
          lastError: "cancelled",
          lockedBy: null,
          lockedUntil: null,
          finishedAt: new Date(clock.now()),
        },
      });
      if (!cancelled) return false;
      workers.running.abort(id, new JobCancelledError(id));
      return true;
    },
    progress: store.progress,
    async schedule(name, payload, scheduleOptions) {
      schedules.push(await scheduleEvery(enqueue, name, payload, scheduleOptions, clock));
    },
    async stop(stopOptions = {}) {
      stopPruning?.();
      for (const stopSchedule of schedules) stopSchedule();
      await workers.stop(stopOptions.graceSeconds ?? 30);
    },
  };
}

/** Inserts a job, or returns the id of the one already enqueued with the same key. */
async function insertJob(db: Database, name: string, payload: unknown, options: EnqueueOptions): Promise<string> {
  const existing = await db.job.findUnique({ where: { key: options.key }, select: { id: true } });
  if (existing) return existing.id;
  const envelope: Envelope = {
    data: payload,
    retryDelaySeconds: options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
    timeoutSeconds: options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    saved: null,
  };
  try {
    const created = await db.job.create({
      data: {
        name,
        key: options.key,
        payload: JSON.stringify(envelope),
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        runAt: options.runAt ?? new Date(),
      },
      select: { id: true },
    });
    return created.id;
  } catch (error) {
    // Another process enqueued the same key between our check and insert.
    if (!isUniqueViolation(error)) throw error;
    const raced = await db.job.findUnique({ where: { key: options.key }, select: { id: true } });
    if (!raced) throw error;
    return raced.id;
  }
}
