import type { JobView } from "./generate-progress";

const finalStatuses = new Set<JobView["status"]>(["completed", "failed", "cancelled"]);

/** The job in an answer of /api/jobs/<id> (or of the route that enqueued it), or the error it gives. */
export async function readJob(response: Response): Promise<JobView | string> {
  const body = (await response.json().catch(() => null)) as { job?: JobView; error?: string } | null;
  return body?.job ?? body?.error ?? `The server answered ${response.status}.`;
}

/**
 * Follows a job from the browser: polls /api/jobs/<id> every `intervalMs`, hands each state (or the
 * error the server gave) to `onUpdate`, and resolves with the last one once the job completed, failed
 * or was cancelled.
 */
export async function followJob(
  id: string,
  onUpdate: (job: JobView | string) => void,
  intervalMs = 500,
): Promise<JobView | string> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    const job = await readJob(await fetch(`/api/jobs/${encodeURIComponent(id)}`, { cache: "no-store" }));
    onUpdate(job);
    if (typeof job === "string" || finalStatuses.has(job.status)) return job;
  }
}
