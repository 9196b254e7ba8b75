import { oncePerWord } from "../../../text/once-per-word.js";
import { commonLemma } from "./analyze-text.js";
import { isVerbLemma } from "./same-verb-sense.js";

/** A word's lemma as a verb WordNet lists ("gave" → "give", "evacuated" → "evacuate"), or null for none. */
const verbLemma = oncePerWord((word: string): string | null => {
  if (!/^\p{L}{2,}$/u.test(word)) return null;
  const lemma = commonLemma(word.toLowerCase());
  return isVerbLemma(lemma) ? lemma : null;
});

/** A word that opens a time: a day, a part of one, a figure. */
const WHEN =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|morning|afternoon|evening|night|\d.*)$/i;

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
  // A preposition before a day or a figure brings in when, not a phrasal verb: "set on Monday" is no
  // "set_on" (attack), "fired at 9pm" no "fire_at".
  if (next !== undefined && /^\p{L}+$/u.test(next) && !WHEN.test(tokens[index + 2] ?? "")) {
    const phrasal = `${lemma}_${next.toLowerCase()}`;
    if (isVerbLemma(phrasal)) return phrasal;
  }
  return lemma;
}
