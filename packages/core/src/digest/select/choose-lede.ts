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
  // A lede reports: an undated article's moment is only inferred, so dated reports lead when there
  // are any; and advice to the reader is no news. The latest moment is the latest with a sentence
  // that reports (read moment by moment, newest first: the tagger is too slow for every sentence).
  const dated = candidates.filter((candidate) => candidate.item.article.publishedAt);
  const byMoment = new Map<number, RankedSentence[]>();
  for (const candidate of dated.length > 0 ? dated : candidates) {
    const time = times.get(candidate) ?? 0;
    const list = byMoment.get(time);
    if (list) list.push(candidate);
    else byMoment.set(time, [candidate]);
  }
  for (const moment of [...byMoment.keys()].sort((a, b) => b - a)) {
    const reporting = byMoment.get(moment)!.filter((candidate) => !addressesReader(candidate.item.sentence.text));
    if (reporting.length === 0) continue;
    let lede: RankedSentence | null = null;
    for (const candidate of reporting) {
      if (candidate.follows !== null) continue;
      if (
        !lede ||
        candidate.item.position < lede.item.position ||
        (candidate.item.position === lede.item.position && candidate.score > lede.score)
      )
        lede = candidate;
    }
    return lede;
  }
  return null;
}
