import { type Database, openDatabase as openConfiguredDatabase, readDatabaseEnv } from "@roundup/db";

/** Opens the database named by DATABASE_URL (default: the SQLite file in .data), migrated. */
export async function openDatabase(): Promise<Database> {
  return openConfiguredDatabase(readDatabaseEnv().databaseUrl);
}
