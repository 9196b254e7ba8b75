import { createDatabase, type Database, readDatabaseEnv } from "@roundup/db";

let database: Database | undefined;

/** The one database client of the server process, created on first use (never at import time). */
export function getDatabase(): Database {
  database ??= createDatabase(readDatabaseEnv().databaseUrl);
  return database;
}
