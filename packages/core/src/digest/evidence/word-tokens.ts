import { FUNCTION_WORDS } from "../../text/stop-words.js";

/** Lowercased word tokens (letters/digits, inner apostrophes and hyphens kept together with their word). */
export function wordTokens(text: string): string[] {
  const lower = text.toLowerCase();
  // Unicode letter classes make the scan several times slower; most news text has no letter or
  // digit outside ASCII (curly quotes and dashes are neither), and there the ASCII classes match alike.
  if (!hasWideLetter(lower)) return lower.match(/[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g) ?? [];
  return lower.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

const NON_ASCII = /[\u0080-\u{10FFFF}]/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether text has a letter or digit outside ASCII ("é", "ł", "²"). */
function hasWideLetter(text: string): boolean {
  NON_ASCII.lastIndex = 0;
  for (let match = NON_ASCII.exec(text); match; match = NON_ASCII.exec(text)) {
    if (LETTER_OR_DIGIT.test(match[0])) return true;
  }
  return false;
}

/** Common English function words: they carry no topic, so similarity ignores them (core's one list). */
export const STOPWORDS: ReadonlySet<string> = FUNCTION_WORDS;

/** Word tokens without stopwords: the content words used for TF-IDF similarity. */
export function contentWords(text: string): string[] {
  return wordTokens(text).filter((word) => !STOPWORDS.has(word) && word.length > 1);
}
