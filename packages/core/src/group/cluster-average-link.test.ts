import { describe, expect, it } from "vitest";
import { clusterAverageLink, type SimilarityEdge } from "./cluster-average-link.js";

/** Two triangles (0–2 and 3–5), each held together by `inner`, joined by `cross` on the given pairs. */
function twoTriangles(inner: number, cross: number, crossPairs: Array<[number, number]>): SimilarityEdge[] {
  const edges: SimilarityEdge[] = [];
  for (const base of [0, 3])
    for (const [a, b] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const)
      edges.push({ a: base + a, b: base + b, similarity: inner });
  for (const [a, b] of crossPairs) edges.push({ a, b, similarity: cross });
  return edges;
}

const allCrossPairs = [0, 1, 2].flatMap((a) => [3, 4, 5].map((b): [number, number] => [a, b]));
const separation = { share: 0.5, minSize: 3 };
const groups = (clusters: number[]) => new Set(clusters).size;

describe("clusterAverageLink", () => {
  it("merges two groups whose average link clears the threshold", () => {
    const edges = twoTriangles(0.6, 0.2, allCrossPairs);
    expect(groups(clusterAverageLink({ size: 6, edges, threshold: 0.1 }))).toBe(1);
  });

  it("keeps two tight groups apart when the links between them are under the share of those within", () => {
    const edges = twoTriangles(0.6, 0.2, allCrossPairs);
    const clusters = clusterAverageLink({ size: 6, edges, threshold: 0.1, separation });
    expect(clusters.slice(0, 3).every((cluster) => cluster === clusters[0])).toBe(true);
    expect(clusters.slice(3).every((cluster) => cluster === clusters[3])).toBe(true);
    expect(clusters[0]).not.toBe(clusters[3]);
  });

  it("judges the links there are, not the pairs without one: a few strong links still merge", () => {
    // Three of nine pairs linked at 0.5: their average over all pairs (0.17) is far under the inner
    // 0.6, but each link is as strong as an event's own; a sparser neighbour list must not split it.
    const edges = twoTriangles(0.6, 0.5, [
      [0, 3],
      [1, 4],
      [2, 5],
    ]);
    expect(groups(clusterAverageLink({ size: 6, edges, threshold: 0.1, separation }))).toBe(1);
  });

  it("leaves groups smaller than the minimum size to the average alone", () => {
    const edges = twoTriangles(0.6, 0.2, allCrossPairs);
    expect(groups(clusterAverageLink({ size: 6, edges, threshold: 0.1, separation: { share: 0.5, minSize: 4 } }))).toBe(
      1,
    );
  });
});
