import { describeJobError } from "./job-queue.js";

export interface DatabaseOutageOptions {
  /** The database as log lines name it: a URL without its password (see `describeDatabaseUrl`). */
  database: string;
  /** What the operator should do while it lasts, e.g. "start PostgreSQL or fix DATABASE_URL". */
  fix: string;
  /** Where the one line per outage and the one line on recovery go. Default stderr. */
  log?: (line: string) => void;
  /** The first wait after a failure, doubled after each further one. Default 1 s. */
  firstDelayMs?: number;
  /** The longest wait between two tries. Default 30 s. */
  maxDelayMs?: number;
}

/** While a worker waits to start, how often a line repeats once the wait and the reason stay the same. */
const STILL_WAITING_LINE_MS = 5 * 60_000;

/**
 * A worker's view of whether its database is reachable. Each failed try returns how long to wait
 * before the next (exponential, capped), so a worker whose database is gone waits instead of
 * polling at full speed; an outage (two failures in a row or more) and its end are each logged
 * once, so the log says what happened without one line per poll.
 */
export class DatabaseOutage {
  private failures = 0;
  private since: number | null = null;
  /** Set by `waiting`: the worker has not reached its database yet, so lines say it waits to start. */
  private starting = false;
  private lastWaitingLine: { delayMs: number; reason: string; at: number } | null = null;
  private readonly log: (line: string) => void;
  private readonly firstDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(private readonly options: DatabaseOutageOptions) {
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
    this.firstDelayMs = options.firstDelayMs ?? 1_000;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
  }

  /** True between a failure and the next success. */
  get down(): boolean {
    return this.since !== null;
  }

  /** Records a failed try; returns the milliseconds to wait before the next one. */
  failed(error: unknown): number {
    this.failures += 1;
    this.since ??= Date.now();
    // Logged on the second failure in a row: a single one is often a dropped connection that the
    // pool replaces at once, and the second names the lasting reason (e.g. a database that is gone).
    if (this.failures === 2) {
      this.log(
        `roundup worker: database ${this.options.database} is unreachable (${meaningfulLine(describeJobError(error))}); ` +
          `taking no jobs and retrying every ${this.firstDelayMs / 1000}–${this.maxDelayMs / 1000} s: ${this.options.fix}`,
      );
    }
    return this.delayMs();
  }

  /** The wait before the next try while down: the first delay doubled per failure, capped. */
  delayMs(): number {
    return Math.min(this.maxDelayMs, this.firstDelayMs * 2 ** Math.max(0, this.failures - 1));
  }

  /**
   * Records a failed try made before the worker took any job (it was started while its database
   * was unreachable); returns the milliseconds to wait before the next one. Each step of the
   * backoff gets a line naming the database, the reason and the wait; once the wait stops growing,
   * a line when the reason changes and one every 5 minutes, so a long wait neither floods the log
   * nor looks like a hang.
   */
  waiting(reason: string): number {
    this.starting = true;
    this.failures += 1;
    this.since ??= Date.now();
    const delayMs = this.delayMs();
    const last = this.lastWaitingLine;
    const now = Date.now();
    if (!last || last.delayMs !== delayMs || last.reason !== reason || now - last.at >= STILL_WAITING_LINE_MS) {
      const waited = this.failures > 1 ? `, waited ${Math.round((now - this.since) / 1000)} s so far` : "";
      this.log(
        `roundup worker: waiting for the database at ${this.options.database} (${reason}); retrying in ${formatSeconds(delayMs)}${waited}`,
      );
      this.lastWaitingLine = { delayMs, reason, at: now };
    }
    return delayMs;
  }

  /** Records a successful try; logs the recovery when it ends an outage or a wait to start. */
  recovered(): void {
    if (this.starting && this.since !== null) {
      const seconds = Math.round((Date.now() - this.since) / 1000);
      this.log(
        `roundup worker: the database at ${this.options.database} answers after ${seconds} s (${this.failures} failed tries); starting`,
      );
    } else if (this.failures >= 2 && this.since !== null) {
      const seconds = Math.round((Date.now() - this.since) / 1000);
      this.log(
        `roundup worker: database ${this.options.database} is reachable again after ${seconds} s (${this.failures} failed tries); taking jobs`,
      );
    }
    this.failures = 0;
    this.since = null;
    this.starting = false;
    this.lastWaitingLine = null;
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** The last non-empty line: Prisma puts the database's own message after its call site. */
function meaningfulLine(text: string): string {
  return (
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? text
  );
}
