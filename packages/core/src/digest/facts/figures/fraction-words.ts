/** Each fraction's denominator word, with the numerator words news puts before it. */
const DENOMINATORS: ReadonlyMap<string, { parts: number; numerators: ReadonlyMap<string, number> }> = new Map([
  [
    "half",
    {
      parts: 2,
      numerators: new Map([
        ["", 1],
        ["a", 1],
        ["one", 1],
      ]),
    },
  ],
  [
    "third",
    {
      parts: 3,
      numerators: new Map([
        ["a", 1],
        ["one", 1],
        ["two", 2],
      ]),
    },
  ],
  [
    "quarter",
    {
      parts: 4,
      numerators: new Map([
        ["a", 1],
        ["one", 1],
        ["three", 3],
      ]),
    },
  ],
  [
    "fifth",
    {
      parts: 5,
      numerators: new Map([
        ["a", 1],
        ["one", 1],
      ]),
    },
  ],
]);

/**
 * A fraction told in words ("half", "a third", "two-thirds", "three quarters", "a fifth"): its value
 * as a part of one, and its step (a third is told of anything nearer a third than a sixth away),
 * which shares of a group and lengths ("a quarter of a mile") both read. Null for other words.
 */
export function fractionInWords(words: string): { value: number; step: number } | null {
  const match = /^(?:(a|one|two|three)\s+)?(half|third|quarter|fifth)s?$/.exec(
    words.trim().toLowerCase().replace(/-/g, " ").replace(/\s+/g, " "),
  );
  if (!match) return null;
  const denominator = DENOMINATORS.get(match[2]!)!;
  const numerator = denominator.numerators.get(match[1] ?? "");
  return numerator === undefined ? null : { value: numerator / denominator.parts, step: 1 / denominator.parts };
}
