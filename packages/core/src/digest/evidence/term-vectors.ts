import { oncePerText } from "../../text/once-per-text.js";
import { contentWords } from "./word-tokens.js";

export type TermVector = Map<string, number>;

export interface TermVectors {
  vectors: TermVector[];
  idf: Map<string, number>;
}

/**
 * TF-IDF vectors for a set of texts, with the texts themselves as the document collection
 * (smoothed idf: log((1 + n) / (1 + df)) + 1, as in scikit-learn, so no term gets zero weight).
 */
export function buildTermVectors(
  texts: readonly string[],
  tokenize: (text: string) => string[] = contentWords,
): TermVectors {
  // Rewrites repeat sentences: each distinct text is tokenised once (equal texts share their terms).
  return termVectorsFromTerms(texts.map(oncePerText(tokenize)));
}

/** As buildTermVectors, from texts already split into terms. */
export function termVectorsFromTerms(termLists: readonly (readonly string[])[]): TermVectors {
  // Callers that read each text once hand equal texts the same list: each list is read once, counted
  // as the documents it stands for, and its vector built once (vectors are never changed).
  const documents = new Map<readonly string[], number>();
  for (const terms of termLists) documents.set(terms, (documents.get(terms) ?? 0) + 1);
  const documentFrequency = new Map<string, number>();
  for (const [terms, copies] of documents) {
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + copies);
  }
  const count = termLists.length;
  const idf = new Map<string, number>();
  for (const [term, frequency] of documentFrequency) idf.set(term, Math.log((1 + count) / (1 + frequency)) + 1);
  const built = new Map<readonly string[], TermVector>();
  const vectors = termLists.map((terms) => {
    const known = built.get(terms);
    if (known) return known;
    const vector: TermVector = new Map();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    for (const [term, frequency] of vector) vector.set(term, frequency * (idf.get(term) ?? 0));
    built.set(terms, vector);
    return vector;
  });
  return { vectors, idf };
}

// Vectors are not changed after they are built, so their norms are computed once.
const norms = new WeakMap<TermVector, number>();

export function vectorNorm(vector: TermVector): number {
  const cached = norms.get(vector);
  if (cached !== undefined) return cached;
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  const norm = Math.sqrt(sum);
  norms.set(vector, norm);
  return norm;
}

// The similarities below are asked tens of thousands of times a digest (every pair of candidates):
// they walk a vector with forEach, since a for…of over a Map's entries allocates a pair per term.

export function cosineSimilarity(left: TermVector, right: TermVector): number {
  const small = left.size <= right.size ? left : right;
  const large = small === left ? right : left;
  let dot = 0;
  small.forEach((value, term) => {
    const other = large.get(term);
    if (other !== undefined) dot += value * other;
  });
  if (dot === 0) return 0;
  return dot / (vectorNorm(left) * vectorNorm(right));
}

/** The mean of the vectors: the "centroid" of a story. */
export function centroidOf(vectors: readonly TermVector[]): TermVector {
  const centroid: TermVector = new Map();
  for (const vector of vectors) {
    vector.forEach((value, term) => {
      centroid.set(term, (centroid.get(term) ?? 0) + value);
    });
  }
  const count = Math.max(1, vectors.length);
  centroid.forEach((value, term) => {
    centroid.set(term, value / count);
  });
  return centroid;
}

/**
 * Cosine of a vector to the centroid of the other groups (articles) than its own: what the rest of a
 * story says. The others' centroid is (n·C − own)/(n − 1), so its dot products and norm come from the
 * centroid C of all groups and the group's own centroid, without building it per group. For a group
 * not in `groupCentroids`, or when there is only one group, the cosine to C.
 */
export function cosineToOthers(
  groupCentroids: ReadonlyMap<string, TermVector>,
  centroid: TermVector,
): (vector: TermVector, group: string) => number {
  const count = groupCentroids.size;
  const centroidNorm = vectorNorm(centroid);
  const others = new Map<string, { own: TermVector; norm: number }>();
  if (count >= 2) {
    for (const [group, own] of groupCentroids) {
      const ownNorm = vectorNorm(own);
      const squared =
        (count * count * centroidNorm * centroidNorm - 2 * count * dotProduct(centroid, own) + ownNorm * ownNorm) /
        ((count - 1) * (count - 1));
      others.set(group, { own, norm: Math.sqrt(Math.max(0, squared)) });
    }
  }
  return (vector, group) => {
    const rest = others.get(group);
    if (!rest) return cosineSimilarity(vector, centroid);
    const norm = vectorNorm(vector) * rest.norm;
    if (norm === 0) return 0;
    return (count * dotProduct(vector, centroid) - dotProduct(vector, rest.own)) / (count - 1) / norm;
  };
}

function dotProduct(left: TermVector, right: TermVector): number {
  const small = left.size <= right.size ? left : right;
  const large = small === left ? right : left;
  let sum = 0;
  small.forEach((value, term) => {
    sum += value * (large.get(term) ?? 0);
  });
  return sum;
}
