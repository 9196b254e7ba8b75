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

/** A database URL fit for a log line: a PostgreSQL URL without its password, a SQLite file's path. */
export function describeDatabaseUrl(databaseUrl: string): string {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) return databaseUrl.replace(/^file:/, "");
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = "***";
    url.search = "";
    return url.toString();
  } catch {
    return "(unparsable PostgreSQL URL)";
  }
}
