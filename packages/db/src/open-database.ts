import { createDatabase, type Database, isPostgresUrl } from "./create-database.js";
import { migrateDatabase } from "./migrate-database.js";
import { pendingMigrations } from "./pending-migrations.js";
import { refreshStaleStorySummaries } from "./queries/refresh-story-summaries.js";

/**
 * Opens a database ready for use: pending migrations are applied first (the Prisma CLI is only
 * spawned when something is pending), and SQLite gets WAL so the web app reads while the CLI writes.
 * Stories whose inbox columns are out of date (a migration's backfill) are recomputed.
 */
export async function openDatabase(databaseUrl: string): Promise<Database> {
  const provider = isPostgresUrl(databaseUrl) ? "postgresql" : "sqlite";
  let db = createDatabase(databaseUrl);
  if ((await pendingMigrations(db, provider)).length > 0) {
    await db.$disconnect();
    migrateDatabase(databaseUrl);
    db = createDatabase(databaseUrl);
  }
  if (provider === "sqlite") {
    await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  }
  await refreshStaleStorySummaries(db);
  return db;
}
