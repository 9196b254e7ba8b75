import { o200kTokenizer } from "./pretokenize.js";

// Token counts of pre-tokenized pieces ("▁Gaza", "▁negotiations", ","). News vocabulary repeats,
// so most pieces are counted once and then looked up: exact counts at a fraction of encode()'s cost.
const pieceCounts = new Map<string, number>();
const maxCachedPieces = 200_000;

/** Exact o200k_base token count of one pre-tokenized piece; special-token text counts as ordinary text. */
export function pieceTokenCount(piece: string): number {
  let count = pieceCounts.get(piece);
  if (count === undefined) {
    count = o200kTokenizer().encoder.encode(piece, [], []).length;
    if (pieceCounts.size >= maxCachedPieces) pieceCounts.clear();
    pieceCounts.set(piece, count);
  }
  return count;
}
