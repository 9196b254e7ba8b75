import type { Database } from "@roundup/db";
import type { Clock } from "./clock.js";
import { JobCancelledError } from "./job-queue.js";
import type { Envelope } from "./job-records.js";
import type { ClaimedJob } from "./job-store.js";
import { updateJobRow } from "./update-job-row.js";

/** A claimed job as the `Job` table knows it: its row's envelope is rewritten by `save`. */
export interface JobTableClaim extends ClaimedJob {
  envelope: Envelope;
}

export interface JobTableWorker {
  /** Names this worker in `lockedBy`. */
  id: string;
  leaseMs: number;
  clock: Clock;
}

/**
 * What a running attempt writes to its `Job` row, the same on both databases: the lease
 * (`lockedUntil`, renewed by the heartbeat), progress and the state kept for later attempts. Each
 * write holds only while the row is still this attempt's (active and locked by this worker), so a
 * cancelled or taken-over attempt changes nothing.
 */
export function jobTableLease(db: Database, worker: JobTableWorker) {
  const mine = (job: ClaimedJob) => ({ id: job.id, lockedBy: worker.id, status: "active" });
  /** Why the attempt no longer holds its row: cancelled, or taken over after its lease ran out. */
  async function lostBecause(job: ClaimedJob): Promise<Error> {
    const row = await db.job.findUnique({ where: { id: job.id }, select: { status: true } });
    if (!row || row.status === "cancelled") return new JobCancelledError(job.id);
    return new Error(`job ${job.name} ${job.id} was taken over after this worker stopped answering`);
  }
  return {
    mine,
    leaseEnd: () => new Date(worker.clock.now() + worker.leaseMs),
    async heartbeat(job: ClaimedJob): Promise<Error | null> {
      const renewed = await updateJobRow(db, {
        where: mine(job),
        data: { lockedUntil: new Date(worker.clock.now() + worker.leaseMs) },
      });
      return renewed ? null : lostBecause(job);
    },
    // A read between heartbeats: SQLite has one writer at a time.
    async check(job: ClaimedJob): Promise<Error | null> {
      const held = await db.job.count({ where: mine(job) });
      return held === 0 ? lostBecause(job) : null;
    },
    async progress(id: string, value: number, message?: string): Promise<void> {
      await updateJobRow(db, {
        where: { id, status: "active" },
        data: { progress: value, ...(message === undefined ? {} : { result: JSON.stringify({ message }) }) },
      });
    },
    async save(job: JobTableClaim, value: unknown): Promise<void> {
      job.envelope = { ...job.envelope, saved: value };
      await updateJobRow(db, { where: mine(job), data: { payload: JSON.stringify(job.envelope) } });
    },
  };
}
