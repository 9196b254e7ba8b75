/**
 * LSH buckets: for each band, the values (entry numbers) added under each 32-bit band key, in the
 * order they were added, at most `maxBucketSize` per key. Open addressing over typed arrays, with
 * each bucket a linked list in one shared pool: a Map of arrays per band held 560,000 small arrays
 * and boxed keys at 10,000 articles, and lookups there were a third of the linking time.
 */
export class LshBuckets {
  private readonly tables: BandTable[];
  // The pool: [value, next node] per node, side by side so a walk reads one cache line per node.
  private nodes = new Int32Array(2 * 1024);
  private nodeCount = 0;

  constructor(
    bands: number,
    private readonly maxBucketSize: number,
  ) {
    this.tables = Array.from({ length: bands }, () => emptyTable(64));
  }

  /** Appends `value` to the bucket of `key` in `band`, unless the bucket is full. */
  add(band: number, key: number, value: number): void {
    let table = this.tables[band] as BandTable;
    if (2 * (table.used + 1) > table.capacity) {
      table = grow(table);
      this.tables[band] = table;
    }
    const at = findSlot(table, key) * slotWidth;
    const slots = table.slots;
    if (slots[at + head] === -1) {
      const node = this.newNode(value);
      slots[at] = key;
      slots[at + head] = node;
      slots[at + tail] = node;
      slots[at + size] = 1;
      table.used++;
      return;
    }
    if ((slots[at + size] as number) >= this.maxBucketSize) return;
    const node = this.newNode(value);
    this.nodes[2 * (slots[at + tail] as number) + 1] = node;
    slots[at + tail] = node;
    (slots[at + size] as number)++;
  }

  /** Calls `visit` with each value in the bucket of `key` in `band`, in the order they were added. */
  forEach(band: number, key: number, visit: (value: number) => void): void {
    const table = this.tables[band] as BandTable;
    const nodes = this.nodes;
    for (let node = table.slots[findSlot(table, key) * slotWidth + head] as number; node !== -1; ) {
      visit(nodes[2 * node] as number);
      node = nodes[2 * node + 1] as number;
    }
  }

  private newNode(value: number): number {
    if (2 * this.nodeCount === this.nodes.length) {
      const nodes = new Int32Array(2 * this.nodes.length);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    const node = this.nodeCount++;
    this.nodes[2 * node] = value;
    this.nodes[2 * node + 1] = -1;
    return node;
  }
}

/** Per slot: the band key (as int32), the first and last node of its bucket (-1: empty slot), its size. */
const slotWidth = 4;
const head = 1;
const tail = 2;
const size = 3;

interface BandTable {
  slots: Int32Array;
  capacity: number;
  used: number;
}

function emptyTable(capacity: number): BandTable {
  const slots = new Int32Array(capacity * slotWidth);
  for (let slot = 0; slot < capacity; slot++) slots[slot * slotWidth + head] = -1;
  return { slots, capacity, used: 0 };
}

/** The slot holding `key`, or the empty slot where it would go (linear probing; capacity a power of two). */
function findSlot(table: BandTable, key: number): number {
  const mask = table.capacity - 1;
  const slots = table.slots;
  // Band keys are already well-mixed hashes: their low bits pick the slot.
  let slot = key & mask;
  while (slots[slot * slotWidth + head] !== -1 && slots[slot * slotWidth] !== (key | 0)) slot = (slot + 1) & mask;
  return slot;
}

function grow(table: BandTable): BandTable {
  const larger = emptyTable(2 * table.capacity);
  for (let slot = 0; slot < table.capacity; slot++) {
    const from = slot * slotWidth;
    if (table.slots[from + head] === -1) continue;
    const to = findSlot(larger, table.slots[from] as number) * slotWidth;
    for (let field = 0; field < slotWidth; field++) larger.slots[to + field] = table.slots[from + field] as number;
  }
  larger.used = table.used;
  return larger;
}
