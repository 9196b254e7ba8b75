import {
  type BatchEngineOptions,
  createBatchEngine,
  createLlmEngine,
  createModelFromConfig,
  createOfflineEngine,
  type DigestEngine,
  RoundupError,
} from "@roundup/core";
import OpenAI from "openai";
import type { CliEnv } from "./env.js";

export type EngineName = "offline" | "llm" | "batch";

/** What the batch engine takes besides the provider: resume and journal callbacks. */
export type BatchSettings = Pick<BatchEngineOptions, "resume" | "onSubmitted" | "onResumed" | "onSettled">;

/** The model the LLM engines use: ROUNDUP_MODEL, else a default for the provider. */
export function modelNameOf(env: CliEnv): string {
  return env.ROUNDUP_MODEL ?? (env.OPENAI_BASE_URL ? "llama3.1" : "gpt-4.1-mini");
}

/**
 * Builds the digest engine from validated settings. The offline engine needs nothing; the LLM
 * engines need OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (any OpenAI-compatible server).
 */
export function createEngine(name: EngineName, env: CliEnv, batch: BatchSettings = {}): DigestEngine {
  if (name === "offline") return createOfflineEngine();
  if (!env.OPENAI_API_KEY && !env.OPENAI_BASE_URL) {
    throw new RoundupError(
      "PROVIDER_NOT_CONFIGURED",
      `the ${name} engine needs a model provider, and none is configured`,
      {
        input: `--engine ${name}`,
        fix: "set OPENAI_API_KEY, or OPENAI_BASE_URL for an OpenAI-compatible server such as Ollama; or use --engine offline",
      },
    );
  }
  if (name === "batch") {
    return createBatchEngine({
      // A local OpenAI-compatible server may need no key; the client still wants one.
      client: new OpenAI({ apiKey: env.OPENAI_API_KEY ?? "unused", baseURL: env.OPENAI_BASE_URL ?? null }),
      model: modelNameOf(env),
      ...(env.ROUNDUP_BATCH_POLL_MS ? { pollIntervalMs: env.ROUNDUP_BATCH_POLL_MS } : {}),
      ...batch,
    });
  }
  const model = createModelFromConfig(
    env.OPENAI_BASE_URL
      ? {
          provider: "openai-compatible",
          baseURL: env.OPENAI_BASE_URL,
          apiKey: env.OPENAI_API_KEY,
          model: modelNameOf(env),
        }
      : { provider: "openai", apiKey: env.OPENAI_API_KEY, model: modelNameOf(env) },
  );
  return createLlmEngine({
    model,
    timeoutSetting: "ROUNDUP_MODEL_TIMEOUT_SECONDS",
    ...(env.ROUNDUP_MODEL_TIMEOUT_SECONDS ? { timeoutMs: env.ROUNDUP_MODEL_TIMEOUT_SECONDS * 1000 } : {}),
  });
}
