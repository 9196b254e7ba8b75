import pRetry from "p-retry";
import type { PrismaClient } from "./generated/sqlite/client.js";

/**
 * True for SQLite's "database is locked": another connection (another web process, the CLI, a worker)
 * holds the write lock, or committed after this transaction read (SQLITE_BUSY_SNAPSHOT, which no busy
 * timeout waits out). Prisma reports it as P1008; some paths surface the driver's code itself.
 */
function isDatabaseBusy(error: unknown): boolean {
  const { code, cause, meta } = (error ?? {}) as { code?: unknown; cause?: unknown; meta?: unknown };
  if (code === "P1008") return true;
  if (typeof code === "string" && code.startsWith("SQLITE_BUSY")) return true;
  const original = (meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined)
    ?.driverAdapterError?.cause?.originalCode;
  if (typeof original === "string" && original.startsWith("SQLITE_BUSY")) return true;
  return cause !== undefined && cause !== error && isDatabaseBusy(cause);
}

/** How long a transaction keeps retrying a busy file: a few seconds of jittered, growing pauses. */
const busyRetry = { retries: 12, minTimeout: 20, maxTimeout: 1_000, factor: 2, randomize: true } as const;

/**
 * A SQLite client whose transactions wait for a busy file instead of failing: a transaction that meets
 * "database is locked" is rolled back by Prisma and run again from the start, after a pause, until it
 * commits (or a dozen attempts over about 8 s have failed, when the error is thrown as before). Both
 * forms retry: a callback is called again with a fresh transaction, a batch of queries is sent again.
 * Single statements outside a transaction already wait for the lock (better-sqlite3's busy timeout).
 */
export function retryTransactionsWhenBusy(client: PrismaClient): PrismaClient {
  const transaction = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const extended = client.$extends({
    client: {
      $transaction(...args: unknown[]) {
        return pRetry(() => transaction(...args), { ...busyRetry, shouldRetry: ({ error }) => isDatabaseBusy(error) });
      },
    },
  });
  // Only $transaction changed, so the extended client keeps the base client's API.
  return extended as unknown as PrismaClient;
}
