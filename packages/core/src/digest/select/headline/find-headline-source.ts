import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { contentWords } from "../../evidence/word-tokens.js";

/**
 * The sentence a headline was cut from, among the candidates that stand on their own: one holding
 * every content word of the headline (a lead clause is the sentence's own words, less what a cut or
 * an aside dropped), the nearest the top of its article. Null for a headline no single sentence holds
 * (an outlet's title in its own words). A summary that leads with it tells the news its headline
 * tells, whatever later detail of that day the newest report adds.
 */
export function findHeadlineSource(headline: string, candidates: readonly RankedSentence[]): RankedSentence | null {
  const wanted = new Set(contentWords(headline));
  if (wanted.size === 0) return null;
  let source: RankedSentence | null = null;
  for (const candidate of candidates) {
    if (candidate.follows !== null) continue;
    const words = new Set(contentWords(candidate.item.sentence.text));
    if (![...wanted].every((word) => words.has(word))) continue;
    if (!source || candidate.item.position < source.item.position) source = candidate;
  }
  return source;
}
