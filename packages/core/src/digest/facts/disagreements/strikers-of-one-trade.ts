import type { NumberMention } from "../figures/index.js";

/** A workforce or a union's members, whatever their trade: "180 staff", "200 workers", "150 members". */
const WORKFORCE_UNITS = /^(?:people|member)$/;

/** Spans a strike lasts, never a trade: "a three-day strike" counts days, not strikers. */
const SPAN_UNITS = /^(?:second|minute|hour|day|week|month|year|shift)s?$/;

/**
 * Strikers counted as a workforce ("180 staff joined the walkout", read as people) are the strikers of
 * the one trade the story names ("300 lecturers took part in the walkout"), as union members who walked
 * out are: one count told two ways.
 * When the story names two trades on strike (lecturers and cleaners), a workforce count could be either
 * or both, so it stays apart; two trades' counts never meet.
 */
export function strikersOfOneTrade(mentions: readonly NumberMention[]): NumberMention[] {
  const trades = new Set(
    mentions
      .filter((mention) => mention.event === "struck" && mention.unit && !SPAN_UNITS.test(mention.unit))
      .map((mention) => mention.unit as string)
      .filter((unit) => !WORKFORCE_UNITS.test(unit)),
  );
  if (trades.size !== 1) return [...mentions];
  const [trade] = trades;
  return mentions.map((mention) =>
    mention.event === "struck" && mention.unit && WORKFORCE_UNITS.test(mention.unit)
      ? { ...mention, unit: trade as string }
      : mention,
  );
}
