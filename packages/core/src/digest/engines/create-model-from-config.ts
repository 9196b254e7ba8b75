import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";
import { z } from "zod";
import { RoundupError } from "../../errors/index.js";

const modelConfigSchema = z.object({
  provider: z.enum(["openai", "openai-compatible"]),
  apiKey: z.string().min(1).optional(),
  baseURL: z.url().optional(),
  model: z.string().min(1),
  /** Name shown in errors and usage records for an openai-compatible endpoint. */
  name: z.string().min(1).optional(),
});

export type ModelConfig = z.infer<typeof modelConfigSchema>;

/**
 * A language model from validated settings, passed in by the caller (the CLI or web reads the
 * environment, core never does). `openai` uses the Responses API of @ai-sdk/openai;
 * `openai-compatible` talks chat completions to any server that speaks it (vLLM, Ollama, LM Studio…).
 */
export function createModelFromConfig(config: ModelConfig): LanguageModel {
  const parsed = modelConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new RoundupError(
      "CONFIG_INVALID",
      `model settings are invalid: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
      {
        input: "model config",
        fix: "set provider (openai | openai-compatible), model, and apiKey/baseURL as that provider needs",
      },
    );
  }
  const { provider, apiKey, baseURL, model, name } = parsed.data;
  if (provider === "openai") {
    if (!apiKey) {
      throw new RoundupError("PROVIDER_NOT_CONFIGURED", "the openai provider needs an API key", {
        input: "provider openai",
        fix: "pass apiKey (e.g. from OPENAI_API_KEY), or use the offline engine",
      });
    }
    return createOpenAI({ apiKey, ...(baseURL ? { baseURL } : {}) })(model);
  }
  if (!baseURL) {
    throw new RoundupError("PROVIDER_NOT_CONFIGURED", "the openai-compatible provider needs a base URL", {
      input: "provider openai-compatible",
      fix: "pass baseURL, e.g. http://127.0.0.1:11434/v1",
    });
  }
  return createOpenAICompatible({
    name: name ?? "openai-compatible",
    baseURL,
    ...(apiKey ? { apiKey } : {}),
    supportsStructuredOutputs: true,
  })(model);
}
