import type { RankedSentence } from "../evidence/rank-evidence.js";
import { readDateExpressions } from "../facts/read-date-expressions.js";

/** A state's end told with it: "are in force … until", "remains closed till". */
const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;

/** Words a day still to come is told by: a cheap test before the dates are read. */
const DAY_WORD =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/**
 * States told as holding until a day the story has since passed ("Red alerts are in force in
 * Seville until Sunday evening", read in a story whose latest report is Tuesday's): by their own
 * words they no longer hold, so they are not the summary's present. The same for a plan whose day
 * the story has passed ("Castlebridge play Millbrook Rovers at home on Saturday" in a story whose
 * latest report is the next Friday's): told as still to come, it is not where things stand, whether
 * or not a later report tells how it went. The timeline keeps both, dated. Only a day (not a month or
 * a year) the sentence's own article reads as still to come, only when a later article of the story
 * was published after it, and only a plan the sentence tells alone (no past day of its own: "The
 * strike began on Monday and ends on Wednesday" is Monday's news).
 */
export function findLapsedStates(candidates: readonly RankedSentence[]): Set<RankedSentence> {
  const lapsed = new Set<RankedSentence>();
  const days = candidates.flatMap((candidate) => candidate.item.article.publishedAt?.slice(0, 10) ?? []);
  if (days.length === 0) return lapsed;
  const latest = days.reduce((a, b) => (a > b ? a : b));
  for (const candidate of candidates) {
    const text = candidate.item.sentence.text;
    const published = candidate.item.article.publishedAt?.slice(0, 10);
    if (!published || published >= latest || !DAY_WORD.test(text)) continue;
    const expressions = readDateExpressions(text, published);
    const passed = (expression: (typeof expressions)[number]) =>
      expression.prospective && expression.precision === "day" && expression.date !== null && expression.date < latest;
    const ends = expressions.some(
      (expression) => passed(expression) && UNTIL_BEFORE.test(text.slice(0, expression.start)),
    );
    const planPassed =
      expressions.some((expression) => passed(expression) && !expression.background) &&
      !expressions.some((expression) => !expression.prospective && !expression.background && !expression.reporting);
    if (ends || planPassed) lapsed.add(candidate);
  }
  return lapsed;
}
