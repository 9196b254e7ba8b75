import {
  type BatchEngineOptions,
  createBatchEngine,
  createLlmEngine,
  createModelFromConfig,
  createOfflineEngine,
  type DigestEngine,
  defaultModelName,
  modelConfigFor,
  RoundupError,
} from "@roundup/core";
import OpenAI from "openai";
import type { CliEnv } from "./env.js";

export type EngineName = "offline" | "llm" | "batch";

/** What the batch engine takes besides the provider: resume and journal callbacks. */
export type BatchSettings = Pick<BatchEngineOptions, "resume" | "onSubmitted" | "onResumed" | "onSettled">;

/**
 * Builds the digest engine from validated settings. The offline engine needs nothing; the LLM
 * engines need OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (any OpenAI-compatible server).
 */
export function createEngine(name: EngineName, env: CliEnv, batch: BatchSettings = {}): DigestEngine {
  if (name === "offline") return createOfflineEngine();
  const config = modelConfigFor(env);
  if (!config) {
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
      model: defaultModelName(env),
      ...(env.ROUNDUP_BATCH_POLL_MS ? { pollIntervalMs: env.ROUNDUP_BATCH_POLL_MS } : {}),
      ...batch,
    });
  }
  return createLlmEngine({
    model: createModelFromConfig(config),
    timeoutSetting: "ROUNDUP_MODEL_TIMEOUT_SECONDS",
    ...(env.ROUNDUP_MODEL_TIMEOUT_SECONDS ? { timeoutMs: env.ROUNDUP_MODEL_TIMEOUT_SECONDS * 1000 } : {}),
  });
}
