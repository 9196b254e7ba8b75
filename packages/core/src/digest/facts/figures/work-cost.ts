/**
 * What one dated piece of past work cost, however an outlet tells it: by its noun ("underwent a £1.2m
 * restoration in 2019", "The 2018 recladding of the block cost £6.5m") or by its verb ("spent £850,000
 * restoring the boat in 2019", "was reclad in 2018 at a cost of £4.2m"). An editor sets two such sums
 * of one year against each other, whichever words carry them; another year's work is another sum, and
 * work only planned ("was planned for 2027") is no cost of past work at all.
 */
const YEAR = String.raw`((?:19|20)\d\d)`;
const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|more than|an estimated)\s+)?`;
const SCALE_AFTER = String.raw`^\s*(?:m|bn|mn)?(?:\s+(?:million|billion|thousand))?`;
/**
 * Nouns of work done to a thing: those made from a verb ("restoration", "refurbishment", "rewiring")
 * and the short ones news uses ("refit", "overhaul").
 */
const WORK_NOUN = String.raw`(?:[a-z]{4,}(?:ation|ment|ing)|refit|repairs?|overhaul|upgrade|rebuild|revamp|makeover|facelift|conversion|extension|renovation)`;

/** "spent £850,000 restoring the boat in 2019": the verb of the work after the sum, then its year. */
const SPENT_BEFORE = new RegExp(String.raw`\b(?:spent|spend|spends|paid)\s+${HEDGE}[$£€]\s*$`, "i");
const DOING_IN_YEAR_AFTER = new RegExp(String.raw`${SCALE_AFTER}\s+[a-z]{3,}ing\b[^,;.]{0,50}?\bin\s+${YEAR}\b`, "i");
/** "a £1.2 million restoration in 2019", "a $4m refit of the ferry in 2031": the work's noun after the sum. */
const NOUN_IN_YEAR_AFTER = new RegExp(
  String.raw`${SCALE_AFTER}[\s-]+${WORK_NOUN}(?:\s+(?:of|to|on)\s+[^,;.]{1,40}?)?\s+in\s+${YEAR}\b`,
  "i",
);
/** "was reclad in 2018 at a cost of £4.2m", "in 2023 her engine was replaced at a cost of": the year before the cost. */
const IN_YEAR_AT_COST_BEFORE = new RegExp(
  String.raw`\bin\s+${YEAR}\b[^,;.]{0,60}?\bat\s+a\s+(?:total\s+)?cost\s+of\s+${HEDGE}[$£€]\s*$`,
  "i",
);
/** "The 2018 recladding of the block cost £6.5m": the year set before the work's noun, the subject of "cost". */
const YEAR_NOUN_COST_BEFORE = new RegExp(
  String.raw`\b(?:the|its|their|a)\s+${YEAR}\s+${WORK_NOUN}\b[^,;.]{0,50}?\bcost\s+${HEDGE}[$£€]\s*$`,
  "i",
);

/**
 * The year of the past work a sum of money cost, read from the words before the sum (`before`, up to
 * its currency sign) and after it (`after`, from the end of its digits), or null when the sum is no
 * such cost.
 */
export function workCostYear(before: string, after: string): string | null {
  return (
    IN_YEAR_AT_COST_BEFORE.exec(before)?.[1] ??
    YEAR_NOUN_COST_BEFORE.exec(before)?.[1] ??
    (SPENT_BEFORE.test(before) ? DOING_IN_YEAR_AFTER.exec(after)?.[1] : undefined) ??
    NOUN_IN_YEAR_AFTER.exec(after)?.[1] ??
    null
  );
}
