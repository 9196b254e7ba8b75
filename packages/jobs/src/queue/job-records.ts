import type { Database } from "@roundup/db";
import { z } from "zod";
import {
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_TIMEOUT_SECONDS,
  type JobRecord,
  type JobStatus,
  type ListJobsOptions,
} from "./job-queue.js";

// Roundup's `Job` table, on both databases: on SQLite it is the queue itself; on PostgreSQL pg-boss
// queues, locks and retries, and each job has a row here too, for what pg-boss's API cannot give
// (a listing across queues, progress, heartbeats, the state kept between attempts).

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

/** The fields an update of `Job` rows may set. */
export type JobRowChange = NonNullable<Parameters<Database["job"]["updateMany"]>[0]>["data"];

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

function toRecord(row: JobRow): JobRecord {
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

/** A job by id. */
export async function readJob(db: Database, id: string): Promise<JobRecord | null> {
  const row = await db.job.findUnique({ where: { id } });
  return row ? toRecord(row) : null;
}

/** Jobs, newest first. */
export async function listJobs(db: Database, options: ListJobsOptions = {}): Promise<JobRecord[]> {
  const rows = await db.job.findMany({
    where: {
      ...(options.status ? { status: options.status } : {}),
      ...(options.name ? { name: options.name } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 50,
  });
  return rows.map(toRecord);
}
