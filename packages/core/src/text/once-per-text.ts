/**
 * A pure function of a text that computes each distinct text once. Rewrites and syndicated copies
 * repeat sentences (the bench's 200-article story has about 3,400 candidate sentences, some 550 of
 * them distinct). Make one inside the call that reads the texts, so nothing outlives it (a cache
 * that survived between digests would only flatter a benchmark that digests one story again).
 * Results are shared between equal texts: callers must not change them.
 */
export function oncePerText<T>(compute: (text: string) => T): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    const known = results.get(text);
    if (known !== undefined || results.has(text)) return known as T;
    const result = compute(text);
    results.set(text, result);
    return result;
  };
}
