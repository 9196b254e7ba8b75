import type { RankedSentence } from "../evidence/rank-evidence.js";
import { cosineSimilarity } from "../evidence/term-vectors.js";

export interface SelectSentencesOptions {
  /** Stop once this many words are chosen. */
  words: number;
  maxSentences: number;
  /** Keep adding (within maxSentences) until this many are chosen, even past the word budget. */
  minSentences?: number;
  /** MMR trade-off: 1 = score only, 0 = novelty only. */
  lambda?: number;
  /** Sentences closer than this to one already chosen are never taken. */
  maxSimilarity?: number;
  exclude?: ReadonlySet<RankedSentence>;
  /** Weight of new-concept coverage (per word) against the ranking score. Default 0.3; 0 turns it off. */
  conceptWeight?: number;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Maximal marginal relevance (Carbonell & Goldstein 1998) over ranked sentences, plus greedy
 * coverage of the story's concepts per word (the budgeted greedy form of Gillick & Favre's concept
 * ILP, which fills a fixed word budget with what most sources say), and a small bonus for a source
 * not yet used so the summary spreads over the independent sources.
 */
export function selectSentences(ranked: readonly RankedSentence[], options: SelectSentencesOptions): RankedSentence[] {
  const lambda = options.lambda ?? 0.7;
  const maxSimilarity = options.maxSimilarity ?? 0.5;
  const minSentences = options.minSentences ?? 1;
  const chosen: RankedSentence[] = [];
  const usedSources = new Set<string>();
  let words = 0;
  const conceptWeight = options.conceptWeight ?? 0.3;
  const covered = new Set<string>();
  // Sentences far down the ranking are not chosen in practice; leaving them out keeps MMR fast.
  const pool = ranked.filter((candidate) => !options.exclude?.has(candidate)).slice(0, 300);
  const gainOf = (candidate: RankedSentence) => {
    let gain = 0;
    for (const [concept, weight] of candidate.concepts) if (!covered.has(concept)) gain += weight;
    return gain / Math.sqrt(Math.max(1, wordCount(candidate.item.sentence.text)));
  };
  while (chosen.length < options.maxSentences && (words < options.words || chosen.length < minSentences)) {
    let best: RankedSentence | null = null;
    let bestValue = Number.NEGATIVE_INFINITY;
    const gains = new Map(pool.map((candidate) => [candidate, conceptWeight > 0 ? gainOf(candidate) : 0]));
    const maxGain = Math.max(1e-9, ...gains.values());
    for (const candidate of pool) {
      if (chosen.includes(candidate)) continue;
      const redundancy = chosen.reduce(
        (max, other) => Math.max(max, cosineSimilarity(candidate.vector, other.vector)),
        0,
      );
      if (redundancy > maxSimilarity) continue;
      const novelty = usedSources.has(candidate.sourceKey) ? 0 : 0.1;
      const value =
        lambda * candidate.score +
        conceptWeight * ((gains.get(candidate) ?? 0) / maxGain) -
        (1 - lambda) * redundancy +
        novelty;
      if (value > bestValue) {
        bestValue = value;
        best = candidate;
      }
    }
    if (!best) break;
    chosen.push(best);
    usedSources.add(best.sourceKey);
    for (const concept of best.concepts.keys()) covered.add(concept);
    words += wordCount(best.item.sentence.text);
  }
  return chosen;
}

/** Chosen sentences in reading order: older articles first, then by place in the article. */
export function orderForReading(
  sentences: readonly RankedSentence[],
  articleOrder: readonly string[],
): RankedSentence[] {
  const rank = new Map(articleOrder.map((id, index) => [id, index]));
  return [...sentences].sort(
    (a, b) =>
      (rank.get(a.item.article.id) ?? 0) - (rank.get(b.item.article.id) ?? 0) ||
      a.item.sentence.start - b.item.sentence.start,
  );
}
