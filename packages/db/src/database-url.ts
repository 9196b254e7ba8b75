import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The default embedded database: a SQLite file inside the repository. */
export const defaultDatabaseFile = path.join(repoRoot, ".data", "roundup.db");

/**
 * Resolves DATABASE_URL to an absolute `file:` URL (SQLite) or returns a PostgreSQL URL unchanged.
 * Relative SQLite paths are taken from the repository root, so every workspace sees one file.
 */
export function resolveDatabaseUrl(value: string | undefined): string {
  if (!value || value.trim() === "") return `file:${defaultDatabaseFile}`;
  if (/^postgres(ql)?:\/\//.test(value)) return value;
  const file = value.replace(/^file:/, "");
  return `file:${path.isAbsolute(file) ? file : path.join(repoRoot, file)}`;
}
