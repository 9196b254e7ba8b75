import type { Database } from "@roundup/db";
import type PgBoss from "pg-boss";
import { type Clock, repeatEvery } from "./clock.js";
import { jobRowFromPgBoss, type PgBossJobData } from "./pg-boss-job-state.js";
import { updateJobRow } from "./update-job-row.js";

// Liveness for pg-boss 10, which has none (11 and later need Node 22): without it a killed worker's
// job waits for its whole timeout (up to 25 hours for a batch digest) before pg-boss retries it. Each
// running attempt renews a lease on its `Job` row (job-table-lease.ts), and every working process
// fails, through pg-boss's API, the active jobs whose lease ran out, so an orphaned job is retried
// within about a lease.
// Heartbeats run on the event loop: a worker blocked longer than the lease would be taken for dead
// and its job run again, which the idempotent handlers absorb; the default lease (5 minutes) is well
// above the longest synchronous step measured (grouping 100,000 articles).

export interface OrphanedJobSweepOptions {
  db: Database;
  boss: PgBoss;
  clock: Clock;
  /** A job whose lease is this long past is taken for orphaned; the sweep runs every third of it. */
  leaseMs: number;
  /** False while the database is unreachable: nothing is swept then. */
  reachable: () => boolean;
  /**
   * The jobs this process is running: alive whatever their lease says (a long synchronous step
   * can hold the heartbeat back past the lease, and the sweep would otherwise fail its own job).
   */
  running: () => string[];
}

/**
 * Every third of the lease, fails the active jobs whose worker stopped renewing its lease (pg-boss
 * then retries them, or marks them dead after the last attempt), and brings their rows in line with
 * what pg-boss says of them, which also covers jobs pg-boss itself expired after their timeout.
 */
export function startOrphanedJobSweep(options: OrphanedJobSweepOptions): { stop: () => void } {
  const { db, boss, clock } = options;
  let busy = false;
  async function sweepOnce(): Promise<void> {
    if (!options.reachable()) return;
    const stale = await db.job.findMany({
      where: { status: "active", lockedUntil: { lt: new Date(clock.now()) }, id: { notIn: options.running() } },
      select: { id: true, name: true, attempts: true, lockedBy: true, lockedUntil: true },
    });
    for (const row of stale) {
      let current = await boss.getJobById<PgBossJobData>(row.name, row.id, { includeArchive: true });
      if (current?.state === "active" && current.retryCount === row.attempts - 1) {
        const message = `the worker running it stopped answering (no heartbeat for ${options.leaseMs / 1000} s)`;
        await boss.fail(row.name, row.id, { message });
        current = await boss.getJobById<PgBossJobData>(row.name, row.id, { includeArchive: true });
      }
      // Only while the row is still the stale attempt's: a worker may have claimed the retry meanwhile.
      await updateJobRow(db, {
        where: { id: row.id, status: "active", lockedBy: row.lockedBy, lockedUntil: row.lockedUntil },
        data: current
          ? jobRowFromPgBoss(current)
          : { status: "failed", lastError: "pg-boss no longer has this job", lockedBy: null, lockedUntil: null },
      });
    }
  }
  const stop = repeatEvery(clock, Math.max(500, options.leaseMs / 3), () => {
    // One round at a time: a slow database must not pile rounds up.
    if (busy) return;
    busy = true;
    sweepOnce()
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  });
  return { stop };
}
