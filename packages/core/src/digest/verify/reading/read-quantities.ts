import type { AnalyzedText } from "./analyze-text.js";

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SCALE_ABBREVIATIONS: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

/** The value of a number written in words ("twenty-five", "dozen"), or null. */
export function numberWordValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower in UNITS) return UNITS[lower]!;
  const [tens, ones] = lower.split("-");
  if (tens && ones && tens in UNITS && ones in UNITS && UNITS[tens]! >= 20 && UNITS[ones]! < 10)
    return UNITS[tens]! + UNITS[ones]!;
  return null;
}

/** What a number measures, as far as its unit tells. */
type QuantityUnit = "percent" | "money" | "count";

/** A number in a text: its value with scale words applied ("two million" → 2,000,000), unit and what it counts. */
export interface Quantity {
  value: number;
  unit: QuantityUnit;
  /** Currency sign or word for money ("$", "£", "euro"). */
  currency: string | null;
  /** The key of the noun it counts, when one follows ("six men" → "man"). */
  counts: string | null;
  /** As the text wrote it, e.g. "1,893" or "two million". */
  text: string;
  /** Token indices [first, last] in the analysed text. */
  first: number;
  last: number;
  /** A four-digit number that reads as a year; dates check those. */
  year: boolean;
  /** "more than 100" is a lower bound, "almost 100" an upper one; null for the amount itself. */
  bound: "above" | "below" | null;
  /** The second number of a score, tally or range written as one ("3-1", "7–2"): 1, 2; null otherwise. */
  second: number | null;
}

/** "3-1", "7–2": two short numbers joined by a hyphen or dash, read as one figure. */
function pairAt(tokens: AnalyzedText["tokens"], index: number): number | null {
  const [first, dash, second] = [tokens[index]!, tokens[index + 1], tokens[index + 2]];
  if (!dash || !second || !/^[-–]$/.test(dash.text) || !/^\d{1,3}$/.test(first.text) || !/^\d{1,3}$/.test(second.text))
    return null;
  // Spaced evenly as a tokenised corpus writes it ("5 - 0"), not a dash of punctuation ("5 -0", "won 5 – 2 of them").
  const before = dash.start - first.end;
  const after = second.start - dash.end;
  return before === after && before <= 1 && (before === 0 || dash.text === "-") ? Number(second.text) : null;
}

// The words before a number that make it a bound rather than the amount, last word first.
const ABOVE = [
  ["than", "more"],
  ["than", "greater"],
  ["over"],
  ["above"],
  ["least", "at"],
  ["of", "upwards"],
  ["of", "excess"],
];
const BELOW = [["almost"], ["nearly"], ["than", "fewer"], ["than", "less"], ["under"], ["below"], ["to", "up"]];

function boundBefore(tokens: AnalyzedText["tokens"], first: number): Quantity["bound"] {
  const before = (words: string[]) =>
    words.every((word, offset) => tokens[first - 1 - offset]?.text.toLowerCase() === word);
  if (ABOVE.some(before)) return "above";
  if (BELOW.some(before)) return "below";
  return null;
}

const CURRENCY_SIGNS = new Set(["$", "£", "€", "¥"]);
const CURRENCY_WORDS = new Set(["dollar", "pound", "euro", "yen", "yuan", "rupee", "shekel", "franc"]);

function digitsValue(text: string): number | null {
  const cleaned = text.replace(/,/g, "").replace(/\s/g, "");
  if (!/^\d+(?:\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** Every number of an analysed text, with scale words, units and the noun it counts. */
export function readQuantities(analyzed: AnalyzedText): Quantity[] {
  const tokens = analyzed.tokens;
  const found: Quantity[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const lower = token.text.toLowerCase();
    // "$1.8m" may come as one token: split off sign and scale. A tokenised corpus's decimal is "98. 7".
    const packed = /^([$£€¥]?)(\d[\d,\s]*(?:\.\s?\d+)?)(k|m|mn|bn|b|tn)?$/i.exec(lower);
    let value = packed ? digitsValue(packed[2]!) : numberWordValue(lower);
    if (value === null) continue;
    const second = pairAt(tokens, index);
    if (second !== null) {
      const text = analyzed.text.slice(token.start, tokens[index + 2]!.end);
      found.push({
        value,
        unit: "count",
        currency: null,
        counts: null,
        text,
        first: index,
        last: index + 2,
        year: false,
        bound: null,
        second,
      });
      index += 2;
      continue;
    }
    if (lower === "one" && token.pos !== "NUM") continue;
    let last = index;
    let currency: string | null = packed?.[1] ? packed[1] : null;
    if (packed?.[3]) value *= SCALE_ABBREVIATIONS[packed[3].toLowerCase()] ?? 1;
    // Scale words and "twenty five": "two million", "1.8 billion", "three hundred thousand".
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1]!.text.toLowerCase();
      const scale = SCALES[next] ?? SCALE_ABBREVIATIONS[next];
      if (scale !== undefined && (SCALES[next] !== undefined || /\d$/.test(tokens[last]!.text))) {
        value *= scale;
        last += 1;
        continue;
      }
      const unitWord = numberWordValue(next);
      if (unitWord !== null && unitWord < 10 && value >= 20 && value < 100 && value % 10 === 0) {
        value += unitWord;
        last += 1;
        continue;
      }
      // "sixty-three" may come as three tokens: the hyphen written tight between tens and units.
      const units = tokens[last + 2];
      const hyphenated =
        next === "-" &&
        units !== undefined &&
        tokens[last + 1]!.start === tokens[last]!.end &&
        units.start === tokens[last + 1]!.end &&
        /^\p{L}+$/u.test(tokens[last]!.text);
      const unitsValue = hyphenated ? numberWordValue(units.text) : null;
      if (unitsValue !== null && unitsValue < 10 && value >= 20 && value < 100 && value % 10 === 0) {
        value += unitsValue;
        last += 2;
        continue;
      }
      break;
    }
    const before = tokens[index - 1];
    if (!currency && before && CURRENCY_SIGNS.has(before.text)) currency = before.text;
    let unit: QuantityUnit = currency ? "money" : "count";
    let counts: string | null = null;
    const after = tokens[last + 1];
    const afterNext = tokens[last + 2];
    if (after && (after.key === "%" || (after.text.toLowerCase() === "per" && afterNext?.key === "cent"))) {
      unit = "percent";
      last += after.key === "%" ? 1 : 2;
    } else {
      // The noun it counts: the first noun within three words ("6 Israeli soldiers" → soldier).
      for (let ahead = last + 1; ahead <= Math.min(tokens.length - 1, last + 3); ahead += 1) {
        const candidate = tokens[ahead]!;
        if (candidate.sentence !== token.sentence || candidate.pos === "PUNCT" || candidate.pos === "VERB") break;
        if (candidate.pos === "NOUN" || candidate.pos === "PROPN") {
          counts = candidate.key;
          break;
        }
      }
      if (counts && CURRENCY_WORDS.has(counts)) {
        unit = "money";
        currency = counts;
      }
    }
    const first = currency && before && CURRENCY_SIGNS.has(before.text) ? index - 1 : index;
    const text = analyzed.text.slice(tokens[first]!.start, tokens[last]!.end);
    const year = unit === "count" && !packed?.[3] && /^(1[89]|20)\d\d$/.test(token.text) && last === index;
    found.push({
      value,
      unit,
      currency,
      counts,
      text,
      first,
      last,
      year,
      bound: boundBefore(tokens, first),
      second: null,
    });
    index = last;
  }
  return found;
}

/** Whether two quantities state the same amount of the same kind of thing (rounding of the written digits aside). */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || a.second !== b.second) return false;
  if (a.unit === "money" && a.currency && b.currency && normalizeCurrency(a.currency) !== normalizeCurrency(b.currency))
    return false;
  return Math.abs(a.value - b.value) <= Math.abs(a.value) * 1e-9;
}

/**
 * Whether a passage's amount is one a bound in the statement states: 116 bodies is "more than 100",
 * 97 is "almost 100". Only a near amount: 400 is more than 100, but no writer would put it so.
 */
export function withinBound(bound: Quantity, amount: Quantity): boolean {
  if (bound.bound === null || !sameQuantity(bound, { ...amount, value: bound.value })) return false;
  // The same bound in other words: "more than 2,500 metres" for "above 2,500 metres". Another figure
  // is another report, even when it follows ("at least 35 ships" against "at least 40 ships").
  if (amount.bound !== null) return amount.bound === bound.bound && amount.value === bound.value;
  return bound.bound === "above"
    ? amount.value > bound.value && amount.value <= bound.value * 1.5
    : amount.value < bound.value && amount.value >= bound.value * 0.75;
}

function normalizeCurrency(currency: string): string {
  return { dollar: "$", pound: "£", euro: "€", yen: "¥" }[currency] ?? currency;
}
