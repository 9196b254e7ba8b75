import type { Database } from "@roundup/db";
import { describeJobError } from "./job-queue.js";
import { envelopeOf, type JobRow } from "./job-records.js";
import type { JobStore } from "./job-store.js";
import { type JobTableClaim, type JobTableWorker, jobTableLease } from "./job-table-lease.js";
import { updateJobRow } from "./update-job-row.js";

/** A claimed row, with its envelope (the settings and saved state stored in `payload`). */
export interface SqliteClaimedJob extends JobTableClaim {
  row: JobRow;
}

/** Claims the next due job (or one whose worker's lease ran out); null when there is none. */
async function claimNextJob(db: Database, names: string[], worker: JobTableWorker): Promise<JobRow | null> {
  for (let tries = 0; tries < 5; tries += 1) {
    const now = new Date(worker.clock.now());
    const candidate = await db.job.findFirst({
      where: {
        name: { in: names },
        OR: [
          { status: "queued", runAt: { lte: now } },
          { status: "active", lockedUntil: { lt: now } },
        ],
      },
      orderBy: [{ runAt: "asc" }, { createdAt: "asc" }],
    });
    if (!candidate) return null;
    const unchanged = {
      id: candidate.id,
      status: candidate.status,
      attempts: candidate.attempts,
      lockedUntil: candidate.lockedUntil,
    };
    if (candidate.status === "active" && candidate.attempts >= candidate.maxAttempts) {
      // Its last attempt's worker died: the job is dead rather than run beyond maxAttempts.
      await updateJobRow(db, {
        where: unchanged,
        data: {
          status: "failed",
          lockedBy: null,
          lockedUntil: null,
          finishedAt: now,
          lastError: `${candidate.lastError ? `${candidate.lastError}; ` : ""}worker ${candidate.lockedBy} stopped responding (lease expired) on the last attempt`,
        },
      });
      continue;
    }
    const claimed = await updateJobRow(db, {
      where: unchanged,
      data: {
        status: "active",
        attempts: { increment: 1 },
        lockedBy: worker.id,
        lockedUntil: new Date(now.getTime() + worker.leaseMs),
        ...(candidate.status === "active"
          ? { lastError: `worker ${candidate.lockedBy} stopped responding (lease expired)` }
          : {}),
      },
    });
    if (claimed) return db.job.findUnique({ where: { id: candidate.id } });
    // Another worker won the race for this one: look again.
  }
  return null;
}

/**
 * Claim, complete and fail on the `Job` table. A worker claims a job with a conditional update
 * (compare-and-set on status, attempts and lease), so two workers never run the same attempt, and
 * holds a lease (`lockedUntil`) that its heartbeat renews. A failed attempt is queued again after an
 * exponential backoff until `maxAttempts`, then the job is `failed` (dead) with its error.
 */
export function createSqliteJobStore(
  db: Database,
  worker: JobTableWorker & {
    /** Throws when the database file was removed or replaced: the worker then takes no jobs from it. */
    checkFile: () => void;
  },
): JobStore<SqliteClaimedJob> {
  const lease = jobTableLease(db, worker);
  const { mine } = lease;
  const released = { lockedBy: null, lockedUntil: null };
  return {
    async claim(names) {
      worker.checkFile();
      const row = await claimNextJob(db, [...names], worker);
      if (!row) return null;
      const envelope = envelopeOf(row);
      return {
        id: row.id,
        name: row.name,
        attempt: row.attempts,
        payload: envelope.data,
        saved: envelope.saved,
        timeoutSeconds: envelope.timeoutSeconds,
        row,
        envelope,
      };
    },
    async complete(job, result) {
      await updateJobRow(db, {
        where: mine(job),
        data: {
          status: "completed",
          result: result === undefined ? null : JSON.stringify(result),
          progress: 1,
          finishedAt: new Date(worker.clock.now()),
          ...released,
        },
      });
    },
    async fail(job, error) {
      const lastError = describeJobError(error);
      const dead = job.row.attempts >= job.row.maxAttempts;
      const delayMs = job.envelope.retryDelaySeconds * 1000 * 2 ** (job.row.attempts - 1);
      await updateJobRow(db, {
        where: mine(job),
        data: dead
          ? { status: "failed", lastError, finishedAt: new Date(worker.clock.now()), ...released }
          : { status: "queued", lastError, runAt: new Date(worker.clock.now() + delayMs), ...released },
      });
    },
    heartbeat: lease.heartbeat,
    check: lease.check,
    progress: lease.progress,
    save: lease.save,
  };
}
