import { CandidateIndex } from "./candidate-index.js";
import { clusterAverageLink } from "./cluster-average-link.js";
import type { ArticleFeatures } from "./extract-features.js";
import { FeatureSpace } from "./feature-space.js";
import type { GroupingOptions } from "./grouping-options.js";
import { type TimeClue, timeFactor } from "./time-factor.js";

/**
 * Second look at one cluster: weighs features by how rare they are *inside the cluster*, so the words
 * every member shares (the topic: "rehab", "pirates", "Klitschko") stop counting and what tells two
 * similar events apart (other names, dates, figures) decides. Returns the members in sub-groups.
 */
export function splitByLocalContrast(
  features: ArticleFeatures[],
  times: TimeClue[],
  options: GroupingOptions,
  constraints: { mustLink: number[][]; cannotLink: Array<[number, number]>; pinned: Array<string | null> },
): number[][] {
  const size = features.length;
  const space = new FeatureSpace(options.weights);
  const ids = features.map((item) => space.addDocument(item));
  const vectors = features.map((item, index) => {
    // A feature only one member has cannot pull two members together; it only dilutes the others.
    const itemIds = ids[index] as Int32Array;
    const keep = (_: unknown, position: number) => space.documentFrequency(itemIds[position] as number) > 1;
    return space.vectorize({ counts: item.counts.filter(keep) }, itemIds.filter(keep));
  });
  const index = new CandidateIndex();
  for (const vector of vectors) index.add(vector, size);
  const edges = [];
  for (let item = 0; item < size; item++) {
    const others = Array.from({ length: item }, (_, other) => other);
    for (const { index: other, similarity } of index.score(vectors[item] as never, others)) {
      const weighted = similarity * timeFactor(times[item] as TimeClue, times[other] as TimeClue, options);
      if (weighted > 0) edges.push({ a: other, b: item, similarity: weighted });
    }
  }
  const clusters = clusterAverageLink({ size, edges, threshold: options.localThreshold, ...constraints });
  const groups = new Map<number, number[]>();
  for (const [item, cluster] of clusters.entries()) groups.set(cluster, [...(groups.get(cluster) ?? []), item]);
  // Only sizeable parts count as separate events; stragglers return to the part they resemble most.
  const parts = [...groups.values()];
  const kept = parts.filter((part) => part.length >= options.minPartSize);
  if (kept.length <= 1 && constraints.cannotLink.length === 0) return [Array.from({ length: size }, (_, item) => item)];
  const similarity = new Map(edges.map((edge) => [edge.a * size + edge.b, edge.similarity]));
  const pairSimilarity = (a: number, b: number) => similarity.get(Math.min(a, b) * size + Math.max(a, b)) ?? 0;
  const average = (partA: number[], partB: number[]) => {
    let sum = 0;
    let pairs = 0;
    for (const a of partA) {
      for (const b of partB) {
        if (a === b) continue;
        sum += pairSimilarity(a, b);
        pairs++;
      }
    }
    return pairs === 0 ? 0 : sum / pairs;
  };
  const compatible = (partA: number[], partB: number[]) => {
    const pinA = partA.map((item) => constraints.pinned[item]).find(Boolean);
    const pinB = partB.map((item) => constraints.pinned[item]).find(Boolean);
    if (pinA && pinB && pinA !== pinB) return false;
    const inA = new Set(partA);
    const inB = new Set(partB);
    return !constraints.cannotLink.some(([a, b]) => (inA.has(a) && inB.has(b)) || (inA.has(b) && inB.has(a)));
  };

  const result = kept.length > 0 ? kept : [parts[0] as number[]];
  for (const part of parts) {
    if (result.includes(part)) continue;
    let best: number[] | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const candidate of result) {
      const score = average(part, candidate);
      if (score > bestScore && compatible(part, candidate)) {
        bestScore = score;
        best = candidate;
      }
    }
    if (best) best.push(...part);
    else result.push(part);
  }

  // A split stands only if the parts are clearly further apart than their members are from each other:
  // merge back the closest pair while their cross similarity is a large share of their inner similarity.
  for (;;) {
    let bestPair: [number, number] | undefined;
    let bestRatio = options.separation;
    for (let a = 0; a < result.length; a++) {
      for (let b = a + 1; b < result.length; b++) {
        const partA = result[a] as number[];
        const partB = result[b] as number[];
        const inner = Math.min(average(partA, partA), average(partB, partB));
        const ratio = inner > 0 ? average(partA, partB) / inner : 1;
        if (ratio >= bestRatio && compatible(partA, partB)) {
          bestRatio = ratio;
          bestPair = [a, b];
        }
      }
    }
    if (!bestPair) break;
    const [a, b] = bestPair;
    (result[a] as number[]).push(...(result[b] as number[]));
    result.splice(b, 1);
  }
  return result;
}
