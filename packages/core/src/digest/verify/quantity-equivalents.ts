import type { StatementEquivalents } from "./align-statement.js";
import type { AnalyzedText } from "./analyze-text.js";
import { readQuantities, withinBound } from "./read-quantities.js";

const BOUND_WORDS = new Set([
  "more",
  "greater",
  "fewer",
  "less",
  "than",
  "over",
  "under",
  "above",
  "below",
  "at",
  "least",
  "upwards",
  "excess",
  "of",
  "almost",
  "nearly",
  "up",
  "to",
]);

/**
 * A bound in the statement and the amount a passage gives ("more than 100 bodies" for "116 bodies"):
 * the bound's number may align with the amount's, and its words ("more than") are grammar. Null when
 * the statement bounds nothing, which is most statements: the alignment then runs as before.
 */
export function quantityEquivalents(
  statement: AnalyzedText,
  passages: readonly AnalyzedText[],
): StatementEquivalents | undefined {
  const bounds = readQuantities(statement).filter((quantity) => quantity.bound !== null);
  if (bounds.length === 0) return undefined;
  const amounts = passages.flatMap((passage) =>
    readQuantities(passage).map((quantity) => ({ quantity, tokens: passage.tokens })),
  );
  const keys = new Map<number, string[]>();
  const grammar = new Set<number>();
  for (const bound of bounds) {
    const met = amounts.filter(({ quantity }) => withinBound(bound, quantity));
    if (met.length === 0) continue;
    for (let index = bound.first; index <= bound.last; index += 1)
      keys.set(
        index,
        met.flatMap(({ quantity, tokens }) =>
          tokens.slice(quantity.first, quantity.last + 1).map((token) => token.key),
        ),
      );
    // The bound's words just before the number: "more than", "almost", "at least".
    for (let index = bound.first - 1; index >= Math.max(0, bound.first - 2); index -= 1)
      if (BOUND_WORDS.has(statement.tokens[index]!.text.toLowerCase())) grammar.add(index);
  }
  return keys.size === 0 ? undefined : { keys, grammar };
}
