import type { RankedSentence } from "../evidence/rank-evidence.js";
import type { SentenceTimes } from "./sentence-times.js";

/**
 * The summary in reading order. With a known chronology it leads with the latest development (the
 * best-ranked sentence of the latest time), then the rest of that time, then what came before in
 * the order it happened; sentences of one time and one article keep their article's order, so
 * related sentences stay together. Without a chronology: the best-ranked sentence first, then the
 * others in article order and place in the article.
 */
export function orderSummary(
  chosen: readonly RankedSentence[],
  times: SentenceTimes | null,
  articleOrder: readonly string[],
  /** The sentence to open with, when the caller chose it (see chooseLede). */
  opening: RankedSentence | null = null,
): RankedSentence[] {
  if (chosen.length === 0) return [];
  const rank = new Map(articleOrder.map((id, index) => [id, index]));
  const timeOf = (sentence: RankedSentence) => times?.get(sentence) ?? 0;
  const inArticleOrder = (a: RankedSentence, b: RankedSentence) =>
    (rank.get(a.item.article.id) ?? 0) - (rank.get(b.item.article.id) ?? 0) ||
    a.item.sentence.start - b.item.sentence.start;
  const latest = Math.max(...chosen.map(timeOf));
  const standing = chosen.filter((sentence) => sentence.follows === null);
  const latestStanding = standing.filter((sentence) => timeOf(sentence) === latest);
  const ledeCandidates = latestStanding.length > 0 ? latestStanding : standing.length > 0 ? standing : chosen;
  const lede =
    opening && chosen.includes(opening)
      ? opening
      : ledeCandidates.reduce((best, sentence) => (sentence.score > best.score ? sentence : best));
  const rest = chosen.filter((sentence) => sentence !== lede);
  const sameTime = rest.filter((sentence) => timeOf(sentence) === latest).sort(inArticleOrder);
  const earlier = rest
    .filter((sentence) => timeOf(sentence) !== latest)
    .sort((a, b) => timeOf(a) - timeOf(b) || inArticleOrder(a, b));
  return keepWithPredecessors([lede, ...sameTime, ...earlier]);
}

/** A sentence that leans on the one before it goes right after that one (chains stay in order). */
function keepWithPredecessors(ordered: readonly RankedSentence[]): RankedSentence[] {
  const dependents = new Map<RankedSentence, RankedSentence>();
  for (const sentence of ordered)
    if (sentence.follows && ordered.includes(sentence.follows)) dependents.set(sentence.follows, sentence);
  const placed: RankedSentence[] = [];
  const place = (sentence: RankedSentence) => {
    placed.push(sentence);
    const next = dependents.get(sentence);
    if (next) place(next);
  };
  for (const sentence of ordered) {
    if (sentence.follows && dependents.get(sentence.follows) === sentence) continue;
    place(sentence);
  }
  return placed;
}
