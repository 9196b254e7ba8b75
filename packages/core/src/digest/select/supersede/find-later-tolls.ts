import type { RankedSentence } from "../../evidence/rank-evidence.js";
import type { SentenceTimes } from "../times/index.js";
import {
  type Count,
  clauseAt,
  countsIn,
  EVENT_CONSEQUENCE,
  elsewhere,
  toldLater,
  WIDER_TOTAL,
} from "./find-raised-counts.js";

const DAY_MS = 86_400_000;

/** A sentence's count of the dead, read in words or digits: its highest ("three more bodies …, bringing the toll to nine"). */
function deathCount(counts: readonly Count[]): Count | null {
  return counts.filter((count) => count.event === "died").sort((a, b) => b.value - a.value)[0] ?? null;
}

/**
 * Sentences that tell the event with the toll known when they were written ("The bus plunged into a
 * ravine on Tuesday, killing at least 18 people"), each with the sentences of which one must come
 * with it into a summary: those telling the story's latest toll ("The death toll rose to 23"). Such a
 * sentence stays current (the event is the news: see findRaisedCounts), but a summary that tells it
 * without the later toll tells a toll the story has left behind. The later toll is the highest count
 * of the dead told after the event's, in the story's own days (not one recalled from before it), not
 * over a period or an area, and not in another place.
 */
export function findLaterTolls(
  candidates: readonly RankedSentence[],
  times: SentenceTimes,
): Map<RankedSentence, RankedSentence[][]> {
  const needs = new Map<RankedSentence, RankedSentence[][]>();
  const counted: Array<{ candidate: RankedSentence; count: Count; time: number }> = [];
  for (const candidate of candidates) {
    const count = deathCount(countsIn(candidate.item.sentence.text).counts);
    const time = times.get(candidate);
    if (count && time !== undefined) counted.push({ candidate, count, time });
  }
  if (counted.length < 2) return needs;
  const published = (candidate: RankedSentence) => Date.parse(candidate.item.article.publishedAt ?? "");
  const firstReport = Math.min(...counted.map(({ candidate }) => published(candidate)).filter(Number.isFinite));
  if (!Number.isFinite(firstReport)) return needs;
  const unbounded = (entry: { candidate: RankedSentence; count: Count }) =>
    !WIDER_TOTAL.test(clauseAt(entry.candidate.item.sentence.text, entry.count.at));
  for (const event of counted) {
    const text = event.candidate.item.sentence.text;
    // Only a toll told as the event's consequence stays beside a later one; others are raised and left out.
    if (!EVENT_CONSEQUENCE.test(text.slice(0, event.count.at)) || event.time < firstReport - 3 * DAY_MS) continue;
    if (!unbounded(event)) continue;
    const later = counted.filter(
      (other) =>
        other.count.value > event.count.value &&
        toldLater(event, other, published) &&
        unbounded(other) &&
        !elsewhere(event, other, event.count, other.count),
    );
    if (later.length === 0) continue;
    const latest = Math.max(...later.map((other) => other.count.value));
    needs.set(event.candidate, [later.filter((other) => other.count.value === latest).map((other) => other.candidate)]);
  }
  return needs;
}
