import type { LanguageModelV3 } from "@ai-sdk/provider";
import { wrapLanguageModel } from "ai";

const rateLimitedMessage = "Rate limited by the provider, retrying";

function isRateLimit(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return status === 429;
}

/**
 * The model with every rate-limited call reported: the AI SDK retries 429s itself, so each rejected
 * attempt is the moment to tell the editor it is waiting. AI SDK middleware, so the provider's model
 * is wrapped, not imitated.
 */
export function reportRateLimits(model: LanguageModelV3, report: (message: string) => void): LanguageModelV3 {
  return wrapLanguageModel({
    model,
    middleware: {
      specificationVersion: "v3",
      wrapGenerate: async ({ doGenerate }) => {
        try {
          return await doGenerate();
        } catch (error) {
          if (isRateLimit(error)) report(rateLimitedMessage);
          throw error;
        }
      },
    },
  });
}
