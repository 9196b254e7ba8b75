import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Database } from "@roundup/db";
import { z } from "zod";
import { DatabaseOutage, type DatabaseOutageOptions } from "./database-outage.js";
import {
  CANCEL_CHECK_INTERVAL_MS,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_TIMEOUT_SECONDS,
  describeJobError,
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
import { abortAfterGrace, RunningAttempts, runAttempt } from "./run-attempt.js";
import { sleep } from "./sleep.js";
import { watchDatabaseFile } from "./watch-database-file.js";

export interface SqliteJobQueueOptions {
  /** Names this process in `lockedBy`. Default host:pid:random. */
  workerId?: string;
  /**
   * A running job's lease, renewed every third of it while its worker lives. A killed worker's job
   * is taken over once the lease runs out. Default 30 s.
   */
  leaseSeconds?: number;
  /** How often an idle worker looks for jobs. Default 1 s. */
  pollIntervalSeconds?: number;
  /** The database file, watched so that a worker takes no jobs from a removed or replaced file. */
  file?: string;
  /**
   * How a worker waits out its database failing: the log line's destination and the backoff
   * (default 1 s doubling to 30 s).
   */
  outage?: Pick<DatabaseOutageOptions, "log" | "firstDelayMs" | "maxDelayMs">;
}

/** Stored in the `payload` column next to the data: the settings the row has no column for. */
const envelopeSchema = z.object({
  data: z.unknown().default(null),
  retryDelaySeconds: z.number().default(DEFAULT_RETRY_DELAY_SECONDS),
  timeoutSeconds: z.number().default(DEFAULT_TIMEOUT_SECONDS),
  /** What an attempt kept for the next ones (`JobContext.save`). */
  saved: z.unknown().default(null),
});

type Envelope = z.infer<typeof envelopeSchema>;

/** A stored progress message (the `result` column while the job is not completed). */
const progressSchema = z.object({ message: z.string() });

type JobRow = NonNullable<Awaited<ReturnType<Database["job"]["findUnique"]>>>;

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function envelopeOf(row: JobRow): Envelope {
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

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2002" || /unique constraint/i.test(String(error));
}

/** Claims the next due job (or one whose worker's lease ran out); null when there is none. */
async function claimNextJob(
  db: Database,
  names: string[],
  worker: { id: string; leaseMs: number },
): Promise<JobRow | null> {
  for (let tries = 0; tries < 5; tries += 1) {
    const now = new Date();
    const candidate = await db.job.findFirst({
      where: {
        name: { in: names },
        OR: [
          { status: "queued", runAt: { lte: now } },
          { status: "active", lockedUntil: { lt: now } },
        ],
      },
      orderBy: [{ runAt: "asc" }, { createdAt: "asc" }],
    });
    if (!candidate) return null;
    const unchanged = {
      id: candidate.id,
      status: candidate.status,
      attempts: candidate.attempts,
      lockedUntil: candidate.lockedUntil,
    };
    if (candidate.status === "active" && candidate.attempts >= candidate.maxAttempts) {
      // Its last attempt's worker died: the job is dead rather than run beyond maxAttempts.
      await db.job.updateMany({
        where: unchanged,
        data: {
          status: "failed",
          lockedBy: null,
          lockedUntil: null,
          finishedAt: now,
          lastError: `${candidate.lastError ? `${candidate.lastError}; ` : ""}worker ${candidate.lockedBy} stopped responding (lease expired) on the last attempt`,
        },
      });
      continue;
    }
    const claimed = await db.job.updateMany({
      where: unchanged,
      data: {
        status: "active",
        attempts: { increment: 1 },
        lockedBy: worker.id,
        lockedUntil: new Date(now.getTime() + worker.leaseMs),
        ...(candidate.status === "active"
          ? { lastError: `worker ${candidate.lockedBy} stopped responding (lease expired)` }
          : {}),
      },
    });
    if (claimed.count === 1) return db.job.findUnique({ where: { id: candidate.id } });
    // Another worker won the race for this one: look again.
  }
  return null;
}

/**
 * The SQLite runner: jobs are rows of the `Job` table. A worker claims a job with a conditional
 * update (compare-and-set on status, attempts and lease), so two workers never run the same attempt;
 * it holds a lease (`lockedUntil`) that it renews while the handler runs. A failed attempt is retried
 * after an exponential backoff until `maxAttempts`, then the job is `failed` (dead) with its error.
 */
export function createSqliteJobQueue(db: Database, options: SqliteJobQueueOptions = {}): JobQueue {
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const leaseMs = (options.leaseSeconds ?? 30) * 1000;
  const pollMs = (options.pollIntervalSeconds ?? 1) * 1000;
  const stopping = new AbortController();
  const loops: Promise<void>[] = [];
  const running = new RunningAttempts();
  const timers: NodeJS.Timeout[] = [];
  const wakers = new Set<() => void>();
  const wake = () => {
    for (const resolve of wakers) resolve();
  };
  // Several processes share one file: wait for a writer's lock instead of failing with SQLITE_BUSY.
  const ready = db.$queryRawUnsafe("PRAGMA busy_timeout=10000").then(() => undefined);
  const checkFile = options.file ? watchDatabaseFile(options.file) : () => undefined;
  const outage = new DatabaseOutage({
    ...options.outage,
    database: options.file ?? "(SQLite)",
    fix: "check that the database file is in place and readable; the worker resumes by itself",
  });

  async function enqueue(name: string, payload: unknown, enqueueOptions: EnqueueOptions): Promise<string> {
    await ready;
    const existing = await db.job.findUnique({ where: { key: enqueueOptions.key }, select: { id: true } });
    if (existing) return existing.id;
    const envelope: Envelope = {
      data: payload,
      retryDelaySeconds: enqueueOptions.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
      timeoutSeconds: enqueueOptions.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
      saved: null,
    };
    try {
      const created = await db.job.create({
        data: {
          name,
          key: enqueueOptions.key,
          payload: JSON.stringify(envelope),
          maxAttempts: enqueueOptions.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
          runAt: enqueueOptions.runAt ?? new Date(),
        },
        select: { id: true },
      });
      wake();
      return created.id;
    } catch (error) {
      // Another process enqueued the same key between our check and insert.
      if (!isUniqueViolation(error)) throw error;
      const raced = await db.job.findUnique({ where: { key: enqueueOptions.key }, select: { id: true } });
      if (!raced) throw error;
      return raced.id;
    }
  }

  /** Runs a claimed attempt, renewing its lease while it runs, and stores its outcome. */
  async function runJob(row: JobRow, handler: JobHandler): Promise<void> {
    const envelope = envelopeOf(row);
    const mine = { id: row.id, lockedBy: workerId, status: "active" };
    const outcome = await runAttempt({
      job: { id: row.id, name: row.name, attempt: row.attempts, payload: envelope.data, saved: envelope.saved },
      handler,
      running,
      timeoutSeconds: envelope.timeoutSeconds,
      // Finding the row no longer ours means it was cancelled (or, after a stall, taken over by
      // another worker), so the attempt stops.
      check: async () => {
        const renewed = await db.job.updateMany({ where: mine, data: { lockedUntil: new Date(Date.now() + leaseMs) } });
        return renewed.count === 0 ? new JobCancelledError(row.id) : null;
      },
      checkEveryMs: Math.max(200, Math.min(leaseMs / 3, CANCEL_CHECK_INTERVAL_MS)),
      progress: (value, message) => setProgress(row.id, value, message),
      save: async (value) => {
        await db.job.updateMany({ where: mine, data: { payload: JSON.stringify({ ...envelope, saved: value }) } });
      },
    });
    const released = { lockedBy: null, lockedUntil: null };
    if (outcome.ok) {
      await db.job.updateMany({
        where: mine,
        data: {
          status: "completed",
          result: outcome.result === undefined ? null : JSON.stringify(outcome.result),
          progress: 1,
          finishedAt: new Date(),
          ...released,
        },
      });
      return;
    }
    const lastError = describeJobError(outcome.error);
    const dead = row.attempts >= row.maxAttempts;
    const delayMs = envelope.retryDelaySeconds * 1000 * 2 ** (row.attempts - 1);
    await db.job.updateMany({
      where: mine,
      data: dead
        ? { status: "failed", lastError, finishedAt: new Date(), ...released }
        : { status: "queued", lastError, runAt: new Date(Date.now() + delayMs), ...released },
    });
  }

  async function loop(handlers: JobHandlers, signal: AbortSignal): Promise<void> {
    const names = Object.keys(handlers);
    while (!signal.aborted) {
      let wait = pollMs;
      try {
        checkFile();
        const row = await claimNextJob(db, names, { id: workerId, leaseMs });
        outage.recovered();
        const handler = row ? handlers[row.name] : undefined;
        if (row && handler) {
          await runJob(row, handler);
          continue;
        }
      } catch (error) {
        // The database is gone or failing: wait longer each time rather than poll at full rate.
        wait = outage.failed(error);
      }
      await new Promise<void>((resolve) => {
        const done = () => {
          wakers.delete(done);
          resolve();
        };
        wakers.add(done);
        sleep(wait, signal).then(done);
      });
    }
  }

  async function setProgress(id: string, value: number, message?: string): Promise<void> {
    await db.job.updateMany({
      where: { id, status: "active" },
      data: { progress: value, ...(message === undefined ? {} : { result: JSON.stringify({ message }) }) },
    });
  }

  return {
    provider: "sqlite",
    enqueue,
    async work(handlers: JobHandlers, workOptions: WorkOptions = {}) {
      await ready;
      const signal = workOptions.signal ? AbortSignal.any([workOptions.signal, stopping.signal]) : stopping.signal;
      for (let slot = 0; slot < Math.max(1, workOptions.concurrency ?? 1); slot += 1)
        loops.push(loop(handlers, signal));
    },
    async get(id) {
      const row = await db.job.findUnique({ where: { id } });
      return row ? toRecord(row) : null;
    },
    async list(listOptions: ListJobsOptions = {}) {
      const rows = await db.job.findMany({
        where: {
          ...(listOptions.status ? { status: listOptions.status } : {}),
          ...(listOptions.name ? { name: listOptions.name } : {}),
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: listOptions.limit ?? 50,
      });
      return rows.map(toRecord);
    },
    async retry(id) {
      const job = await db.job.findUnique({ where: { id }, select: { attempts: true } });
      if (!job) return false;
      const updated = await db.job.updateMany({
        where: { id, status: "failed" },
        data: { status: "queued", runAt: new Date(), finishedAt: null, maxAttempts: job.attempts + 1 },
      });
      if (updated.count === 1) wake();
      return updated.count === 1;
    },
    async cancel(id) {
      const cancelled = await db.job.updateMany({
        where: { id, status: { in: ["queued", "active"] } },
        data: {
          status: "cancelled",
          lastError: "cancelled",
          lockedBy: null,
          lockedUntil: null,
          finishedAt: new Date(),
        },
      });
      if (cancelled.count === 0) return false;
      running.abort(id, new JobCancelledError(id));
      return true;
    },
    progress: setProgress,
    async schedule(name, payload, scheduleOptions) {
      const periodMs = scheduleOptions.everyMinutes * 60_000;
      const enqueueSlot = () =>
        enqueue(name, payload, {
          key: `schedule:${name}:${Math.floor(Date.now() / periodMs)}`,
          ...(scheduleOptions.timeoutSeconds ? { timeoutSeconds: scheduleOptions.timeoutSeconds } : {}),
        }).catch((error) =>
          process.stderr.write(`roundup worker: could not enqueue scheduled ${name}: ${describeJobError(error)}\n`),
        );
      await enqueueSlot();
      timers.push(setInterval(enqueueSlot, Math.min(periodMs, 60_000)));
    },
    async stop(stopOptions = {}) {
      for (const timer of timers) clearInterval(timer);
      stopping.abort();
      wake();
      const stopWaiting = abortAfterGrace(running, stopOptions.graceSeconds ?? 30);
      await Promise.all(loops);
      stopWaiting();
    },
  };
}
