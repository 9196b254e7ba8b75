import type { NumberMention } from "../../facts/figures/index.js";

const DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/** A count told with its own days, in the clause of its figure: "140 lifts on Monday", "on Monday and Tuesday". */
const OWN_DAYS = new RegExp(`^[^,;.]*?\\bon\\s+${DAY}(?:\\s+(?:and|or)\\s+${DAY})?\\b`);
/** A count told as a running total, which a later total does update: "so far", "since", "by Monday". */
const CUMULATIVE = /\b(?:by|since|so far|to date|in all|in total|altogether|had been|have been|has been)\b/i;
/**
 * A total told over a span of days that reaches past a single day's: "by Friday", "between Sunday and
 * Wednesday", "over the week", "since the strike began", "this week".
 */
export const SPAN = new RegExp(
  `\\b(?:by\\s+(?:${DAY}|the\\s+end\\s+of|last\\s+night|this\\s+(?:morning|evening|week))|between\\s+${DAY}\\s+and\\s+${DAY}|over\\s+the\\s+(?:week|weekend|past|last|[\\p{L}-]+\\s+days)|since\\s+(?:${DAY}|the\\s+[\\p{L}-]+\\s+(?:began|started))|this\\s+week)\\b`,
  "iu",
);
/**
 * What one event's toll counts: the dead, hurt, missing, sick and driven from home grow as they are
 * counted, whatever day the count is told of; work is counted by the days it was done.
 */
const CASUALTY =
  /^(?:killed|dead|died|death|injured|hurt|wounded|missing|miss|sickened|ill|infected|hospitali[sz]ed|displaced|evacuated|forced|fled|left|stranded|affected|homeless)$/i;

/**
 * Whether an earlier count is a part, told with its own days, of a later total over a longer span: "3,000
 * flights were cancelled on Monday and Tuesday" beside "In all, 9,500 flights were cancelled over the
 * week", "inspected 140 lifts on Monday" beside "880 lifts had been inspected by Friday". The part is
 * still true of its days and the total does not replace it. A part told as if it were the whole ("Nine
 * concerts have been canceled so far") is a running total the later one does update, and so is a toll of
 * the dead, hurt or displaced, which counts what one event did, not a day's work.
 */
export function partOfLaterTotal(earlier: NumberMention, later: NumberMention): boolean {
  if (CASUALTY.test(earlier.event ?? "")) return false;
  const { sentence } = earlier.item;
  const text = earlier.item.article.text;
  const clause = text.slice(earlier.end, sentence.end);
  const before = text.slice(sentence.start, earlier.start);
  const opening = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  if (!OWN_DAYS.test(clause) || CUMULATIVE.test(opening + clause.split(/[,;.]/)[0])) return false;
  return SPAN.test(later.item.sentence.text);
}
