import { describeDatabaseUrl } from "@roundup/db";
import { type Clock, sleep, systemClock } from "../queue/clock.js";
import { DatabaseOutage, type DatabaseOutageOptions } from "../queue/database-outage.js";
import { describeJobError } from "../queue/job-queue.js";
import { DatabaseStartError } from "./database-start-error.js";
import { probeDatabase } from "./probe-database.js";

export interface OpenWhenDatabaseReachableOptions {
  /** Aborting it ends the wait at once; the result is then null. */
  signal: AbortSignal;
  /** How long to wait for the database, in seconds; 0 tries once. Default: as long as it takes. */
  maxWaitSeconds?: number;
  /** The lines' destination and the backoff (default 1 s doubling to 30 s), as for an outage. */
  outage?: Pick<DatabaseOutageOptions, "log" | "firstDelayMs" | "maxDelayMs">;
  /** How long one try waits for a server that accepts the connection but does not answer. Default 10 s. */
  probeTimeoutMs?: number;
  /** The wait and its deadline run on it. Default: the system clock (tests pass a manual one). */
  clock?: Clock;
}

/**
 * Runs `open` (e.g. opening and migrating the database) once the database answers, for a worker
 * started before its database (a machine booting, containers started together): while it is
 * unreachable it retries with the outage backoff and says so, one line per step. A setting that
 * waiting cannot fix fails at once with `DatabaseStartError`; so does `open` failing while the
 * database answers (e.g. migrations it may not apply), with `open`'s own error. Returns null when
 * `signal` aborts first.
 */
export async function openWhenDatabaseReachable<T>(
  databaseUrl: string,
  open: () => Promise<T>,
  options: OpenWhenDatabaseReachableOptions,
): Promise<T | null> {
  const database = describeDatabaseUrl(databaseUrl);
  const outage = new DatabaseOutage({ ...options.outage, database, fix: "" });
  const clock = options.clock ?? systemClock;
  const deadline =
    options.maxWaitSeconds === undefined ? Number.POSITIVE_INFINITY : clock.now() + options.maxWaitSeconds * 1000;
  while (!options.signal.aborted) {
    let probe = await probeDatabase(databaseUrl, options.signal, options.probeTimeoutMs);
    if (options.signal.aborted) return null;
    if (probe.reachable) {
      try {
        const opened = await open();
        outage.recovered();
        return opened;
      } catch (error) {
        // Gone again between the probe and the opening (a server restarting): keep waiting.
        // Otherwise the database answers and the failure is the opening's own: report it.
        probe = await probeDatabase(databaseUrl, options.signal, options.probeTimeoutMs);
        if (probe.reachable || !probe.retry) throw error;
        probe = { ...probe, reason: `${probe.reason}; opening failed: ${firstLine(describeJobError(error))}` };
      }
    }
    if (!probe.retry) throw new DatabaseStartError("DATABASE_UNUSABLE", database, probe.reason, probe.fix);
    const remainingMs = deadline - clock.now();
    if (remainingMs <= 0)
      throw new DatabaseStartError(
        "DATABASE_WAIT_EXPIRED",
        database,
        probe.reason,
        `${probe.fix}, or allow a longer wait (--wait-for-database)`,
      );
    // The last try falls on the deadline rather than after it.
    await sleep(Math.min(outage.waiting(probe.reason), remainingMs), options.signal, clock);
  }
  return null;
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}
