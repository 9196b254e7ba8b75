import type { RankedSentence } from "../evidence/rank-evidence.js";
import { addressesReader } from "./rank-headlines.js";
import type { SentenceTimes } from "./sentence-times.js";

/**
 * The sentence a time-aware summary opens with: the lead of the newest report, i.e. among the
 * sentences of the latest moment (of dated articles, when there are any) that stand on their own
 * and report rather than advise the reader, the one nearest the top of its article
 * (then the best-ranked). Null when the story has no chronology, or nothing of the latest moment
 * is left to choose.
 */
export function chooseLede(candidates: readonly RankedSentence[], times: SentenceTimes | null): RankedSentence | null {
  if (!times || candidates.length === 0) return null;
  // A lede reports: advice to the reader is no news, and an undated article's moment is only
  // inferred, so dated reports lead when there are any.
  const reporting = candidates.filter((candidate) => !addressesReader(candidate.item.sentence.text));
  const dated = reporting.filter((candidate) => candidate.item.article.publishedAt);
  const pool = dated.length > 0 ? dated : reporting;
  if (pool.length === 0) return null;
  const latest = Math.max(...pool.map((candidate) => times.get(candidate) ?? 0));
  let lede: RankedSentence | null = null;
  for (const candidate of pool) {
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
