import type { JobRecord } from "@roundup/jobs";

/** A job as the browser receives it: dates as ISO strings, no key or payload. */
export type JobView = Omit<JobRecord, "key" | "payload" | "createdAt" | "runAt" | "finishedAt"> & {
  createdAt: string;
  runAt: string;
  finishedAt: string | null;
};

export function toJobView(job: JobRecord): JobView {
  return {
    id: job.id,
    name: job.name,
    status: job.status,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    progress: job.progress,
    message: job.message,
    lastError: job.lastError,
    timeoutSeconds: job.timeoutSeconds,
    result: job.result,
    createdAt: job.createdAt.toISOString(),
    runAt: job.runAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** What the Generate panel shows for a digest job at one moment. */
export type GenerateProgress =
  | { step: "queued" | "retrying"; message: string }
  | { step: "running"; message: string; progress: number | null }
  | { step: "saved"; message: string; version: number | null }
  | { step: "reused" | "cancelled" | "error"; message: string };

export const finalSteps = new Set<GenerateProgress["step"]>(["saved", "reused", "cancelled", "error"]);

interface DigestResult {
  status?: unknown;
  version?: unknown;
  sentences?: unknown;
  unsupported?: unknown;
}

/** The digest job's state in the words an editor reads (the handler's step messages, the provider's errors). */
export function describeDigestJob(job: JobView): GenerateProgress {
  switch (job.status) {
    case "queued":
      return job.attempts === 0
        ? { step: "queued", message: "Queued: waiting for a worker to take the job" }
        : {
            step: "retrying",
            message: `Attempt ${job.attempts} of ${job.maxAttempts} failed: ${job.lastError ?? "unknown error"}. Retrying shortly.`,
          };
    case "active":
      return { step: "running", message: job.message ?? "Starting", progress: job.progress };
    case "cancelled":
      return { step: "cancelled", message: "Cancelled: nothing was saved." };
    case "failed":
      return { step: "error", message: job.lastError ?? "The job failed without an error message." };
    case "completed": {
      const result = (job.result ?? {}) as DigestResult;
      if (result.status === "reused")
        return {
          step: "reused",
          message:
            "Nothing changed since the last digest (same evidence, engine and prompt): it was reused. Tick “Force” to write it again.",
        };
      const version = typeof result.version === "number" ? result.version : null;
      return {
        step: "saved",
        version,
        message: `Saved version ${version ?? "?"}: ${Number(result.sentences) || 0} sentences, ${Number(result.unsupported) || 0} unsupported.`,
      };
    }
  }
}

/** Appends the job's latest state; one that says the same as the last shown replaces it (new progress). */
export function appendProgress(shown: readonly GenerateProgress[], next: GenerateProgress): GenerateProgress[] {
  const last = shown.at(-1);
  if (last && last.step === next.step && last.message === next.message) return [...shown.slice(0, -1), next];
  return [...shown, next];
}
