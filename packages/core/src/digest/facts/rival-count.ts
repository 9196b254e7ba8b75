import { datelineEnd } from "../evidence/editorial-problem.js";
import { mainClause } from "./main-clause.js";
import { numberWordsAsFigures } from "./number-words.js";

/** A figure, as corroborate reads one ("450,000" → "450000"). */
const FIGURE = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*/gu;
/** Words making a figure a limit, not a count: "at least 58", "as many as 450,000", "up to 30", "more than 200". */
const BOUND =
  /\b(?:at\s+least|at\s+most|as\s+many\s+as|as\s+few\s+as|up\s+to|more\s+than|over|fewer\s+than|less\s+than|no\s+more\s+than|nearly|almost)\s+[$£€]?$/i;

/** The figures of a sentence's main clause, each with whether it is told as a limit. */
function mainClauseFigures(sentence: string): Map<string, boolean> {
  const clause = numberWordsAsFigures(mainClause(sentence.slice(datelineEnd(sentence.trimStart()))));
  const figures = new Map<string, boolean>();
  for (const match of clause.matchAll(FIGURE))
    figures.set(match[0].replace(/,/g, ""), BOUND.test(clause.slice(0, match.index)));
  return figures;
}

/**
 * Whether a passage giving another count of a statement's figures ("12 people injured" for "14 people
 * hurt") still carries the statement's event, so counts as an outlet beside listing its figures.
 * Only when both figures are plain counts told by each sentence's main clause: two outlets tallying
 * the same act differently. A limit ("at least 58", "as many as 450,000") is a claim about the figure
 * itself, and a figure in a passing clause ("two days after he finished with a 17-vote lead") tells
 * another act: either is a rival figure, listed, never a carrier.
 */
export function rivalCountCarries(
  statement: string,
  passage: string,
  otherFigures: ReadonlyArray<{ figure: string; instead: string }>,
): boolean {
  const own = mainClauseFigures(statement);
  const theirs = mainClauseFigures(passage);
  return otherFigures.every(({ figure, instead }) => own.get(figure) === false && theirs.get(instead) === false);
}
