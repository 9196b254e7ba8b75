import { FUNCTION_WORDS } from "../../text/stop-words.js";

/** Lowercased word tokens (letters/digits, inner apostrophes and hyphens kept together with their word). */
export function wordTokens(text: string): string[] {
  const lower = text.toLowerCase();
  // Unicode letter classes make the scan several times slower; most news text has no letter or
  // digit outside ASCII (curly quotes and dashes are neither), and there the ASCII classes match alike.
  if (!hasWideLetter(lower)) return lower.match(/[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g) ?? [];
  return lower.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Whether text has a letter or digit outside ASCII ("é", "ł", "²"). A loop over the code units:
 * every text tokenised is asked, and a Unicode pattern's scan cost more than the tokens' own.
 */
function hasWideLetter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    // ASCII, and the General Punctuation block (curly quotes, dashes, spaces): no letter or digit.
    if (unit < 0x80 || (unit >= 0x2000 && unit <= 0x206f)) continue;
    // A letter outside the BMP is a pair of code units: test the whole code point.
    const point = text.codePointAt(index) ?? unit;
    if (LETTER_OR_DIGIT.test(String.fromCodePoint(point))) return true;
    if (point > 0xffff) index += 1;
  }
  return false;
}

/** Common English function words: they carry no topic, so similarity ignores them (core's one list). */
export const STOPWORDS: ReadonlySet<string> = FUNCTION_WORDS;

/** Word tokens without stopwords: the content words used for TF-IDF similarity. */
export function contentWords(text: string): string[] {
  return wordTokens(text).filter((word) => !STOPWORDS.has(word) && word.length > 1);
}
