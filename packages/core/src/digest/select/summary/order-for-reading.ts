import type { RankedSentence } from "../../evidence/rank-evidence.js";

/** Chosen sentences in reading order: older articles first, then by place in the article. */
export function orderForReading(
  sentences: readonly RankedSentence[],
  articleOrder: readonly string[],
): RankedSentence[] {
  const rank = new Map(articleOrder.map((id, index) => [id, index]));
  return [...sentences].sort(
    (a, b) =>
      (rank.get(a.item.article.id) ?? 0) - (rank.get(b.item.article.id) ?? 0) ||
      a.item.sentence.start - b.item.sentence.start,
  );
}
