import { z } from "zod";
import type { SqliteBusyOptions } from "./create-database.js";
import { resolveDatabaseUrl } from "./database-url.js";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .refine((value) => !value || /^(file:|postgres(ql)?:\/\/)/.test(value) || !value.includes("://"), {
      message: "DATABASE_URL must be a SQLite file (file:./path.db or a path) or a postgresql:// URL",
    }),
  ROUNDUP_SQLITE_BUSY_TIMEOUT_MS: wholeNumber("ROUNDUP_SQLITE_BUSY_TIMEOUT_MS", 0, 60_000),
  ROUNDUP_SQLITE_BUSY_RETRIES: wholeNumber("ROUNDUP_SQLITE_BUSY_RETRIES", 0, 100),
});

function wholeNumber(name: string, min: number, max: number) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : undefined),
    z
      .number({ message: `${name} must be a whole number from ${min} to ${max}` })
      .int(`${name} must be a whole number from ${min} to ${max}`)
      .min(min, `${name} must be a whole number from ${min} to ${max}`)
      .max(max, `${name} must be a whole number from ${min} to ${max}`)
      .optional(),
  );
}

/**
 * Reads the database settings once, at the edge. The SQLite busy settings bound how long a write waits
 * for another connection's lock (each statement, in ms) and how many times a busy transaction is run
 * again before the error reaches the caller; unset, createDatabase's defaults apply.
 */
export function readDatabaseEnv(env: NodeJS.ProcessEnv = process.env): {
  databaseUrl: string;
  sqliteBusy: SqliteBusyOptions;
} {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid database configuration: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  }
  return {
    databaseUrl: resolveDatabaseUrl(parsed.data.DATABASE_URL),
    sqliteBusy: {
      ...(parsed.data.ROUNDUP_SQLITE_BUSY_TIMEOUT_MS === undefined
        ? {}
        : { timeoutMs: parsed.data.ROUNDUP_SQLITE_BUSY_TIMEOUT_MS }),
      ...(parsed.data.ROUNDUP_SQLITE_BUSY_RETRIES === undefined
        ? {}
        : { retries: parsed.data.ROUNDUP_SQLITE_BUSY_RETRIES }),
    },
  };
}
