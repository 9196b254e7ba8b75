/** A similarity between two items (indices into the item list). */
export interface SimilarityEdge {
  a: number;
  b: number;
  similarity: number;
}

export interface AverageLinkInput {
  size: number;
  edges: SimilarityEdge[];
  /** Stop merging when the best average similarity falls below this. */
  threshold: number;
  /** Groups of items that must end together (near-duplicates, articles pinned to one story). */
  mustLink?: number[][];
  /** Pairs of items that must never end together (an editor split them). */
  cannotLink?: Array<[number, number]>;
  /** A story id an item is pinned to: two clusters pinned to different ids never merge. */
  pinned?: Array<string | null>;
  /**
   * Two clusters of at least `minSize` members merge only while their average cross similarity is at
   * least `share` of the lower of their inner averages: two tight groups joined by a weak link are two
   * events, however far above the threshold that link is.
   */
  separation?: { share: number; minSize: number };
}

/**
 * Average-link agglomerative clustering over a sparse similarity graph: pairs without an edge count as
 * similarity 0, so two clusters merge only if their members are similar on average, which stops the
 * chaining that single-link (union-find over edges) suffers from. Near-linear in the number of edges:
 * merged neighbour maps and a lazily invalidated heap. Returns a cluster number per item.
 */
export function clusterAverageLink(input: AverageLinkInput): number[] {
  const { size, threshold } = input;
  const parent = Array.from({ length: size }, (_, index) => index);
  const find = (item: number): number => {
    let root = item;
    while (parent[root] !== root) root = parent[root] as number;
    let current = item;
    while (parent[current] !== root) {
      const next = parent[current] as number;
      parent[current] = root;
      current = next;
    }
    return root;
  };

  const members = new Array<number>(size).fill(1);
  /** Per cluster root, the sum of the similarity edges inside it, and how many edges that is. */
  const inner = new Float64Array(size);
  const innerLinks = new Int32Array(size);
  const innerAverage = (root: number) =>
    (innerLinks[root] as number) === 0 ? 0 : (inner[root] as number) / (innerLinks[root] as number);
  const rule = input.separation?.share ? input.separation : undefined;
  // With a separation rule, edges are counted between clusters when two meet: each item's edges (in
  // flat typed arrays) and each cluster's members (a linked list through `nextMember`, the root first),
  // a few bytes an item where a second map per cluster held ten times as much.
  const edgeStart = new Int32Array(rule ? size + 1 : 0);
  const edgeEnd = new Int32Array(rule ? input.edges.length * 2 : 0);
  const nextMember = new Int32Array(rule ? size : 0).fill(-1);
  const lastMember = rule ? Int32Array.from({ length: size }, (_, item) => item) : new Int32Array(0);
  if (rule) {
    for (const { a, b } of input.edges) {
      edgeStart[a + 1] = (edgeStart[a + 1] as number) + 1;
      edgeStart[b + 1] = (edgeStart[b + 1] as number) + 1;
    }
    for (let item = 0; item < size; item++)
      edgeStart[item + 1] = (edgeStart[item + 1] as number) + (edgeStart[item] as number);
    const filled = edgeStart.slice(0, size);
    for (const { a, b } of input.edges) {
      edgeEnd[filled[a] as number] = b;
      filled[a] = (filled[a] as number) + 1;
      edgeEnd[filled[b] as number] = a;
      filled[b] = (filled[b] as number) + 1;
    }
  }
  /** How many edges join two clusters, walking the smaller one's members. */
  const linksBetween = (rootA: number, rootB: number): number => {
    const [small, other] = (members[rootA] as number) <= (members[rootB] as number) ? [rootA, rootB] : [rootB, rootA];
    let count = 0;
    for (let item = small; item !== -1; item = nextMember[item] as number)
      for (let edge = edgeStart[item] as number; edge < (edgeStart[item + 1] as number); edge++)
        if (find(edgeEnd[edge] as number) === other) count++;
    return count;
  };
  const pins: Array<string | null> = input.pinned ? [...input.pinned] : new Array<string | null>(size).fill(null);
  const forbidden: Array<number[] | undefined> = new Array(size);
  const forbid = (item: number, partners: readonly number[]) => {
    const list = forbidden[item] ?? [];
    for (const partner of partners) list.push(partner);
    forbidden[item] = list;
  };
  for (const [a, b] of input.cannotLink ?? []) {
    forbid(a, [b]);
    forbid(b, [a]);
  }
  const canMerge = (rootA: number, rootB: number): boolean => {
    const pinA = pins[rootA];
    const pinB = pins[rootB];
    if (pinA && pinB && pinA !== pinB) return false;
    const [small, other] =
      (forbidden[rootA]?.length ?? 0) < (forbidden[rootB]?.length ?? 0) ? [rootA, rootB] : [rootB, rootA];
    for (const item of forbidden[small] ?? []) if (find(item) === other) return false;
    return true;
  };

  /** Whether a merge joins two sizeable clusters more weakly than the rule allows. */
  const separated = (rootA: number, rootB: number, average: number, crossLinks: number): boolean => {
    if (!rule || (members[rootA] as number) < rule.minSize || (members[rootB] as number) < rule.minSize) return false;
    // Averages over the edges there are: the neighbour lists leave out more pairs in a denser collection.
    const cross =
      crossLinks === 0 ? 0 : (average * (members[rootA] as number) * (members[rootB] as number)) / crossLinks;
    return cross < rule.share * Math.min(innerAverage(rootA), innerAverage(rootB));
  };

  const neighbours: Array<Map<number, number>> = Array.from({ length: size }, () => new Map());
  const version = new Int32Array(size);
  const absorb = (into: number, from: number) => {
    parent[from] = into;
    members[into] = (members[into] as number) + (members[from] as number);
    pins[into] = pins[into] ?? pins[from] ?? null;
    const forbiddenFrom = forbidden[from];
    if (forbiddenFrom) forbid(into, forbiddenFrom);
    forbidden[from] = undefined;
    const mapInto = neighbours[into] as Map<number, number>;
    const mapFrom = neighbours[from] as Map<number, number>;
    inner[into] = (inner[into] as number) + (inner[from] as number) + (mapInto.get(from) ?? 0);
    innerLinks[into] = (innerLinks[into] as number) + (innerLinks[from] as number);
    if (rule) {
      nextMember[lastMember[into] as number] = from;
      lastMember[into] = lastMember[from] as number;
    }
    for (const [other, sum] of mapFrom) {
      if (other === into) continue;
      mapInto.set(other, (mapInto.get(other) ?? 0) + sum);
      const otherMap = neighbours[other] as Map<number, number>;
      otherMap.set(into, (otherMap.get(into) ?? 0) + sum);
      otherMap.delete(from);
    }
    mapInto.delete(from);
    mapFrom.clear();
    version[into] = (version[into] as number) + 1;
    version[from] = (version[from] as number) + 1;
  };

  // Must-links first: they are constraints, not decisions. Conflicting pins inside a group keep the first.
  for (const group of input.mustLink ?? []) {
    const [first, ...rest] = group;
    if (first === undefined) continue;
    for (const item of rest) {
      const rootA = find(first);
      const rootB = find(item);
      if (rootA !== rootB) absorbEdgesLater(rootA, rootB);
    }
  }
  function absorbEdgesLater(rootA: number, rootB: number) {
    // No edges are loaded yet, so absorbing only moves counts, pins and forbidden lists.
    const [into, from] = (members[rootA] as number) >= (members[rootB] as number) ? [rootA, rootB] : [rootB, rootA];
    absorb(into, from);
  }

  for (const { a, b, similarity } of input.edges) {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA === rootB) {
      inner[rootA] = (inner[rootA] as number) + similarity;
      innerLinks[rootA] = (innerLinks[rootA] as number) + 1;
      continue;
    }
    const mapA = neighbours[rootA] as Map<number, number>;
    const mapB = neighbours[rootB] as Map<number, number>;
    mapA.set(rootB, (mapA.get(rootB) ?? 0) + similarity);
    mapB.set(rootA, (mapB.get(rootA) ?? 0) + similarity);
  }

  const heap = new MaxHeap();
  const push = (a: number, b: number, sum: number) => {
    const average = sum / ((members[a] as number) * (members[b] as number));
    if (average >= threshold) heap.push(average, a, b, version[a] as number, version[b] as number);
  };
  for (let root = 0; root < size; root++) {
    if (find(root) !== root) continue;
    for (const [other, sum] of neighbours[root] as Map<number, number>) if (root < other) push(root, other, sum);
  }

  while (heap.size > 0) {
    const entry = heap.pop();
    if (version[entry.a] !== entry.versionA || version[entry.b] !== entry.versionB) continue;
    if (find(entry.a) !== entry.a || find(entry.b) !== entry.b) continue;
    if (!canMerge(entry.a, entry.b)) continue;
    const crossLinks = rule ? linksBetween(entry.a, entry.b) : 0;
    if (separated(entry.a, entry.b, entry.score, crossLinks)) continue;
    const [into, from] =
      (neighbours[entry.a] as Map<number, number>).size >= (neighbours[entry.b] as Map<number, number>).size
        ? [entry.a, entry.b]
        : [entry.b, entry.a];
    absorb(into, from);
    innerLinks[into] = (innerLinks[into] as number) + crossLinks;
    for (const [other, sum] of neighbours[into] as Map<number, number>) push(into, other, sum);
  }

  return Array.from({ length: size }, (_, item) => find(item));
}

/** A binary max-heap of candidate merges, in parallel arrays to keep millions of entries cheap. */
class MaxHeap {
  private scores: number[] = [];
  private pairs: number[] = [];
  private versions: number[] = [];

  get size(): number {
    return this.scores.length;
  }

  push(score: number, a: number, b: number, versionA: number, versionB: number): void {
    this.scores.push(score);
    this.pairs.push(a, b);
    this.versions.push(versionA, versionB);
    let index = this.scores.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if ((this.scores[parent] as number) >= score) break;
      this.swap(index, parent);
      index = parent;
    }
  }

  pop(): { score: number; a: number; b: number; versionA: number; versionB: number } {
    const top = {
      score: this.scores[0] as number,
      a: this.pairs[0] as number,
      b: this.pairs[1] as number,
      versionA: this.versions[0] as number,
      versionB: this.versions[1] as number,
    };
    const last = this.scores.length - 1;
    this.swap(0, last);
    this.scores.pop();
    this.pairs.length -= 2;
    this.versions.length -= 2;
    let index = 0;
    const length = this.scores.length;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let largest = index;
      if (left < length && (this.scores[left] as number) > (this.scores[largest] as number)) largest = left;
      if (right < length && (this.scores[right] as number) > (this.scores[largest] as number)) largest = right;
      if (largest === index) break;
      this.swap(index, largest);
      index = largest;
    }
    return top;
  }

  private swap(i: number, j: number): void {
    swapIn(this.scores, i, j);
    swapIn(this.pairs, 2 * i, 2 * j);
    swapIn(this.pairs, 2 * i + 1, 2 * j + 1);
    swapIn(this.versions, 2 * i, 2 * j);
    swapIn(this.versions, 2 * i + 1, 2 * j + 1);
  }
}

function swapIn(array: number[], i: number, j: number): void {
  const value = array[i] as number;
  array[i] = array[j] as number;
  array[j] = value;
}
