import { createHash } from "node:crypto";
import { describeDatabaseUrl } from "@roundup/db";
import PgBoss, { type JobWithMetadata } from "pg-boss";
import { DatabaseOutage, type DatabaseOutageOptions } from "./database-outage.js";
import { stampHeartbeat, startOrphanedJobSweep } from "./job-heartbeats.js";
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
  type WorkOptions,
} from "./job-queue.js";
import { type JobRow, listJobs, queueOfJob, readJob } from "./pg-boss-job-records.js";
import { abortAfterGrace, RunningAttempts, runAttempt } from "./run-attempt.js";
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
function jobIdForKey(name: string, key: string): string {
  const hex = createHash("sha256").update(`${name}\n${key}`).digest("hex");
  // Shaped as a version-5-style UUID so PostgreSQL's uuid type accepts it.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** deadlock_detected, unique_violation, duplicate_table, duplicate_object: a concurrent createQueue won. */
const RACING_DDL_CODES = new Set(["40P01", "23505", "42P07", "42710"]);
const QUEUE_CREATE_ATTEMPTS = 5;
/**
 * The PostgreSQL queue: pg-boss does the storing, locking (SKIP LOCKED), retries with backoff,
 * expiry of attempts that outlive their timeout, and scheduling; heartbeats (job-heartbeats.ts)
 * retry the jobs of a worker that died. One pg-boss queue per job name. Attempts run through the
 * shared runner (run-attempt.ts); pg-boss completes or fails them from what the handler returns.
 *
 * SQL on pg-boss's tables, only where its API (10.x) has nothing for it: reading a job by id alone
 * and listing jobs across queues (its API reads one queue's job by id and has no listing); a running
 * job's progress, heartbeat (output) and saved state (data), which its API cannot change.
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
  let sweep: ReturnType<typeof startOrphanedJobSweep> | undefined;
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
  const running = new RunningAttempts();
  const leaseSeconds = options.leaseSeconds ?? 300;

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

  const executeSql = (text: string, values: unknown[]) => db.executeSql(text, values);

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
    const timeoutSeconds = Number(job.expireInSeconds) || DEFAULT_TIMEOUT_SECONDS;
    let lastHeartbeat = Date.now();
    const outcome = await runAttempt({
      job: {
        id: job.id,
        name,
        attempt: job.retryCount + 1,
        payload: job.data?.payload ?? null,
        saved: job.data?.saved ?? null,
      },
      handler,
      running,
      timeoutSeconds,
      // Just before pg-boss would expire the attempt itself.
      timeoutMs: Math.max(500, timeoutSeconds * 1000 - 250),
      // pg-boss does not tell a worker that its job was cancelled (from this or another process), nor
      // that it was failed for a lost heartbeat and handed to another worker: look, and stamp the
      // heartbeat every third of the lease.
      check: async () => {
        if (Date.now() - lastHeartbeat >= (leaseSeconds * 1000) / 3) {
          lastHeartbeat = Date.now();
          if (await stampHeartbeat(executeSql, schema, job.id)) return null;
        }
        const current = await boss.getJobById(name, job.id);
        if (current?.state === "cancelled") return new JobCancelledError(job.id);
        if (current?.state !== "active" || current.retryCount !== job.retryCount)
          return new Error(`job ${name} ${job.id} was taken over after this worker stopped answering`);
        return null;
      },
      checkEveryMs: Math.max(200, Math.min(CANCEL_CHECK_INTERVAL_MS, (leaseSeconds * 1000) / 3)),
      progress: (value, message) => setProgress(job.id, value, message),
      // In the job's data, which pg-boss keeps across retries (its output is replaced by each error).
      save: async (value) => {
        await db.executeSql(
          `UPDATE ${schema}.job SET data = jsonb_set(COALESCE(data, '{}'::jsonb), '{saved}', $2::jsonb)
           WHERE id = $1::uuid AND state = 'active'`,
          [job.id, JSON.stringify(value ?? null)],
        );
      },
    });
    // pg-boss stores the outcome without awaiting it, so a failed write would be an unhandled
    // rejection that ends the process: hold the outcome until the database is back.
    await databaseReachable();
    if (!outcome.ok) throw outcome.error;
    return { result: outcome.result ?? null };
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
      sweep ??= startOrphanedJobSweep({
        schema,
        executeSql,
        leaseSeconds,
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
    get: (id) => readJob(executeSql, schema, id),
    list: (listOptions = {}) => listJobs(executeSql, schema, listOptions),
    async retry(id) {
      const name = await queueOfJob(executeSql, schema, id, ["failed"]);
      if (!name) return false;
      await boss.retry(name, id);
      return true;
    },
    async cancel(id) {
      const name = await queueOfJob(executeSql, schema, id, ["created", "retry", "active"]);
      if (!name) return false;
      await boss.cancel(name, id);
      running.abort(id, new JobCancelledError(id));
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
      sweep?.stop();
      for (const set of workSets) stopWorkers(set);
      workSets.clear();
      await watching;
      const stopWaiting = abortAfterGrace(running, stopOptions.graceSeconds ?? 30);
      await boss.stop({ graceful: true, wait: true, timeout: ((stopOptions.graceSeconds ?? 30) + 5) * 1000 });
      stopWaiting();
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
