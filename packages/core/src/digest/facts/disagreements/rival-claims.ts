import type { Disagreement } from "@roundup/prompts";
import { type ArticleSentence, citationOf } from "../../evidence/article-sentences.js";

/** One outlet's figure for a thing, as a finder of one kind of disagreement reads it. */
export interface OutletFigure {
  item: ArticleSentence;
  /** The figure as written, shown as the claim's value. */
  raw: string;
  outletKey: string;
  outletName: string | null;
}

/**
 * The claims of outlets' rival figures for one thing, one per value with every outlet that gives it;
 * null when fewer than two outlets give it, when they agree, or when one outlet gives two values
 * (two events, a birthday, a slip of its own: nothing to set against another outlet).
 */
export function rivalClaims<T extends OutletFigure>(
  figures: readonly T[],
  valueIn: (figure: T) => string | number,
): Disagreement["claims"] | null {
  const perOutlet = new Map<string, Set<string | number>>();
  for (const figure of figures)
    perOutlet.set(figure.outletKey, (perOutlet.get(figure.outletKey) ?? new Set()).add(valueIn(figure)));
  if (perOutlet.size < 2 || [...perOutlet.values()].some((values) => values.size > 1)) return null;
  const values = [...new Set(figures.map(valueIn))];
  if (values.length < 2) return null;
  return values.map((value) => {
    const side = figures.filter((figure) => valueIn(figure) === value);
    const outlets = [...new Set(side.map((figure) => figure.outletName).filter((name) => name !== null))];
    return {
      value: side[0]!.raw,
      text: side[0]!.item.sentence.text,
      citations: side.map((figure) => citationOf(figure.item)),
      ...(outlets.length > 0 ? { outlets } : {}),
    };
  });
}
