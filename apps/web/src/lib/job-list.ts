import type { JobRecord, JobStatus } from "@roundup/jobs";

/** The Jobs page's filters: "dead" is the queue's `failed` (no attempts left). */
export const jobFilters = ["all", "dead", "queued", "active", "completed", "cancelled"] as const;

export type JobFilter = (typeof jobFilters)[number];

export function parseJobFilter(value: unknown): JobFilter {
  return (jobFilters as readonly unknown[]).includes(value) ? (value as JobFilter) : "all";
}

export function statusOfFilter(filter: JobFilter): JobStatus | undefined {
  if (filter === "all") return undefined;
  return filter === "dead" ? "failed" : filter;
}

/** How a status is labelled for editors: a failed job has no attempts left, so it is dead. */
export function jobStatusLabel(status: JobStatus): string {
  return status === "failed" ? "dead" : status;
}

/** Dead jobs first (they need someone), then the rest, newest first; each job once. */
export function orderJobsForReview<T extends Pick<JobRecord, "id" | "status" | "createdAt">>(jobs: readonly T[]): T[] {
  const unique = [...new Map(jobs.map((job) => [job.id, job])).values()];
  return unique.sort(
    (a, b) =>
      Number(b.status === "failed") - Number(a.status === "failed") || b.createdAt.getTime() - a.createdAt.getTime(),
  );
}
