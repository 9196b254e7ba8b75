import type { SparseVector } from "./feature-space.js";

export interface Neighbour {
  index: number;
  /** Cosine similarity of the two vectors. */
  similarity: number;
}

/** Posting weights are kept to 1/1023: they only rank candidates, which are then scored exactly. */
const WEIGHT_STEPS = 1024;

/**
 * An inverted index over article vectors that finds an article's most similar neighbours without
 * comparing it with everything: candidates come from the posting lists of its rarer features, then
 * only the best few are scored exactly. Posting lists longer than the limit (common words) are skipped.
 */
export class CandidateIndex {
  /**
   * Per feature, the vectors holding it, each entry `index * 1024 + weight step`: the feature's weight
   * in that vector when posted, good enough to rank candidates. One number per posting (two arrays
   * took twice the memory, most of what an index of 100,000 articles held).
   */
  private readonly postings: number[][] = [];
  private readonly stored: Array<SparseVector | undefined> = [];
  /** Indices of removed vectors, given to the next ones added, so the arrays never outgrow the most held at once. */
  private readonly freeIndices: number[] = [];
  private scores = new Float64Array(1024);
  private query = new Float64Array(1024);
  // Buffers `nearest` reuses: it runs for every article added, and garbage per call adds up.
  private touched = new Int32Array(1024);
  private sorted = new Float64Array(256);
  private order = new Int32Array(256);
  private readonly best = new TopK(0);

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
      if (!list) {
        list = [];
        this.postings[id] = list;
      }
      if (list.length <= postingLimit * 2)
        list.push(index * WEIGHT_STEPS + Math.round((vector.weights[i] as number) * (WEIGHT_STEPS - 1)));
    }
    if (index >= this.scores.length) {
      this.scores = grow(this.scores, index + 1);
      this.touched = new Int32Array(this.scores.length);
    }
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
      if (!list) continue;
      let kept = 0;
      for (let read = 0; read < list.length; read++) {
        const entry = list[read] as number;
        if (removed.has(Math.floor(entry / WEIGHT_STEPS))) continue;
        list[kept++] = entry;
      }
      list.length = kept;
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
    const { scores, touched } = this;
    let touchedCount = 0;
    // Heaviest features first, until `lookupFeatures` lists or `lookupBudget` postings are read: a true
    // neighbour shares some of the rare, heavy features, and the long tail is most of the traffic.
    // Features tied with the last one read are read too, so the result does not depend on feature ids
    // (which follow insertion order).
    const count = vector.weights.length;
    if (count > this.sorted.length) {
      this.sorted = new Float64Array(count * 2);
      this.order = new Int32Array(count * 2);
    }
    let cutoff = 0;
    if (count > options.lookupFeatures) {
      const sorted = this.sorted.subarray(0, count);
      sorted.set(vector.weights);
      sorted.sort();
      cutoff = sorted[count - options.lookupFeatures] as number;
    }
    let chosen = 0;
    for (let i = 0; i < count; i++) if ((vector.weights[i] as number) >= cutoff) this.order[chosen++] = i;
    const order = this.order
      .subarray(0, chosen)
      .sort((a, b) => (vector.weights[b] as number) - (vector.weights[a] as number));
    let postingsRead = 0;
    for (const i of order) {
      if (postingsRead >= options.lookupBudget) break;
      const list = this.postings[vector.ids[i] as number];
      if (!list || list.length > options.postingLimit) continue;
      postingsRead += list.length;
      const weight = (vector.weights[i] as number) / (WEIGHT_STEPS - 1);
      for (let j = 0; j < list.length; j++) {
        const entry = list[j] as number;
        const other = Math.floor(entry / WEIGHT_STEPS);
        if (scores[other] === 0) touched[touchedCount++] = other;
        // The tiny constant keeps a touched entry non-zero so it is listed once.
        scores[other] = (scores[other] as number) + weight * (entry % WEIGHT_STEPS) + 1e-12;
      }
    }
    // Keep the best `limit` in a small min-heap: sorting every touched article is what does not scale.
    const heap = this.best.reset(options.limit);
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t] as number;
      const score = scores[other] as number;
      if (score >= options.floor && other !== options.exclude) heap.offer(other, score);
      scores[other] = 0;
    }
    return this.score(vector, heap.items());
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
  private indices: Int32Array;
  private scores: Float64Array;
  private count = 0;

  constructor(private size: number) {
    this.indices = new Int32Array(size);
    this.scores = new Float64Array(size);
  }

  /** Empties the heap for a new query, keeping its arrays when they are big enough. */
  reset(size: number): this {
    if (size > this.indices.length) {
      this.indices = new Int32Array(size);
      this.scores = new Float64Array(size);
    }
    this.size = size;
    this.count = 0;
    return this;
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
