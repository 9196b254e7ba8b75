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

/** Whether a sum (the text before the figure, and after it) is what a person was paid. */
export function payReceived(before: string, after: string): boolean {
  if (FOR_AFTER.test(after)) return false;
  return WAS_PAID_BEFORE.test(before) || PAY_NOUN_BEFORE.test(before);
}
