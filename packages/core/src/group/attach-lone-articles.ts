import type { SimilarityEdge } from "./cluster-average-link.js";
import type { SparseVector } from "./feature-space.js";
import { sampleMembers } from "./sample-members.js";
import { type TimeClue, type TimeFactorOptions, timeFactor } from "./time-factor.js";

export interface LoneArticleContext {
  vectors: ReadonlyArray<SparseVector | undefined>;
  times: ReadonlyArray<TimeClue | undefined>;
  edges: readonly SimilarityEdge[];
  options: TimeFactorOptions & { threshold: number };
  /** Pairs an editor split: a lone article never joins a group holding the other of its pair. */
  cannotLink: ReadonlyArray<readonly [number, number]>;
  /** An item's feature keys (`extractFeatures`): the names it carries are its `e:` keys. Asked only of lone articles and the members they are compared with (a story index rebuilds features on demand). */
  keysOf: (item: number) => readonly string[];
  /** A story id an item is pinned to (an editor's merge): such an item stays where the pin put it. */
  pinned: ReadonlyArray<string | null>;
}

/**
 * Puts each article the clustering left alone into the group it would be placed in one at a time
 * (`StoryIndex.add`): the group among its neighbours' whose members it is most similar to on average,
 * when that average reaches the threshold and it names what at least half of them name (a place, a
 * company, a person). The clustering averages over the kept edges only (weak edges are dropped for
 * speed and count 0), which leaves a story's side piece (the evacuees' shelter, the shops reopening,
 * how the crowd was counted), sharing the story's names but few of its words, just under the
 * threshold it actually clears; the average here is exact. The shared name keeps out a one-article
 * event of the same kind, which shares the kind's words but not the other event's names. Groups are
 * changed in place; returns them without the emptied singletons.
 */
export function attachLoneArticles(groups: number[][], context: LoneArticleContext): number[][] {
  const groupOf = new Map<number, number>();
  for (const [group, members] of groups.entries()) for (const item of members) groupOf.set(item, group);
  const neighbours = new Map<number, number[]>();
  for (const { a, b } of context.edges) {
    if (groups[groupOf.get(a) as number]?.length === 1) neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    if (groups[groupOf.get(b) as number]?.length === 1) neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const emptied = new Set<number>();
  // Sorted so the outcome never depends on the order edges came in.
  for (const item of [...neighbours.keys()].sort((x, y) => x - y)) {
    const own = groupOf.get(item) as number;
    if ((groups[own] as number[]).length !== 1 || context.pinned[item]) continue;
    const vector = context.vectors[item];
    if (!vector) continue;
    const blocked = new Set(
      context.cannotLink
        .flatMap(([a, b]) => (a === item ? [b] : b === item ? [a] : []))
        .map((other) => groupOf.get(other)),
    );
    let best = -1;
    let bestScore = context.options.threshold;
    for (const group of new Set((neighbours.get(item) ?? []).map((other) => groupOf.get(other) as number))) {
      const members = groups[group] as number[];
      // Two lone articles are a pair the clustering already weighed on their one edge.
      if (group === own || members.length < 2 || blocked.has(group)) continue;
      const scored = sampleMembers(members);
      const score = averageSimilarity(item, vector, scored, context);
      if (score >= bestScore && namesWhatMostName(context.keysOf(item), scored, context)) {
        bestScore = score;
        best = group;
      }
    }
    if (best < 0) continue;
    (groups[best] as number[]).push(item);
    groups[own] = [];
    groupOf.set(item, best);
    emptied.add(own);
  }
  return emptied.size === 0 ? groups : groups.filter((_, group) => !emptied.has(group));
}

function namesWhatMostName(keys: readonly string[], members: readonly number[], context: LoneArticleContext): boolean {
  const names = new Set(keys.filter((key) => key.startsWith("e:")));
  if (names.size === 0) return false;
  const holders = new Map<string, number>();
  for (const member of members)
    for (const key of context.keysOf(member)) if (names.has(key)) holders.set(key, (holders.get(key) ?? 0) + 1);
  return [...holders.values()].some((count) => count * 2 >= members.length);
}

function averageSimilarity(
  item: number,
  vector: SparseVector,
  scored: readonly number[],
  context: LoneArticleContext,
): number {
  const weights = new Map<number, number>();
  for (let i = 0; i < vector.ids.length; i++) weights.set(vector.ids[i] as number, vector.weights[i] as number);
  const time = context.times[item] as TimeClue;
  let sum = 0;
  for (const member of scored) {
    const other = context.vectors[member] as SparseVector;
    let dot = 0;
    for (let i = 0; i < other.ids.length; i++)
      dot += (weights.get(other.ids[i] as number) ?? 0) * (other.weights[i] as number);
    sum += dot * timeFactor(time, context.times[member] as TimeClue, context.options);
  }
  return sum / scored.length;
}
