import type { AnalyzedText, StatementEquivalents } from "../reading/index.js";
import { countsAList, readQuantities, sameQuantity, withinBound } from "../reading/index.js";

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
  const shares = shareEquivalents(statement, passages);
  const bounds = readQuantities(statement).filter((quantity) => quantity.bound !== null);
  const lists = listCounts(statement, passages);
  if (bounds.length === 0) return shares.size === 0 && lists.size === 0 ? undefined : { keys: shares, grammar: lists };
  const amounts = passages.flatMap((passage) =>
    readQuantities(passage).map((quantity) => ({ quantity, tokens: passage.tokens })),
  );
  const keys = new Map<number, string[]>(shares);
  const grammar = new Set<number>(lists);
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

/** Words for a share of a group, and whether a count of a whole is one: "most" is more than half. */
const SHARES = new Map<string, (part: number, whole: number) => boolean>([
  ["most", (part, whole) => part * 2 > whole && part < whole],
  ["majority", (part, whole) => part * 2 > whole && part < whole],
  ["half", (part, whole) => part * 2 === whole],
]);

/**
 * A share told in words ("most of the unions") and the count a passage gives ("three of the four
 * unions"): the word may align with the count when the count is that share of the whole. "Most" for
 * "two of the five" finds nothing, and is judged as before.
 */
function shareEquivalents(statement: AnalyzedText, passages: readonly AnalyzedText[]): Map<number, string[]> {
  const keys = new Map<number, string[]>();
  statement.tokens.forEach((token, index) => {
    const isShare = SHARES.get(token.key);
    if (!isShare || statement.tokens[index + 1]?.key !== "of") return;
    const met = passages.flatMap((passage) => partsOfWholes(passage).filter(({ part, whole }) => isShare(part, whole)));
    if (met.length > 0) keys.set(index, [...new Set(met.map(({ key }) => key))]);
  });
  return keys;
}

/** "three of the four", "12 of 20": a count of a whole, with the part's key. */
function partsOfWholes(passage: AnalyzedText): Array<{ part: number; whole: number; key: string }> {
  const quantities = readQuantities(passage).filter((quantity) => !quantity.year && quantity.bound === null);
  const tokens = passage.tokens;
  const found: Array<{ part: number; whole: number; key: string }> = [];
  quantities.forEach((part, index) => {
    const whole = quantities[index + 1];
    if (!whole || tokens[part.last + 1]?.key !== "of") return;
    const between = whole.first - part.last - 2;
    if (between > 1 || (between === 1 && tokens[part.last + 2]?.key !== "the")) return;
    found.push({ part: part.value, whole: whole.value, key: tokens[part.first]!.key });
  });
  return found;
}

/**
 * A count the passages give only as a list ("three men" for "Crossley, Orwin and Patten"): the
 * number has no word to align with, and is read as grammar; compareQuantities checks the count.
 */
function listCounts(statement: AnalyzedText, passages: readonly AnalyzedText[]): Set<number> {
  const amounts = passages.flatMap(readQuantities);
  const grammar = new Set<number>();
  for (const quantity of readQuantities(statement)) {
    if (amounts.some((amount) => sameQuantity(quantity, amount))) continue;
    if (!countsAList(quantity, statement, passages)) continue;
    for (let index = quantity.first; index <= quantity.last; index += 1) grammar.add(index);
  }
  return grammar;
}
