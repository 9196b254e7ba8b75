import {
  modelConfigFor as configFor,
  defaultModelName,
  isModelProviderConfigured,
  type ModelConfig,
} from "@roundup/core";
import { readWebEnv, type WebEnv } from "../env";

export interface ModelProviderInfo {
  configured: boolean;
  /** The model offered by default: ROUNDUP_MODEL, else the provider's usual default. */
  defaultModel: string;
}

/** Whether the llm engine can run here, read from validated settings only. */
export function modelProviderInfo(env: WebEnv = readWebEnv()): ModelProviderInfo {
  return { configured: isModelProviderConfigured(env), defaultModel: defaultModelName(env) };
}

export const providerNotConfiguredMessage =
  "No model provider is configured: set OPENAI_API_KEY or OPENAI_BASE_URL on the server, or use the offline engine.";

/** The model settings for `model`, or null when no provider is configured. */
export function modelConfigFor(model: string, env: WebEnv = readWebEnv()): ModelConfig | null {
  return configFor(env, model);
}
