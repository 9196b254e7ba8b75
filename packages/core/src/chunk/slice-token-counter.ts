import { countTokens } from "./count-tokens.js";
import { pieceTokenCount } from "./piece-token-count.js";
import { isPieceBoundary, pretokenize } from "./pretokenize.js";

/**
 * Exact o200k_base token counts of slices of one text (`count(start, end)` equals
 * `countTokens(text.slice(start, end))`) for a few lookups each. The text is pre-tokenized once; a
 * slice takes the whole text's pieces between its first and last positions where every
 * pre-tokenization ends a piece (`isPieceBoundary`), and tokenizes again only the few characters
 * outside them. Chunking counts many overlapping runs of sentences, so this saves counting the same
 * text over and over.
 */
export function sliceTokenCounter(text: string): (start: number, end: number) => number {
  // pieceStarts[i]: offset of piece i; tokensBefore[i]: tokens of the pieces before it. One entry
  // more than there are pieces, for the end of the text.
  const pieceStarts: number[] = [0];
  const tokensBefore: number[] = [0];
  let offset = 0;
  let tokens = 0;
  for (const pieces of pretokenize(text)) {
    for (const piece of pieces) {
      offset += piece.length;
      tokens += pieceTokenCount(piece);
      pieceStarts.push(offset);
      tokensBefore.push(tokens);
    }
  }
  // The pattern matches every character, so the pieces cover the text; if they ever did not,
  // counting each slice on its own stays exact.
  if (offset !== text.length) return (start, end) => countTokens(text.slice(start, end));

  const tokensUpTo = (position: number): number => {
    let low = 0;
    let high = pieceStarts.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((pieceStarts[middle] ?? 0) < position) low = middle + 1;
      else high = middle;
    }
    return tokensBefore[low] ?? 0;
  };

  return (start, end) => {
    let from = start;
    while (from < end && !isPieceBoundary(text, from)) from++;
    let to = end;
    while (to > from && !isPieceBoundary(text, to)) to--;
    if (to <= from) return countTokens(text.slice(start, end));
    return countTokens(text.slice(start, from)) + tokensUpTo(to) - tokensUpTo(from) + countTokens(text.slice(to, end));
  };
}
