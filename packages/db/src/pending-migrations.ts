import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "./create-database.js";

const prismaFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../prisma");

/**
 * The migrations in the repository that the database has not applied yet. Cheap (one query), so
 * commands can skip spawning the Prisma CLI when the schema is current.
 */
export async function pendingMigrations(db: Database, provider: "sqlite" | "postgresql"): Promise<string[]> {
  const folder =
    provider === "postgresql"
      ? path.join(prismaFolder, "postgresql", "migrations")
      : path.join(prismaFolder, "migrations");
  const known = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  let applied: string[] = [];
  try {
    const rows = await db.$queryRawUnsafe<Array<{ migration_name: string }>>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    applied = rows.map((row) => row.migration_name);
  } catch {
    // No migrations table yet: a new database.
  }
  return known.filter((name) => !applied.includes(name));
}
