import { sharedSettingsSchema } from "@roundup/core";
import { z } from "zod";

// The model provider, the fetch allow-list and the grouping window are shared with the CLI
// (@roundup/core's settings); ROUNDUP_MODEL is the default model offered on the Generate form.
const webEnvSchema = sharedSettingsSchema.extend({
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
  /**
   * Whether the web server runs queued jobs itself (on: the default, so `npm start` needs no separate
   * worker). Off when `roundup worker` processes run them (PostgreSQL deployments).
   */
  ROUNDUP_WEB_WORKER: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined),
    z.enum(["on", "off"], { message: "ROUNDUP_WEB_WORKER must be on or off" }).default("on"),
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
