import type { Article } from "../../model/index.js";
import type { StoryFacts } from "../facts/extract-facts.js";
import { type ArticleSentence, independentSourceKey } from "./article-sentences.js";
import { isUsableSentence } from "./is-usable-sentence.js";
import { centroidOf, cosineSimilarity, type TermVector, termVectorsFromTerms, vectorNorm } from "./term-vectors.js";
import { contentWords } from "./word-tokens.js";

/** A candidate evidence sentence with the signals that rank it. */
export interface RankedSentence {
  item: ArticleSentence;
  vector: TermVector;
  /** Independent-source key of its article (near-duplicates share their original's key). */
  sourceKey: string;
  /** Cosine to the story centroid, scaled so the best sentence has 1. */
  centrality: number;
  /** Lead bias: news puts the essentials first. */
  lead: number;
  /** Share of the other independent sources that say something close to it. */
  coverage: number;
  /** 0 for the oldest article, 1 for the newest. */
  recency: number;
  score: number;
  /**
   * Weighted concepts the sentence covers: content-word bigrams that several independent sources
   * use (Gillick & Favre 2009), weight = number of sources. Selection maximises their coverage.
   */
  concepts: Map<string, number>;
  /** Index of the sentence in `facts.sentences`. */
  index: number;
}

export interface RankEvidenceOptions {
  weights?: { centrality: number; lead: number; coverage: number; recency: number };
}

const DEFAULT_WEIGHTS = { centrality: 0.45, lead: 0.3, coverage: 0.15, recency: 0.1 };
const CORROBORATION_POOL = 300;

function buildPostings(vectors: readonly TermVector[]): Map<string, { indices: Int32Array; weights: Float64Array }> {
  const lists = new Map<string, { indices: number[]; weights: number[] }>();
  vectors.forEach((vector, index) => {
    const norm = vectorNorm(vector) || 1;
    for (const [term, value] of vector) {
      let list = lists.get(term);
      if (!list) {
        list = { indices: [], weights: [] };
        lists.set(term, list);
      }
      list.indices.push(index);
      list.weights.push(value / norm);
    }
  });
  const postings = new Map<string, { indices: Int32Array; weights: Float64Array }>();
  for (const [term, list] of lists)
    postings.set(term, { indices: Int32Array.from(list.indices), weights: Float64Array.from(list.weights) });
  return postings;
}

/**
 * Scores every usable sentence of a story. Centroid + position + corroboration is the combination
 * that beats LexRank on DUC-style multi-document news (Radev et al. 2004, MEAD); redundancy is
 * handled at selection time by MMR. Sentences of a near-duplicate are left out when its original
 * is in the story: the original says the same and is the source to cite.
 */
export function rankEvidence(
  articles: readonly Article[],
  facts: StoryFacts,
  options: RankEvidenceOptions = {},
): RankedSentence[] {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const byId = new Map(articles.map((article) => [article.id, article]));
  const present = new Set(articles.map((article) => article.id));
  const all = facts.sentences;
  const termLists = all.map((item) => contentWords(item.sentence.text));
  const { vectors } = termVectorsFromTerms(termLists);
  const sourceKeys = all.map((item) => independentSourceKey(item.article, byId));

  // The centroid of the independent articles, each weighted once whatever its length.
  const articleVectors = new Map<string, TermVector[]>();
  all.forEach((item, index) => {
    if (item.article.duplicateOf && present.has(item.article.duplicateOf)) return;
    const list = articleVectors.get(item.article.id);
    if (list) list.push(vectors[index]!);
    else articleVectors.set(item.article.id, [vectors[index]!]);
  });
  const centroid = centroidOf([...articleVectors.values()].map((list) => centroidOf(list)));

  const orderIndex = new Map(facts.articleOrder.map((id, index) => [id, index]));
  const sourceCount = new Set(sourceKeys).size;
  const candidates: RankedSentence[] = [];
  // A story made only of fragments (a one-line brief) still gets a digest: then any sentence will do.
  const anyUsable = all.some((item) => isUsableSentence(item.sentence.text));
  all.forEach((item, index) => {
    if (item.article.duplicateOf && present.has(item.article.duplicateOf)) return;
    if (anyUsable ? !isUsableSentence(item.sentence.text) : item.sentence.text.trim() === "") return;
    const vector = vectors[index]!;
    candidates.push({
      item,
      vector,
      sourceKey: sourceKeys[index]!,
      centrality: cosineSimilarity(vector, centroid),
      lead: 1 / Math.sqrt(item.position + 1),
      coverage: 0,
      recency:
        facts.articleOrder.length > 1 ? (orderIndex.get(item.article.id) ?? 0) / (facts.articleOrder.length - 1) : 0,
      score: 0,
      concepts: new Map(),
      index,
    });
  });
  const topCentrality = Math.max(1e-9, ...candidates.map((candidate) => candidate.centrality));
  for (const candidate of candidates) {
    candidate.centrality /= topCentrality;
    candidate.score =
      weights.centrality * candidate.centrality + weights.lead * candidate.lead + weights.recency * candidate.recency;
  }
  // Corroboration is the costly signal (all pairs), and with its small weight it cannot lift a
  // sentence from far down: it is computed for the best candidates only, through an inverted
  // index of unit vectors so only sentences sharing a term are touched.
  const corroborationPool = [...candidates].sort((a, b) => b.score - a.score).slice(0, CORROBORATION_POOL);
  if (sourceCount > 1 && corroborationPool.length > 0) {
    const postings = buildPostings(vectors);
    const dots = new Float64Array(all.length);
    for (const candidate of corroborationPool) {
      const norm = vectorNorm(candidate.vector) || 1;
      dots.fill(0);
      for (const [term, value] of candidate.vector) {
        const list = postings.get(term);
        if (!list) continue;
        const scaled = value / norm;
        const { indices, weights: unitWeights } = list;
        for (let k = 0; k < indices.length; k += 1) dots[indices[k]!]! += scaled * unitWeights[k]!;
      }
      const supporting = new Set<string>();
      for (let other = 0; other < all.length; other += 1) {
        if (dots[other]! >= 0.2 && sourceKeys[other] !== candidate.sourceKey) supporting.add(sourceKeys[other]!);
      }
      candidate.coverage = supporting.size / (sourceCount - 1);
    }
  }
  assignConcepts(candidates, termLists, sourceKeys);
  for (const candidate of candidates) candidate.score += weights.coverage * candidate.coverage;
  return candidates.sort((a, b) => b.score - a.score);
}

function bigramsOf(words: readonly string[]): string[] {
  const bigrams: string[] = [];
  for (let index = 0; index + 1 < words.length; index += 1) bigrams.push(`${words[index]} ${words[index + 1]}`);
  return bigrams;
}

/**
 * Concepts are bigrams found in at least two independent sources (or, for a single source, used
 * at least twice), weighted by how many sources use them.
 */
function assignConcepts(
  candidates: RankedSentence[],
  termLists: readonly (readonly string[])[],
  sourceKeys: readonly string[],
): void {
  const sourcesOf = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const bigramLists = termLists.map(bigramsOf);
  bigramLists.forEach((bigrams, index) => {
    const source = sourceKeys[index] ?? "";
    for (const bigram of bigrams) {
      const sources = sourcesOf.get(bigram);
      if (!sources) sourcesOf.set(bigram, [source]);
      else if (!sources.includes(source)) sources.push(source);
      counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
    }
  });
  const multiSource = new Set(sourceKeys).size > 1;
  for (const candidate of candidates) {
    for (const bigram of bigramLists[candidate.index] ?? []) {
      const weight = multiSource ? (sourcesOf.get(bigram)?.length ?? 0) : (counts.get(bigram) ?? 0);
      if (weight >= 2) candidate.concepts.set(bigram, weight);
    }
  }
}
