import type { TextToken } from "../reading/index.js";
import { BOUND_PHRASES } from "./bound-words.js";
import { passageSlice, type SupportContext, type SupportFault } from "./support-fault.js";

const BOUNDS = BOUND_PHRASES.map((phrase) => phrase.split(" "));

/** The bound the words right before `index` make ("up to | four"), as the index of its first word, or -1. */
function boundBefore(tokens: readonly TextToken[], index: number): number {
  for (const bound of BOUNDS) {
    const start = index - bound.length;
    if (start < 0 || tokens[start]!.sentence !== tokens[index]!.sentence) continue;
    if (bound.every((word, offset) => tokens[start + offset]!.text.toLowerCase() === word)) return start;
  }
  return -1;
}

/**
 * A figure the passage gives as a bound, told as an amount: "could take up to four years" as "could
 * take four years", "at least 30 people were hurt" as "30 people were hurt". Only where the
 * statement gives the figure no bound of its own (compareQuantities reads one it does give).
 */
export function compareBounds(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, index) => {
    const link = alignment.links[index];
    if (!link || token.pos !== "NUM") return;
    const tokens = passages[link.passage]!.tokens;
    const start = boundBefore(tokens, link.token);
    if (start < 0 || boundBefore(statement.tokens, index) >= 0) return;
    // A bound word the statement kept elsewhere ("nearly" moved) is still said.
    if (
      alignment.links.some(
        (other) => other?.passage === link.passage && other.token >= start && other.token < link.token,
      )
    )
      return;
    faults.push({
      kind: "number",
      reason: `the passage says "${passageSlice(passages[link.passage]!, start, link.token)}"; the sentence leaves out "${passageSlice(passages[link.passage]!, start, link.token - 1)}"`,
    });
  });
  return faults;
}
