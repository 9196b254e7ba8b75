import { oncePerWord } from "../../../text/once-per-word.js";
import { isVerbLemma } from "../../../text/same-verb-sense.js";
import { commonLemma } from "./analyze-text.js";

/** A word's lemma as a verb WordNet lists ("gave" → "give", "evacuated" → "evacuate"), or null for none. */
const verbLemma = oncePerWord((word: string): string | null => {
  if (!/^\p{L}{2,}$/u.test(word)) return null;
  const lemma = commonLemma(word.toLowerCase());
  return isVerbLemma(lemma) ? lemma : null;
});

/**
 * The verb a sentence's word tells, read with the word after it when WordNet lists the two as one
 * verb ("gave way" → "give_way", "moved out" → "move_out", "called off" → "call_off"): a phrasal
 * verb tells another act than its first word ("moved" alone tells no evacuation). Null when the word
 * is no verb WordNet lists.
 */
export function verbAt(tokens: readonly string[], index: number): string | null {
  const lemma = verbLemma(tokens[index]!);
  if (lemma === null) return null;
  const next = tokens[index + 1];
  if (next !== undefined && /^\p{L}+$/u.test(next)) {
    const phrasal = `${lemma}_${next.toLowerCase()}`;
    if (isVerbLemma(phrasal)) return phrasal;
  }
  return lemma;
}
