import { createDatabase, type Database, migrateDatabase, pendingMigrations, readDatabaseEnv } from "@roundup/db";

/** Opens the configured database, applying pending migrations first so every command sees the schema. */
export async function openDatabase(): Promise<Database> {
  const { databaseUrl } = readDatabaseEnv();
  let db = createDatabase(databaseUrl);
  if ((await pendingMigrations(db)).length > 0) {
    await db.$disconnect();
    migrateDatabase(databaseUrl);
    db = createDatabase(databaseUrl);
  }
  if (databaseUrl.startsWith("file:")) {
    // WAL lets the web app read while the CLI writes to the same file.
    await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
    await db.$queryRawUnsafe("PRAGMA busy_timeout=5000");
  }
  return db;
}
