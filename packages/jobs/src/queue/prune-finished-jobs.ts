import type { Database } from "@roundup/db";
import { type Clock, repeatEvery } from "./clock.js";

// The `Job` table gains a row per job, and a subscribed newsroom enqueues a feed poll every few
// minutes: about two million rows in a year if nothing is removed. Finished rows older than the
// retention are deleted; queued and running ones are never touched, whatever their age.

/** Finished jobs are kept this many days by default (the jobs page lists them; the CLI shows them). */
export const DEFAULT_KEEP_FINISHED_JOBS_DAYS = 30;

const FINISHED = ["completed", "failed", "cancelled"];
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the completed, failed and cancelled jobs that finished before `finishedBefore`, a batch at
 * a time so that SQLite's write lock is never held for long. Returns how many rows went.
 */
export async function pruneFinishedJobs(
  db: Database,
  options: { finishedBefore: Date; batchSize?: number },
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let removed = 0;
  for (;;) {
    const rows = await db.job.findMany({
      where: { status: { in: FINISHED }, finishedAt: { lt: options.finishedBefore } },
      select: { id: true },
      take: batchSize,
    });
    if (rows.length === 0) return removed;
    // The status is checked again: a retried job may have been queued since it was read.
    const { count } = await db.job.deleteMany({
      where: {
        id: { in: rows.map((row) => row.id) },
        status: { in: FINISHED },
        finishedAt: { lt: options.finishedBefore },
      },
    });
    removed += count;
    if (rows.length < batchSize) return removed;
  }
}

export interface FinishedJobPruningOptions {
  db: Database;
  clock: Clock;
  /** Days a finished job is kept. */
  keepDays: number;
  /** False while the database is unreachable: nothing is pruned then. */
  reachable: () => boolean;
  /** Between rounds. Default one hour. */
  everyMs?: number;
  /** Told after each round how many rows it removed. */
  onRound?: (removed: number) => void;
}

/**
 * Prunes at once and then every hour (on `clock`): what a working process runs beside its workers.
 * Several workers pruning at once delete the same rows harmlessly. Returns the function that stops it.
 */
export function startFinishedJobPruning(options: FinishedJobPruningOptions): () => void {
  let busy = false;
  function pruneOnce() {
    // One round at a time, and none while the database is away (the workers report that).
    if (busy || !options.reachable()) return;
    busy = true;
    pruneFinishedJobs(options.db, { finishedBefore: new Date(options.clock.now() - options.keepDays * DAY_MS) })
      .then((removed) => options.onRound?.(removed))
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  }
  pruneOnce();
  return repeatEvery(options.clock, options.everyMs ?? 60 * 60 * 1000, pruneOnce);
}
