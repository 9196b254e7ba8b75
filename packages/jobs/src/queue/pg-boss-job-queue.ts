import { createHash } from "node:crypto";
import { describeDatabaseUrl } from "@roundup/db";
import PgBoss from "pg-boss";
import { DatabaseOutage, type DatabaseOutageOptions } from "./database-outage.js";
import { startOrphanedJobSweep } from "./job-heartbeats.js";
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_TIMEOUT_SECONDS,
  type EnqueueOptions,
  JobCancelledError,
  type JobQueue,
} from "./job-queue.js";
import { JobWorkers } from "./job-workers.js";
import { type JobRow, listJobs, readJob } from "./pg-boss-job-records.js";
import { createPgBossJobStore } from "./pg-boss-job-store.js";

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

/** Creates each pg-boss queue once per process (pg-boss keeps one queue per job name). */
function queueCreator(boss: PgBoss): (name: string) => Promise<void> {
  const created = new Set<string>();
  return async (name) => {
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
  };
}

function startPgBoss(connectionString: string, schema: string, options: PgBossJobQueueOptions): PgBoss {
  // Passed through to pg's Pool (pg-boss's types omit them): a connection attempt made while the
  // server restarts gives up instead of hanging, and dead sockets are noticed.
  const poolSettings = { connectionTimeoutMillis: 10_000, keepAlive: true } as Record<string, unknown>;
  return new PgBoss({
    ...poolSettings,
    connectionString,
    schema,
    max: options.maxConnections ?? 4,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
    monitorStateIntervalSeconds: 60,
    supervise: options.supervise ?? true,
    schedule: options.supervise ?? true,
  });
}

/** A pg-boss cron expression for "every `everyMinutes`" (whole hours past 59 minutes). */
function cronEvery(everyMinutes: number): string {
  const minutes = Math.max(1, Math.round(everyMinutes));
  return minutes < 60 ? `*/${minutes} * * * *` : `0 */${Math.max(1, Math.round(minutes / 60))} * * *`;
}

/**
 * The PostgreSQL queue: pg-boss does the storing, locking (SKIP LOCKED), retries with backoff,
 * expiry of attempts that outlive their timeout, and scheduling; heartbeats (job-heartbeats.ts)
 * retry the jobs of a worker that died. The shared workers (job-workers.ts) claim, run and store
 * attempts through pg-boss's API (pg-boss-job-store.ts); pg-boss's own workers are not used, since
 * they swallow database errors and poll on at full rate while it is gone.
 *
 * SQL on pg-boss's tables, only where its API (10.x) has nothing for it: listing jobs across queues
 * (it has no listing) and reading a job by id alone (its getJobById needs the queue: `get` is polled
 * by the workbench, so one query rather than one per queue; the rare retry and cancel do look in
 * each queue through the API); a running job's progress, heartbeat (output) and saved state (data),
 * which its API cannot change; the orphan sweep (job-heartbeats.ts) and a reachability probe
 * (pg-boss-job-store.ts: its fetch answers an empty list when the database fails).
 */
export async function createPgBossJobQueue(
  connectionString: string,
  options: PgBossJobQueueOptions = {},
): Promise<JobQueue> {
  const schema = options.schema ?? "pgboss";
  const boss = startPgBoss(connectionString, schema, options);
  const outage = new DatabaseOutage({
    ...options.outage,
    database: describeDatabaseUrl(connectionString),
    fix: "check that PostgreSQL is running and that DATABASE_URL names an existing, migrated database; the worker resumes by itself",
  });
  const executeSql = (text: string, values: unknown[]) => boss.getDb().executeSql(text, values);
  const store = createPgBossJobStore({
    boss,
    executeSql,
    schema,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const leaseSeconds = options.leaseSeconds ?? 300;
  const workers = new JobWorkers({
    store,
    outage,
    pollMs: (options.pollIntervalSeconds ?? 1) * 1000,
    leaseMs: leaseSeconds * 1000,
  });
  let sweep: ReturnType<typeof startOrphanedJobSweep> | undefined;
  // pg-boss reports pool errors (e.g. a server restart) as events; without a listener they would
  // crash the process. Most mean the database went away, which the workers' next claim finds out.
  boss.on("error", (error) => {
    if (outage.down) return;
    // A client that takes no jobs (the web app's, `roundup jobs`) claims nothing: print at once.
    if (!sweep) process.stderr.write(`roundup jobs: pg-boss: ${error.message}\n`);
    else store.noteError(error.message);
  });
  await boss.start();
  const ensureQueue = queueCreator(boss);

  return {
    provider: "postgresql",
    async enqueue(name, payload, enqueueOptions) {
      await ensureQueue(name);
      const id = jobIdForKey(name, enqueueOptions.key);
      // null from send means the key was already enqueued: the existing job has this same id.
      await boss.send(name, { payload, key: enqueueOptions.key }, { id, ...sendOptions(enqueueOptions) });
      workers.wake();
      return id;
    },
    async work(handlers, workOptions = {}) {
      for (const name of Object.keys(handlers)) await ensureQueue(name);
      workers.work(handlers, workOptions);
      sweep ??= startOrphanedJobSweep({
        schema,
        executeSql,
        leaseSeconds,
        fail: (name, id, message) => boss.fail(name, id, { message }),
        reachable: () => !outage.down,
        running: () => workers.running.ids(),
      });
    },
    get: (id) => readJob(executeSql, schema, id),
    list: (listOptions = {}) => listJobs(executeSql, schema, listOptions),
    async retry(id) {
      const name = await queueOfJob(boss, id, ["failed"]);
      if (!name) return false;
      await boss.retry(name, id);
      workers.wake();
      return true;
    },
    async cancel(id) {
      const name = await queueOfJob(boss, id, ["created", "retry", "active"]);
      if (!name) return false;
      await boss.cancel(name, id);
      workers.running.abort(id, new JobCancelledError(id));
      return true;
    },
    progress: (id, value, message) => store.progress(id, value, message),
    async schedule(name, payload, scheduleOptions) {
      await ensureQueue(name);
      // One schedule per queue name in pg-boss: scheduling again replaces it.
      await boss.schedule(
        name,
        cronEvery(scheduleOptions.everyMinutes),
        { payload, key: `schedule:${name}` },
        scheduleOptions.timeoutSeconds ? { expireInSeconds: scheduleOptions.timeoutSeconds } : {},
      );
    },
    async stop(stopOptions = {}) {
      sweep?.stop();
      await workers.stop(stopOptions.graceSeconds ?? 30);
      await boss.stop({ graceful: true, wait: true, timeout: ((stopOptions.graceSeconds ?? 30) + 5) * 1000 });
    },
  };
}

/**
 * The queue of a live job in one of `states`, which pg-boss's retry and cancel need; null when none.
 * Through its API (a look in each queue): retry and cancel are rare, and there are a few queues.
 */
async function queueOfJob(boss: PgBoss, id: string, states: JobRow["state"][]): Promise<string | null> {
  for (const { name } of await boss.getQueues()) {
    if (name.startsWith("__pgboss")) continue;
    const job = await boss.getJobById(name, id);
    if (job && states.includes(job.state)) return name;
  }
  return null;
}

/** pg-boss's send options for Roundup's enqueue options (retries doubling from the first delay). */
function sendOptions(options: EnqueueOptions): PgBoss.SendOptions {
  return {
    retryLimit: (options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS) - 1,
    retryDelay: options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    ...(options.runAt ? { startAfter: options.runAt } : {}),
  };
}
