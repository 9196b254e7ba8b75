import { getEncoding, type Tiktoken } from "js-tiktoken";

// The encoder holds large rank tables: build it once, on first use, not at import time.
let encoder: Tiktoken | null = null;
let pretokenizer: RegExp | null = null;
// Token counts of pre-tokenized pieces ("▁Gaza", "▁negotiations", ","). News vocabulary repeats,
// so most pieces are counted once and then looked up: exact counts at a fraction of encode()'s cost.
const pieceCounts = new Map<string, number>();
const maxCachedPieces = 200_000;

/**
 * Exact token count with the o200k_base tokenizer (GPT-4o family), used for prompt budgets.
 * Special-token text such as `<|endoftext|>` is counted as ordinary text, never rejected.
 */
export function countTokens(text: string): number {
  if (text === "") return 0;
  if (!encoder || !pretokenizer) {
    encoder = getEncoding("o200k_base");
    // tiktoken splits text with this pattern and encodes each piece on its own, so the count of a
    // text is the sum of its pieces' counts.
    pretokenizer = new RegExp((encoder as unknown as { patStr: string }).patStr, "gu");
  }
  let total = 0;
  for (const match of text.matchAll(pretokenizer)) {
    const piece = match[0];
    let count = pieceCounts.get(piece);
    if (count === undefined) {
      count = encoder.encode(piece, [], []).length;
      if (pieceCounts.size >= maxCachedPieces) pieceCounts.clear();
      pieceCounts.set(piece, count);
    }
    total += count;
  }
  return total;
}
