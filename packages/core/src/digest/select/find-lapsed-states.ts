import type { RankedSentence } from "../evidence/rank-evidence.js";
import { readDateExpressions } from "../facts/read-date-expressions.js";

/** A state's end told with it: "are in force … until", "remains closed till". */
const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;

/**
 * States told as holding until a day the story has since passed ("Red alerts are in force in
 * Seville until Sunday evening", read in a story whose latest report is Tuesday's): by their own
 * words they no longer hold, so they are not the summary's present. The timeline keeps them, dated.
 * Only a day (not a month or a year) the sentence's own article reads as still to come, and only
 * when a later article of the story was published after it.
 */
export function findLapsedStates(candidates: readonly RankedSentence[]): Set<RankedSentence> {
  const lapsed = new Set<RankedSentence>();
  const days = candidates.flatMap((candidate) => candidate.item.article.publishedAt?.slice(0, 10) ?? []);
  if (days.length === 0) return lapsed;
  const latest = days.reduce((a, b) => (a > b ? a : b));
  for (const candidate of candidates) {
    const text = candidate.item.sentence.text;
    const published = candidate.item.article.publishedAt?.slice(0, 10);
    if (!published || published >= latest || !/\b(?:until|till)\b/i.test(text)) continue;
    const ends = readDateExpressions(text, published).some(
      (expression) =>
        expression.prospective &&
        expression.precision === "day" &&
        expression.date !== null &&
        expression.date < latest &&
        UNTIL_BEFORE.test(text.slice(0, expression.start)),
    );
    if (ends) lapsed.add(candidate);
  }
  return lapsed;
}
