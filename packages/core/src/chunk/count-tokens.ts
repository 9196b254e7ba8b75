import { pieceTokenCount } from "./piece-token-count.js";
import { pretokenize } from "./pretokenize.js";

/**
 * Exact token count with the o200k_base tokenizer (GPT-4o family), used for prompt budgets.
 * Special-token text such as `<|endoftext|>` is counted as ordinary text, never rejected.
 */
export function countTokens(text: string): number {
  let total = 0;
  for (const pieces of pretokenize(text)) for (const piece of pieces) total += pieceTokenCount(piece);
  return total;
}
