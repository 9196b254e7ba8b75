import type { JobView } from "./generate-progress";

/** What the grouping panel shows for a grouping-edit job at one moment. */
export type GroupingProgress =
  | { step: "queued" | "retrying" | "running" | "error"; message: string }
  /** Done (or found done already): the editor goes on to `storyId`. */
  | { step: "done"; message: string; storyId: string };

interface GroupingEditReport {
  status?: unknown;
  storyId?: unknown;
  message?: unknown;
}

/** A grouping-edit job's state in the editor's words. */
export function describeGroupingJob(job: JobView): GroupingProgress {
  switch (job.status) {
    case "queued":
      return job.attempts === 0
        ? { step: "queued", message: "Queued: waiting for a worker to take the edit" }
        : {
            step: "retrying",
            message: `Attempt ${job.attempts} of ${job.maxAttempts} failed: ${job.lastError ?? "unknown error"}. Retrying shortly.`,
          };
    case "active":
      return { step: "running", message: job.message ?? "Starting" };
    case "cancelled":
      return { step: "error", message: "The edit was cancelled; nothing was changed." };
    case "failed":
      return { step: "error", message: job.lastError ?? "The edit failed without an error message." };
    case "completed": {
      const report = (job.result ?? {}) as GroupingEditReport;
      if ((report.status === "applied" || report.status === "unchanged") && typeof report.storyId === "string")
        return { step: "done", message: "Done.", storyId: report.storyId };
      return {
        step: "error",
        message: typeof report.message === "string" ? report.message : "The edit could not be made.",
      };
    }
  }
}
