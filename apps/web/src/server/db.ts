import { createDatabase, type Database, readDatabaseEnv } from "@roundup/db";

let database: Database | undefined;

/** The one database client of the server process, created on first use (never at import time). */
export function getDatabase(): Database {
  if (!database) {
    const { databaseUrl, sqliteBusy } = readDatabaseEnv();
    database = createDatabase(databaseUrl, {
      ...sqliteBusy,
      // An operator sees in the log that writes are waiting for another process's lock.
      onRetry: (attempt, retries) =>
        console.warn(`the SQLite file is busy (another process is writing); retry ${attempt} of ${retries}`),
    });
  }
  return database;
}
