import type PgBoss from "pg-boss";
import { stampHeartbeat } from "./job-heartbeats.js";
import { DEFAULT_TIMEOUT_SECONDS, describeJobError, JobCancelledError } from "./job-queue.js";
import type { ClaimedJob, JobStore } from "./job-store.js";
import type { JobRow } from "./pg-boss-job-records.js";

type ExecuteSql = (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;

/** A pg-boss job claimed by this worker: the attempt is known by its retry count. */
export interface PgBossClaimedJob extends ClaimedJob {
  retryCount: number;
}

export interface PgBossJobStoreOptions {
  boss: PgBoss;
  executeSql: ExecuteSql;
  /** The PostgreSQL schema pg-boss keeps its tables in. */
  schema: string;
  /** Called with pg-boss's errors that came before a claim found the database reachable. */
  log: (line: string) => void;
}

/**
 * Claim, complete and fail through pg-boss's API (fetch, complete, fail, getJobById). SQL on its
 * tables only where its API (10.x) has nothing: a running job's progress, heartbeat (output) and
 * saved state (data), which it cannot change, and a probe of the database, since `fetch` answers
 * an empty list when the database fails.
 */
export function createPgBossJobStore(
  options: PgBossJobStoreOptions,
): JobStore<PgBossClaimedJob> & { noteError: (message: string) => void } {
  const { boss, executeSql, schema } = options;
  /** pg-boss's pool errors since the last claim: printed only when the database turns out to be reachable. */
  let pendingErrors: string[] = [];
  let nextQueue = 0;

  async function fetchOne(name: string): Promise<PgBossClaimedJob | null> {
    const [job] = await boss.fetch<NonNullable<JobRow["data"]>>(name, { batchSize: 1, includeMetadata: true });
    if (!job) return null;
    const timeoutSeconds = Number(job.expireInSeconds) || DEFAULT_TIMEOUT_SECONDS;
    return {
      id: job.id,
      name,
      attempt: job.retryCount + 1,
      retryCount: job.retryCount,
      payload: job.data?.payload ?? null,
      saved: job.data?.saved ?? null,
      timeoutSeconds,
      // Just before pg-boss's maintenance would expire the attempt itself.
      timeoutMs: Math.max(500, timeoutSeconds * 1000 - 250),
    };
  }

  /** Why the attempt should stop (cancelled, or failed for a lost heartbeat and handed on), else null. */
  async function lostBecause(job: PgBossClaimedJob): Promise<Error | null> {
    const current = await boss.getJobById(job.name, job.id);
    if (current?.state === "cancelled") return new JobCancelledError(job.id);
    if (current?.state !== "active" || current.retryCount !== job.retryCount)
      return new Error(`job ${job.name} ${job.id} was taken over after this worker stopped answering`);
    return null;
  }

  return {
    noteError(message) {
      pendingErrors.push(message);
    },
    async claim(names) {
      const errors = pendingErrors;
      pendingErrors = [];
      await executeSql(`SELECT 1 FROM ${schema}.version LIMIT 1`, []);
      for (const message of errors) options.log(`roundup jobs: pg-boss: ${message}`);
      for (let tried = 0; tried < names.length; tried += 1) {
        nextQueue = (nextQueue + 1) % names.length;
        const job = await fetchOne(names[nextQueue] as string);
        if (job) return job;
      }
      return null;
    },
    // Only while the attempt still holds the job: pg-boss would otherwise complete or fail the
    // attempt of the worker that took it over.
    async complete(job, result) {
      if (!(await lostBecause(job))) await boss.complete(job.name, job.id, { result: result ?? null });
    },
    async fail(job, error) {
      if (!(await lostBecause(job))) await boss.fail(job.name, job.id, { message: describeJobError(error) });
    },
    async heartbeat(job) {
      return (await stampHeartbeat(executeSql, schema, job.id)) ? null : lostBecause(job);
    },
    check: lostBecause,
    async progress(id, value, message) {
      await executeSql(
        `UPDATE ${schema}.job
         SET output = COALESCE(output, '{}'::jsonb) || jsonb_strip_nulls(jsonb_build_object('progress', $2::float8, 'message', $3::text))
         WHERE id = $1::uuid AND state = 'active'`,
        [id, value, message ?? null],
      );
    },
    // In the job's data, which pg-boss keeps across retries (its output is replaced by each error).
    async save(job, value) {
      await executeSql(
        `UPDATE ${schema}.job SET data = jsonb_set(COALESCE(data, '{}'::jsonb), '{saved}', $2::jsonb)
         WHERE id = $1::uuid AND state = 'active'`,
        [job.id, JSON.stringify(value ?? null)],
      );
    },
  };
}
