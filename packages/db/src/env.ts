import { z } from "zod";
import { resolveDatabaseUrl } from "./database-url.js";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .refine((value) => !value || /^(file:|postgres(ql)?:\/\/)/.test(value) || !value.includes("://"), {
      message: "DATABASE_URL must be a SQLite file (file:./path.db or a path) or a postgresql:// URL",
    }),
});

/** Reads the database settings once, at the edge. */
export function readDatabaseEnv(env: NodeJS.ProcessEnv = process.env): { databaseUrl: string } {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid database configuration: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  }
  return { databaseUrl: resolveDatabaseUrl(parsed.data.DATABASE_URL) };
}
