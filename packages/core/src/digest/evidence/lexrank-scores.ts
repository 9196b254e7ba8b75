import { buildTermVectors, cosineSimilarity } from "./term-vectors.js";
import { wordTokens } from "./word-tokens.js";

export interface LexRankScoreOptions {
  /** Edges below this cosine are dropped (Erkan & Radev 2004 report 0.1 as the best threshold). */
  threshold?: number;
  /** Probability of following an edge rather than jumping anywhere (1 - d in the paper's notation). */
  damping?: number;
}

/**
 * Continuous LexRank scores: PageRank over the thresholded TF-IDF cosine graph, with the
 * sentences themselves as the idf collection (the usual choice when no background corpus is given).
 */
export function lexRankScores(sentences: readonly string[], options: LexRankScoreOptions = {}): number[] {
  const threshold = options.threshold ?? 0.1;
  const damping = options.damping ?? 0.85;
  const count = sentences.length;
  if (count === 0) return [];
  // Words, stopwords included, as in the paper's idf-modified cosine.
  const { vectors } = buildTermVectors(sentences, wordTokens);
  const edges: number[][] = Array.from({ length: count }, () => []);
  const weights: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < count; i += 1) {
    for (let j = i + 1; j < count; j += 1) {
      const similarity = cosineSimilarity(vectors[i]!, vectors[j]!);
      if (similarity < threshold) continue;
      edges[i]!.push(j);
      weights[i]!.push(similarity);
      edges[j]!.push(i);
      weights[j]!.push(similarity);
    }
  }
  const outWeight = weights.map((row) => row.reduce((sum, value) => sum + value, 0));
  let scores = new Array<number>(count).fill(1 / count);
  for (let iteration = 0; iteration < 100; iteration += 1) {
    const next = new Array<number>(count).fill((1 - damping) / count);
    let dangling = 0;
    for (let i = 0; i < count; i += 1) if (outWeight[i] === 0) dangling += scores[i]!;
    for (let i = 0; i < count; i += 1) {
      next[i]! += (damping * dangling) / count;
      const row = edges[i]!;
      for (let k = 0; k < row.length; k += 1) {
        const j = row[k]!;
        next[i]! += (damping * weights[i]![k]! * scores[j]!) / outWeight[j]!;
      }
    }
    let change = 0;
    for (let i = 0; i < count; i += 1) change += Math.abs(next[i]! - scores[i]!);
    scores = next;
    if (change < 1e-8) break;
  }
  return scores;
}
