import type { TextToken } from "../reading/index.js";
import { passageSlice, type SupportContext, type SupportFault } from "./support-fault.js";

const ORDINALS = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
]);

/** A word that ranks what it describes: "largest", "best", "most", "least", "second". */
function ranks(token: TextToken): boolean {
  const text = token.text.toLowerCase();
  if (text === "most" || text === "least" || ORDINALS.has(text)) return true;
  // "fastest" (key "fast"), "best" (key "good"); not "honest" or "modest", whose key is the word.
  return (token.pos === "ADJ" || token.pos === "ADV") && /est$/.test(text) && token.key !== text;
}

/** The passage token where the noun phrase through `index` ends ("second-largest | lender"). */
function phraseEnd(tokens: readonly TextToken[], index: number): number {
  let end = index;
  while (
    tokens[end + 1]?.sentence === tokens[index]!.sentence &&
    ["ADJ", "NOUN", "PROPN"].includes(tokens[end + 1]!.pos)
  )
    end += 1;
  return end;
}

/**
 * A rank left out of what the passage ranks: "the country's second-largest lender" told as "the
 * country's largest lender", "the fastest-growing big brand" as "the big brand", "one of the most
 * decorated riders" as "the most decorated rider". The statement keeps the words on both sides and
 * drops the ranking word or "one of" between them, which makes another claim, not a shorter one.
 */
export function compareSuperlatives(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const faults: SupportFault[] = [];
  for (const step of alignment.steps) {
    if (step.kind !== "gap" || step.breaksClause) continue;
    const from = alignment.links[step.from]!;
    const to = alignment.links[step.to]!;
    const passage = passages[from.passage]!;
    const landing = statement.tokens[step.to]!;
    // Inside one noun phrase: the left-out words are modifiers only.
    const modifiers = step.skipped.every((token) => ["ADJ", "ADV", "PUNCT", "VERB", "NOUN", "NUM"].includes(token.pos));
    const ranking = step.skipped.find(ranks);
    if (modifiers && ranking && (landing.pos === "ADJ" || landing.pos === "NOUN" || ranks(landing))) {
      faults.push({
        kind: "added",
        reason: `the passage says "${passageSlice(passage, from.token, phraseEnd(passage.tokens, to.token))}"; the sentence leaves out "${ranking.text}"`,
      });
      continue;
    }
    // "one of | the most decorated riders".
    const last = step.skipped.filter((token) => token.pos !== "PUNCT").slice(-2);
    const after = statement.tokens[step.to + 1];
    if (last[0]?.key === "1" && last[1]?.key === "of" && landing.pos === "DET" && after && ranks(after))
      faults.push({
        kind: "added",
        reason: `the passage says "${passageSlice(passage, to.token - 2, phraseEnd(passage.tokens, to.token + 1))}"; the sentence leaves out "one of"`,
      });
  }
  return faults;
}
