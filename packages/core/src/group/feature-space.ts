import type { ArticleFeatures } from "./extract-features.js";
import type { GroupingOptions } from "./grouping-options.js";

/** A unit-length sparse vector over feature ids. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array | Float32Array;
}

/**
 * The corpus side of similarity: feature ids and document frequencies, turning an article's counts into
 * an idf-weighted, length-normalised vector. Grows as articles are added and shrinks as they are
 * removed: a feature no article holds any more gives its id back for the next new feature, so a
 * window of news that slides for a year holds the vocabulary of the window, not of the year.
 */
export class FeatureSpace {
  private readonly ids = new Map<string, number>();
  private readonly keys: Array<string | undefined> = [];
  private readonly kinds: number[] = [];
  private readonly freeIds: number[] = [];
  private frequencies = new Int32Array(1024);
  documents = 0;
  /** Documents added and removed so far: how far weights computed at an earlier count may have drifted. */
  changes = 0;

  /**
   * `priorDocuments` imagines that many extra documents in which each feature occurs once: it keeps a
   * small collection (five articles about one story) from zeroing the words all of them share.
   */
  constructor(
    private readonly weights: GroupingOptions["weights"],
    private readonly priorDocuments = 0,
  ) {}

  /** Counts the article's features into the document frequencies; returns their ids in key order. */
  addDocument(features: ArticleFeatures): Int32Array {
    const ids = new Int32Array(features.keys.length);
    for (let index = 0; index < ids.length; index++) {
      const id = this.idOf(features.keys[index] as string);
      this.frequencies[id] = (this.frequencies[id] ?? 0) + 1;
      ids[index] = id;
    }
    this.documents += 1;
    this.changes += 1;
    return ids;
  }

  /** Takes back what `addDocument` counted, given the ids it returned. */
  removeDocument(ids: Int32Array): void {
    for (const id of ids) {
      const frequency = (this.frequencies[id] ?? 0) - 1;
      this.frequencies[id] = Math.max(frequency, 0);
      if (frequency > 0) continue;
      const key = this.keys[id];
      if (key !== undefined) this.ids.delete(key);
      this.keys[id] = undefined;
      this.freeIds.push(id);
    }
    this.documents -= 1;
    this.changes += 1;
  }

  /** The feature key an id stands for (ids of removed features have none). */
  keyOf(id: number): string {
    const key = this.keys[id];
    if (key === undefined) throw new Error(`no feature with id ${id}`);
    return key;
  }

  documentFrequency(id: number): number {
    return this.frequencies[id] ?? 0;
  }

  /** Features shared by at most this many articles are rare enough to look candidates up by. */
  postingLimit(share: number, cap: number): number {
    return Math.min(cap, Math.max(50, Math.floor(this.documents * share)));
  }

  /**
   * Sublinear tf × smoothed idf × kind weight, normalised. `ids` are those `addDocument` returned.
   * `single`: weights in single precision (a story index keeps a vector per article for months).
   */
  vectorize(
    features: { counts: ArrayLike<number> },
    ids: Int32Array,
    options: { single?: boolean } = {},
  ): SparseVector {
    const weights = options.single ? new Float32Array(ids.length) : new Float64Array(ids.length);
    let norm = 0;
    // Summed in double precision either way.
    const raw = weights instanceof Float64Array ? weights : new Float64Array(ids.length);
    for (let index = 0; index < ids.length; index++) {
      const count = features.counts[index] as number;
      const id = ids[index] as number;
      const idf =
        this.priorDocuments > 0
          ? Math.log((this.documents + this.priorDocuments) / (this.documentFrequency(id) + 1))
          : Math.log((this.documents + 1) / (this.documentFrequency(id) + 0.5));
      const weight = (1 + Math.log(count)) * Math.max(idf, 0) * this.kindWeight(id);
      raw[index] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = (raw[i] as number) / norm;
    return { ids, weights };
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.freeIds.pop() ?? this.keys.length;
      this.ids.set(key, id);
      this.keys[id] = key;
      this.kinds[id] = kindCode(key);
      if (id >= this.frequencies.length) {
        const grown = new Int32Array(this.frequencies.length * 2);
        grown.set(this.frequencies);
        this.frequencies = grown;
      }
    }
    return id;
  }

  private kindWeight(id: number): number {
    switch (this.kinds[id]) {
      case 1:
        return this.weights.entity;
      case 2:
        return this.weights.number;
      case 3:
        return this.weights.date;
      default:
        return this.weights.term;
    }
  }

  get size(): number {
    return this.ids.size;
  }
}

function kindCode(key: string): number {
  switch (key[0]) {
    case "e":
      return 1;
    case "n":
      return 2;
    case "d":
      return 3;
    default:
      return 0;
  }
}
