/**
 * LSH buckets: for each band, the values (entry numbers, non-negative int32) added under each 32-bit
 * band key, in the order they were added, at most `maxBucketSize` per key. Open addressing over typed
 * arrays: a Map of arrays per band held 560,000 small arrays and boxed keys at 10,000 articles, and
 * lookups there were a third of the linking time.
 *
 * Memory is what the index costs per article (64 bands, one key each), so a slot is 8 bytes (the key
 * and one reference) and tables fill to 80% before they grow by half: most band keys hold one
 * article (two texts share a band only when both of its MinHash rows agree), and such a bucket's
 * value sits in its slot. Only a bucket of two or more has nodes in the shared pool: a header (size,
 * last node) and a circular list of (value, next), so appending and walking in order need no tail
 * field in the slot. The first layout (key, head, tail, size: 16 bytes, grown at 50%) held ~3.4 KB of
 * tables per article, two thirds of the index.
 */
export class LshBuckets {
  private readonly tables: BandTable[];
  // The pool: [value, next node] per node (or [size, last node] for a header), side by side so a
  // walk reads one cache line per node.
  private nodes = new Int32Array(2 * 1024);
  private nodeCount = 0;

  /** `expectedKeys`: keys per band the tables take before they first grow (a rebuild knows its size). */
  constructor(
    bands: number,
    private readonly maxBucketSize: number,
    expectedKeys = 0,
  ) {
    const capacity = Math.max(minimumCapacity, Math.ceil(expectedKeys / maximumLoad) + 1);
    this.tables = Array.from({ length: bands }, () => emptyTable(capacity));
  }

  /** Appends `value` (a non-negative int32) to the bucket of `key` in `band`, unless the bucket is full. */
  add(band: number, key: number, value: number): void {
    if (!(value >= 0 && value <= 0x7fffffff && Number.isInteger(value)))
      throw new RangeError(`LshBuckets values must be non-negative int32, got ${value}`);
    let table = this.tables[band] as BandTable;
    if (table.used + 1 > maximumLoad * table.capacity) {
      table = grow(table);
      this.tables[band] = table;
    }
    const at = 2 * findSlot(table, key);
    const slots = table.slots;
    const reference = slots[at + 1] as number;
    if (reference === empty) {
      slots[at] = key;
      slots[at + 1] = value;
      table.used++;
      return;
    }
    if (reference >= 0) {
      // The bucket's second value: its first moves from the slot into a list.
      if (this.maxBucketSize < 2) return;
      const header = this.newNode();
      const first = this.newNode();
      const second = this.newNode();
      const nodes = this.nodes;
      nodes[2 * first] = reference;
      nodes[2 * first + 1] = second;
      nodes[2 * second] = value;
      nodes[2 * second + 1] = first;
      nodes[2 * header] = 2;
      nodes[2 * header + 1] = second;
      slots[at + 1] = listReference(header);
      return;
    }
    const header = listReference(reference);
    if ((this.nodes[2 * header] as number) >= this.maxBucketSize) return;
    const node = this.newNode();
    const nodes = this.nodes;
    const last = nodes[2 * header + 1] as number;
    nodes[2 * node] = value;
    nodes[2 * node + 1] = nodes[2 * last + 1] as number;
    nodes[2 * last + 1] = node;
    nodes[2 * header + 1] = node;
    (nodes[2 * header] as number)++;
  }

  /** Calls `visit` with each value in the bucket of `key` in `band`, in the order they were added. */
  forEach(band: number, key: number, visit: (value: number) => void): void {
    const table = this.tables[band] as BandTable;
    const reference = table.slots[2 * findSlot(table, key) + 1] as number;
    if (reference === empty) return;
    if (reference >= 0) {
      visit(reference);
      return;
    }
    const nodes = this.nodes;
    const header = listReference(reference);
    const size = nodes[2 * header] as number;
    let node = nodes[2 * (nodes[2 * header + 1] as number) + 1] as number;
    for (let visited = 0; visited < size; visited++) {
      visit(nodes[2 * node] as number);
      node = nodes[2 * node + 1] as number;
    }
  }

  private newNode(): number {
    if (2 * this.nodeCount === this.nodes.length) {
      const nodes = new Int32Array(2 * Math.ceil(this.nodes.length * growth * 0.5));
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    return this.nodeCount++;
  }
}

const empty = -1;
const minimumCapacity = 64;
const maximumLoad = 0.8;
const growth = 1.5;

/** A slot's reference to a list's header node, and back (-2, -3, …: -1 marks an empty slot). */
const listReference = (value: number) => -2 - value;

interface BandTable {
  /** Per slot: the band key (as int32) and a reference (empty, the bucket's one value, or a list). */
  slots: Int32Array;
  capacity: number;
  used: number;
}

function emptyTable(capacity: number): BandTable {
  const slots = new Int32Array(2 * capacity);
  for (let slot = 0; slot < capacity; slot++) slots[2 * slot + 1] = empty;
  return { slots, capacity, used: 0 };
}

/**
 * The slot holding `key`, or the empty slot where it would go (linear probing). Band keys are
 * already well-mixed hashes, so the key scaled to the capacity picks the slot: any capacity works,
 * not only powers of two, which lets a table grow by half instead of doubling.
 */
function findSlot(table: BandTable, key: number): number {
  const capacity = table.capacity;
  const slots = table.slots;
  let slot = Math.floor(((key >>> 0) * capacity) / 4294967296);
  while (slots[2 * slot + 1] !== empty && slots[2 * slot] !== (key | 0)) if (++slot === capacity) slot = 0;
  return slot;
}

function grow(table: BandTable): BandTable {
  const larger = emptyTable(Math.ceil(table.capacity * growth));
  for (let slot = 0; slot < table.capacity; slot++) {
    const reference = table.slots[2 * slot + 1] as number;
    if (reference === empty) continue;
    const key = table.slots[2 * slot] as number;
    const to = 2 * findSlot(larger, key);
    larger.slots[to] = key;
    larger.slots[to + 1] = reference;
  }
  larger.used = table.used;
  return larger;
}
