import { z } from "zod";
import type { ModelConfig } from "../digest/engines/create-model-from-config.js";

/** An optional setting: unset, empty and blank all mean "not set"; a value is trimmed. */
export const optionalSetting = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== "" ? value.trim() : undefined));

/**
 * The settings the CLI and the web app share, by environment variable: the model provider, the
 * hosts fetching may reach although private, the grouping window and the heap cap of the processes
 * that hold it. Each app's env.ts extends this
 * schema with its own and reads process.env once (core never does); a bad value names its variable.
 */
export const sharedSettingsSchema = z.object({
  /** Enables the model engines against OpenAI. */
  OPENAI_API_KEY: optionalSetting,
  /** An OpenAI-compatible server instead (Ollama, vLLM). */
  OPENAI_BASE_URL: optionalSetting.pipe(
    z.url({ message: "OPENAI_BASE_URL must be a URL such as http://localhost:11434/v1" }).optional(),
  ),
  /** The model id; default: see `defaultModelName`. */
  ROUNDUP_MODEL: optionalSetting,
  /** How long one model call may take before it fails, in seconds (the llm engine). */
  ROUNDUP_MODEL_TIMEOUT_SECONDS: optionalSetting.pipe(
    z
      .string()
      .regex(/^[1-9]\d*$/, { message: "ROUNDUP_MODEL_TIMEOUT_SECONDS must be a positive whole number of seconds" })
      .transform(Number)
      .optional(),
  ),
  /** Comma-separated hosts that URL and feed fetching may reach even when private (e.g. 127.0.0.1). */
  ROUNDUP_FETCH_ALLOW_HOSTS: optionalSetting.transform((value) =>
    (value ?? "")
      .split(",")
      .map((host) => host.trim())
      .filter(Boolean),
  ),
  /** Days without a new article after which grouping closes a story (default 30). */
  ROUNDUP_GROUP_WINDOW_DAYS: optionalSetting.pipe(
    z
      .string()
      .regex(/^[1-9]\d{0,3}$/, { message: "ROUNDUP_GROUP_WINDOW_DAYS must be a whole number of days from 1 to 9999" })
      .transform(Number)
      .optional(),
  ),
  /** Days a finished job (completed, failed, cancelled) stays listed before a worker deletes it (default 30). */
  ROUNDUP_JOB_RETENTION_DAYS: optionalSetting.pipe(
    z
      .string()
      .regex(/^[1-9]\d{0,4}$/, { message: "ROUNDUP_JOB_RETENTION_DAYS must be a whole number of days from 1 to 99999" })
      .transform(Number)
      .optional(),
  ),
  /**
   * The V8 heap cap, in megabytes, of the processes that hold the grouping index (`roundup worker`,
   * the web server's job runner): "off" leaves V8's own limit; unset, see `defaultWorkerHeapMegabytes`.
   */
  ROUNDUP_WORKER_HEAP_MB: optionalSetting.pipe(
    z
      .string()
      .refine((value) => value === "off" || (/^[1-9]\d{2,6}$/.test(value) && Number(value) >= 256), {
        message: "ROUNDUP_WORKER_HEAP_MB must be a whole number of megabytes from 256 to 9999999, or off",
      })
      .transform((value) => (value === "off" ? ("off" as const) : Number(value)))
      .optional(),
  ),
  /** Read only to see whether the user already capped the heap (`--max-old-space-size`). */
  NODE_OPTIONS: optionalSetting,
});

export type SharedSettings = z.infer<typeof sharedSettingsSchema>;

type ModelSettings = Pick<SharedSettings, "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "ROUNDUP_MODEL">;

/** True when a model engine can run: an OpenAI key or a compatible server is configured. */
export function isModelProviderConfigured(settings: ModelSettings): boolean {
  return Boolean(settings.OPENAI_API_KEY || settings.OPENAI_BASE_URL);
}

/** The model a model engine calls by default: ROUNDUP_MODEL, else the provider's usual one. */
export function defaultModelName(settings: ModelSettings): string {
  return settings.ROUNDUP_MODEL ?? (settings.OPENAI_BASE_URL ? "llama3.1" : "gpt-4.1-mini");
}

/** The provider settings for `model` (default: `defaultModelName`), or null when no provider is configured. */
export function modelConfigFor(settings: ModelSettings, model = defaultModelName(settings)): ModelConfig | null {
  if (settings.OPENAI_BASE_URL)
    return {
      provider: "openai-compatible",
      baseURL: settings.OPENAI_BASE_URL,
      ...(settings.OPENAI_API_KEY ? { apiKey: settings.OPENAI_API_KEY } : {}),
      model,
    };
  if (settings.OPENAI_API_KEY) return { provider: "openai", apiKey: settings.OPENAI_API_KEY, model };
  return null;
}
