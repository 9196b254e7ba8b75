/**
 * Gives the items of a static, never-reordered list a stable React key: their position. Digest
 * sentences and diff lines may repeat, so position is their identity.
 */
export function keyed<T>(items: readonly T[], prefix = "item"): { item: T; index: number; key: string }[] {
  return items.map((item, index) => ({ item, index, key: `${prefix}-${index}` }));
}
