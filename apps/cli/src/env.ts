import { z } from "zod";

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== "" ? value.trim() : undefined));

const envSchema = z.object({
  DATABASE_URL: optionalText,
  ROUNDUP_ADMIN_EMAIL: optionalText.pipe(
    z.email({ message: "ROUNDUP_ADMIN_EMAIL must be an email address" }).optional(),
  ),
  ROUNDUP_ADMIN_PASSWORD: optionalText.pipe(
    z.string().min(8, { message: "ROUNDUP_ADMIN_PASSWORD must be at least 8 characters" }).optional(),
  ),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(
    z.url({ message: "OPENAI_BASE_URL must be a URL such as http://localhost:11434/v1" }).optional(),
  ),
  ROUNDUP_MODEL: optionalText,
  ROUNDUP_ENGINE: z.enum(["offline", "llm", "batch"]).optional(),
  ROUNDUP_FETCH_ALLOW_HOSTS: optionalText,
  /** Where the batch engine keeps pending batch ids; default beside the SQLite database. */
  ROUNDUP_BATCH_STATE: optionalText,
  /** Between polls of a pending batch, in milliseconds. */
  ROUNDUP_BATCH_POLL_MS: optionalText.pipe(
    z
      .string()
      .regex(/^[1-9]\d*$/, { message: "ROUNDUP_BATCH_POLL_MS must be a positive whole number of milliseconds" })
      .transform(Number)
      .optional(),
  ),
  /** Days without a new article after which grouping closes a story (default 30). */
  ROUNDUP_GROUP_WINDOW_DAYS: optionalText.pipe(
    z
      .string()
      .regex(/^[1-9]\d{0,3}$/, { message: "ROUNDUP_GROUP_WINDOW_DAYS must be a whole number of days from 1 to 9999" })
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
