import type { RankedSentence } from "../../evidence/rank-evidence.js";
import type { StoryFacts } from "../../facts/extract-facts.js";
import { publishedDay, readDateExpressions } from "../../facts/reading/index.js";

/** A state's end told with it: "are in force … until", "remains closed till", "stay closed through". */
const UNTIL_BEFORE = /\b(?:until|till|through)\s+$/i;
/** A state told as holding to the end of the coming weekend: "will stay closed through the weekend". */
const UNTIL_WEEKEND = /\b(?:until|till|through)\s+(?:the|this)\s+weekend\b/i;

/** The Sunday that ends the weekend of a day (the day itself when it is a Sunday), as YYYY-MM-DD. */
function weekendEnd(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + ((7 - date.getUTCDay()) % 7));
  return date.toISOString().slice(0, 10);
}

/**
 * States told as holding until a day the story has since passed ("Red alerts are in force in
 * Seville until Sunday evening", "will stay closed through the weekend", read in a story whose latest
 * report is Tuesday's): by their own
 * words they no longer hold, so they are not the summary's present. The same for a plan whose day
 * the story has passed ("Castlebridge play Millbrook Rovers at home on Saturday" in a story whose
 * latest report is the next Friday's): placed by the timeline at a day after its own article's, it is told
 * as still to come, which is not where things stand, whether or not a later report tells how it went
 * (a sentence with a past day of its own, "The strike began on Monday and ends on Wednesday", is
 * dated by that day: Monday's news). The timeline keeps both, dated. Only a day (not a month or a
 * year), and only when a later article of the story was published after it.
 */
export function findLapsedStates(candidates: readonly RankedSentence[], facts: StoryFacts): Set<RankedSentence> {
  const lapsed = new Set<RankedSentence>();
  const days = candidates.flatMap((candidate) => publishedDay(candidate.item.article) ?? []);
  if (days.length === 0) return lapsed;
  const latest = days.reduce((a, b) => (a > b ? a : b));
  // The timeline places a plan at its day: one after its own article's day and before the latest's.
  const publishedOf = new Map(
    candidates.map((candidate) => [candidate.item.article.id, candidate.item.article.publishedAt]),
  );
  const passedPlans = new Set<string>();
  for (const entry of facts.timeline)
    if (entry.date?.length === 10 && entry.date < latest)
      for (const citation of entry.citations) {
        const published = publishedDay({ publishedAt: publishedOf.get(citation.articleId) });
        if (published && entry.date > published) passedPlans.add(`${citation.articleId}:${citation.start}`);
      }
  for (const candidate of candidates) {
    const text = candidate.item.sentence.text;
    const published = publishedDay(candidate.item.article);
    if (!published || published >= latest) continue;
    if (passedPlans.has(`${candidate.item.article.id}:${candidate.item.sentence.start}`)) {
      lapsed.add(candidate);
      continue;
    }
    if (UNTIL_WEEKEND.test(text) && weekendEnd(published) < latest) {
      lapsed.add(candidate);
      continue;
    }
    if (!/\b(?:until|till|through)\b/i.test(text)) continue;
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
