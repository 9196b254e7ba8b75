import type { Article } from "../../model/index.js";
import { oncePerText } from "../../text/once-per-text.js";
import type { StoryFacts } from "../facts/extract-facts.js";
import { articleTimes } from "../select/times/index.js";
import type { ArticleSentence } from "./article-sentences.js";
import { isCorrectionArticle } from "./correction-notice.js";
import { continuesBrokenSentence, datelineEnd, editorialProblemOf } from "./editorial-problem.js";
import { independentSourceKey } from "./independent-source-key.js";
import { isPhotoCredit } from "./photo-caption.js";
import { porterStem } from "./porter-stem.js";
import {
  centroidOf,
  cosineSimilarity,
  cosineToOthers,
  type TermVector,
  termVectorsFromTerms,
  vectorNorm,
} from "./term-vectors.js";
import { withoutDateline } from "./without-dateline.js";
import { contentWords } from "./word-tokens.js";

/** A candidate evidence sentence with the signals that rank it. */
export interface RankedSentence {
  item: ArticleSentence;
  vector: TermVector;
  /** Independent-source key of its article (near-duplicates share their original's key). */
  sourceKey: string;
  /**
   * Cosine to the centroid of the other independent articles (to the story centroid in a
   * single-source story), scaled so the best sentence has 1.
   */
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
   * Equal texts share one map, as they share `vector`: never changed.
   */
  concepts: Map<string, number>;
  /** Index of the sentence in `facts.sentences`. */
  index: number;
  /**
   * The sentence this one needs right before it (its predecessor in the article), for a sentence
   * that leans on the one before ("However, …", "He said …", a quotation whose speaker came just
   * before); null for a sentence that stands on its own.
   */
  follows: RankedSentence | null;
}

/** Editorial problems that the article's preceding sentence cures when it comes right before. */
const LEANS_ON_PREVIOUS: ReadonlySet<string> = new Set(["needs antecedent", "quote without speaker"]);

export interface RankEvidenceOptions {
  weights?: { centrality: number; lead: number; coverage: number; recency: number };
}

// Lead weighs more than centrality: each outlet puts its news first, and what every outlet repeats
// further down (tolls, background) is central without being the news. Multi-News dev, R-1 F1 at
// 100/250 words: 35.23/46.21 with 0.45/0.3, 35.44/46.41 with 0.35/0.5.
const DEFAULT_WEIGHTS = { centrality: 0.35, lead: 0.5, coverage: 0.15, recency: 0.1 };
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
  // Rewrites repeat sentences: each text is tokenised and judged once (equal texts share a term list).
  const wordsOf = oncePerText(contentWords);
  const termLists = all.map((item) => wordsOf(item.sentence.text));
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
  const articleCentroids = new Map([...articleVectors].map(([id, list]) => [id, centroidOf(list)]));
  const centroid = centroidOf([...articleCentroids.values()]);
  // Centrality against what the other independent articles say: an article off the story's subject (a
  // page a scrape put in the wrong story, a sidebar) would otherwise count towards its own sentences'
  // centrality. Multi-News dev, first half (stories 0–124), R-1 F1 at 100/250/400 words:
  // 35.19/46.41/44.80 against the whole centroid, 35.39/46.62/44.98 against the others'.
  const centrality = cosineToOthers(articleCentroids, centroid);

  const orderIndex = new Map(facts.articleOrder.map((id, index) => [id, index]));
  // Recency only where the story has a known order (dates, or totals that grow): otherwise the
  // articles' order is how they were given, which says nothing about what is newer.
  const ordered = facts.articleOrder.length > 1 && articleTimes(articles, facts) !== null;
  const sourceCount = new Set(sourceKeys).size;
  const candidates: RankedSentence[] = [];
  // A story made only of fragments (a one-line brief) still gets a digest: then any sentence will do.
  const problemOf = editorialProblemOf(articles);
  // A correction's article ("Correction: …") is applied to the figures it corrects (see
  // findCorrectedFigures), not summarised: "The union's turnout figure of 64 percent was correct."
  const problems = all.map((item) =>
    item.article.duplicateOf && present.has(item.article.duplicateOf)
      ? "duplicate"
      : isCorrectionArticle(item.article)
        ? "correction"
        : problemOf(item.sentence.text),
  );
  // A sentence right before a piece that carries on a broken sentence lost words at the break; one
  // right before a photo's credit in its paragraph is the photo's caption.
  all.forEach((item, index) => {
    const next = all[index + 1];
    if (problems[index] !== null || next?.article !== item.article) return;
    if (continuesBrokenSentence(next.sentence.text)) problems[index] = "garbled";
    else if (
      isPhotoCredit(next.sentence.text) &&
      !item.article.text.slice(item.sentence.end, next.sentence.start).includes("\n")
    )
      problems[index] = "caption";
  });
  const anyUsable = problems.some((problem) => problem === null);
  // A sentence that only needs the one before it ("However, …", "He said …") may follow it, and only it.
  let previousArticle: Article | null = null;
  let previousCandidate: RankedSentence | null = null;
  const datelineEndOf = oncePerText(datelineEnd);
  all.forEach((original, index) => {
    const before = previousArticle === original.article ? previousCandidate : null;
    previousArticle = original.article;
    previousCandidate = null;
    if (original.article.duplicateOf && present.has(original.article.duplicateOf)) return;
    const problem = problems[index] ?? null;
    const dependent = problem !== null && LEANS_ON_PREVIOUS.has(problem);
    if (anyUsable ? problem !== null && !(dependent && before) : original.sentence.text.trim() === "") return;
    const vector = vectors[index]!;
    const item = withoutDateline(original, datelineEndOf);
    const candidate: RankedSentence = {
      item,
      vector,
      sourceKey: sourceKeys[index]!,
      centrality: centrality(vector, item.article.id),
      lead: 1 / Math.sqrt(item.position + 1),
      coverage: 0,
      recency: ordered ? (orderIndex.get(item.article.id) ?? 0) / (facts.articleOrder.length - 1) : 0,
      score: 0,
      concepts: new Map(),
      index,
      follows: dependent ? before : null,
    };
    candidates.push(candidate);
    previousCandidate = candidate;
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
    // Rewrites repeat sentences, and equal texts share one term list and one vector: the index holds
    // each distinct list once, and a sentence reads its list's dot product.
    const listOf = new Map<readonly string[], number>();
    const distinct: TermVector[] = [];
    const listIndex = termLists.map((terms, index) => {
      let at = listOf.get(terms);
      if (at === undefined) {
        at = distinct.length;
        listOf.set(terms, at);
        distinct.push(vectors[index]!);
      }
      return at;
    });
    const postings = buildPostings(distinct);
    const dots = new Float64Array(distinct.length);
    // Equal texts share a term list, so a vector and the sentences close to it: found once per list.
    const closeTo = new Map<readonly string[], number[]>();
    for (const candidate of corroborationPool) {
      const terms = termLists[candidate.index] ?? [];
      let close = closeTo.get(terms);
      if (!close) {
        const norm = vectorNorm(candidate.vector) || 1;
        dots.fill(0);
        for (const [term, value] of candidate.vector) {
          const list = postings.get(term);
          if (!list) continue;
          const scaled = value / norm;
          const { indices, weights: unitWeights } = list;
          for (let k = 0; k < indices.length; k += 1) dots[indices[k]!]! += scaled * unitWeights[k]!;
        }
        close = [];
        for (let other = 0; other < all.length; other += 1) if (dots[listIndex[other]!]! >= 0.2) close.push(other);
        closeTo.set(terms, close);
      }
      const supporting = new Set<string>();
      for (const other of close) if (sourceKeys[other] !== candidate.sourceKey) supporting.add(sourceKeys[other]!);
      candidate.coverage = supporting.size / (sourceCount - 1);
    }
  }
  const rewrites = all.map((item) => Boolean(item.article.duplicateOf && present.has(item.article.duplicateOf)));
  assignConcepts(candidates, termLists, sourceKeys, rewrites);
  for (const candidate of candidates) candidate.score += weights.coverage * candidate.coverage;
  return candidates.sort((a, b) => b.score - a.score);
}

/**
 * The concepts of a sentence (Gillick & Favre 2009): its stemmed content words and the bigrams of
 * consecutive content words. Unigrams carry the story's vocabulary, bigrams its facts.
 */
function conceptsOf(words: readonly string[], stemOf: (word: string) => string): string[] {
  const stems = words.map(stemOf);
  const concepts = new Set(stems);
  for (let index = 0; index + 1 < stems.length; index += 1) concepts.add(`${stems[index]} ${stems[index + 1]}`);
  return [...concepts];
}

/**
 * Weights each candidate's concepts by how many independent sources use them (near-duplicates
 * share their original's key, so a rewrite never counts twice), times log2(1 + how often the
 * independent articles use them: a rewrite's sentences are not counted again). Only concepts of at
 * least two sources count; in a single-source story, those used at least twice.
 */
function assignConcepts(
  candidates: RankedSentence[],
  termLists: readonly (readonly string[])[],
  sourceKeys: readonly string[],
  rewrites: readonly boolean[],
): void {
  const sourcesOf = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  const stems = new Map<string, string>();
  const stemOf = (word: string) => {
    let stem = stems.get(word);
    if (stem === undefined) {
      stem = porterStem(word);
      stems.set(word, stem);
    }
    return stem;
  };
  // Equal texts share their term list (see rankEvidence): their concepts are read once.
  const conceptsByTerms = new Map<readonly string[], string[]>();
  const conceptLists = termLists.map((terms) => {
    let concepts = conceptsByTerms.get(terms);
    if (!concepts) {
      concepts = conceptsOf(terms, stemOf);
      conceptsByTerms.set(terms, concepts);
    }
    return concepts;
  });
  // Each distinct list is counted once, with the sources that use it and how often the independent
  // articles do.
  const uses = new Map<readonly string[], { sources: Set<string>; count: number }>();
  conceptLists.forEach((concepts, index) => {
    let use = uses.get(concepts);
    if (!use) {
      use = { sources: new Set(), count: 0 };
      uses.set(concepts, use);
    }
    use.sources.add(sourceKeys[index] ?? "");
    if (!rewrites[index]) use.count += 1;
  });
  for (const [concepts, use] of uses) {
    for (const concept of concepts) {
      const sources = sourcesOf.get(concept);
      if (sources) for (const source of use.sources) sources.add(source);
      else sourcesOf.set(concept, new Set(use.sources));
      if (use.count > 0) counts.set(concept, (counts.get(concept) ?? 0) + use.count);
    }
  }
  const multiSource = new Set(sourceKeys).size > 1;
  // Equal texts share their weighted concepts as they share their vector (never changed).
  const weighted = new Map<readonly string[], Map<string, number>>();
  for (const candidate of candidates) {
    const concepts = conceptLists[candidate.index] ?? [];
    const known = weighted.get(concepts);
    if (known) {
      candidate.concepts = known;
      continue;
    }
    for (const concept of concepts) {
      const sources = sourcesOf.get(concept)?.size ?? 0;
      const frequency = counts.get(concept) ?? 0;
      const weight = multiSource ? (sources >= 2 ? sources : 0) : frequency >= 2 ? 1 : 0;
      if (weight > 0) candidate.concepts.set(concept, weight * Math.log2(1 + frequency));
    }
    weighted.set(concepts, candidate.concepts);
  }
}
