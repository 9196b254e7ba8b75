import { DEFAULT_TIMEOUT_SECONDS, type JobRecord, type JobStatus, type ListJobsOptions } from "./job-queue.js";

// Reads of pg-boss's tables where its API (10.x) has nothing: a job by id alone (its getJobById needs
// the queue's name) and a list across queues.

type ExecuteSql = (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;

/** A row of pg-boss's job (or archive) table, as these reads select it. */
export interface JobRow {
  id: string;
  name: string;
  data: { payload?: unknown; key?: string; saved?: unknown } | null;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  retry_limit: number;
  retry_count: number;
  started_on: Date | null;
  start_after: Date;
  created_on: Date;
  completed_on: Date | null;
  output: Record<string, unknown> | null;
  /** pg's interval: only the fields that are not zero. */
  expire_in: { days?: number; hours?: number; minutes?: number; seconds?: number; milliseconds?: number } | null;
}

const columns =
  "id, name, data, state, retry_limit, retry_count, started_on, start_after, created_on, completed_on, output, expire_in";

function statusOf(state: JobRow["state"]): JobStatus {
  if (state === "created" || state === "retry") return "queued";
  return state;
}

function errorOf(output: Record<string, unknown> | null): string | null {
  if (!output) return null;
  const value = output.value as { message?: unknown } | undefined;
  const message = output.message ?? value?.message;
  return typeof message === "string" ? message : null;
}

function secondsOf(interval: JobRow["expire_in"]): number {
  if (!interval) return DEFAULT_TIMEOUT_SECONDS;
  const { days = 0, hours = 0, minutes = 0, seconds = 0, milliseconds = 0 } = interval;
  return days * 86_400 + hours * 3_600 + minutes * 60 + seconds + milliseconds / 1000;
}

function toRecord(row: JobRow): JobRecord {
  const status = statusOf(row.state);
  const progress = row.output?.progress;
  const message = row.output?.message;
  return {
    id: row.id,
    name: row.name,
    key: row.data?.key ?? null,
    payload: row.data?.payload ?? null,
    status,
    attempts: row.started_on ? row.retry_count + 1 : row.retry_count,
    maxAttempts: row.retry_limit + 1,
    progress: status === "completed" ? 1 : typeof progress === "number" ? progress : null,
    message: status !== "completed" && typeof message === "string" ? message : null,
    lastError: row.state === "cancelled" ? "cancelled" : errorOf(row.output),
    timeoutSeconds: secondsOf(row.expire_in),
    result: status === "completed" ? (row.output?.result ?? null) : null,
    createdAt: row.created_on,
    runAt: row.start_after,
    finishedAt: row.completed_on,
  };
}

async function query(executeSql: ExecuteSql, text: string, values: unknown[]): Promise<JobRow[]> {
  return (await executeSql(text, values)).rows as JobRow[];
}

/** A job by id, live or archived (a live job wins over an archived one with the same id). */
export async function readJob(executeSql: ExecuteSql, schema: string, id: string): Promise<JobRecord | null> {
  const rows = await query(
    executeSql,
    `SELECT ${columns} FROM (
       SELECT 0 AS source, ${columns} FROM ${schema}.job WHERE id = $1::uuid
       UNION ALL SELECT 1 AS source, ${columns} FROM ${schema}.archive WHERE id = $1::uuid
     ) found ORDER BY source LIMIT 1`,
    [id],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

/** Roundup's jobs, newest first (pg-boss's own cron queues left out). */
export async function listJobs(executeSql: ExecuteSql, schema: string, options: ListJobsOptions): Promise<JobRecord[]> {
  const states = options.status === "queued" ? ["created", "retry"] : options.status ? [options.status] : null;
  const rows = await query(
    executeSql,
    `SELECT ${columns} FROM ${schema}.job
     WHERE name NOT LIKE '\\_\\_pgboss%'
       AND ($1::text[] IS NULL OR state::text = ANY($1::text[]))
       AND ($2::text IS NULL OR name = $2::text)
     ORDER BY created_on DESC, id DESC LIMIT $3`,
    [states, options.name ?? null, options.limit ?? 50],
  );
  return rows.map(toRecord);
}
