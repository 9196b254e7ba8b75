import { FUNCTION_WORDS } from "../../text/stop-words.js";

/** Lowercased word tokens (letters/digits, inner apostrophes and hyphens kept together with their word). */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** Common English function words: they carry no topic, so similarity ignores them (core's one list). */
export const STOPWORDS: ReadonlySet<string> = FUNCTION_WORDS;

/** Word tokens without stopwords: the content words used for TF-IDF similarity. */
export function contentWords(text: string): string[] {
  return wordTokens(text).filter((word) => !STOPWORDS.has(word) && word.length > 1);
}
