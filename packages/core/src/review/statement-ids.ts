import type { Digest } from "@roundup/prompts";

/** FNV-1a: a short, deterministic hash that needs no crypto module. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function withIds<T extends { id?: string | undefined }>(items: T[], prefix: string, textOf: (item: T) => string): T[] {
  const taken = new Set(items.flatMap((item) => (item.id ? [item.id] : [])));
  if (taken.size === items.length && items.every((item) => item.id)) return items;
  return items.map((item) => {
    if (item.id) return item;
    const stem = `${prefix}-${shortHash(textOf(item))}`;
    let id = stem;
    for (let suffix = 2; taken.has(id); suffix += 1) id = `${stem}-${suffix}`;
    taken.add(id);
    return { ...item, id };
  });
}

/**
 * Gives every statement and disagreement that has no id one derived from its text, so a digest
 * stored before ids existed reads with the same ids every time (two editors opening it agree), and
 * a regenerated sentence with the same text keeps its identity. Ids already present are kept.
 */
export function withStatementIds(digest: Digest): Digest {
  return {
    ...digest,
    summary: withIds(digest.summary, "s", (item) => item.text),
    keyPoints: withIds(digest.keyPoints, "k", (item) => item.text),
    timeline: withIds(digest.timeline, "t", (item) => `${item.date ?? ""} ${item.text}`),
    quotes: withIds(digest.quotes, "q", (item) => `${item.speaker ?? ""} ${item.text}`),
    disagreements: withIds(digest.disagreements, "d", (item) => item.topic),
  };
}
