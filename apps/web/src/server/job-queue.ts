import { readDatabaseEnv } from "@roundup/db";
import { createJobQueue, type JobQueue } from "@roundup/jobs";
import { readWebEnv } from "../env";
import { getDatabase } from "./db";

// Kept on globalThis: Next bundles instrumentation and routes apart, and they must share one queue
// so that Cancel reaches an attempt the in-process worker is running at once.
const queueKey = Symbol.for("roundup.web.jobQueue");
type QueueHolder = { [queueKey]?: Promise<JobQueue> };

/** The server process's job queue, opened on first use; it runs pg-boss's maintenance only when it works jobs. */
export function getJobQueue(): Promise<JobQueue> {
  const holder = globalThis as QueueHolder;
  const env = readWebEnv();
  holder[queueKey] ??= createJobQueue(readDatabaseEnv().databaseUrl, {
    db: getDatabase(),
    supervise: env.ROUNDUP_WEB_WORKER === "on",
    ...(env.ROUNDUP_JOB_RETENTION_DAYS ? { keepFinishedJobsDays: env.ROUNDUP_JOB_RETENTION_DAYS } : {}),
  }).catch((error: unknown) => {
    holder[queueKey] = undefined;
    throw error;
  });
  return holder[queueKey];
}
