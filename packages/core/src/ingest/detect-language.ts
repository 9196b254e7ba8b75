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
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= 30) {
    let hits = 0;
    for (const word of words) if (englishFunctionWords.has(word)) hits++;
    if (hits / words.length >= 0.18) return "eng";
  }
  return franc(sample, { minLength });
}
