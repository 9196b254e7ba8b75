import { createHash, randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { type Database, describeDatabaseUrl } from "@roundup/db";
import PgBoss from "pg-boss";
import { type Clock, systemClock } from "./clock.js";
import { DatabaseOutage, type DatabaseOutageOptions } from "./database-outage.js";
import { isUniqueViolation } from "./is-unique-violation.js";
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_TIMEOUT_SECONDS,
  type EnqueueOptions,
  JobCancelledError,
  type JobQueue,
} from "./job-queue.js";
import { type Envelope, listJobs, readJob } from "./job-records.js";
import { JobWorkers } from "./job-workers.js";
import { jobRowFromPgBoss, type PgBossJobData } from "./pg-boss-job-state.js";
import { createPgBossJobStore } from "./pg-boss-job-store.js";
import { DEFAULT_KEEP_FINISHED_JOBS_DAYS, startFinishedJobPruning } from "./prune-finished-jobs.js";
import { scheduleEvery } from "./schedule-every.js";
import { startOrphanedJobSweep } from "./start-orphaned-job-sweep.js";
import { updateJobRow } from "./update-job-row.js";

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
   * Run pg-boss's maintenance (expiring lost attempts, archiving) from this process. Workers do; a
   * client that only enqueues and lists (the web app, `roundup jobs`) may pass false. Default true.
   */
  supervise?: boolean;
  /** Names this process in `lockedBy` of the jobs it runs. Default host:pid:random. */
  workerId?: string;
  /** Leases, polling, backoff and schedules run on it. Default: the system clock (tests pass a manual one). */
  clock?: Clock;
  /**
   * Days a completed, failed or cancelled job is kept before a working process deletes its row
   * (prune-finished-jobs.ts). Default 30.
   */
  keepFinishedJobsDays?: number;
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
    // Schedules are Roundup's (schedule-every.ts), the same on both databases.
    schedule: false,
  });
}

/**
 * The PostgreSQL queue: pg-boss does the queueing, locking (SKIP LOCKED), retries with backoff and
 * expiry of attempts that outlive their timeout, all through its API. Each job also has a row in
 * Roundup's `Job` table, written next to each pg-boss call, for what that API (10.x) cannot give: a
 * listing across queues and a job by id alone (the jobs page), a running job's progress, its lease
 * (heartbeats, with the orphan sweep of start-orphaned-job-sweep.ts) and the state it keeps between
 * attempts. The shared workers (job-workers.ts) claim, run and store attempts
 * (pg-boss-job-store.ts); pg-boss's own workers are not used, since they swallow database errors and
 * poll on at full rate while it is gone.
 */
export async function createPgBossJobQueue(
  connectionString: string,
  db: Database,
  options: PgBossJobQueueOptions = {},
): Promise<JobQueue> {
  const schema = options.schema ?? "pgboss";
  const boss = startPgBoss(connectionString, schema, options);
  const clock = options.clock ?? systemClock;
  const outage = new DatabaseOutage({
    ...options.outage,
    database: describeDatabaseUrl(connectionString),
    fix: "check that PostgreSQL is running and that DATABASE_URL names an existing, migrated database; the worker resumes by itself",
  });
  const leaseMs = (options.leaseSeconds ?? 300) * 1000;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const store = createPgBossJobStore({
    boss,
    db,
    worker: { id: workerId, leaseMs, clock },
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const workers = new JobWorkers({
    store,
    outage,
    pollMs: (options.pollIntervalSeconds ?? 1) * 1000,
    leaseMs,
    clock,
  });
  let sweep: ReturnType<typeof startOrphanedJobSweep> | undefined;
  let stopPruning: (() => void) | undefined;
  const schedules: Array<() => void> = [];
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

  async function enqueue(name: string, payload: unknown, enqueueOptions: EnqueueOptions): Promise<string> {
    const existing = await db.job.findUnique({ where: { key: enqueueOptions.key }, select: { id: true } });
    if (existing) return existing.id;
    await ensureQueue(name);
    const id = jobIdForKey(name, enqueueOptions.key);
    const data: PgBossJobData = { payload, key: enqueueOptions.key };
    // pg-boss first: a row without its pg-boss job would never run, while a pg-boss job whose row
    // is missing (this process stopped in between) gets its row when a worker claims it.
    await boss.send(name, data, { id, ...sendOptions(enqueueOptions) });
    await insertRow(db, { id, name, payload, options: enqueueOptions, now: new Date(clock.now()) });
    workers.wake();
    return id;
  }

  return {
    provider: "postgresql",
    enqueue,
    async work(handlers, workOptions = {}) {
      for (const name of Object.keys(handlers)) await ensureQueue(name);
      workers.work(handlers, workOptions);
      sweep ??= startOrphanedJobSweep({
        db,
        boss,
        clock,
        leaseMs,
        reachable: () => !outage.down,
        running: () => workers.running.ids(),
      });
      // pg-boss archives and deletes its own rows; Roundup's `Job` rows are pruned here. The retention
      // must outlast pg-boss's archiving (hours): a key's id is derived from the key, and a send while
      // pg-boss still held the finished job would be a no-op.
      stopPruning ??= startFinishedJobPruning({
        db,
        clock,
        keepDays: options.keepFinishedJobsDays ?? DEFAULT_KEEP_FINISHED_JOBS_DAYS,
        reachable: () => !outage.down,
      });
    },
    get: (id) => readJob(db, id),
    list: (listOptions) => listJobs(db, listOptions),
    async retry(id) {
      const row = await db.job.findUnique({ where: { id }, select: { name: true, status: true } });
      if (row?.status !== "failed") return false;
      const job = await boss.getJobById<PgBossJobData>(row.name, id);
      if (job?.state !== "failed") return false;
      await boss.retry(row.name, id);
      // pg-boss gives it one more attempt than it had.
      await updateJobRow(db, {
        where: { id, status: "failed" },
        data: { status: "queued", runAt: new Date(clock.now()), finishedAt: null, maxAttempts: job.retryLimit + 2 },
      });
      workers.wake();
      return true;
    },
    async cancel(id) {
      const row = await db.job.findUnique({ where: { id }, select: { name: true, status: true } });
      if (row?.status !== "queued" && row?.status !== "active") return false;
      await boss.cancel(row.name, id);
      const job = await boss.getJobById<PgBossJobData>(row.name, id, { includeArchive: true });
      if (job) await updateJobRow(db, { where: { id }, data: jobRowFromPgBoss(job) });
      if (job?.state !== "cancelled") return false;
      workers.running.abort(id, new JobCancelledError(id));
      return true;
    },
    progress: (id, value, message) => store.progress(id, value, message),
    async schedule(name, payload, scheduleOptions) {
      schedules.push(await scheduleEvery(enqueue, name, payload, scheduleOptions, clock));
    },
    async stop(stopOptions = {}) {
      sweep?.stop();
      stopPruning?.();
      for (const stopSchedule of schedules) stopSchedule();
      await workers.stop(stopOptions.graceSeconds ?? 30);
      await boss.stop({ graceful: true, wait: true, timeout: ((stopOptions.graceSeconds ?? 30) + 5) * 1000 });
    },
  };
}

/** Writes a new job's `Job` row; one already there (a worker claimed the job first, or a racing enqueue) is kept. */
async function insertRow(
  db: Database,
  job: { id: string; name: string; payload: unknown; options: EnqueueOptions; now: Date },
): Promise<void> {
  const envelope: Envelope = {
    data: job.payload,
    retryDelaySeconds: job.options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
    timeoutSeconds: job.options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    saved: null,
  };
  try {
    await db.job.create({
      data: {
        id: job.id,
        name: job.name,
        key: job.options.key,
        payload: JSON.stringify(envelope),
        maxAttempts: job.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        runAt: job.options.runAt ?? job.now,
        createdAt: job.now,
      },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
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
