const rateLimitedMessage = "Rate limited by the provider, retrying";

type LanguageModelLike = { doGenerate: (...args: unknown[]) => Promise<unknown> };

function isRateLimit(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return status === 429;
}

/**
 * The model with every failed call reported: the AI SDK retries 429s itself, so each rejected attempt
 * is the moment to tell the editor it is waiting. A Proxy keeps the provider's class (private fields) intact.
 */
export function reportRateLimits<T extends object>(model: T, report: (message: string) => void): T {
  return new Proxy(model, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (property === "doGenerate" && typeof value === "function") {
        return async (...args: unknown[]) => {
          try {
            return await (value as LanguageModelLike["doGenerate"]).apply(target, args);
          } catch (error) {
            if (isRateLimit(error)) report(rateLimitedMessage);
            throw error;
          }
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
