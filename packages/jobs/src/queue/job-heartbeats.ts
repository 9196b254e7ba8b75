// Liveness for pg-boss 10, which has none: without it a killed worker's job waits for its whole
// timeout (up to 25 hours for a batch digest) before pg-boss retries it. Each running attempt stamps
// a heartbeat in its job's output (see `stampHeartbeat`, called by the attempt's periodic check), and
// every working process fails active jobs whose heartbeat is older than the lease, so an orphaned job
// is retried within about a lease. These are the SQL statements left on pg-boss's tables that its API
// cannot replace: pg-boss 10 can neither change a running job's output nor find stale active jobs
// (11 has heartbeats of its own, but needs Node 22).
// Heartbeats run on the event loop: a worker blocked longer than the lease would be taken for dead
// and its job run again, which the idempotent handlers absorb; the default lease (5 minutes) is well
// above the longest synchronous step measured (grouping 100,000 articles).

type ExecuteSql = (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;

/** Stamps a running job's heartbeat; false when the job is no longer active (cancelled, failed, taken over). */
export async function stampHeartbeat(executeSql: ExecuteSql, schema: string, id: string): Promise<boolean> {
  const { rows } = await executeSql(
    `UPDATE ${schema}.job SET output = COALESCE(output, '{}'::jsonb) || jsonb_build_object('heartbeatAt', now())
     WHERE id = $1::uuid AND state = 'active' RETURNING id`,
    [id],
  );
  return rows.length > 0;
}

export interface OrphanedJobSweepOptions {
  /** The PostgreSQL schema pg-boss keeps its tables in. */
  schema: string;
  executeSql: ExecuteSql;
  /** A job whose last heartbeat (or start) is older than this is taken for orphaned. */
  leaseSeconds: number;
  /** Fails a job so pg-boss retries it (or marks it dead after its last attempt). */
  fail: (name: string, id: string, message: string) => Promise<void>;
  /** False while the database is unreachable: nothing is swept then. */
  reachable: () => boolean;
  /**
   * The jobs this process is running: alive whatever their heartbeat says (a long synchronous step
   * can hold the heartbeat back past the lease, and the sweep would otherwise fail its own job).
   */
  running: () => string[];
}

/** Every third of the lease, fails the active jobs whose worker stopped stamping heartbeats. */
export function startOrphanedJobSweep(options: OrphanedJobSweepOptions): { stop: () => void } {
  const { schema, executeSql } = options;
  let busy = false;
  async function sweepOnce(): Promise<void> {
    if (!options.reachable()) return;
    // started_on is per attempt, so a heartbeat left from an earlier attempt never counts. pg-boss's
    // own queues (cron) are its business.
    const { rows } = await executeSql(
      `SELECT id, name FROM ${schema}.job
       WHERE state = 'active' AND name NOT LIKE '\\_\\_pgboss%' AND id <> ALL($2::uuid[])
         AND GREATEST(started_on, COALESCE((output->>'heartbeatAt')::timestamptz, started_on))
             < now() - $1 * interval '1 second'`,
      [options.leaseSeconds, options.running()],
    );
    for (const row of rows as Array<{ id: string; name: string }>)
      await options.fail(
        row.name,
        row.id,
        `the worker running it stopped answering (no heartbeat for ${options.leaseSeconds} s)`,
      );
  }
  const sweep = () => {
    // One round at a time: a slow database must not pile rounds up.
    if (busy) return;
    busy = true;
    sweepOnce()
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(sweep, Math.max(500, (options.leaseSeconds * 1000) / 3));
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
