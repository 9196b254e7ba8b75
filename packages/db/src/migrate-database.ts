import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeDatabaseUrl } from "./database-url.js";

const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../scripts/prisma.mjs");

/**
 * Applies pending migrations through the Prisma CLI (creating a missing SQLite file; a PostgreSQL
 * database must exist).
 * Runs in a child process because Prisma's migrate engine is CLI-only.
 */
export function migrateDatabase(databaseUrl: string): void {
  const result = spawnSync(process.execPath, [script, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
    throw new Error(
      `Could not migrate the database at ${describeDatabaseUrl(databaseUrl)}: ${output || `exit ${result.status}`}`,
    );
  }
}
