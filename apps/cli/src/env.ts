import { optionalSetting, sharedSettingsSchema } from "@roundup/core/settings";
import { z } from "zod";

// The model provider, the fetch allow-list, the grouping window and its heap cap are shared with the
// web app (@roundup/core's settings, a light entry point: reading settings loads no domain code).
const envSchema = sharedSettingsSchema.extend({
  DATABASE_URL: optionalSetting,
  ROUNDUP_ADMIN_EMAIL: optionalSetting.pipe(
    z.email({ message: "ROUNDUP_ADMIN_EMAIL must be an email address" }).optional(),
  ),
  ROUNDUP_ADMIN_PASSWORD: optionalSetting.pipe(
    z.string().min(8, { message: "ROUNDUP_ADMIN_PASSWORD must be at least 8 characters" }).optional(),
  ),
  ROUNDUP_ENGINE: z.enum(["offline", "llm", "batch"]).optional(),
  /** Where the batch engine keeps pending batch ids; default beside the SQLite database. */
  ROUNDUP_BATCH_STATE: optionalSetting,
  /** Between polls of a pending batch, in milliseconds. */
  ROUNDUP_BATCH_POLL_MS: optionalSetting.pipe(
    z
      .string()
      .regex(/^[1-9]\d*$/, { message: "ROUNDUP_BATCH_POLL_MS must be a positive whole number of milliseconds" })
      .transform(Number)
      .optional(),
  ),
});

export type CliEnv = z.infer<typeof envSchema>;

/** Reads and validates the CLI's settings once; a bad value stops with a message naming the variable. */
export function readCliEnv(env: NodeJS.ProcessEnv = process.env): CliEnv {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration. ${problems.join("; ")}`);
  }
  if (parsed.data.ROUNDUP_ADMIN_EMAIL && !parsed.data.ROUNDUP_ADMIN_PASSWORD) {
    throw new Error("Invalid configuration. ROUNDUP_ADMIN_PASSWORD must be set together with ROUNDUP_ADMIN_EMAIL");
  }
  return parsed.data;
}
