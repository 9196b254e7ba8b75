import type { Article } from "../model/index.js";
import { byPublication } from "./by-publication.js";
import { Int32HashSet } from "./int32-hash-set.js";
import { LshBuckets } from "./lsh-buckets.js";

export interface NearDuplicateIndexOptions {
  /** Words per shingle. 4 survives light rewording and still keeps unrelated texts apart. */
  shingleSize?: number;
  /** Signature length (one-permutation MinHash bins): a power of two and a multiple of `rowsPerBand`. */
  permutations?: number;
  /** LSH rows per band: 2 makes pairs with Jaccard ≈ 0.3 (a shortened rewrite) almost surely candidates. */
  rowsPerBand?: number;
  /** Estimated Jaccard similarity from which two texts are near-duplicates. */
  jaccardThreshold?: number;
  /** Estimated share of the shorter text's shingles found in the longer one from which the shorter is a duplicate. */
  containmentThreshold?: number;
  /** Texts with fewer shingles than this are never linked: too little text to tell a copy from chance. */
  minimumShingles?: number;
}

/** The parts of an article that near-duplicate detection looks at. */
export type NearDuplicateCandidate = Pick<Article, "id" | "text"> & Partial<Pick<Article, "publishedAt">>;

/**
 * What is kept of an article, in one typed array: its MinHash signature, 16 bits a value, two to
 * an int32 (`permutations / 2` of them), then its distinct shingle hashes, which verify the
 * candidates LSH finds exactly rather than from the signature. One array instead of two saves a
 * typed array's ~200 bytes of bookkeeping per article, and 16-bit values halve the signature: two
 * texts' different bin minima agree on 16 bits once in 65,536 bins, too rarely to move an estimate.
 */
interface Fingerprint {
  signature: Int32Array;
  shingles: Int32Array;
  shingleCount: number;
}

interface Entry {
  id: string;
  /** The packed signature, then the shingle hashes (see `Fingerprint`). */
  data: Int32Array;
  shingleCount: number;
  publishedAt: string | null;
  order: number;
}

const maxBucketSize = 1000;

const defaults: Required<NearDuplicateIndexOptions> = {
  shingleSize: 4,
  permutations: 128,
  rowsPerBand: 2,
  jaccardThreshold: 0.5,
  containmentThreshold: 0.6,
  minimumShingles: 15,
};

/**
 * MinHash signatures of word shingles with LSH banding. `findOriginal` answers which already added
 * article a new one copies or rewrites (syndication, shortened rewrites): such an article adds no
 * independent source for a claim. Add originals first (earliest, then fullest) so that copies point
 * at them; `linkNearDuplicates` does that ordering for a batch.
 */
export class NearDuplicateIndex {
  private readonly options: Required<NearDuplicateIndexOptions>;
  private buckets: LshBuckets;
  private readonly entries = new Map<string, Entry>();
  /** Entries by `order`, which is what the buckets hold; null where one was removed. */
  private byOrder: Array<Entry | null> = [];
  /** Shingle counts by `order`: most candidates are ruled out on this alone, without reading their entry. */
  private shingleCounts = new Int32Array(1024);
  /** Band hits per entry (by `order`) during one `findOriginal`; all zero between calls. */
  private hitCounts = new Uint32Array(0);

  constructor(options: NearDuplicateIndexOptions = {}) {
    this.options = { ...defaults, ...options };
    if (this.options.permutations % this.options.rowsPerBand !== 0)
      throw new RangeError("permutations must be a multiple of rowsPerBand");
    if (!Number.isInteger(Math.log2(this.options.permutations)) || this.options.permutations < 2)
      throw new RangeError("permutations must be a power of two");
    this.buckets = this.emptyBuckets();
  }

  // A band value shared by thousands of articles comes from a stock phrase, not a copy: capping
  // its bucket keeps lookups from turning quadratic on large single-topic batches.
  private emptyBuckets(expectedEntries = 0): LshBuckets {
    return new LshBuckets(this.options.permutations / this.options.rowsPerBand, maxBucketSize, expectedEntries);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether an article of this id is indexed. */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** The ids indexed, in the order they were added. */
  ids(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** Indexes an article as a possible original. Adding the same id twice is a no-op. */
  add(article: NearDuplicateCandidate): void {
    if (this.entries.has(article.id)) return;
    const { signature, shingles, shingleCount } = this.signatureOf(article.text);
    const data = new Int32Array(signature.length + shingles.length);
    data.set(signature);
    data.set(shingles, signature.length);
    const entry: Entry = {
      id: article.id,
      data,
      shingleCount,
      publishedAt: article.publishedAt ?? null,
      order: this.byOrder.length,
    };
    this.entries.set(article.id, entry);
    this.place(entry);
  }

  /**
   * Forgets an article (deleted, or out of the window its user keeps): it is never returned again.
   * Its shingle hashes and signature are freed at once; its places in the LSH buckets are skipped
   * until enough have been removed, then the buckets are rebuilt from the kept signatures (no text is
   * read again), so memory follows what is indexed and each removal costs O(1) amortised. Unlinking
   * each removal from its 64 bucket lists would need a free list and slot tombstones in the tables.
   */
  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.delete(id);
    this.byOrder[entry.order] = null;
    this.shingleCounts[entry.order] = 0;
    // Removed entries are at most a fifth of what the buckets hold: a sliding window of W days
    // rebuilds every W/4 days, each rebuild re-adding the kept entries' band keys.
    if (this.byOrder.length >= 1024 && 4 * this.byOrder.length > 5 * this.entries.size) this.compact();
    return true;
  }

  /** Numbers the remaining entries afresh, in the order they were added, and rebuilds the buckets. */
  private compact(): void {
    const remaining = this.byOrder.filter((entry): entry is Entry => entry !== null);
    this.byOrder = [];
    // Sized for what they will hold at the next rebuild, so a sliding window never grows them.
    this.buckets = this.emptyBuckets(Math.ceil(1.25 * remaining.length));
    this.shingleCounts = new Int32Array(Math.max(1024, 2 * remaining.length));
    this.hitCounts = new Uint32Array(0);
    for (const entry of remaining) {
      entry.order = this.byOrder.length;
      this.place(entry);
    }
  }

  private place(entry: Entry): void {
    this.byOrder.push(entry);
    if (entry.order === this.shingleCounts.length) {
      const counts = new Int32Array(2 * this.shingleCounts.length);
      counts.set(this.shingleCounts);
      this.shingleCounts = counts;
    }
    this.shingleCounts[entry.order] = entry.shingleCount;
    if (entry.shingleCount < this.options.minimumShingles) return;
    const keys = this.bandKeys(entry.data);
    for (let band = 0; band < keys.length; band++) this.buckets.add(band, keys[band] as number, entry.order);
  }

  /**
   * The id of the indexed article this one duplicates, or null. Only a more original text counts
   * (published earlier; when dates are unknown or equal, longer; then added earlier), so a full
   * report is never called a copy of its own shortened rewrite. When several match, the most
   * original wins. An article never duplicates itself.
   */
  findOriginal(article: NearDuplicateCandidate): string | null {
    const { signature, shingles, shingleCount } = this.signatureOf(article.text);
    if (shingleCount < this.options.minimumShingles) return null;
    // The probe is compared like an entry added last: a fuller or earlier text is not a copy of a lesser one.
    const probe: Entry = {
      id: article.id,
      data: signature,
      shingleCount,
      publishedAt: article.publishedAt ?? null,
      order: Number.POSITIVE_INFINITY,
    };
    // Band hits per candidate. Articles on one topic share stock phrases and meet in a band now and
    // then; copies meet in many. Two hits are required, or one when the candidate is at least twice
    // as long (a short text inside a long one has a low Jaccard similarity, hence few hits).
    // Counted in an array indexed by insertion order: buckets of stock phrases hold hundreds of
    // entries, and a Map of hits cost a sixth of the linking time.
    if (this.hitCounts.length < this.byOrder.length) this.hitCounts = new Uint32Array(2 * this.byOrder.length);
    const hitCounts = this.hitCounts;
    const candidates: number[] = [];
    const countHit = (order: number) => {
      const count = hitCounts[order] ?? 0;
      if (count === 0) candidates.push(order);
      hitCounts[order] = count + 1;
    };
    const keys = this.bandKeys(signature);
    for (let band = 0; band < keys.length; band++) this.buckets.forEach(band, keys[band] as number, countHit);
    let best: Entry | null = null;
    for (const order of candidates) {
      const count = hitCounts[order] ?? 0;
      hitCounts[order] = 0;
      if (count < 2 && (this.shingleCounts[order] ?? 0) < 2 * shingleCount) continue;
      const candidate = this.byOrder[order];
      if (!candidate) continue;
      if (candidate.id === article.id) continue;
      if (!isMoreOriginal(candidate, probe) || !this.mayBeDuplicate(probe, candidate)) continue;
      if (!this.isDuplicate(shingles, candidate.data, signature.length)) continue;
      if (!best || isMoreOriginal(candidate, best)) best = candidate;
    }
    return (best as Entry | null)?.id ?? null;
  }

  /** Jaccard similarity and containment (of the smaller in the larger) of two texts' shingle sets. */
  similarity(first: string, second: string): { jaccard: number; containment: number } {
    const firstShingles = this.signatureOf(first).shingles;
    return overlap(firstShingles, this.signatureOf(second).shingles, 0);
  }

  /**
   * A cheap screen on the signatures (128 comparisons instead of a walk over both shingle sets):
   * articles on one topic share common phrases and collide in some band, so most candidates are
   * far below the thresholds. The margins leave room for MinHash's estimation error.
   */
  private mayBeDuplicate(probe: Entry, candidate: Entry): boolean {
    let equal = 0;
    const a = probe.data;
    const b = candidate.data;
    const words = this.options.permutations / 2;
    for (let index = 0; index < words; index++) {
      const differ = (a[index] as number) ^ (b[index] as number);
      if ((differ & 0xffff) === 0) equal++;
      if (differ >>> 16 === 0) equal++;
    }
    const jaccard = equal / this.options.permutations;
    const intersection = (jaccard * (probe.shingleCount + candidate.shingleCount)) / (1 + jaccard);
    const containment = intersection / Math.max(1, Math.min(probe.shingleCount, candidate.shingleCount));
    return jaccard >= this.options.jaccardThreshold * 0.5 || containment >= this.options.containmentThreshold * 0.6;
  }

  /** Whether `shingles` and the ones in `data` from `start` on overlap enough. */
  private isDuplicate(shingles: Int32Array, data: Int32Array, start: number): boolean {
    const { jaccard, containment } = overlap(shingles, data, start);
    return jaccard >= this.options.jaccardThreshold || containment >= this.options.containmentThreshold;
  }

  /**
   * One number per band (a hash of its rows' 16-bit values) from a packed signature: a rare key
   * collision only adds a candidate, which is verified.
   */
  private bandKeys(signature: Int32Array): Int32Array {
    const rows = this.options.rowsPerBand;
    const permutations = this.options.permutations;
    const keys = new Int32Array(permutations / rows);
    for (let start = 0; start < permutations; start += rows) {
      let key = 0x811c9dc5;
      for (let row = start; row < start + rows; row++)
        key = mix32(key ^ (((signature[row >>> 1] ?? 0) >>> ((row & 1) * 16)) & 0xffff));
      keys[start / rows] = key;
    }
    return keys;
  }

  // findOriginal then add on the same article is the common sequence: compute its signature once.
  private lastSignature: { text: string; value: Fingerprint } | null = null;

  private signatureOf(text: string): Fingerprint {
    if (this.lastSignature?.text === text) return this.lastSignature.value;
    const value = this.computeSignature(text);
    this.lastSignature = { text, value };
    return value;
  }

  private computeSignature(text: string): Fingerprint {
    const shingles = shingleHashes(text, this.options.shingleSize);
    return {
      signature: onepermutationSignature(shingles, this.options.permutations),
      shingles,
      shingleCount: shingles.length,
    };
  }
}

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li
 * 2014): each shingle hash picks a bin by its top bits and competes for the bin's minimum with its
 * low bits, so a signature costs one pass over the shingles instead of one per permutation. Two
 * texts agree on a bin with probability close to their Jaccard similarity, as with k permutations.
 * Empty bins (short texts) borrow the next filled bin's value, mixed with the distance. Returns the
 * bins' low 16 bits packed two to an int32 (bin 2i in the low half of word i).
 */
function onepermutationSignature(shingles: Int32Array, bins: number): Int32Array {
  const binBits = Math.log2(bins);
  const valueMask = (1 << (32 - binBits)) - 1;
  if (binBuffer.length < bins) binBuffer = new Int32Array(bins);
  const signature = binBuffer.fill(-1, 0, bins);
  for (let index = 0; index < shingles.length; index++) {
    const hash = mix32(shingles[index] ?? 0);
    const bin = hash >>> (32 - binBits);
    const value = hash & valueMask;
    const current = signature[bin] ?? -1;
    if (current < 0 || value < current) signature[bin] = value;
  }
  const packed = new Int32Array(bins / 2);
  if (shingles.length === 0) return packed.fill(-1);
  for (let bin = 0; bin < bins; bin++) {
    if ((signature[bin] ?? -1) >= 0) continue;
    let distance = 1;
    while ((signature[(bin + distance) % bins] ?? -1) < 0) distance++;
    // Borrowed values live above the native range (bit 31 of the mix is cleared, native values fit the mask).
    signature[bin] =
      (mix32((signature[(bin + distance) % bins] ?? 0) + distance * 0x9e3779b1) | (valueMask + 1)) & 0x7fffffff;
  }
  for (let word = 0; word < bins / 2; word++)
    packed[word] = ((signature[2 * word] ?? 0) & 0xffff) | ((signature[2 * word + 1] ?? 0) << 16);
  return packed;
}

/** Which of two originals to prefer: earlier publication, then more text, then added first. */
function isMoreOriginal(candidate: Entry, current: Entry): boolean {
  const order =
    candidate.publishedAt && current.publishedAt ? byPublication(candidate.publishedAt, current.publishedAt) : 0;
  if (order !== 0) return order < 0;
  if (candidate.shingleCount !== current.shingleCount) return candidate.shingleCount > current.shingleCount;
  return candidate.order < current.order;
}

/** Exact overlap of two sets of distinct hashes: `a`, and `b` from `bStart` on. */
function overlap(a: Int32Array, b: Int32Array, bStart: number): { jaccard: number; containment: number } {
  scratchSet.reset(a.length);
  for (let index = 0; index < a.length; index++) scratchSet.add(a[index] ?? 0);
  let intersection = 0;
  for (let index = bStart; index < b.length; index++) if (scratchSet.has(b[index] ?? 0)) intersection++;
  const bLength = b.length - bStart;
  const union = a.length + bLength - intersection;
  const smaller = Math.min(a.length, bLength);
  return { jaccard: union === 0 ? 0 : intersection / union, containment: smaller === 0 ? 0 : intersection / smaller };
}

// Scratch space reused from text to text: word hashes, shingle hashes, full-width MinHash bins, and
// a set to drop repeats.
let wordBuffer = new Int32Array(4096);
let binBuffer = new Int32Array(128);
let shingleBuffer = new Int32Array(4096);
const scratchSet = new Int32HashSet();

/**
 * Distinct 32-bit hashes of the text's word n-grams (case- and punctuation-insensitive), in order of
 * first occurrence. Sets, not sorted arrays: the built-in sort was a quarter of the linking time.
 */
function shingleHashes(text: string, size: number): Int32Array {
  const wordCount = hashWords(/[\u0080-\uffff]/.test(text) ? text.normalize("NFKC") : text);
  const words = wordBuffer;
  const count = Math.max(0, wordCount - size + 1);
  // A text shorter than one shingle still gets one, so identical short texts match.
  const length = count === 0 && wordCount > 0 ? 1 : count;
  if (shingleBuffer.length < length) shingleBuffer = new Int32Array(2 * length);
  const hashes = shingleBuffer;
  scratchSet.reset(length);
  let distinct = 0;
  for (let start = 0; start < count; start++) {
    let hash = 0x811c9dc5;
    for (let offset = 0; offset < size; offset++) hash = mix32(hash ^ (words[start + offset] ?? 0)) + offset;
    if (scratchSet.add(hash)) hashes[distinct++] = hash;
  }
  if (count === 0 && wordCount > 0) {
    let hash = 0x811c9dc5;
    for (let index = 0; index < wordCount; index++) hash = mix32(hash ^ (words[index] ?? 0));
    hashes[distinct++] = hash;
  }
  return hashes.slice(0, distinct) as Int32Array;
}

/**
 * FNV-1a hashes of the text's lower-cased words (runs of letters and digits) into `wordBuffer`, in
 * one pass over the characters: no match arrays or substrings, since this runs over every article
 * of a batch. Returns how many words there are.
 */
function hashWords(text: string): number {
  let count = 0;
  let hash = 0x811c9dc5;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    let wordCharacter: boolean;
    if (code < 128) {
      if (code >= 65 && code <= 90) code += 32;
      wordCharacter = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    } else {
      const character = text[index] ?? "";
      wordCharacter = /[\p{L}\p{N}\p{M}]/u.test(character);
      if (wordCharacter) code = character.toLowerCase().charCodeAt(0);
    }
    if (wordCharacter) {
      hash = Math.imul(hash ^ code, 0x01000193);
      inWord = true;
    } else if (inWord) {
      count = pushWord(count, hash);
      hash = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) count = pushWord(count, hash);
  return count;
}

function pushWord(count: number, hash: number): number {
  if (count === wordBuffer.length) {
    const larger = new Int32Array(2 * wordBuffer.length);
    larger.set(wordBuffer);
    wordBuffer = larger;
  }
  wordBuffer[count] = hash;
  return count + 1;
}

/** murmur3's 32-bit finaliser: a cheap, well-mixed permutation of 32-bit values. */
function mix32(value: number): number {
  let hash = value >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
