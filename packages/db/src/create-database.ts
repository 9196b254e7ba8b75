import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { cleanTextOnRead } from "./clean-text-on-read.js";
import { createPostgresPool } from "./create-postgres-pool.js";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.js";
import { PrismaClient } from "./generated/sqlite/client.js";
import { waitWhenBusy } from "./wait-when-busy.js";

/**
 * The client type every query is written against. Both generated clients come from the same models,
 * so the PostgreSQL client has the same API and is typed as this one.
 */
export type Database = PrismaClient;

/** How a SQLite client meets another connection's write lock (see readDatabaseEnv). */
export interface SqliteBusyOptions {
  /**
   * How long one statement waits for the lock, in ms (5,000 unless set). The wait is asynchronous:
   * the process goes on serving while it lasts (see waitWhenBusy).
   */
  timeoutMs?: number;
  /** How many times a transaction that still found the file busy is run again (30 unless set). */
  retries?: number;
  /** Called before each new attempt, so a server can log that it is waiting for the file. */
  onRetry?: (attempt: number, retries: number) => void;
}

export function isPostgresUrl(databaseUrl: string): boolean {
  return /^postgres(ql)?:\/\//.test(databaseUrl);
}

const providers = new WeakMap<Database, "sqlite" | "postgresql">();

/** Which database a client talks to, for the few statements that differ (e.g. PostgreSQL's advisory locks). */
export function providerOf(db: Database): "sqlite" | "postgresql" {
  const provider = providers.get(db);
  if (!provider) throw new Error("providerOf: the client was not made by createDatabase");
  return provider;
}

/**
 * Creates a Prisma client for the URL through a driver adapter (no native engine): PostgreSQL for
 * `postgresql://` URLs, otherwise a SQLite file whose folder is created when missing. On SQLite, a
 * statement waits up to 5 s for another connection's write lock, and a transaction that still finds
 * the file busy is run again, both without blocking the process (see waitWhenBusy).
 */
export function createDatabase(databaseUrl: string, sqliteBusy: SqliteBusyOptions = {}): Database {
  if (isPostgresUrl(databaseUrl)) {
    const adapter = new PrismaPg(createPostgresPool(databaseUrl), { disposeExternalPool: true });
    const client = cleanTextOnRead(new PostgresClient({ adapter }) as unknown as Database);
    providers.set(client, "postgresql");
    return client;
  }
  const file = databaseUrl.replace(/^file:/, "");
  mkdirSync(path.dirname(file), { recursive: true });
  // No busy timeout in the driver: better-sqlite3 would sleep synchronously, stopping the event loop.
  const adapter = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 0 });
  const client = cleanTextOnRead(waitWhenBusy(new PrismaClient({ adapter }), sqliteBusy));
  providers.set(client, "sqlite");
  return client;
}
