export interface JobHeartbeatsOptions {
  /** The PostgreSQL schema pg-boss keeps its tables in. */
  schema: string;
  executeSql: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;
  /** Ids of the attempts running in this process now. */
  running: () => string[];
  /** A job whose last heartbeat (or start) is older than this is taken for orphaned. */
  leaseSeconds: number;
  /** Fails a job so pg-boss retries it (or marks it dead after its last attempt). */
  fail: (name: string, id: string, message: string) => Promise<void>;
  /** False while the database is unreachable: nothing is written or swept then. */
  reachable: () => boolean;
}

/**
 * Liveness for pg-boss 10, which has none: without it a killed worker's job waits for its whole
 * timeout (up to 25 hours for a batch digest) before pg-boss retries it. Every working process
 * stamps its running attempts with a heartbeat in the job's output and fails active jobs whose
 * heartbeat is older than the lease, so an orphaned job is retried within about a lease.
 * Heartbeats run on the event loop: a worker blocked longer than the lease would be taken for dead
 * and its job run again, which the idempotent handlers absorb; the default lease (5 minutes) is
 * well above the longest synchronous step measured (grouping 100,000 articles).
 */
export function startJobHeartbeats(options: JobHeartbeatsOptions): { stop: () => void } {
  const { schema, executeSql } = options;
  let busy = false;
  /** One round: renew this process's attempts, then fail orphaned ones. */
  async function beatOnce(): Promise<void> {
    if (!options.reachable()) return;
    const ids = options.running();
    if (ids.length > 0)
      await executeSql(
        `UPDATE ${schema}.job SET output = COALESCE(output, '{}'::jsonb) || jsonb_build_object('heartbeatAt', now())
         WHERE id = ANY($1::uuid[]) AND state = 'active'`,
        [ids],
      );
    // started_on is per attempt, so a heartbeat left from an earlier attempt never counts. pg-boss's
    // own queues (cron) are its business.
    const { rows } = await executeSql(
      `SELECT id, name FROM ${schema}.job
       WHERE state = 'active' AND name NOT LIKE '\\_\\_pgboss%'
         AND GREATEST(started_on, COALESCE((output->>'heartbeatAt')::timestamptz, started_on))
             < now() - $1 * interval '1 second'`,
      [options.leaseSeconds],
    );
    for (const row of rows as Array<{ id: string; name: string }>)
      await options.fail(
        row.name,
        row.id,
        `the worker running it stopped answering (no heartbeat for ${options.leaseSeconds} s)`,
      );
  }
  const beat = () => {
    // One round at a time: a slow database must not pile rounds up.
    if (busy) return;
    busy = true;
    beatOnce()
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(beat, Math.max(500, (options.leaseSeconds * 1000) / 3));
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
