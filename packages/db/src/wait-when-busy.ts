import pRetry from "p-retry";
import type { SqliteBusyOptions } from "./create-database.js";
import type { PrismaClient } from "./generated/sqlite/client.js";

/** The SQLite result code behind a Prisma error, when the driver adapter kept it. */
function sqliteCode(error: unknown): string | null {
  const { code, cause, meta } = (error ?? {}) as { code?: unknown; cause?: unknown; meta?: unknown };
  if (typeof code === "string" && code.startsWith("SQLITE_")) return code;
  const original = (meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined)
    ?.driverAdapterError?.cause?.originalCode;
  if (typeof original === "string") return original;
  return cause !== undefined && cause !== error ? sqliteCode(cause) : null;
}

/**
 * True for SQLite's "database is locked": another connection (another web process, the CLI, a worker)
 * holds the write lock, or committed after this transaction read (SQLITE_BUSY_SNAPSHOT). Prisma
 * reports it as P1008; some paths surface the driver's code itself.
 */
function isDatabaseBusy(error: unknown): boolean {
  if ((error as { code?: unknown } | null)?.code === "P1008") return true;
  return sqliteCode(error)?.startsWith("SQLITE_BUSY") ?? false;
}

/**
 * How long a transaction keeps retrying a busy file: jittered pauses growing to 1 s, about 25 s in
 * all (waiting costs the process nothing, so it waits out another process's long write).
 */
const busyRetry = { retries: 30, minTimeout: 20, maxTimeout: 1_000, factor: 2, randomize: true } as const;

/** How one statement waits for the lock: short pauses, growing to 100 ms, for up to `timeoutMs`. */
const statementWait = { minTimeout: 5, maxTimeout: 100, factor: 2 } as const;

/**
 * A SQLite client that waits for a busy file without blocking its process. The driver's own busy
 * timeout is a synchronous sleep inside better-sqlite3 (the whole event loop stops: a web process
 * serves nobody meanwhile), so the connection is opened with none and the waiting happens here,
 * between tries, on timers:
 * - a statement outside a transaction that finds the file locked is tried again after short pauses
 *   for up to `timeoutMs` (not a snapshot conflict, which no wait resolves);
 * - a transaction that meets "database is locked" is rolled back by Prisma and run again from
 *   the start, after a growing pause, until it commits or `retries` attempts (about 25 s of pauses
 *   at 30) have failed, when the error is thrown as before. Both forms retry: a callback is called
 *   again with a fresh transaction, a batch of queries is sent again.
 */
export function waitWhenBusy(
  client: PrismaClient,
  { timeoutMs = 5_000, retries = busyRetry.retries, onRetry }: SqliteBusyOptions = {},
): PrismaClient {
  const transaction = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const extended = client
    .$extends({
      query: {
        $allOperations({ args, query }) {
          return pRetry(() => query(args), {
            ...statementWait,
            retries: 1_000,
            maxRetryTime: timeoutMs,
            shouldRetry: ({ error }) => isDatabaseBusy(error) && sqliteCode(error) !== "SQLITE_BUSY_SNAPSHOT",
          });
        },
      },
    })
    .$extends({
      client: {
        $transaction(...args: unknown[]) {
          return pRetry(() => transaction(...args), {
            ...busyRetry,
            retries,
            shouldRetry: ({ error }) => isDatabaseBusy(error),
            onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
              if (retriesLeft > 0 && isDatabaseBusy(error)) onRetry?.(attemptNumber, retries);
            },
          });
        },
      },
    });
  // The extensions change how queries and $transaction run, not the client's API. Transactions run
  // on the base client: inside one, a busy statement fails at once and the whole transaction waits.
  return extended as unknown as PrismaClient;
}
