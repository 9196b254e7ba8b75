import type { NumberMention } from "../figures/index.js";

/**
 * A time before the report told in the figure's own sentence, ahead of the figure: "Early last month, a
 * building … collapsed, killing six people and injuring 14", "Two years ago, 40 homes flooded".
 */
const PAST_PERIOD_BEFORE =
  /\b(?:(?:early|late|earlier|later)\s+)?last\s+(?:month|year|spring|summer|autumn|fall|winter)\b|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s+(?:months|years)\s+ago\b|\bearlier\s+this\s+year\b/i;

/**
 * Whether a figure of a report with no date is another, earlier event's, recalled by a time before
 * the report ("last month", "two years ago"): dated reports place such a figure by its date, but an
 * undated one would leave it in the one moment of the story's own counts, set against them.
 */
export function undatedPrecedent(mention: NumberMention): boolean {
  if (mention.item.article.publishedAt) return false;
  const before = mention.item.sentence.text.slice(0, mention.start - mention.item.sentence.start);
  return PAST_PERIOD_BEFORE.test(before);
}
