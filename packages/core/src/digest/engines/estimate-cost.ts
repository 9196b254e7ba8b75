/** USD per million tokens: input, output. Public list prices, November 2026; update when they change. */
export type PriceTable = Record<string, { input: number; output: number }>;

export const DEFAULT_PRICES: PriceTable = {
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
  "gpt-5": { input: 1.25, output: 10 },
  "gpt-5-mini": { input: 0.25, output: 2 },
  "gpt-5-nano": { input: 0.05, output: 0.4 },
  "o4-mini": { input: 1.1, output: 4.4 },
};

/**
 * Estimated cost of a call; an unknown model costs 0 (a local or self-hosted model, or one missing
 * from the table: the usage is still recorded). `discount` is 0.5 for the Batch API.
 */
export function estimateCost(
  modelId: string | null,
  usage: { inputTokens: number; outputTokens: number },
  prices: PriceTable = DEFAULT_PRICES,
  discount = 1,
): number {
  if (!modelId) return 0;
  const price = prices[modelId] ?? prices[modelId.replace(/-\d{4}-\d{2}-\d{2}$/, "")];
  if (!price) return 0;
  return ((usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000) * discount;
}
