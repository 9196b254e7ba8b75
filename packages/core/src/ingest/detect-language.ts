import { franc } from "franc-min";

export interface DetectLanguageOptions {
  /** Below this many characters the answer is `und`: trigram statistics are unreliable on short text. */
  minLength?: number;
}

// Function words that are common in English and rare or absent in other languages' running text.
const englishFunctionWords = new Set([
  "the",
  "of",
  "and",
  "to",
  "that",
  "for",
  "with",
  "was",
  "said",
  "is",
  "by",
  "from",
  "has",
  "have",
  "were",
  "are",
  "this",
  "it",
  "be",
  "which",
  "as",
  "an",
  "he",
  "his",
  "they",
  "their",
  "would",
  "will",
  "not",
  "but",
  "who",
  "been",
  "had",
]);

/** ISO 639-3 code of the text's language (`eng`, `fra`…), or `und` when it cannot tell. */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): string {
  const minLength = options.minLength ?? 50;
  // A thousand characters decide as well as the whole text (franc's cost grows with the length).
  const sample = text.length > 1000 ? text.slice(0, 1000) : text;
  if (sample.trim().length < minLength) return "und";
  // Fast path for the common case: running English text is about a quarter function words, other
  // languages almost none of these. franc (trigram distances to 80 languages) decides the rest.
  const { words, hits } = countFunctionWords(sample) ?? countFunctionWordsByMatch(sample);
  if (words >= 30 && hits / words >= 0.18) return "eng";
  return franc(sample, { minLength });
}

/** Words (runs of letters, lower-cased) and how many of them are English function words. */
function countFunctionWordsByMatch(sample: string): { words: number; hits: number } {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let hits = 0;
  for (const word of words) if (englishFunctionWords.has(word)) hits++;
  return { words: words.length, hits };
}

// Each function word's letters packed five bits apiece (a = 1): one small integer per word, so a
// scan can look words up without making a string of each.
const packedFunctionWords = new Set([...englishFunctionWords].map((word) => packLetters(word)));
const letter = /\p{L}/u;

function packLetters(word: string): number {
  let packed = 0;
  for (let index = 0; index < word.length; index++) packed = packed * 32 + (word.charCodeAt(index) - 96);
  return packed;
}

/**
 * The same counts as `countFunctionWordsByMatch` in one pass over the characters, without lower-casing
 * the sample or making a string per word; null when the sample holds a letter outside ASCII (or a
 * character that lower-cases to something else, or a surrogate), where only the match is exact.
 */
function countFunctionWords(sample: string): { words: number; hits: number } | null {
  let words = 0;
  let hits = 0;
  let length = 0;
  let packed = 0;
  for (let index = 0; index <= sample.length; index++) {
    let code = index < sample.length ? sample.charCodeAt(index) : 32;
    if (code >= 128) {
      const character = sample[index] as string;
      if ((code >= 0xd800 && code <= 0xdfff) || letter.test(character) || character.toLowerCase() !== character)
        return null;
      code = 32;
    }
    if (code >= 65 && code <= 90) code += 32;
    if (code >= 97 && code <= 122) {
      length++;
      // Function words have five letters at most: longer words are counted, not packed.
      if (length <= 5) packed = packed * 32 + (code - 96);
    } else if (length > 0) {
      words++;
      if (length <= 5 && packedFunctionWords.has(packed)) hits++;
      length = 0;
      packed = 0;
    }
  }
  return { words, hits };
}
