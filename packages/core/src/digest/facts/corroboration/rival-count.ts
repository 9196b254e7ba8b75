import { numberWordsAsFigures } from "../reading/index.js";

/** A figure, as corroborate reads one ("450,000" → "450000"). */
const FIGURE = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*/gu;
/** Words making a figure a limit, not a count: "at least 58", "as many as 450,000", "up to 30", "more than 200". */
const BOUND =
  /\b(?:at\s+least|at\s+most|as\s+many\s+as|as\s+few\s+as|up\s+to|more\s+than|over|fewer\s+than|less\s+than|no\s+more\s+than)\s+[$£€]?$/i;

/** The figures a sentence gives as limits. */
function limits(sentence: string): Set<string> {
  const text = numberWordsAsFigures(sentence);
  const found = new Set<string>();
  for (const match of text.matchAll(FIGURE))
    if (BOUND.test(text.slice(0, match.index))) found.add(match[0].replace(/,/g, ""));
  return found;
}

/**
 * Whether a passage giving another count of a statement's figures ("12 people injured" for "14 people
 * hurt") still carries the statement's event, so counts as an outlet beside listing its figures:
 * only when both are plain counts, two outlets tallying the same act differently. A limit ("at
 * least 58", "as many as 450,000") is a claim about the figure itself, which another count
 * contradicts: that outlet gives a rival figure, listed, never counted.
 */
export function rivalCountCarries(
  statement: string,
  passage: string,
  otherFigures: ReadonlyArray<{ figure: string; instead: string }>,
): boolean {
  const own = limits(statement);
  const theirs = limits(passage);
  return otherFigures.every(({ figure, instead }) => !own.has(figure) && !theirs.has(instead));
}
