/**
 * Editors' decisions that grouping must respect. They survive a full regroup.
 * - `pinned`: an editor put this article in that story; it stays there.
 * - `cannotLink`: an editor separated these two articles; they never share a story again.
 * - `merged`: `[from, into]`: an editor merged story `from` into `into`; both are one story, id `into`.
 */
export interface GroupingConstraints {
  pinned?: ReadonlyMap<string, string>;
  cannotLink?: ReadonlyArray<readonly [string, string]>;
  merged?: ReadonlyArray<readonly [string, string]>;
}

/** Follows merges to the story id that survives (`a→b`, `b→c` gives `c`); cycles stop where they loop. */
export function resolveStoryAlias(storyId: string, merged: ReadonlyArray<readonly [string, string]> = []): string {
  if (merged.length === 0) return storyId;
  const into = new Map(merged.map(([from, to]) => [from, to] as const));
  const seen = new Set<string>();
  let current = storyId;
  while (into.has(current) && !seen.has(current)) {
    seen.add(current);
    current = into.get(current) as string;
  }
  return current;
}
