import { type LexRankScoreOptions, lexRankScores } from "../digest/evidence/lexrank-scores.js";
import { buildTermVectors, cosineSimilarity } from "../digest/evidence/term-vectors.js";
import { wordTokens } from "../digest/evidence/word-tokens.js";

export interface LexRankOptions extends LexRankScoreOptions {
  /** Sentences more similar than this to one already chosen are skipped as redundant. */
  redundancy?: number;
  /** Word budget of the summary; the last sentence is cut at the budget. Default 100. */
  words?: number;
  /**
   * Whole sentences only, as the offline engine writes them: a sentence that would overrun the
   * budget is skipped for a shorter one further down, and nothing is cut. Default false: the
   * published convention, sentences added until the budget is reached and the last one cut there.
   */
  wholeSentences?: boolean;
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
    const length = (sentences[index] ?? "").split(/\s+/).filter(Boolean).length;
    if (options.wholeSentences && words + length > budget) continue;
    indices.push(index);
    words += length;
  }
  return { indices, text: cutToWords(indices.map((index) => sentences[index]).join(" "), budget) };
}

/** The first `words` whitespace-separated words of a text. */
export function cutToWords(text: string, words: number): string {
  return text.split(/\s+/).filter(Boolean).slice(0, words).join(" ");
}
