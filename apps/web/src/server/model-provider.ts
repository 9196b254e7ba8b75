import type { ModelConfig } from "@roundup/core";
import { readWebEnv, type WebEnv } from "../env";

export interface ModelProviderInfo {
  configured: boolean;
  /** The model offered by default: ROUNDUP_MODEL, else the provider's usual default. */
  defaultModel: string;
}

/** Whether the llm engine can run here, read from validated settings only. */
export function modelProviderInfo(env: WebEnv = readWebEnv()): ModelProviderInfo {
  return {
    configured: Boolean(env.OPENAI_API_KEY || env.OPENAI_BASE_URL),
    defaultModel: env.ROUNDUP_MODEL ?? (env.OPENAI_BASE_URL ? "llama3.1" : "gpt-4.1-mini"),
  };
}

export const providerNotConfiguredMessage =
  "No model provider is configured: set OPENAI_API_KEY or OPENAI_BASE_URL on the server, or use the offline engine.";

/** The model settings for `model`, or null when no provider is configured. */
export function modelConfigFor(model: string, env: WebEnv = readWebEnv()): ModelConfig | null {
  if (env.OPENAI_BASE_URL) {
    return {
      provider: "openai-compatible",
      baseURL: env.OPENAI_BASE_URL,
      ...(env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY } : {}),
      model,
    };
  }
  if (env.OPENAI_API_KEY) return { provider: "openai", apiKey: env.OPENAI_API_KEY, model };
  return null;
}
