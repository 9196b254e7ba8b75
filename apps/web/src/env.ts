import { z } from "zod";

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== "" ? value.trim() : undefined));

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
  /** The model provider for the llm engine: an OpenAI key, or the URL of an OpenAI-compatible server. */
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(
    z.url({ message: "OPENAI_BASE_URL must be a URL such as http://localhost:11434/v1" }).optional(),
  ),
  /** The default model name offered on the Generate form. */
  ROUNDUP_MODEL: optionalText,
  /**
   * Whether the web server runs queued jobs itself (on: the default, so `npm start` needs no separate
   * worker). Off when `roundup worker` processes run them (PostgreSQL deployments).
   */
  ROUNDUP_WEB_WORKER: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined),
    z.enum(["on", "off"], { message: "ROUNDUP_WEB_WORKER must be on or off" }).default("on"),
  ),
  /** Hosts that ingest jobs run by the web worker may fetch although private (as for `roundup`). */
  ROUNDUP_FETCH_ALLOW_HOSTS: optionalText,
  /** Days without a new article after which grouping closes a story (default 30), as for `roundup`. */
  ROUNDUP_GROUP_WINDOW_DAYS: optionalText.pipe(
    z
      .string()
      .regex(/^[1-9]\d{0,3}$/, { message: "ROUNDUP_GROUP_WINDOW_DAYS must be a whole number of days from 1 to 9999" })
      .transform(Number)
      .optional(),
  ),
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
