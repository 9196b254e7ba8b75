import type { JobQueue, JobRecord } from "../queue/job-queue.js";

/** Polls a job until `done` holds for it; throws with its last state after `timeoutMs`. */
export async function waitForJob(
  queue: JobQueue,
  id: string,
  done: (job: JobRecord) => boolean,
  timeoutMs = 30_000,
): Promise<JobRecord> {
  const deadline = Date.now() + timeoutMs;
  let last: JobRecord | null = null;
  while (Date.now() < deadline) {
    last = await queue.get(id);
    if (last && done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${id} did not reach the expected state in ${timeoutMs} ms: ${JSON.stringify(last)}`);
}

export const isFinished = (job: JobRecord) =>
  job.status === "completed" || job.status === "failed" || job.status === "cancelled";
