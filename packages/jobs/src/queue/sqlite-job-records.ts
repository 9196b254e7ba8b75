import type { Database } from "@roundup/db";
import { z } from "zod";
import { DEFAULT_RETRY_DELAY_SECONDS, DEFAULT_TIMEOUT_SECONDS, type JobRecord, type JobStatus } from "./job-queue.js";

/** Stored in the `payload` column next to the data: the settings the row has no column for. */
const envelopeSchema = z.object({
  data: z.unknown().default(null),
  retryDelaySeconds: z.number().default(DEFAULT_RETRY_DELAY_SECONDS),
  timeoutSeconds: z.number().default(DEFAULT_TIMEOUT_SECONDS),
  /** What an attempt kept for the next ones (`JobContext.save`). */
  saved: z.unknown().default(null),
});

export type Envelope = z.infer<typeof envelopeSchema>;

/** A stored progress message (the `result` column while the job is not completed). */
const progressSchema = z.object({ message: z.string() });

export type JobRow = NonNullable<Awaited<ReturnType<Database["job"]["findUnique"]>>>;

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function envelopeOf(row: JobRow): Envelope {
  const parsed = envelopeSchema.safeParse(parseJson(row.payload));
  return parsed.success ? parsed.data : envelopeSchema.parse({});
}

/** While a job is not completed, its `result` column holds the handler's last progress message. */
function progressMessage(row: JobRow): string | null {
  if (row.status === "completed") return null;
  const parsed = progressSchema.safeParse(parseJson(row.result));
  return parsed.success ? parsed.data.message : null;
}

export function toRecord(row: JobRow): JobRecord {
  return {
    id: row.id,
    name: row.name,
    key: row.key,
    payload: envelopeOf(row).data,
    status: row.status as JobStatus,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    progress: row.progress,
    message: progressMessage(row),
    lastError: row.lastError,
    timeoutSeconds: envelopeOf(row).timeoutSeconds,
    result: row.status === "completed" ? parseJson(row.result) : null,
    createdAt: row.createdAt,
    runAt: row.runAt,
    finishedAt: row.finishedAt,
  };
}
