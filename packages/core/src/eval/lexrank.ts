import { type LexRankScoreOptions, lexRankScores } from "../digest/evidence/lexrank-scores.js";
import { buildTermVectors, cosineSimilarity } from "../digest/evidence/term-vectors.js";
import { wordTokens } from "../digest/evidence/word-tokens.js";

export interface LexRankOptions extends LexRankScoreOptions {
  /** Sentences more similar than this to one already chosen are skipped as redundant. */
  redundancy?: number;
  /** Word budget of the summary; the last sentence is cut at the budget. Default 100. */
  words?: number;
}

export interface LexRankSummary {
  /** Indices of the chosen sentences, in the order chosen (most central first). */
  indices: number[];
  text: string;
}

/** The LexRank baseline: most central sentences first, skipping near-repeats, up to a word budget. */
export function lexRankSummary(sentences: readonly string[], options: LexRankOptions = {}): LexRankSummary {
  const budget = options.words ?? 100;
  const redundancy = options.redundancy ?? 0.5;
  const scores = lexRankScores(sentences, options);
  const { vectors } = buildTermVectors(sentences, wordTokens);
  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score || a.index - b.index);
  const indices: number[] = [];
  let words = 0;
  for (const { index } of order) {
    if (words >= budget) break;
    const vector = vectors[index]!;
    if (indices.some((chosen) => cosineSimilarity(vector, vectors[chosen]!) > redundancy)) continue;
    indices.push(index);
    words += (sentences[index] ?? "").split(/\s+/).filter(Boolean).length;
  }
  return { indices, text: cutToWords(indices.map((index) => sentences[index]).join(" "), budget) };
}

/** The first `words` whitespace-separated words of a text. */
export function cutToWords(text: string, words: number): string {
  return text.split(/\s+/).filter(Boolean).slice(0, words).join(" ");
}
