import { addFeed, type Database } from "@roundup/db";
import { createJobHandlers } from "../handlers/create-job-handlers.js";
import type { JobHandlerDependencies } from "../handlers/job-runtime.js";
import { type CreateJobQueueOptions, createJobQueue } from "../queue/create-job-queue.js";
import type { JobHandlers, JobQueue } from "../queue/job-queue.js";
import { startFeedScheduler } from "./start-feed-scheduler.js";

export interface RunWorkerOptions {
  databaseUrl: string;
  db: Database;
  createEngine: JobHandlerDependencies["createEngine"];
  load?: JobHandlerDependencies["load"];
  groupWindowDays?: JobHandlerDependencies["groupWindowDays"];
  /** Jobs run at once in this process. Default 1. */
  concurrency?: number;
  /** Aborting it stops the worker gracefully: no new jobs, running ones finish (within `graceSeconds`). */
  signal: AbortSignal;
  graceSeconds?: number;
  queue?: CreateJobQueueOptions;
  /** Replaces or adds handlers (by job name) over the standard ones. */
  handlers?: JobHandlers;
  /** Feeds to subscribe to at start (kept in the database; see `roundup feeds`), polled every `pollFeedsEveryMinutes`. */
  feeds?: string[];
  pollFeedsEveryMinutes?: number;
  /** How often this worker looks for due feeds, in seconds (default 15; 0: never, leave it to other workers). */
  feedCheckSeconds?: number;
  /** Called once the worker takes jobs. */
  onReady?: (queue: JobQueue) => void;
}

/** Runs Roundup's job handlers until `signal` aborts, then stops gracefully. */
export async function runWorker(options: RunWorkerOptions): Promise<void> {
  const queue = await createJobQueue(options.databaseUrl, { ...options.queue, db: options.db });
  const handlers = {
    ...createJobHandlers({
      db: options.db,
      createEngine: options.createEngine,
      queue,
      ...(options.load ? { load: options.load } : {}),
      ...(options.groupWindowDays ? { groupWindowDays: options.groupWindowDays } : {}),
    }),
    ...options.handlers,
  };
  await queue.work(handlers, { concurrency: options.concurrency ?? 1, signal: options.signal });
  for (const url of options.feeds ?? [])
    await addFeed(options.db, {
      url,
      ...(options.pollFeedsEveryMinutes ? { everyMinutes: options.pollFeedsEveryMinutes } : {}),
    });
  const scheduler =
    options.feedCheckSeconds === 0
      ? null
      : startFeedScheduler({
          db: options.db,
          queue,
          signal: options.signal,
          ...(options.feedCheckSeconds ? { everySeconds: options.feedCheckSeconds } : {}),
        });
  options.onReady?.(queue);
  if (!options.signal.aborted)
    await new Promise<void>((resolve) => options.signal.addEventListener("abort", () => resolve(), { once: true }));
  await scheduler?.stopped;
  await queue.stop({ graceSeconds: options.graceSeconds ?? 30 });
}
