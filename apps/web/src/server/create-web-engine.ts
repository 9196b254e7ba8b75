import { createLlmEngine, createModelFromConfig, createOfflineEngine, type DigestEngine } from "@roundup/core";
import type { CreateEngineOptions } from "@roundup/jobs";
import { modelConfigFor, modelProviderInfo, providerNotConfiguredMessage } from "./model-provider";
import { reportRateLimits } from "./report-rate-limits";

/** The engines the workbench offers, built for a digest job run by the web worker. */
export function createWebEngine(name: string, options: CreateEngineOptions): DigestEngine {
  if (name === "offline") return createOfflineEngine();
  if (name !== "llm") throw new Error(`unknown engine "${name}": the workbench runs the offline and llm engines`);
  const config = modelConfigFor(options.model ?? modelProviderInfo().defaultModel);
  if (!config) throw new Error(providerNotConfiguredMessage);
  const model = createModelFromConfig(config);
  return createLlmEngine({ model: typeof model === "string" ? model : reportRateLimits(model, options.onProgress) });
}
