import { z } from "zod";

const webEnvSchema = z.object({
  ROUNDUP_SESSION_SECRET: z
    .string()
    .min(32, "ROUNDUP_SESSION_SECRET must be at least 32 characters (e.g. `openssl rand -base64 48`)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Public base URL used in feeds and exports, e.g. https://roundup.example.org. */
  ROUNDUP_PUBLIC_URL: z
    .url("ROUNDUP_PUBLIC_URL must be an absolute URL such as https://roundup.example.org")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type WebEnv = z.infer<typeof webEnvSchema>;

let cached: WebEnv | undefined;

/** The web app's own settings, validated once; the database settings come from readDatabaseEnv(). */
export function readWebEnv(env: NodeJS.ProcessEnv = process.env): WebEnv {
  if (cached && env === process.env) return cached;
  const parsed = webEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid web configuration: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  }
  if (env === process.env) cached = parsed.data;
  return parsed.data;
}
