import { type Database, hasDueFeeds } from "@roundup/db";
import { enqueuePollFeeds } from "../handlers/enqueue-jobs.js";
import type { JobQueue } from "../queue/job-queue.js";

export interface FeedSchedulerOptions {
  db: Database;
  queue: JobQueue;
  /** How often to look for due feeds, in seconds (default 15): the most a due feed waits for its poll. */
  everySeconds?: number;
  /** Stops the scheduler. */
  signal: AbortSignal;
  now?: () => Date;
  /** Told when a check fails (the database away: the queue's own outage handling says more). */
  onError?: (error: unknown) => void;
}

/**
 * Looks for due feed subscriptions every few seconds (one indexed query) and, when one is due,
 * enqueues a `poll-feeds` job keyed by the time slot: every worker (and the web server's own)
 * runs one of these, and between them they enqueue one poll per slot; the feeds' leases keep two
 * polls from reading the same feed. Nothing is enqueued while no feed is due, so an idle
 * subscription list costs no jobs.
 */
export function startFeedScheduler(options: FeedSchedulerOptions): { stopped: Promise<void> } {
  const everyMs = (options.everySeconds ?? 15) * 1000;
  const stopped = (async () => {
    while (!options.signal.aborted) {
      await enqueueDuePoll(options).catch((error: unknown) => options.onError?.(error));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, everyMs);
        function done() {
          clearTimeout(timer);
          options.signal.removeEventListener("abort", done);
          resolve();
        }
        options.signal.addEventListener("abort", done, { once: true });
      });
    }
  })();
  return { stopped };
}

/**
 * One look of the scheduler: when a feed is due, a `poll-feeds` job for the current time slot
 * (the same job for every worker that looks within the slot). Returns its id, or null when nothing is due.
 */
export async function enqueueDuePoll(
  options: Pick<FeedSchedulerOptions, "db" | "queue" | "everySeconds" | "now">,
): Promise<string | null> {
  const at = (options.now ?? (() => new Date()))();
  if (!(await hasDueFeeds(options.db, at))) return null;
  const slot = Math.floor(at.getTime() / ((options.everySeconds ?? 15) * 1000));
  return enqueuePollFeeds(options.queue, {}, { slot: `due:${slot}` });
}
