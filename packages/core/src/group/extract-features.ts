import { MONTH_NAMES, WEEKDAY_NAMES } from "../text/calendar-names.js";
import type { GroupableArticle } from "./groupable-article.js";
import { stemWord } from "./stem-word.js";
import { STOP_WORDS } from "./stop-words.js";

/**
 * The countable facts of one article, before any corpus statistics: computed once per article.
 * Keys are namespaced by kind: `t:` stemmed term, `e:` named entity (capitalised phrase or one of its
 * words), `n:` number, `d:` date mention (`d:y:2013`, `d:m:may`, `d:md:may-3`, `d:wd:tuesday`).
 * `counts[i]` is the frequency of `keys[i]`, with words from the title counted `titleWeight` times.
 * Parallel arrays rather than a Map: a store holds 100k of these, and Maps cost several times more.
 */
export interface ArticleFeatures {
  keys: string[];
  counts: number[];
}

export interface ExtractFeaturesOptions {
  /** How many body occurrences one title occurrence is worth. */
  titleWeight?: number;
}

const MONTHS = new Map(
  MONTH_NAMES.flatMap((month, index) => [
    [month, month],
    [month.slice(0, 3), month],
    [`${month.slice(0, 3)}.`, month],
    ...(index === 8 ? [["sept", month] as [string, string]] : []),
  ]),
);
const WEEKDAYS = new Set(WEEKDAY_NAMES);
/** Capitalised words that open phrases without naming anything. */
const NOT_NAMES = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "sir",
  "president",
  "update",
  "updated",
  "live",
  "breaking",
  "video",
  "photos",
  "read",
  "more",
]);

interface Token {
  text: string;
  lower: string;
  /** Only spaces separate it from the previous token, so a name can continue across. */
  joined: boolean;
  /** First token of a sentence (or of the text): its capital says nothing. */
  sentenceStart: boolean;
}

export function extractFeatures(
  article: Pick<GroupableArticle, "title" | "text">,
  options: ExtractFeaturesOptions = {},
): ArticleFeatures {
  const titleWeight = options.titleWeight ?? 2;
  const counts = new Map<string, number>();
  const body = tokenize(article.text);
  const title = tokenize(article.title);
  const add = (key: string, amount: number) => counts.set(key, (counts.get(key) ?? 0) + amount);

  // Words capitalised mid-sentence in the body are names; sentence-initial ones only if seen so elsewhere.
  const bodyNames = new Set<string>();
  for (const token of body)
    if (!token.sentenceStart && isCapitalised(token.text)) bodyNames.add(token.text.toLowerCase());

  collect(body, 1, bodyNames, false, add);
  // Headlines are often Title Case, so there only words known as names from the body count as entities.
  collect(title, titleWeight, bodyNames, isTitleCase(title), add);
  return { keys: [...counts.keys()], counts: [...counts.values()] };
}

function collect(
  tokens: Token[],
  weight: number,
  knownNames: Set<string>,
  titleCase: boolean,
  add: (key: string, amount: number) => void,
): void {
  let phrase: string[] = [];
  const flushPhrase = () => {
    if (phrase.length === 0) return;
    if (phrase.length > 1) add(keyOf("e:", phrase.join(" ")), weight);
    for (const word of phrase) add(keyOf("e:", word), weight);
    phrase = [];
  };

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const lower = token.lower;
    const firstCode = lower.charCodeAt(0);

    if (firstCode >= 48 && firstCode <= 57) {
      flushPhrase();
      addNumber(lower, tokens[index - 1]?.lower, weight, add);
      continue;
    }

    const capitalised = isCapitalised(token.text);
    const stop = STOP_WORDS.has(lower);
    const month = capitalised ? MONTHS.get(lower) : undefined;
    if (month && (lower.length > 3 || !stop)) {
      flushPhrase();
      add(keyOf("d:m:", month), weight);
      continue;
    }
    if (WEEKDAYS.has(lower)) {
      flushPhrase();
      add(keyOf("d:wd:", lower), weight);
      continue;
    }

    const isName =
      capitalised &&
      !stop &&
      !NOT_NAMES.has(lower) &&
      (titleCase || token.sentenceStart ? knownNames.has(lower) : true);
    if (isName) {
      if (!token.joined) flushPhrase();
      phrase.push(lower.endsWith("'s") || lower.endsWith("’s") ? lower.slice(0, -2) : lower);
    } else {
      flushPhrase();
    }

    if (stop) continue;
    if (lower.includes("-")) {
      for (const part of lower.split("-")) addTerm(part, weight, add);
    } else {
      addTerm(lower, weight, add);
    }
  }
  flushPhrase();
}

/**
 * Feature keys are shared strings (bounded memo): a store holds millions of keys, most of them repeats,
 * and one string per distinct key is both faster to build and far smaller than one per occurrence.
 */
function keyOf(prefix: string, value: string): string {
  let keys = KEYS.get(prefix);
  if (!keys) {
    keys = new Map();
    KEYS.set(prefix, keys);
  }
  let key = keys.get(value);
  if (key === undefined) {
    if (keys.size > 200_000) keys.clear();
    key = prefix + value;
    keys.set(value, key);
  }
  return key;
}

const KEYS = new Map<string, Map<string, string>>();

function addTerm(word: string, weight: number, add: (key: string, amount: number) => void): void {
  if (word.length < 2 || STOP_WORDS.has(word)) return;
  let stem = STEMS.get(word);
  if (stem === undefined) {
    // Bounded memo: stemming the same few thousand words over and over is most of the cost otherwise.
    if (STEMS.size > 200_000) STEMS.clear();
    stem = `t:${stemWord(word)}`;
    STEMS.set(word, stem);
  }
  add(stem, weight);
}

const STEMS = new Map<string, string>();

function addNumber(
  raw: string,
  previous: string | undefined,
  weight: number,
  add: (key: string, amount: number) => void,
): void {
  const value = raw.includes(",") ? raw.replace(/,/g, "") : raw;
  if (value.length === 4 && /^(1[89]|20)\d\d$/.test(value)) {
    add(keyOf("d:y:", value), weight);
    return;
  }
  const month = previous === undefined ? undefined : MONTHS.get(previous);
  if (month && /^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= 31) {
    add(keyOf("d:md:", `${month}-${Number(value)}`), weight);
    return;
  }
  // 0 and 1 are everywhere ("1 person", "0.1"); every other figure can tell events apart.
  if (value === "0" || value === "1") return;
  add(keyOf("n:", value), weight);
}

/**
 * Words (with inner apostrophes, dots or hyphens: U.S, Israel-Hamas, o'brien) and numbers (27,580 / 3.5).
 * A hand-written scanner: a global regex with matchAll allocates a match per token and was most of the cost.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let last = 0;
  let sentenceStart = true;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const start = i;
    let end: number;
    if (code >= 48 && code <= 57) {
      i++;
      end = i;
      while (i < length) {
        const next = text.charCodeAt(i);
        if (next >= 48 && next <= 57) end = ++i;
        else if (next === 44 || next === 46) i++;
        else break;
      }
      i = end;
    } else if (isLetterCode(code)) {
      i++;
      while (i < length) {
        const next = text.charCodeAt(i);
        if (isLetterCode(next) || isMarkCode(next)) i++;
        else if (
          (next === 39 || next === 0x2019 || next === 46 || next === 45) &&
          i + 1 < length &&
          isLetterCode(text.charCodeAt(i + 1))
        )
          i += 2;
        else break;
      }
      end = i;
    } else {
      i++;
      continue;
    }
    if (tokens.length > 0 && endsSentence(text, last, start)) sentenceStart = true;
    // "U.S." ends in a dot that belongs to the word; the sentence only ends if the next word says so.
    const word = text.slice(start, end);
    tokens.push({ text: word, lower: word.toLowerCase(), joined: onlySpaces(text, last, start), sentenceStart });
    sentenceStart = false;
    last = end;
  }
  return tokens;
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(String.fromCharCode(code));
}

function isMarkCode(code: number): boolean {
  return code >= 0x300 && MARK.test(String.fromCharCode(code));
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/** Whether the characters between two words close a sentence (or a headline part: " - ", " | ", "— "). */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === "." || char === "!" || char === "?" || char === ":" || char === ";" || char === "\n" || char === "|")
      return true;
    if ((char === "—" || char === "–" || char === "-") && (text[i + 1] === " " || i + 1 === to) && i > from)
      return true;
  }
  return false;
}

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const first = word[0] as string;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((token) => /^\p{L}/u.test(token.text) && !STOP_WORDS.has(token.text.toLowerCase()));
  if (words.length < 2) return false;
  return words.filter((token) => isCapitalised(token.text)).length / words.length > 0.6;
}
