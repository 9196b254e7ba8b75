import type { RankedSentence } from "../evidence/rank-evidence.js";
import type { SentenceTimes } from "./sentence-times.js";

/**
 * The sentence a time-aware summary opens with: the lead of the newest report, i.e. among the
 * sentences of the latest moment that stand on their own, the one nearest the top of its article
 * (then the best-ranked). Null when the story has no chronology, or nothing of the latest moment
 * is left to choose.
 */
export function chooseLede(candidates: readonly RankedSentence[], times: SentenceTimes | null): RankedSentence | null {
  if (!times || candidates.length === 0) return null;
  const latest = Math.max(...candidates.map((candidate) => times.get(candidate) ?? 0));
  let lede: RankedSentence | null = null;
  for (const candidate of candidates) {
    if (candidate.follows !== null || (times.get(candidate) ?? 0) !== latest) continue;
    if (
      !lede ||
      candidate.item.position < lede.item.position ||
      (candidate.item.position === lede.item.position && candidate.score > lede.score)
    )
      lede = candidate;
  }
  return lede;
}
