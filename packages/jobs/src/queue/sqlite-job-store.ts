import type { Database } from "@roundup/db";
import { describeJobError, JobCancelledError } from "./job-queue.js";
import type { ClaimedJob, JobStore } from "./job-store.js";
import { type Envelope, envelopeOf, type JobRow } from "./sqlite-job-records.js";

/** A claimed row, with its envelope (the settings and saved state stored in `payload`). */
export interface SqliteClaimedJob extends ClaimedJob {
  row: JobRow;
  envelope: Envelope;
}

/** Claims the next due job (or one whose worker's lease ran out); null when there is none. */
async function claimNextJob(
  db: Database,
  names: string[],
  worker: { id: string; leaseMs: number },
): Promise<JobRow | null> {
  for (let tries = 0; tries < 5; tries += 1) {
    const now = new Date();
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
      await db.job.updateMany({
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
    const claimed = await db.job.updateMany({
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
    if (claimed.count === 1) return db.job.findUnique({ where: { id: candidate.id } });
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
  worker: {
    id: string;
    leaseMs: number;
    /** Throws when the database file was removed or replaced: the worker then takes no jobs from it. */
    checkFile: () => void;
  },
): JobStore<SqliteClaimedJob> {
  /** The row while this attempt holds it; finding it no longer so means cancelled or taken over. */
  const mine = (job: SqliteClaimedJob) => ({ id: job.id, lockedBy: worker.id, status: "active" });
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
      await db.job.updateMany({
        where: mine(job),
        data: {
          status: "completed",
          result: result === undefined ? null : JSON.stringify(result),
          progress: 1,
          finishedAt: new Date(),
          ...released,
        },
      });
    },
    async fail(job, error) {
      const lastError = describeJobError(error);
      const dead = job.row.attempts >= job.row.maxAttempts;
      const delayMs = job.envelope.retryDelaySeconds * 1000 * 2 ** (job.row.attempts - 1);
      await db.job.updateMany({
        where: mine(job),
        data: dead
          ? { status: "failed", lastError, finishedAt: new Date(), ...released }
          : { status: "queued", lastError, runAt: new Date(Date.now() + delayMs), ...released },
      });
    },
    async heartbeat(job) {
      const renewed = await db.job.updateMany({
        where: mine(job),
        data: { lockedUntil: new Date(Date.now() + worker.leaseMs) },
      });
      return renewed.count === 0 ? new JobCancelledError(job.id) : null;
    },
    // A read between heartbeats: SQLite has one writer at a time.
    async check(job) {
      const held = await db.job.count({ where: mine(job) });
      return held === 0 ? new JobCancelledError(job.id) : null;
    },
    async progress(id, value, message) {
      await db.job.updateMany({
        where: { id, status: "active" },
        data: { progress: value, ...(message === undefined ? {} : { result: JSON.stringify({ message }) }) },
      });
    },
    async save(job, value) {
      await db.job.updateMany({
        where: mine(job),
        data: { payload: JSON.stringify({ ...job.envelope, saved: value }) },
      });
    },
  };
}
