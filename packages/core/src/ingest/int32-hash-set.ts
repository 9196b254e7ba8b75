/**
 * A set of 32-bit integers for scratch use, emptied in constant time (a generation stamp per slot)
 * and reused from text to text. A `Set<number>` boxes values outside 31 bits, which hashes are.
 */
export class Int32HashSet {
  private values = new Int32Array(1024);
  private stamps = new Uint32Array(1024);
  private generation = 1;
  private shift = 32 - 10;

  /** Empties the set and makes room for `expected` values. */
  reset(expected: number): void {
    if (2 * expected > this.values.length) {
      let bits = 10;
      while (1 << bits < 2 * expected) bits++;
      this.values = new Int32Array(1 << bits);
      this.stamps = new Uint32Array(1 << bits);
      this.shift = 32 - bits;
      this.generation = 1;
      return;
    }
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** Adds `value`; true when it was not in the set yet. Holds at most the `expected` values given to `reset`. */
  add(value: number): boolean {
    const mask = this.values.length - 1;
    for (let slot = this.slotOf(value); ; slot = (slot + 1) & mask) {
      if (this.stamps[slot] !== this.generation) {
        this.stamps[slot] = this.generation;
        this.values[slot] = value;
        return true;
      }
      if (this.values[slot] === (value | 0)) return false;
    }
  }

  has(value: number): boolean {
    const mask = this.values.length - 1;
    for (let slot = this.slotOf(value); this.stamps[slot] === this.generation; slot = (slot + 1) & mask)
      if (this.values[slot] === (value | 0)) return true;
    return false;
  }

  /** Fibonacci hashing: the top bits of the product, so values that differ only in high bits spread too. */
  private slotOf(value: number): number {
    return Math.imul(value, 0x9e3779b1) >>> this.shift;
  }
}
