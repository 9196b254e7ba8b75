import { createHash } from "node:crypto";
import { describeDatabaseUrl } from "@roundup/db";
import PgBoss, { type JobWithMetadata } from "pg-boss";
import { DatabaseOutage, type DatabaseOutageOptions } from "./database-outage.js";
import { startJobHeartbeats } from "./job-heartbeats.js";
import {
  CANCEL_CHECK_INTERVAL_MS,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_TIMEOUT_SECONDS,
  type EnqueueOptions,
  JobCancelledError,
  type JobHandler,
  type JobHandlers,
  type JobQueue,
  type JobRecord,
  type JobStatus,
  type ListJobsOptions,
  type WorkOptions,
} from "./job-queue.js";
import { sleep } from "./sleep.js";

export interface PgBossJobQueueOptions {
  /**
   * How a worker waits out its database going away: the log line's destination and the probe's
   * backoff (default 1 s doubling to 30 s).
   */
  outage?: Pick<DatabaseOutageOptions, "log" | "firstDelayMs" | "maxDelayMs">;
  /** The PostgreSQL schema pg-boss keeps its tables in. Default `pgboss`. */
  schema?: string;
  /** How often an idle worker polls, in seconds (pg-boss minimum 0.5). Default 1. */
  pollIntervalSeconds?: number;
  /**
   * How often pg-boss looks for jobs whose attempt outlived its timeout (for example because the
   * worker was killed) and retries them. Default 30 s.
   */
  maintenanceIntervalSeconds?: number;
  /**
   * How long a running job may go without a heartbeat from its worker before it is taken for
   * orphaned (its worker was killed) and retried; the heartbeat comes every third of it. Default 300 s.
   */
  leaseSeconds?: number;
  /** Connections in pg-boss's pool. Default 4. */
  maxConnections?: number;
  /**
   * Run pg-boss's maintenance (expiring lost attempts, archiving) and cron schedules from this
   * process. Workers do; a client that only enqueues and lists (the web app, `roundup jobs`) may
   * pass false. Default true.
   */
  supervise?: boolean;
}

/**
 * pg-boss ids are UUIDs and its primary key is (queue, id), so an id derived from the idempotency
 * key makes a second send of the same key a no-op (pg-boss inserts with ON CONFLICT DO NOTHING).
 */
export function jobIdForKey(name: string, key: string): string {
  const hex = createHash("sha256").update(`${name}\n${key}`).digest("hex");
  // Shaped as a version-5-style UUID so PostgreSQL's uuid type accepts it.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

interface JobRow {
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

/** deadlock_detected, unique_violation, duplicate_table, duplicate_object: a concurrent createQueue won. */
const RACING_DDL_CODES = new Set(["40P01", "23505", "42P07", "42710"]);
const QUEUE_CREATE_ATTEMPTS = 5;
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

/**
 * The PostgreSQL queue: pg-boss does the storing, locking (SKIP LOCKED), retries with backoff,
 * expiry of attempts that outlive their timeout, and scheduling; heartbeats (job-heartbeats.ts)
 * retry the jobs of a worker that died. One pg-boss queue per job name.
 */
export async function createPgBossJobQueue(
  connectionString: string,
  options: PgBossJobQueueOptions = {},
): Promise<JobQueue> {
  const schema = options.schema ?? "pgboss";
  // Passed through to pg's Pool (pg-boss's types omit them): a connection attempt made while the
  // server restarts gives up instead of hanging, and dead sockets are noticed.
  const poolSettings = { connectionTimeoutMillis: 10_000, keepAlive: true } as Record<string, unknown>;
  const boss = new PgBoss({
    ...poolSettings,
    connectionString,
    schema,
    max: options.maxConnections ?? 4,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
    monitorStateIntervalSeconds: 60,
    supervise: options.supervise ?? true,
    schedule: options.supervise ?? true,
  });
  const outage = new DatabaseOutage({
    ...options.outage,
    database: describeDatabaseUrl(connectionString),
    fix: "check that PostgreSQL is running and that DATABASE_URL names an existing, migrated database; the worker resumes by itself",
  });
  const pollMs = (options.pollIntervalSeconds ?? 1) * 1000;
  /** Aborted by `stop`, and replaced by a fresh one whenever the probe should look at once. */
  const stopping = new AbortController();
  let probeNow = new AbortController();
  /** The handlers `work` was given, with the pg-boss workers polling for them (none while the database is down). */
  const workSets = new Set<{ handlers: JobHandlers; concurrency: number; ids: string[] }>();
  let watching: Promise<void> | undefined;
  let heartbeats: ReturnType<typeof startJobHeartbeats> | undefined;
  /** pg-boss's errors since the last probe: printed only when the database turns out to be reachable. */
  let pendingErrors: string[] = [];
  // pg-boss reports pool errors (e.g. a server restart) as events; without a listener they would
  // crash the process. Most mean the database went away: the probe then logs one line for the outage.
  boss.on("error", (error) => {
    if (outage.down) return;
    // A client that takes no jobs (the web app's, `roundup jobs`) runs no probe: print at once.
    if (!watching) process.stderr.write(`roundup jobs: pg-boss: ${error.message}\n`);
    else {
      pendingErrors.push(error.message);
      probeNow.abort();
    }
  });
  await boss.start();
  const db = boss.getDb();
  const created = new Set<string>();
  /** The attempts running in this process, by job id, so `cancel` can abort one. */
  const running = new Map<string, AbortController>();
  // pg-boss does not tell a worker that its job was cancelled (by this or another process): look.
  const cancelWatch = setInterval(() => {
    if (running.size === 0) return;
    query(`SELECT ${columns} FROM ${schema}.job WHERE id = ANY($1::uuid[]) AND state = 'cancelled'`, [
      [...running.keys()],
    ])
      .then((rows) => {
        for (const row of rows) running.get(row.id)?.abort(new JobCancelledError(row.id));
      })
      .catch(() => undefined);
  }, CANCEL_CHECK_INTERVAL_MS);
  cancelWatch.unref();

  async function ensureQueue(name: string): Promise<void> {
    if (created.has(name)) return;
    // Idempotent in pg-boss: an existing queue is left as it is. But workers starting together on a
    // new database create the same queue (a row and a partition table) at once, and PostgreSQL may
    // answer one of them with a deadlock or a duplicate key: that one tries again and finds it made.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await boss.createQueue(name, { name, policy: "standard" });
        break;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= QUEUE_CREATE_ATTEMPTS || !code || !RACING_DDL_CODES.has(code)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
    created.add(name);
  }

  async function query(text: string, values: unknown[]): Promise<JobRow[]> {
    return (await db.executeSql(text, values)).rows as JobRow[];
  }

  type WorkSet = typeof workSets extends Set<infer Item> ? Item : never;

  async function startWorkers(set: WorkSet): Promise<void> {
    for (const [name, handler] of Object.entries(set.handlers))
      for (let slot = 0; slot < set.concurrency; slot += 1)
        set.ids.push(
          await boss.work<NonNullable<JobRow["data"]>>(
            name,
            { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: pollMs / 1000 },
            async ([job]) => (job ? runJob(name, handler, job) : undefined),
          ),
        );
  }

  /** Stops polling; a running job goes on (pg-boss waits for it before the worker ends). */
  function stopWorkers(set: WorkSet): void {
    for (const id of set.ids.splice(0)) boss.offWork({ id }).catch(() => undefined);
  }

  /**
   * pg-boss's workers swallow their fetch errors and poll on at full rate whatever happens to the
   * database, so one probe per process watches it instead: while it fails the workers are taken
   * off (no polling), and it tries again with a capped exponential backoff until it succeeds.
   * It reads pg-boss's own table, so a database dropped and created again empty counts as down.
   */
  async function watchDatabase(): Promise<void> {
    while (!stopping.signal.aborted) {
      const errors = pendingErrors;
      pendingErrors = [];
      let wait = pollMs;
      try {
        await db.executeSql(`SELECT 1 FROM ${schema}.version LIMIT 1`, []);
        for (const message of errors) process.stderr.write(`roundup jobs: pg-boss: ${message}\n`);
        if (outage.down) {
          outage.recovered();
          for (const set of workSets) await startWorkers(set);
        }
      } catch (error) {
        if (!outage.down) for (const set of workSets) stopWorkers(set);
        wait = outage.failed(error);
      }
      probeNow = new AbortController();
      await sleep(wait, AbortSignal.any([stopping.signal, probeNow.signal]));
    }
  }

  /** Resolves once the probe finds the database reachable (or the queue stops). */
  async function databaseReachable(): Promise<void> {
    while (outage.down && !stopping.signal.aborted) await sleep(pollMs, stopping.signal);
  }

  async function runJob(name: string, handler: JobHandler, job: JobWithMetadata<NonNullable<JobRow["data"]>>) {
    const abort = new AbortController();
    running.set(job.id, abort);
    const expireSeconds = Number(job.expireInSeconds) || DEFAULT_TIMEOUT_SECONDS;
    const timeout = setTimeout(
      () => abort.abort(new Error(`job ${name} ${job.id} timed out after ${expireSeconds}s`)),
      Math.max(500, expireSeconds * 1000 - 250),
    );
    try {
      const aborted = new Promise<never>((_, reject) => {
        abort.signal.addEventListener("abort", () => reject(abort.signal.reason), { once: true });
      });
      const result = await Promise.race([
        handler(job.data?.payload ?? null, {
          id: job.id,
          name,
          attempt: job.retryCount + 1,
          signal: abort.signal,
          progress: (value, message) => setProgress(job.id, value, message),
          saved: job.data?.saved ?? null,
          // In the job's data, which pg-boss keeps across retries (its output is replaced by each error).
          save: async (value) => {
            await db.executeSql(
              `UPDATE ${schema}.job SET data = jsonb_set(COALESCE(data, '{}'::jsonb), '{saved}', $2::jsonb)
               WHERE id = $1::uuid AND state = 'active'`,
              [job.id, JSON.stringify(value ?? null)],
            );
          },
        }),
        aborted,
      ]);
      return { result: result ?? null };
    } finally {
      clearTimeout(timeout);
      running.delete(job.id);
      // pg-boss stores the outcome without awaiting it, so a failed write would be an unhandled
      // rejection that ends the process: hold the outcome until the database is back.
      await databaseReachable();
    }
  }

  return {
    provider: "postgresql",
    async enqueue(name: string, payload: unknown, enqueueOptions: EnqueueOptions): Promise<string> {
      await ensureQueue(name);
      const id = jobIdForKey(name, enqueueOptions.key);
      await boss.send(
        name,
        { payload, key: enqueueOptions.key },
        {
          id,
          retryLimit: (enqueueOptions.maxAttempts ?? DEFAULT_MAX_ATTEMPTS) - 1,
          retryDelay: enqueueOptions.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
          retryBackoff: true,
          expireInSeconds: enqueueOptions.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
          ...(enqueueOptions.runAt ? { startAfter: enqueueOptions.runAt } : {}),
        },
      );
      // null from send means the key was already enqueued: the existing job has this same id.
      return id;
    },
    async work(handlers: JobHandlers, workOptions: WorkOptions = {}) {
      const concurrency = Math.max(1, workOptions.concurrency ?? 1);
      for (const name of Object.keys(handlers)) await ensureQueue(name);
      const set = { handlers, concurrency, ids: [] as string[] };
      workSets.add(set);
      if (!outage.down) await startWorkers(set);
      watching ??= watchDatabase();
      heartbeats ??= startJobHeartbeats({
        schema,
        executeSql: (text, values) => db.executeSql(text, values),
        running: () => [...running.keys()],
        leaseSeconds: options.leaseSeconds ?? 300,
        fail: (name, id, message) => boss.fail(name, id, { message }),
        reachable: () => !outage.down,
      });
      workOptions.signal?.addEventListener(
        "abort",
        () => {
          workSets.delete(set);
          stopWorkers(set);
        },
        { once: true },
      );
    },
    async get(id) {
      const rows = await query(
        // A live job wins over an archived one with the same id (a key enqueued again after archiving).
        `SELECT ${columns} FROM (
           SELECT 0 AS source, ${columns} FROM ${schema}.job WHERE id = $1::uuid
           UNION ALL SELECT 1 AS source, ${columns} FROM ${schema}.archive WHERE id = $1::uuid
         ) found ORDER BY source LIMIT 1`,
        [id],
      );
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async list(listOptions: ListJobsOptions = {}) {
      const states =
        listOptions.status === "queued" ? ["created", "retry"] : listOptions.status ? [listOptions.status] : null;
      const rows = await query(
        `SELECT ${columns} FROM ${schema}.job
         WHERE name NOT LIKE '\\_\\_pgboss%'
           AND ($1::text[] IS NULL OR state::text = ANY($1::text[]))
           AND ($2::text IS NULL OR name = $2::text)
         ORDER BY created_on DESC, id DESC LIMIT $3`,
        [states, listOptions.name ?? null, listOptions.limit ?? 50],
      );
      return rows.map(toRecord);
    },
    async retry(id) {
      const rows = await query(`SELECT ${columns} FROM ${schema}.job WHERE id = $1::uuid AND state = 'failed'`, [id]);
      const row = rows[0];
      if (!row) return false;
      await boss.retry(row.name, id);
      return true;
    },
    async cancel(id) {
      const rows = await query(
        `SELECT ${columns} FROM ${schema}.job WHERE id = $1::uuid AND state IN ('created', 'retry', 'active')`,
        [id],
      );
      const row = rows[0];
      if (!row) return false;
      await boss.cancel(row.name, id);
      running.get(id)?.abort(new JobCancelledError(id));
      return true;
    },
    progress: setProgress,
    async schedule(name, payload, scheduleOptions) {
      await ensureQueue(name);
      const minutes = Math.max(1, Math.round(scheduleOptions.everyMinutes));
      const cron = minutes < 60 ? `*/${minutes} * * * *` : `0 */${Math.max(1, Math.round(minutes / 60))} * * *`;
      // One schedule per queue name in pg-boss: scheduling again replaces it.
      await boss.schedule(
        name,
        cron,
        { payload, key: `schedule:${name}` },
        scheduleOptions.timeoutSeconds ? { expireInSeconds: scheduleOptions.timeoutSeconds } : {},
      );
    },
    async stop(stopOptions = {}) {
      stopping.abort();
      heartbeats?.stop();
      for (const set of workSets) stopWorkers(set);
      workSets.clear();
      await watching;
      const grace = setTimeout(
        () => {
          for (const job of running.values()) job.abort(new Error("the worker is stopping"));
        },
        (stopOptions.graceSeconds ?? 30) * 1000,
      );
      await boss.stop({ graceful: true, wait: true, timeout: ((stopOptions.graceSeconds ?? 30) + 5) * 1000 });
      clearTimeout(grace);
      clearInterval(cancelWatch);
    },
  };

  async function setProgress(id: string, value: number, message?: string): Promise<void> {
    await db.executeSql(
      `UPDATE ${schema}.job
       SET output = COALESCE(output, '{}'::jsonb) || jsonb_strip_nulls(jsonb_build_object('progress', $2::float8, 'message', $3::text))
       WHERE id = $1::uuid AND state = 'active'`,
      [id, value, message ?? null],
    );
  }
}
