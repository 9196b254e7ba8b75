import { type AnalyzedText, isContentToken, type TextToken } from "./analyze-text.js";
import { numberWordValue, type Quantity } from "./read-quantities.js";

/** A list a passage sentence gives ("Smith, Jones and Patel"; "two gold rings and a bronze brooch") and how many it holds. */
interface ListedCount {
  value: number;
  sentence: number;
}

/** The number a counted noun phrase starts with: "two gold rings" 2, "a bronze brooch" 1; null otherwise. */
function countAt(token: TextToken | undefined): number | null {
  if (!token) return null;
  if (token.key === "a" || token.key === "an") return 1;
  if (token.pos !== "NUM") return null;
  return /^\d{1,2}$/.test(token.text) ? Number(token.text) : numberWordValue(token.text);
}

/**
 * One item of a list at `start`: a name ("Dean Orwin", with its age after it: "Dean Orwin, 20,") or a
 * counted noun phrase ("two gold rings"). Its kind, what it counts for and the index after it; null
 * when neither starts there.
 */
function itemAt(
  tokens: readonly TextToken[],
  start: number,
): { kind: "name" | "counted"; value: number; next: number } | null {
  if (tokens[start]?.pos === "PROPN") {
    let next = start;
    while (tokens[next]?.pos === "PROPN" && tokens[next]!.sentence === tokens[start]!.sentence) next += 1;
    // "Liam Crossley, 22, Dean Orwin…": the age belongs to the name.
    if (tokens[next]?.text === "," && tokens[next + 1]?.pos === "NUM" && tokens[next + 2]?.text === ",") next += 2;
    return { kind: "name", value: 1, next };
  }
  const value = countAt(tokens[start]);
  if (value === null || value <= 0) return null;
  let next = start + 1;
  while (tokens[next]?.pos === "ADJ") next += 1;
  if (tokens[next]?.pos !== "NOUN") return null;
  while (tokens[next]?.pos === "NOUN") next += 1;
  return { kind: "counted", value, next };
}

/** Lists of names or counted things, "A, B and C", in a passage: what each adds up to and its sentence. */
function listedCounts(passage: AnalyzedText): ListedCount[] {
  const tokens = passage.tokens;
  const found: ListedCount[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    // A list starts at an item with no name or number before it in the same phrase.
    if (tokens[start - 1]?.pos === "PROPN" || tokens[start - 1]?.pos === "NUM") continue;
    let at = start;
    let kind: "name" | "counted" | null = null;
    let value = 0;
    let items = 0;
    let closed = false;
    while (!closed) {
      const item = itemAt(tokens, at);
      if (!item || (kind !== null && item.kind !== kind)) break;
      kind = item.kind;
      value += item.value;
      items += 1;
      at = item.next;
      const afterAnd = (tokens[at]?.text === "," && tokens[at + 1]?.key === "and") || tokens[at]?.key === "and";
      if (afterAnd) {
        at += tokens[at]!.text === "," ? 2 : 1;
        const last = itemAt(tokens, at);
        if (!last || last.kind !== kind) break;
        value += last.value;
        items += 1;
        closed = true;
        found.push({ value, sentence: tokens[start]!.sentence });
        start = last.next - 1;
      } else if (tokens[at]?.text === ",") at += 1;
      else break;
    }
    if (!closed && items > 0) start = Math.max(start, at - 1);
  }
  return found;
}

/**
 * Whether a count the passages never write is the size of a list they give: "three men were
 * arrested" for "officers arrested Liam Crossley, Dean Orwin and Kyle Patten", "three pieces of
 * jewellery" for "two gold rings and a bronze brooch". The list must be in a sentence that shares a
 * content word with the statement, so a count is not matched to an unrelated list; "four men" is
 * still no count of three names.
 */
export function countsAList(quantity: Quantity, statement: AnalyzedText, passages: readonly AnalyzedText[]): boolean {
  if (quantity.unit !== "count" || quantity.bound !== null || quantity.second !== null || quantity.year) return false;
  const words = new Set(
    statement.tokens
      .filter((token, index) => isContentToken(token) && token.pos !== "NUM" && index !== quantity.first)
      .map((token) => token.key),
  );
  return passages.some((passage) =>
    listedCounts(passage).some(
      (list) =>
        list.value === quantity.value &&
        passage.tokens.some(
          (token) => token.sentence === list.sentence && isContentToken(token) && words.has(token.key),
        ),
    ),
  );
}
