import type { DateExpression } from "./read-date-expressions.js";

/**
 * A penalty or a finding against a party, up to its year ("was fined £2m in ", "was convicted of fraud
 * in ", "was linked to an outbreak in "): the party's record, which a story keeps at its year.
 */
const PENALTY_BEFORE =
  /\b(?:fined|convicted|sentenced|jailed|censured|prosecuted|charged|banned|disqualified|ordered\s+to\s+pay|linked\s+to)\b(?:[^,;:()]|(?<=\d),(?=\d))*$/i;
/** The story's own matter beginning ("The case began in ", "The dispute started in "): its timeline's first entry. */
const BEGINNING_BEFORE = /\b(?:began|begun|started)\s+(?:in\s+)?$/i;
/**
 * Someone's account before the year ("said she had reported the movement to the council in "): theirs
 * to date, not the writer's. "Recalled" with goods counted or owned after it ("recalled 90,000 jars",
 * "recalled its heaters") is a product recall the writer tells, no remembering.
 */
const ACCOUNT_BEFORE =
  /\b(?:said|says|told|tells|testified|wrote|claimed|alleged|admitted|recalled(?!\s+(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?(?:\d|its\b|their\b|all\b)))\b/i;

/**
 * Whether a sentence of a dated report tells the story's background by a year before the report's
 * own, and by nothing else: an earlier event ("In 2011, flyrock from a quarry near Shap damaged two
 * cars", "A flood in Carlisle in 2005 forced 3,000 from their homes") or the subject's own history
 * ("The stadium was renovated in 2019", "The council spent £1.2m resurfacing the pitch in 2024, its
 * accounts show"). An editor puts neither on the story's timeline, and never at that year: the
 * timeline tells how this story unfolded. Not a year of a plan, nor one of a party's record of
 * penalties (kept at its year, as the written stories have it, even one for an earlier event of
 * the kind: "was fined $1.2 million in 2023 after a leak from the same pipeline"), nor one inside
 * someone's account of what happened then, nor the story's own matter beginning ("The case began in
 * 2023, when …"); a sentence with another date of its own is left to it.
 * `expressions` are the sentence's, read against `published` (its report's day, YYYY-MM-DD).
 */
export function backgroundYear(
  text: string,
  expressions: readonly DateExpression[],
  published: string | null,
): boolean {
  if (published === null) return false;
  const year = Number(published.slice(0, 4));
  const told = expressions.filter((expression) => !expression.background);
  if (told.length === 0) return false;
  return told.every(
    (expression) =>
      expression.precision === "year" &&
      !expression.relative &&
      !expression.prospective &&
      !expression.reporting &&
      expression.date !== null &&
      Number(expression.date) < year &&
      !ACCOUNT_BEFORE.test(text.slice(0, expression.start)) &&
      !BEGINNING_BEFORE.test(text.slice(0, expression.start)) &&
      !PENALTY_BEFORE.test(text.slice(0, expression.start)),
  );
}
