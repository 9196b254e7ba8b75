import type { SparseVector } from "./feature-space.js";

export interface Neighbour {
  index: number;
  /** Cosine similarity of the two vectors. */
  similarity: number;
}

/**
 * An inverted index over article vectors that finds an article's most similar neighbours without
 * comparing it with everything: candidates come from the posting lists of its rarer features, then
 * only the best few are scored exactly. Posting lists longer than the limit (common words) are skipped.
 */
export class CandidateIndex {
  private readonly postings: number[][] = [];
  /** The feature's weight in each posted vector, as it was when posted: good enough to rank candidates. */
  private readonly postingWeights: number[][] = [];
  private readonly stored: Array<SparseVector | undefined> = [];
  /** Indices of removed vectors, given to the next ones added, so the arrays never outgrow the most held at once. */
  private readonly freeIndices: number[] = [];
  private scores = new Float64Array(1024);
  private query = new Float64Array(1024);

  get size(): number {
    return this.stored.length - this.freeIndices.length;
  }

  /** Every index's vector; removed indices hold none. */
  get vectors(): ReadonlyArray<SparseVector | undefined> {
    return this.stored;
  }

  vector(index: number): SparseVector {
    const vector = this.stored[index];
    if (!vector) throw new Error(`no vector at ${index}`);
    return vector;
  }

  /** Replaces a stored vector (after idf drift) without touching posting lists. */
  replace(index: number, vector: SparseVector): void {
    this.stored[index] = vector;
  }

  /**
   * Adds a vector under a free index (a removed one's, else the next); `postingLimit` stops growing
   * lists nobody will read.
   */
  add(vector: SparseVector, postingLimit: number): number {
    const index = this.freeIndices.pop() ?? this.stored.length;
    this.stored[index] = vector;
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i] as number;
      let list = this.postings[id];
      let weights = this.postingWeights[id];
      if (!list || !weights) {
        list = [];
        weights = [];
        this.postings[id] = list;
        this.postingWeights[id] = weights;
      }
      if (list.length <= postingLimit * 2) {
        list.push(index);
        weights.push(vector.weights[i] as number);
      }
    }
    if (index >= this.scores.length) this.scores = grow(this.scores, index + 1);
    return index;
  }

  /**
   * Removes vectors and their postings; their indices are reused by later adds. Each posting list
   * they were in is filtered once, however many of them it held.
   */
  remove(indices: readonly number[]): void {
    const removed = new Set(indices);
    const lists = new Set<number>();
    for (const index of removed) for (const id of this.vector(index).ids) lists.add(id);
    for (const id of lists) {
      const list = this.postings[id];
      const weights = this.postingWeights[id];
      if (!list || !weights) continue;
      let kept = 0;
      for (let read = 0; read < list.length; read++) {
        if (removed.has(list[read] as number)) continue;
        list[kept] = list[read] as number;
        weights[kept] = weights[read] as number;
        kept++;
      }
      list.length = kept;
      weights.length = kept;
    }
    for (const index of removed) {
      this.stored[index] = undefined;
      this.freeIndices.push(index);
    }
  }

  /**
   * Up to `limit` stored vectors most similar to `vector`, best first. `floor` drops candidates whose
   * similarity over rare features alone is too low to matter, which keeps the sort small.
   */
  nearest(
    vector: SparseVector,
    options: {
      limit: number;
      postingLimit: number;
      floor: number;
      lookupFeatures: number;
      lookupBudget: number;
      exclude?: number;
    },
  ): Neighbour[] {
    const { scores } = this;
    const touched: number[] = [];
    // Heaviest features first, until `lookupFeatures` lists or `lookupBudget` postings are read: a true
    // neighbour shares some of the rare, heavy features, and the long tail is most of the traffic.
    // Features tied with the last one read are read too, so the result does not depend on feature ids
    // (which follow insertion order).
    const count = vector.weights.length;
    const cutoff =
      count <= options.lookupFeatures
        ? 0
        : (Float64Array.from(vector.weights).sort()[count - options.lookupFeatures] as number);
    const order: number[] = [];
    for (let i = 0; i < count; i++) if ((vector.weights[i] as number) >= cutoff) order.push(i);
    order.sort((a, b) => (vector.weights[b] as number) - (vector.weights[a] as number));
    let postingsRead = 0;
    for (const i of order) {
      if (postingsRead >= options.lookupBudget) break;
      const list = this.postings[vector.ids[i] as number];
      const weights = this.postingWeights[vector.ids[i] as number];
      if (!list || !weights || list.length > options.postingLimit) continue;
      postingsRead += list.length;
      const weight = vector.weights[i] as number;
      for (let j = 0; j < list.length; j++) {
        const other = list[j] as number;
        if (scores[other] === 0) touched.push(other);
        // The tiny constant keeps a touched entry non-zero so it is listed once.
        scores[other] = (scores[other] as number) + weight * (weights[j] as number) + 1e-12;
      }
    }
    // Keep the best `limit` in a small min-heap: sorting every touched article is what does not scale.
    const heap = new TopK(options.limit);
    for (const other of touched) {
      const score = scores[other] as number;
      if (score >= options.floor && other !== options.exclude) heap.offer(other, score);
      scores[other] = 0;
    }
    const candidates = heap.items();
    return this.score(vector, candidates);
  }

  /** Exact cosine similarity of `vector` with each stored index. */
  score(vector: SparseVector, indices: number[]): Neighbour[] {
    const maxId = vector.ids.reduce((max, id) => Math.max(max, id), 0);
    if (maxId >= this.query.length) this.query = grow(this.query, maxId + 1);
    const { query } = this;
    for (let i = 0; i < vector.ids.length; i++) query[vector.ids[i] as number] = vector.weights[i] as number;
    const result: Neighbour[] = [];
    for (const index of indices) {
      const other = this.vector(index);
      let dot = 0;
      for (let i = 0; i < other.ids.length; i++) {
        const id = other.ids[i] as number;
        if (id < query.length) dot += (query[id] as number) * (other.weights[i] as number);
      }
      result.push({ index, similarity: dot });
    }
    for (const id of vector.ids) query[id] = 0;
    return result.sort((a, b) => b.similarity - a.similarity);
  }
}

/** The `size` highest-scored items seen, via a min-heap on the score. */
class TopK {
  private readonly indices: Int32Array;
  private readonly scores: Float64Array;
  private count = 0;

  constructor(private readonly size: number) {
    this.indices = new Int32Array(size);
    this.scores = new Float64Array(size);
  }

  offer(index: number, score: number): void {
    if (this.count < this.size) {
      let position = this.count++;
      while (position > 0) {
        const parent = (position - 1) >> 1;
        if ((this.scores[parent] as number) <= score) break;
        this.indices[position] = this.indices[parent] as number;
        this.scores[position] = this.scores[parent] as number;
        position = parent;
      }
      this.indices[position] = index;
      this.scores[position] = score;
      return;
    }
    if (this.size === 0 || score <= (this.scores[0] as number)) return;
    let position = 0;
    for (;;) {
      const left = 2 * position + 1;
      if (left >= this.count) break;
      const right = left + 1;
      const child = right < this.count && (this.scores[right] as number) < (this.scores[left] as number) ? right : left;
      if ((this.scores[child] as number) >= score) break;
      this.indices[position] = this.indices[child] as number;
      this.scores[position] = this.scores[child] as number;
      position = child;
    }
    this.indices[position] = index;
    this.scores[position] = score;
  }

  items(): number[] {
    return Array.from(this.indices.subarray(0, this.count));
  }
}

function grow(array: Float64Array, needed: number): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(Math.max(needed, array.length * 2));
  grown.set(array);
  return grown;
}
