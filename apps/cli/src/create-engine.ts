import {
  createLlmEngine,
  createModelFromConfig,
  createOfflineEngine,
  type DigestEngine,
  RoundupError,
} from "@roundup/core";
import type { CliEnv } from "./env.js";

export type EngineName = "offline" | "llm" | "batch";

/**
 * Builds the digest engine from validated settings. The offline engine needs nothing; the LLM
 * engines need OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (any OpenAI-compatible server).
 */
export function createEngine(name: EngineName, env: CliEnv): DigestEngine {
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
    throw new RoundupError("PROVIDER_NOT_CONFIGURED", "the batch engine is not wired into the CLI yet", {
      input: "--engine batch",
      fix: "use --engine llm, or call createBatchEngine from @roundup/core in a script",
    });
  }
  const model = createModelFromConfig(
    env.OPENAI_BASE_URL
      ? {
          provider: "openai-compatible",
          baseURL: env.OPENAI_BASE_URL,
          apiKey: env.OPENAI_API_KEY,
          model: env.ROUNDUP_MODEL ?? "llama3.1",
        }
      : { provider: "openai", apiKey: env.OPENAI_API_KEY, model: env.ROUNDUP_MODEL ?? "gpt-4.1-mini" },
  );
  return createLlmEngine({ model });
}
