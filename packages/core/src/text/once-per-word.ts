/**
 * A pure function of a word that computes each distinct word once, for as long as the process runs:
 * a story repeats its words, and the stories a worker digests share a language's. Bounded (`most`
 * words, then forgotten at once) so that a worker digesting many stories never grows without end.
 * For what a word, a name or a sentence is whatever story it is in (a stem, an outlet's patterns, a
 * sentence's own reading); what depends on one digest's articles belongs in oncePerText, whose results
 * end with the digest. Results are shared: callers must not change them.
 */
export function oncePerWord<T>(compute: (word: string) => T, most = 20_000): (word: string) => T {
  const results = new Map<string, T>();
  return (word) => {
    const known = results.get(word);
    if (known !== undefined || results.has(word)) return known as T;
    if (results.size >= most) results.clear();
    const result = compute(word);
    results.set(word, result);
    return result;
  };
}
