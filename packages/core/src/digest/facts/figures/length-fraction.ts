import { fractionInWords } from "./fraction-words.js";

/**
 * A length told as a fraction of its unit: "a quarter of a mile", "a third of a mile", "half a
 * kilometre", "three-quarters of a mile". It is a figure like "0.25 miles", to be compared with other
 * outlets' lengths once converted ("spread over 1.2 miles", "800 metres"), and a rough one: told to
 * the nearest step of its kind (quarters, thirds, halves), it holds anything within half a step.
 * The pattern takes the fraction and the words up to its unit ("a quarter of a", "half a"), so that the unit follows the
 * match as it follows a numeral: the fraction is group 1.
 */
export const LENGTH_FRACTION =
  /\b((?:a|one|three|two)?[\s-]?(?:quarters?|thirds?)|(?:a\s+)?half)\s+(?:of\s+)?an?(?=\s+(?:miles?|kilomet(?:re|er)s?|km)\b)/gi;

/** "a quarter of a" → 0.25, "half a" → 0.5; null for other words. */
export function lengthFractionValue(raw: string): number | null {
  const match = /^(.*?)\s+(?:of\s+)?an?$/i.exec(raw.trim());
  return match ? (fractionInWords(match[1]!)?.value ?? null) : null;
}

/** How far the exact length may be from a fraction as told: half its step. */
export function lengthFractionRounding(raw: string): number {
  const match = /^(.*?)\s+(?:of\s+)?an?$/i.exec(raw.trim());
  return match ? (fractionInWords(match[1]!)?.step ?? 0) / 2 : 0;
}
