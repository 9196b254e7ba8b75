import { createLlmEngine, createModelFromConfig, createOfflineEngine, type DigestEngine } from "@roundup/core";
import type { CreateEngineOptions } from "@roundup/jobs";
import { readWebEnv } from "../env";
import { modelConfigFor, modelProviderInfo, providerNotConfiguredMessage } from "./model-provider";
import { reportRateLimits } from "./report-rate-limits";

/** The engines the workbench offers, built for a digest job run by the web worker. */
export function createWebEngine(name: string, options: CreateEngineOptions): DigestEngine {
  if (name === "offline") return createOfflineEngine();
  if (name !== "llm") throw new Error(`unknown engine "${name}": the workbench runs the offline and llm engines`);
  const config = modelConfigFor(options.model ?? modelProviderInfo().defaultModel);
  if (!config) throw new Error(providerNotConfiguredMessage);
  const model = createModelFromConfig(config);
  // Only a v3 model (what @ai-sdk/openai and openai-compatible give) can carry the middleware.
  const reported =
    typeof model !== "string" && model.specificationVersion === "v3"
      ? reportRateLimits(model, options.onProgress)
      : model;
  const timeout = readWebEnv().ROUNDUP_MODEL_TIMEOUT_SECONDS;
  return createLlmEngine({
    model: reported,
    timeoutSetting: "ROUNDUP_MODEL_TIMEOUT_SECONDS",
    ...(timeout ? { timeoutMs: timeout * 1000 } : {}),
  });
}
