import type { Corroboration } from "@roundup/prompts";

/** One outlet's other count of a statement's figure, with both written as a reader writes them ("1,500"). */
export interface OtherFigure {
  articleId: string;
  /** The statement's figure. */
  figure: string;
  /** The count the other outlet gives instead. */
  instead: string;
}

/** What an editor reads next to a statement's corroboration when some outlets counted give another figure. */
export interface OtherFiguresNote {
  /** "1 of them gives another figure", "2 of them give other figures", "1 other outlet gives another figure". */
  lead: string;
  figures: OtherFigure[];
}

/** Figures are stored bare ("1500"); a count of thousands is read with its separators. */
function written(figure: string): string {
  return /^\d{4,}$/.test(figure) ? Number(figure).toLocaleString("en-US") : figure;
}

/**
 * The outlets that give another count of a statement's figure ("12 people injured" for "14 people
 * hurt"), in words: those counted corroborate the event, not the figure, so the count alone would
 * overstate the figure's support; those not counted give a rival figure (against a limit: "at least 58"). Null when every outlet gives the
 * statement's own figures. Renderers name each article their own way: "12 (Outlet B) for 14".
 */
export function describeOtherFigures(corroboration: Corroboration | undefined): OtherFiguresNote | null {
  const figures = (corroboration?.otherFigures ?? []).map((item) => ({
    articleId: item.articleId,
    figure: written(item.figure),
    instead: written(item.instead),
  }));
  if (figures.length === 0) return null;
  const outlets = new Set(figures.map((item) => item.articleId));
  // An outlet whose other count is a rival claim (against a limit: "at least 58") is listed, not counted.
  const counted = new Set(corroboration?.articleIds ?? []);
  const among = [...outlets].filter((id) => counted.has(id)).length;
  const besides = outlets.size - among;
  const what = figures.length === 1 ? "another figure" : "other figures";
  const who = [
    among > 0 ? `${among} of them` : "",
    besides > 0 ? `${besides} other ${besides === 1 ? "outlet" : "outlets"}` : "",
  ].filter(Boolean);
  const one = who.length === 1 && (among === 1 || (among === 0 && besides === 1));
  return { lead: `${who.join(" and ")} ${one ? "gives" : "give"} ${what}`, figures };
}
