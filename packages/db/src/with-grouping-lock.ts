import { type Database, providerOf } from "./create-database.js";

/** The PostgreSQL advisory lock key of grouping (advisory locks are per database). */
const GROUPING_LOCK_KEY = 727_275;
/** Longer than any group job may run (see JOB_TIMEOUTS): past it the lock would be let go early. */
const LONGEST_HOLD_MS = 6 * 60 * 60 * 1000;

const sqliteQueues = new WeakMap<Database, Promise<unknown>>();

/**
 * Runs `work` while no other grouping runs on the same database, so two workers never place the same
 * article twice or start two stories for one event because neither saw the other's placements.
 *
 * PostgreSQL: a transaction-scoped advisory lock, held by a transaction left open (and otherwise
 * unused) while `work` reads and writes through the client as usual; a second worker waits on the lock,
 * then loads what the first one saved and places only what is still ungrouped. A worker that dies
 * drops its connection, which releases the lock. (Grouping is one sequence of decisions, each seeing
 * the ones before, so workers take turns on it rather than claiming articles side by side with SKIP
 * LOCKED: two similar articles claimed by two workers would start two stories.)
 *
 * SQLite: the calls of one process take turns. Processes sharing a SQLite file are not serialised.
 */
export async function withGroupingLock<T>(db: Database, work: () => Promise<T>): Promise<T> {
  if (providerOf(db) === "postgresql") {
    let result: { value: T } | undefined;
    await db.$transaction(
      async (lock) => {
        await lock.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${GROUPING_LOCK_KEY})`);
        result = { value: await work() };
      },
      { timeout: LONGEST_HOLD_MS, maxWait: 60_000 },
    );
    return (result as { value: T }).value;
  }
  const before = sqliteQueues.get(db) ?? Promise.resolve();
  const turn = before.then(work, work);
  sqliteQueues.set(
    db,
    turn.catch(() => undefined),
  );
  return turn;
}
