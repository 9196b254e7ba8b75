import type { NumberMention } from "./find-number-mentions.js";

/**
 * One of two figures offered as alternatives ("read high by 20 or 30 bars"): the pair is one hedged
 * claim, never a rival of a figure between them, so no pairing of figures takes either end alone.
 */
export function isAlternativeFigure(mention: NumberMention): boolean {
  const text = mention.item.sentence.text;
  const at = mention.start - mention.item.sentence.start;
  const end = mention.end - mention.item.sentence.start;
  return /\d\s+or\s+$/.test(text.slice(0, at)) || /^\s+or\s+\d/.test(text.slice(end));
}
