import type { Database } from "@roundup/db";
import { createJobHandlers, type JobHandlerDependencies } from "../handlers/create-job-handlers.js";
import { JOB_NAMES, type PollFeedsJobPayload } from "../handlers/job-names.js";
import { JOB_TIMEOUTS } from "../handlers/job-timeouts.js";
import { type CreateJobQueueOptions, createJobQueue } from "../queue/create-job-queue.js";
import type { JobHandlers, JobQueue } from "../queue/job-queue.js";

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
  /** Feeds to poll on a schedule (a `poll-feeds` job every `pollFeedsEveryMinutes`, default 15). */
  feeds?: string[];
  pollFeedsEveryMinutes?: number;
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
  if (options.feeds && options.feeds.length > 0)
    await queue.schedule(JOB_NAMES.pollFeeds, { feeds: options.feeds } satisfies PollFeedsJobPayload, {
      everyMinutes: options.pollFeedsEveryMinutes ?? 15,
      timeoutSeconds: JOB_TIMEOUTS.pollFeeds,
    });
  options.onReady?.(queue);
  if (!options.signal.aborted)
    await new Promise<void>((resolve) => options.signal.addEventListener("abort", () => resolve(), { once: true }));
  await queue.stop({ graceSeconds: options.graceSeconds ?? 30 });
}
