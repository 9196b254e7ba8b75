import type { Database } from "@roundup/db";
import type PgBoss from "pg-boss";
import { isUniqueViolation } from "./is-unique-violation.js";
import {
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_TIMEOUT_SECONDS,
  describeJobError,
  JobCancelledError,
} from "./job-queue.js";
import { type Envelope, envelopeOf, type JobRow } from "./job-records.js";
import type { JobStore } from "./job-store.js";
import { type JobTableClaim, type JobTableWorker, jobTableLease } from "./job-table-lease.js";
import { jobRowFromPgBoss, type PgBossJobData } from "./pg-boss-job-state.js";
import { updateJobRow } from "./update-job-row.js";

/** A pg-boss job claimed by this worker: the attempt is known by its retry count. */
export interface PgBossClaimedJob extends JobTableClaim {
  retryCount: number;
}

export interface PgBossJobStoreOptions {
  boss: PgBoss;
  /** Roundup's database, whose `Job` table holds each job's listing, progress, lease and saved state. */
  db: Database;
  worker: JobTableWorker;
  /** Called with pg-boss's errors that came before a claim found the database reachable. */
  log: (line: string) => void;
}

/** The envelope of a job pg-boss fetched (its settings and saved state live in the `Job` row). */
function envelopeFor(job: PgBoss.JobWithMetadata<PgBossJobData>): Envelope {
  return {
    data: job.data?.payload ?? null,
    retryDelaySeconds: job.retryDelay ?? DEFAULT_RETRY_DELAY_SECONDS,
    timeoutSeconds: Number(job.expireInSeconds) || DEFAULT_TIMEOUT_SECONDS,
    saved: null,
  };
}

/**
 * Marks the job's row as this worker's attempt. A job with no row yet (its enqueuer has not written
 * it, or it was sent before Roundup kept rows for pg-boss's jobs) gets one.
 */
async function claimRow(
  db: Database,
  job: PgBoss.JobWithMetadata<PgBossJobData>,
  claimed: { lockedBy: string; lockedUntil: Date },
): Promise<JobRow> {
  const attempt = { status: "active", attempts: job.retryCount + 1, finishedAt: null, ...claimed };
  const updated = await updateJobRow(db, { where: { id: job.id }, data: attempt });
  if (!updated) {
    const row = {
      id: job.id,
      name: job.name,
      payload: JSON.stringify(envelopeFor(job)),
      maxAttempts: job.retryLimit + 1,
      runAt: job.startAfter,
      createdAt: job.createdOn,
      ...attempt,
    };
    const key = job.data?.key ?? job.id;
    try {
      await db.job.create({ data: { ...row, key } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The enqueuer wrote it meanwhile (then it is claimed by the update), or another job has its key.
      const again = await updateJobRow(db, { where: { id: job.id }, data: attempt });
      if (!again) await db.job.create({ data: { ...row, key: `${key}:${job.id}` } });
    }
  }
  return db.job.findUniqueOrThrow({ where: { id: job.id } });
}

/**
 * Claim, complete and fail through pg-boss's API (fetch, complete, fail, getJobById); everything
 * pg-boss's API cannot give (a running job's lease, progress and saved state) is in Roundup's `Job`
 * table, where each job has a row (job-table-lease.ts).
 */
export function createPgBossJobStore(
  options: PgBossJobStoreOptions,
): JobStore<PgBossClaimedJob> & { noteError: (message: string) => void } {
  const { boss, db, worker } = options;
  const lease = jobTableLease(db, worker);
  /** pg-boss's pool errors since the last claim: printed only when the database turns out to be reachable. */
  let pendingErrors: string[] = [];
  let nextQueue = 0;

  async function fetchOne(name: string): Promise<PgBossClaimedJob | null> {
    const [job] = await boss.fetch<PgBossJobData>(name, { batchSize: 1, includeMetadata: true });
    if (!job) return null;
    const row = await claimRow(db, job, { lockedBy: worker.id, lockedUntil: lease.leaseEnd() });
    const envelope = envelopeOf(row);
    const timeoutSeconds = Number(job.expireInSeconds) || DEFAULT_TIMEOUT_SECONDS;
    return {
      id: job.id,
      name,
      attempt: job.retryCount + 1,
      retryCount: job.retryCount,
      payload: job.data?.payload ?? null,
      saved: envelope.saved,
      envelope,
      timeoutSeconds,
      // Just before pg-boss's maintenance would expire the attempt itself.
      timeoutMs: Math.max(500, timeoutSeconds * 1000 - 250),
    };
  }

  /** Why the attempt should stop (cancelled, or failed for a lost heartbeat and handed on), else null. */
  async function lostBecause(job: PgBossClaimedJob): Promise<Error | null> {
    const current = await boss.getJobById(job.name, job.id);
    if (current?.state === "cancelled") return new JobCancelledError(job.id);
    if (current?.state !== "active" || current.retryCount !== job.retryCount)
      return new Error(`job ${job.name} ${job.id} was taken over after this worker stopped answering`);
    return null;
  }

  /**
   * After pg-boss took the job from this attempt (expired it after its timeout, or the sweep failed
   * it): the row follows what pg-boss says, unless another worker has claimed it meanwhile.
   */
  async function followPgBoss(job: PgBossClaimedJob): Promise<void> {
    const current = await boss.getJobById<PgBossJobData>(job.name, job.id, { includeArchive: true });
    if (current && current.state !== "active")
      await updateJobRow(db, { where: lease.mine(job), data: jobRowFromPgBoss(current) });
  }

  return {
    noteError(message) {
      pendingErrors.push(message);
    },
    async claim(names) {
      const errors = pendingErrors;
      pendingErrors = [];
      // pg-boss's fetch answers an empty list when the database fails: this read throws instead.
      await boss.schemaVersion();
      for (const message of errors) options.log(`roundup jobs: pg-boss: ${message}`);
      for (let tried = 0; tried < names.length; tried += 1) {
        nextQueue = (nextQueue + 1) % names.length;
        const job = await fetchOne(names[nextQueue] as string);
        if (job) return job;
      }
      return null;
    },
    // Only while the attempt still holds the job: pg-boss would otherwise complete or fail the
    // attempt of the worker that took it over.
    async complete(job, result) {
      if (await lostBecause(job)) return followPgBoss(job);
      // The result goes to pg-boss too: should the row's update below fail, the sweep copies it from there.
      await boss.complete(job.name, job.id, { result: result ?? null });
      await updateJobRow(db, {
        where: lease.mine(job),
        data: {
          status: "completed",
          result: result === undefined ? null : JSON.stringify(result),
          progress: 1,
          finishedAt: new Date(worker.clock.now()),
          lockedBy: null,
          lockedUntil: null,
        },
      });
    },
    async fail(job, error) {
      if (await lostBecause(job)) return followPgBoss(job);
      const lastError = describeJobError(error);
      await boss.fail(job.name, job.id, { message: lastError });
      // pg-boss decides between a retry (and when) and a dead job: the row follows it.
      const after = await boss.getJobById<PgBossJobData>(job.name, job.id);
      await updateJobRow(db, {
        where: lease.mine(job),
        data: after
          ? { ...jobRowFromPgBoss(after), lastError }
          : {
              status: "failed",
              lastError,
              finishedAt: new Date(worker.clock.now()),
              lockedBy: null,
              lockedUntil: null,
            },
      });
    },
    heartbeat: lease.heartbeat,
    check: lease.check,
    progress: lease.progress,
    save: lease.save,
  };
}
