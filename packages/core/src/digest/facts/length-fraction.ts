/**
 * A length told as a fraction of its unit: "a quarter of a mile", "a third of a mile", "half a
 * kilometre", "three-quarters of a mile". It is a figure like "0.25 miles", to be compared with other
 * outlets' lengths once converted ("spread over 1.2 miles", "800 metres"), and a rough one: told to
 * the nearest step of its kind (quarters, thirds, halves), it holds anything within half a step.
 */
const FRACTIONS: Record<string, { value: number; step: number }> = {
  "a quarter": { value: 0.25, step: 0.25 },
  "one quarter": { value: 0.25, step: 0.25 },
  "three quarters": { value: 0.75, step: 0.25 },
  "a third": { value: 1 / 3, step: 1 / 3 },
  "one third": { value: 1 / 3, step: 1 / 3 },
  "two thirds": { value: 2 / 3, step: 1 / 3 },
  half: { value: 0.5, step: 0.5 },
  "a half": { value: 0.5, step: 0.5 },
};

/**
 * The fraction and the words up to its unit ("a quarter of a", "half a"), so that the unit follows the
 * match as it follows a numeral: the fraction is group 1.
 */
export const LENGTH_FRACTION =
  /\b((?:a|one|three|two)?[\s-]?(?:quarters?|thirds?)|(?:a\s+)?half)\s+(?:of\s+)?an?(?=\s+(?:miles?|kilomet(?:re|er)s?|km)\b)/gi;

function fractionOf(words: string): { value: number; step: number } | null {
  const key = words.toLowerCase().replace(/-/g, " ").replace(/\s+/g, " ").replace(/s$/, "").trim();
  return FRACTIONS[key] ?? FRACTIONS[`${key}s`] ?? null;
}

/** "a quarter of a" → 0.25, "half a" → 0.5; null for other words. */
export function lengthFractionValue(raw: string): number | null {
  const match = /^(.*?)\s+(?:of\s+)?an?$/i.exec(raw.trim());
  return match ? (fractionOf(match[1]!)?.value ?? null) : null;
}

/** How far the exact length may be from a fraction as told: half its step. */
export function lengthFractionRounding(raw: string): number {
  const match = /^(.*?)\s+(?:of\s+)?an?$/i.exec(raw.trim());
  return match ? (fractionOf(match[1]!)?.step ?? 0) / 2 : 0;
}
