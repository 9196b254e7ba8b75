/**
 * What a person was paid, however an outlet tells it: "was paid 8.1 million pounds last year", "a pay
 * package worth £6.8m", "total pay of £6.8m", "a remuneration package of £6.8m". One measure of one
 * person's pay (a salary or a bonus, parts of it, are other sums; what "X paid for" a thing is its
 * cost).
 */
const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|more than|just over|just under|an estimated)\s+)?`;
/** "was paid", "were paid", "had been paid", right before the sum. */
const WAS_PAID_BEFORE = new RegExp(
  String.raw`\b(?:was|were|is|are|been|being|gets|got)\s+paid\s+(?:a\s+total\s+of\s+)?${HEDGE}[$£€]?\s*$`,
  "i",
);
/** "a pay package worth", "total pay of", "a remuneration package of", "a pay deal worth". */
const PAY_NOUN_BEFORE = new RegExp(
  String.raw`\b(?:(?:total\s+)?(?:pay|remuneration|compensation)(?:\s+(?:package|deal|award))?|pay\s+packet)\s+(?:worth|of|totalling|totaling|valued\s+at)\s+${HEDGE}[$£€]?\s*$`,
  "i",
);
/** After the sum: "for the site", "for each", a price paid, never pay. */
const FOR_AFTER = /^\s*(?:m|bn|mn)?(?:\s+(?:million|billion|thousand))?(?:\s+(?:pounds|dollars|euros))?\s+for\b/i;

/**
 * Whether a sum (the text before the figure, and after it) is what someone was paid; `earned` when a
 * verb of earning already names a group's pay (see pay-of-group), which a price "for" a thing is not.
 */
export function payReceived(before: string, after: string, earned = false): boolean {
  if (FOR_AFTER.test(after)) return false;
  return earned || WAS_PAID_BEFORE.test(before) || PAY_NOUN_BEFORE.test(before);
}

/** A name: capitalised words ("Daniel Roper", "Roper", "Sir Peter Lowden"). */
const CAPITALISED = /\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/gu;
/** Capitalised words that open sentences and name no one. */
const NO_NAME =
  /^(?:The|A|An|He|She|It|They|His|Her|Its|Their|This|That|In|On|At|Last|Inside|But|And|Mr|Mrs|Ms|Dr|Sir|Dame)$/;

/**
 * Whose pay a sum is: the surname of the last person named before it in its sentence ("Harcourt Homes
 * Chief Executive Daniel Roper was paid" → roper, "The finance director, Tom Fry, was paid" → fry,
 * "Roper was paid" → roper). Two people's pay are never rival figures; undefined when no one is named
 * ("He was paid").
 */
export function payeeOf(before: string): string | undefined {
  const names = (before.match(CAPITALISED) ?? []).filter((name) => !NO_NAME.test(name));
  const last = names[names.length - 1]?.split(/\s+/).pop();
  return last?.toLowerCase();
}
