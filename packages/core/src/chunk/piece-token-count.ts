import { o200kTokenizer } from "./pretokenize.js";

// Token counts of pre-tokenized pieces ("▁Gaza", "▁negotiations", ","). News vocabulary repeats,
// so most pieces are counted once and then looked up: exact counts at a fraction of encode()'s cost.
const pieceCounts = new Map<string, number>();
const maxCachedPieces = 200_000;

/** Exact o200k_base token count of one pre-tokenized piece; special-token text counts as ordinary text. */
export function pieceTokenCount(piece: string): number {
  let count = pieceCounts.get(piece);
  if (count === undefined) {
    count = encodedLength(piece);
    if (pieceCounts.size >= maxCachedPieces) pieceCounts.clear();
    pieceCounts.set(piece, count);
  }
  return count;
}

const utf8 = new TextEncoder();

/**
 * encode() first looks a piece up whole in its rank table and runs byte-pair merges only when it is
 * not there. Doing that lookup here skips encode()'s set-up on every call (regexes and sets, about
 * 10 µs) for the common new piece that is one token. `rankMap` is js-tiktoken's own table, not in
 * its typings: without it, encode() alone gives the same count. That is why js-tiktoken is pinned exactly
 * (packages/core/package.json): upgrade it on purpose and rerun the token tests.
 */
function encodedLength(piece: string): number {
  const { encoder } = o200kTokenizer();
  const ranks = (encoder as unknown as { rankMap?: unknown }).rankMap;
  if (ranks instanceof Map && ranks.has(utf8.encode(piece).join(","))) return 1;
  return encoder.encode(piece, [], []).length;
}
