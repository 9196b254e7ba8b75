/**
 * Counts written in words. News never opens a sentence with a numeral ("Seven workers were treated",
 * "Forty-two miners were trapped"): there the count is a word, the same figure as "7" or "42" would be
 * anywhere else in the sentence. "One" is left out, being a pronoun as often ("One of them said").
 */
const UNITS = [
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const WORD = `(?:(?:${TENS.join("|")})(?:-(?:one|${UNITS.slice(0, 8).join("|")}))?|${UNITS.join("|")})`;
/** A count in words from two to ninety-nine, as a pattern's source (no group of its own). */
export const NUMBER_WORD_SOURCE = WORD;
const NUMBER_WORD = new RegExp(`\\b${WORD}\\b`, "gi");

/**
 * A count in words opening a sentence, after a hedge at most ("Seven workers", "About twenty
 * people") or a stress that leaves it exact ("Only four officers were on duty", "Just three"), and
 * before a lower-case word (the thing counted): the word and where it stands.
 */
const OPENING_COUNT = new RegExp(
  `^(?:(?:About|Around|Roughly|Nearly|Almost|Some|At least|More than|Fewer than|Up to|Only|Just)\\s+)?(${WORD})(?=\\s+[a-z])`,
  "i",
);

/**
 * A verb of saying (and its "that") before the clause it reports: the clause opens there as a
 * sentence does ("The director says seven chimpanzees got out", "Police said three men were held").
 */
const REPORTED_CLAUSE =
  /\b(?:says|said|say|told\s+(?:reporters|journalists|police|officers|investigators|[A-Z][\p{L}’'-]+)|reported|confirmed|announced|estimates|estimated|believes|believed)\s+(?:that\s+)?/gu;

/** The counts in words that open a clause reported after a verb of saying (see OPENING_COUNT): each word and its index. */
export function reportedClauseCountWords(sentence: string): Array<{ word: string; index: number }> {
  const found: Array<{ word: string; index: number }> = [];
  for (const match of sentence.matchAll(REPORTED_CLAUSE)) {
    const start = match.index + match[0].length;
    const opener = OPENING_COUNT.exec(sentence.slice(start));
    if (opener?.[1]) found.push({ word: opener[1], index: start + opener[0].length - opener[1].length });
  }
  return found;
}

/** "Seven" → 7, "forty-two" → 42; null for any other word. */
export function numberWordValue(word: string): number | null {
  const [tens, unit] = word.toLowerCase().split("-");
  const alone = UNITS.indexOf(tens ?? "");
  if (alone >= 0 && unit === undefined) return alone + 2;
  const ten = TENS.indexOf(tens ?? "");
  if (ten < 0) return null;
  const extra = unit === undefined ? 0 : unit === "one" ? 1 : UNITS.indexOf(unit) + 2;
  return extra < 0 || extra > 9 ? null : (ten + 2) * 10 + extra;
}

/** The count in words that opens a sentence, as a match of the word alone (its index in the sentence); null when none. */
export function openingCountWord(sentence: string): { word: string; index: number } | null {
  const match = OPENING_COUNT.exec(sentence);
  if (!match) return null;
  // The opener must be capitalised: a sentence cut mid-way ("seven of them") is no opener.
  if (!/^\p{Lu}/u.test(match[0])) return null;
  return { word: match[1]!, index: match[0].length - match[1]!.length };
}

/** The counts in words of a text as figures: "Four miners" → "4 miners", "twenty-five" → "25". */
export function numberWordsAsFigures(text: string): string {
  return text.replace(NUMBER_WORD, (word) => String(numberWordValue(word) ?? word));
}
