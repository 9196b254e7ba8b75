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

/**
 * A worker's view of whether its database is reachable. Each failed try returns how long to wait
 * before the next (exponential, capped), so a worker whose database is gone waits instead of
 * polling at full speed; an outage (two failures in a row or more) and its end are each logged
 * once, so the log says what happened without one line per poll.
 */
export class DatabaseOutage {
  private failures = 0;
  private since: number | null = null;
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

  /** Records a successful try; logs the recovery when it ends an outage. */
  recovered(): void {
    if (this.failures >= 2 && this.since !== null) {
      const seconds = Math.round((Date.now() - this.since) / 1000);
      this.log(
        `roundup worker: database ${this.options.database} is reachable again after ${seconds} s (${this.failures} failed tries); taking jobs`,
      );
    }
    this.failures = 0;
    this.since = null;
  }
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
