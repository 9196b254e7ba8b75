import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/sqlite/client.js";

export type Database = PrismaClient;

/**
 * Creates a Prisma client for the given URL through a driver adapter (no native engine).
 * SQLite files get their folder created and WAL mode so the web app and the CLI can share one file.
 */
export function createDatabase(databaseUrl: string): Database {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error("PostgreSQL support is not built yet: use a SQLite DATABASE_URL (file:...)");
  }
  const file = databaseUrl.replace(/^file:/, "");
  mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new PrismaBetterSQLite3({ url: `file:${file}` });
  return new PrismaClient({ adapter });
}
