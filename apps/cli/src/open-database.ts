import { type Database, openDatabase as openConfiguredDatabase, readDatabaseEnv } from "@roundup/db";

/** Opens the database named by DATABASE_URL in `env` (default: the SQLite file in .data), migrated. */
export async function openDatabase(env: NodeJS.ProcessEnv): Promise<Database> {
  return openConfiguredDatabase(readDatabaseEnv(env).databaseUrl);
}
