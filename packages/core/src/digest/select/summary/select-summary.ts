import { lexRankScores } from "../../evidence/lexrank-scores.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { cosineSimilarity } from "../../evidence/term-vectors.js";
import { solveCoverage } from "./solve-coverage.js";

export interface SelectSummaryOptions {
  /** Word budget: the chosen sentences together stay within it. */
  words: number;
  maxSentences: number;
  /** A sentence the summary must contain (the lede), when it fits the budget. */
  lede?: RankedSentence | null;
  /** Sentences never to choose (for key points: those already in the summary). */
  exclude?: ReadonlySet<RankedSentence>;
  /** Pairs that may not both be chosen (an older statement and the newer one that supersedes it). */
  conflicts?: ReadonlyArray<readonly [RankedSentence, RankedSentence]>;
  /** Concepts already covered (by the summary, when choosing key points): they count for nothing. */
  covered?: ReadonlySet<string>;
  /**
   * Weight of a sentence's own relevance (its ranking score per word) against the concepts it covers.
   * Default 1.2, and more below 100 words (1.2 × 100 / words, at most 2.4: from 50 words down).
   */
  relevanceWeight?: number;
  /**
   * Weight of a sentence's LexRank centrality among the candidates (the best scoring 1) in its
   * relevance. Default 1 for a short summary (up to 150 words), 0 for a longer one.
   */
  graphCentralityWeight?: number;
  /** Weight of giving an independent source at least one sentence. Default 3. */
  sourceWeight?: number;
  /** Sentences closer than this (TF-IDF cosine) are not both chosen. Default 0.4. */
  redundancy?: number;
  /** Concepts given to the solver, heaviest first. Default 150. */
  maxConcepts?: number;
  /** Candidates given to the solver, best-ranked first. Default 60. */
  poolSize?: number;
  /** Which of the candidates given to the solver tell background rather than news (see findBackground). */
  background?: (candidates: readonly RankedSentence[]) => ReadonlySet<RankedSentence>;
  /**
   * What each candidate given to the solver needs chosen with it: per need, the candidates of which
   * one must be (a person named by surname alone needs a sentence that names them in full: see
   * findIntroductions; a need with no candidate asks nothing). Asked for only when the best
   * summary without them leaves a need unmet.
   */
  introductions?: (candidates: readonly RankedSentence[]) => ReadonlyMap<RankedSentence, readonly RankedSentence[][]>;
  /** What a background sentence's relevance loses per word, on the ranking score's scale (the best has 1). Default 1. */
  backgroundPenalty?: number;
  /**
   * What each word of a chosen sentence is worth of itself, on the ranking score's scale, added to
   * its relevance. Default 0 from 100 words up, rising to 1 at 50 words and below.
   */
  wordValue?: number;
}

/** Concepts given to the solver, heaviest first. */
const MAX_CONCEPTS = 150;
/** Below this many words, relevance weighs more the smaller the budget (see selectSummary). */
const SHORTEST_PLAIN_BUDGET = 100;
/** Budgets up to this many words hold only a few sentences (about 8 of news length). */
const SHORT_SUMMARY_WORDS = 150;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Chooses the whole summary at once: the set of sentences, within the word budget, that covers the
 * most weighted concepts (content-word bigrams weighted by the number of independent sources that
 * use them; near-duplicates count once), each concept counted once however many chosen sentences
 * repeat it, plus each sentence's own relevance. This is Gillick & Favre's concept ILP (ICSISumm,
 * 2009), solved exactly by HiGHS; redundancy needs no separate penalty because a repeated concept
 * adds nothing.
 */
export async function selectSummary(
  ranked: readonly RankedSentence[],
  options: SelectSummaryOptions,
): Promise<RankedSentence[]> {
  const eligible = ranked
    .filter((candidate) => !options.exclude?.has(candidate))
    .filter((candidate) => wordCount(candidate.item.sentence.text) <= options.words)
    .slice(0, options.poolSize ?? 60);
  if (options.lede && !eligible.includes(options.lede) && wordCount(options.lede.item.sentence.text) <= options.words)
    eligible.push(options.lede);
  // A sentence that leans on the one before it comes only with it (and that one with its own).
  const inPool = new Set(eligible);
  const standing = (candidate: RankedSentence): boolean =>
    candidate.follows === null || (inPool.has(candidate.follows) && standing(candidate.follows));
  const pool = eligible.filter(standing);
  if (pool.length === 0) {
    // Nothing fits the budget: the best short sentence still gives the story a summary.
    const shortest = [...ranked]
      .filter((candidate) => !options.exclude?.has(candidate))
      .sort((a, b) => wordCount(a.item.sentence.text) - wordCount(b.item.sentence.text))[0];
    return shortest ? [shortest] : [];
  }
  // The heaviest concepts decide a summary; the long tail only slows the solver (ICSISumm prunes
  // rare concepts the same way).
  const conceptWeights = new Map<string, number>();
  for (const candidate of pool) {
    for (const [concept, weight] of candidate.concepts)
      if (!options.covered?.has(concept)) conceptWeights.set(concept, weight);
  }
  const kept = [...conceptWeights].sort((a, b) => b[1] - a[1]).slice(0, options.maxConcepts ?? MAX_CONCEPTS);
  const conceptIndex = new Map(kept.map(([concept], index) => [concept, index]));
  const weights = kept.map(([, weight]) => weight);
  // Each independent source is a concept too (Lin & Bilmes' diversity reward, in its linear form):
  // a summary that gives every outlet, and so every moment of a long story, a sentence is worth more.
  const sourceWeight = options.sourceWeight ?? 3;
  const concepts = pool.map((candidate) => {
    const indices: number[] = [];
    if (sourceWeight > 0) {
      const key = `source:${candidate.sourceKey}`;
      let index = conceptIndex.get(key);
      if (index === undefined) {
        index = weights.length;
        conceptIndex.set(key, index);
        weights.push(sourceWeight);
      }
      indices.push(index);
    }
    for (const concept of candidate.concepts.keys()) {
      const index = conceptIndex.get(concept);
      if (index !== undefined) indices.push(index);
    }
    return indices;
  });
  const lengths = pool.map((candidate) => wordCount(candidate.item.sentence.text));
  // Relevance counts per word, so what it adds fills the budget with the best-ranked text; the
  // default makes a word of the best sentence worth about a concept of two sources. Below 100 words
  // the summary is two or three sentences, and which ones the ranking picks decides it more than how
  // many concepts they cover: relevance weighs more as the budget shrinks. Multi-News dev R-1 at 50
  // words, tuning / confirmation half: 23.18 / 22.95 with 1.2, 23.47 / 23.46 with 2.4 (1.8: 23.49 /
  // 23.22); at 100 words 2.4 and 1.8 lost 0.40 and 0.22 on the confirmation half, so 100 words and
  // up keep 1.2; below 50 words nothing was measured, so it stays at 2.4.
  const relevanceWeight =
    options.relevanceWeight ?? 1.2 * Math.min(2, Math.max(1, SHORTEST_PLAIN_BUDGET / options.words));
  // A short summary holds a few sentences, and each should be one the other strong candidates agree
  // with: LexRank centrality among the candidates (Erkan & Radev 2004) joins their relevance. In a
  // longer summary covering more concepts matters more, and the term would pull in central sentences
  // that repeat each other. Centrality weighs as much as the ranking score (both top out at 1): the
  // two are different evidence of what the story is about (the articles' centroid and lead, the
  // candidates' agreement), and neither is known to be better. Multi-News dev, R-1 F1, tuning half
  // (stories 0–124) at 50/100/150/250/400 words with 0.5 at every length: −0.07/+0.30/+0.40/+0.09/−0.20;
  // confirmation half (125–249) at 50/100/150: +0.15/+0.42/+0.25. 1 instead of 0.5 at 50/100/150:
  // tuning +0.36/+0.20/+0.21, confirmation +0.21/+0.27/+0.39.
  const graphWeight = options.graphCentralityWeight ?? (options.words <= SHORT_SUMMARY_WORDS ? 1 : 0);
  const graph = graphWeight > 0 ? lexRankScores(pool.map((candidate) => candidate.item.sentence.text)) : [];
  const topGraph = Math.max(Number.MIN_VALUE, ...graph);
  // Background (a company's size, when someone took office) is short and full of the story's names,
  // so its concepts come cheap per word and it filled the budget's last words ahead of the news: its
  // relevance counts against it, and it comes in only for concepts no news sentence covers.
  // Only dated stories have any (see findBackground), so Multi-News dev's figures are unchanged.
  const background = options.background?.(pool) ?? new Set<RankedSentence>();
  const backgroundPenalty = options.backgroundPenalty ?? 1;
  // Below 100 words the summary is two or three sentences, and the words it leaves unused are news
  // it does not tell: each word is worth something of itself, so of two sets of sentences that rank
  // alike the one that fills the budget wins over one that stops a clause short (it rises from 0 at
  // 100 words to 1 at 50, as relevance does). Background earns nothing so: filling the last words is
  // what it must not do (above). Multi-News dev R-1 at 50 words, tuning / confirmation half: 23.34 /
  // 23.36 without, 23.48 / 23.60 with 1 (2: 23.73 / 23.46); at 100 words 1 gave 35.82 / 36.23 against
  // 35.85 / 36.03, no help to the tuning half, so 100 words and up keep none.
  const wordValue = options.wordValue ?? Math.min(1, Math.max(0, SHORTEST_PLAIN_BUDGET / options.words - 1));
  const bonuses = pool.map(
    (candidate, index) =>
      relevanceWeight *
      (candidate.score +
        graphWeight * ((graph[index] ?? 0) / topGraph) +
        (background.has(candidate) ? -backgroundPenalty : wordValue)) *
      (lengths[index] ?? 0),
  );
  const positions = new Map(pool.map((candidate, index) => [candidate, index]));
  const conflicts: Array<[number, number]> = [];
  // Two sentences saying nearly the same thing (the same wire copy in two outlets) are never both
  // chosen: their shared concepts count once anyway, but their relevance would count twice.
  const redundancy = options.redundancy ?? 0.4;
  for (let left = 0; left < pool.length; left += 1) {
    for (let right = left + 1; right < pool.length; right += 1) {
      if (pool[right]!.follows === pool[left] || pool[left]!.follows === pool[right]) continue;
      if (cosineSimilarity(pool[left]!.vector, pool[right]!.vector) > redundancy) conflicts.push([left, right]);
    }
  }
  for (const [older, newer] of options.conflicts ?? []) {
    const left = positions.get(older);
    const right = positions.get(newer);
    if (left !== undefined && right !== undefined) conflicts.push([left, right]);
  }
  const requires: Array<[number, number]> = [];
  pool.forEach((candidate, index) => {
    const required = candidate.follows ? positions.get(candidate.follows) : undefined;
    if (required !== undefined) requires.push([index, required]);
  });
  const requiresOneOf: Array<[number, number[]]> = [];
  for (const [dependent, list] of options.introductions?.(pool) ?? []) {
    const index = positions.get(dependent);
    // The lede opens the summary whatever it needs: nothing can come before it.
    if (index === undefined || dependent === options.lede) continue;
    for (const need of list) {
      const options = need.map((candidate) => positions.get(candidate)).filter((option) => option !== undefined);
      // No candidate names the person in full: leaving out every sentence that names them would
      // lose the story's news with them (Multi-News dev lost leads so), so the need asks nothing.
      if (options.length > 0) requiresOneOf.push([index, options]);
    }
  }
  const lede = options.lede ? positions.get(options.lede) : undefined;
  const problem = {
    requires,
    ...(lede !== undefined ? { forced: [lede] } : {}),
    lengths,
    concepts,
    weights,
    bonuses,
    budget: options.words,
    maxSentences: options.maxSentences,
    conflicts,
  };
  let chosen = await solveCoverage(problem);
  // The introductions are asked for only when the summary lacks one: every constraint moves the
  // solver's search, and a summary within its gap of the best would change where nothing was wrong.
  const picked = new Set(chosen);
  if (requiresOneOf.some(([dependent, list]) => picked.has(dependent) && !list.some((option) => picked.has(option)))) {
    const introduced = await solveCoverage({ ...problem, requiresOneOf });
    if (introduced.length > 0) chosen = introduced;
  }
  return chosen.map((index) => pool[index]!);
}
