import { getHeapStatistics } from "node:v8";
import { createJobHandlers, startFeedScheduler } from "@roundup/jobs";
import { readWebEnv, type WebEnv } from "../env";
import { createWebEngine } from "./create-web-engine";
import { getDatabase } from "./db";
import { getJobQueue } from "./job-queue";

/**
 * Runs queued jobs (ingest, sources, group, digest, feed polls) inside the web server, and polls the
 * subscribed feeds on their schedule, so a single `npm start` on SQLite needs no separate worker.
 * ROUNDUP_WEB_WORKER=off leaves both to `roundup worker`.
 */
export async function startWebWorker(env: WebEnv = readWebEnv()): Promise<boolean> {
  if (env.ROUNDUP_WEB_WORKER === "off") return false;
  const queue = await getJobQueue();
  const allowHosts = env.ROUNDUP_FETCH_ALLOW_HOSTS;
  await queue.work(
    createJobHandlers({
      db: getDatabase(),
      createEngine: createWebEngine,
      queue,
      load: { allowHosts },
      ...(env.ROUNDUP_GROUP_WINDOW_DAYS ? { groupWindowDays: env.ROUNDUP_GROUP_WINDOW_DAYS } : {}),
    }),
    { concurrency: 1 },
  );
  // The server runs until its process ends: the scheduler never needs stopping.
  startFeedScheduler({ db: getDatabase(), queue, signal: new AbortController().signal });
  process.stderr.write(
    `roundup web: running jobs in this process on ${queue.provider} (heap limit ${Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024)} MB), due feeds polled too (set ROUNDUP_WEB_WORKER=off to leave them to \`roundup worker\`)\n`,
  );
  return true;
}
