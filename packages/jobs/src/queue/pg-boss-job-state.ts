import type PgBoss from "pg-boss";
import type { JobRowChange } from "./job-records.js";

/** What Roundup sends in a pg-boss job's data. */
export interface PgBossJobData {
  payload?: unknown;
  /** The idempotency key it was enqueued with. */
  key?: string;
}

/** The error a failed pg-boss attempt left in its output: ours (`message`) or its expiry's (`value.message`). */
function errorOf(output: unknown): string | null {
  if (!output || typeof output !== "object") return null;
  const { message, value } = output as { message?: unknown; value?: { message?: unknown } };
  const found = message ?? value?.message;
  return typeof found === "string" ? found : null;
}

const released = { lockedBy: null, lockedUntil: null };

/**
 * The `Job` row's fields for what pg-boss says of a job that is no longer this worker's attempt
 * (through its API: `getJobById`): waiting for a retry, dead, cancelled or completed. Null for a
 * job pg-boss no longer has at all (deleted): the row is then marked failed by the caller.
 */
export function jobRowFromPgBoss(job: PgBoss.JobWithMetadata<PgBossJobData>): JobRowChange {
  const lastError = errorOf(job.output);
  switch (job.state) {
    case "created":
    case "retry":
      return { status: "queued", runAt: job.startAfter, ...(lastError ? { lastError } : {}), ...released };
    case "active":
      return { status: "active", attempts: job.retryCount + 1 };
    case "completed":
      return {
        status: "completed",
        progress: 1,
        result: JSON.stringify((job.output as { result?: unknown } | null)?.result ?? null),
        finishedAt: job.completedOn ?? new Date(),
        ...released,
      };
    case "cancelled":
      return { status: "cancelled", lastError: "cancelled", finishedAt: job.completedOn ?? new Date(), ...released };
    case "failed":
      return { status: "failed", lastError, finishedAt: job.completedOn ?? new Date(), ...released };
  }
}
