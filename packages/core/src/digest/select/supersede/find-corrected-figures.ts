import { byPublication } from "../../../ingest/index.js";
import type { ArticleSentence } from "../../evidence/article-sentences.js";
import { isCorrectionArticle, mentionsCorrection } from "../../evidence/correction-notice.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";

/** "It was 91 percent, not 89 percent", "…should have said 40, not 14": the figure that was wrong. */
const WRONG_FIGURE = /\bnot\s+(?:the\s+)?[$£€]?(\d[\d,]*(?:\.\d+)?)(?:\s*(%|[\p{L}]+))?/giu;
/** Any figure in a sentence, with the word after it (its unit, when it has one). */
const FIGURE = /(?<![\p{L}\p{N}.,])[$£€]?(\d[\d,]*(?:\.\d+)?)(?:\s*(%|[\p{L}]+))?/gu;

interface WrongFigure {
  value: string;
  unit: string | null;
  /** When the correction was published (ISO), and by whom: only what came before it is corrected. */
  publishedAt: string;
}

const unitOf = (word: string | undefined) => {
  if (!word) return null;
  const lower = word.toLowerCase();
  return lower === "%" || lower === "per" ? "percent" : lower;
};

/** The figures the story's correction notices say were wrong. */
function wrongFigures(items: readonly ArticleSentence[]): WrongFigure[] {
  const found: WrongFigure[] = [];
  items.forEach((item, index) => {
    const { publishedAt } = item.article;
    if (!publishedAt) return;
    const previous = items[index - 1];
    // The notice names what was wrong, in its sentence or the one before it, or the article is one.
    const inCorrection =
      mentionsCorrection(item.sentence.text) ||
      (previous?.article === item.article && mentionsCorrection(previous.sentence.text)) ||
      isCorrectionArticle(item.article);
    if (!inCorrection) return;
    for (const match of item.sentence.text.matchAll(WRONG_FIGURE)) {
      if (/^(?:19|20)\d\d$/.test(match[1]!)) continue;
      found.push({ value: match[1]!.replace(/,/g, ""), unit: unitOf(match[2]), publishedAt });
    }
  });
  return found;
}

/**
 * Sentences stating a figure that a later correction in the story says was wrong ("An article on
 * Wednesday misstated the share … It was 91 percent, not 89 percent."): what an outlet withdrew is
 * not news to summarise, nor to date on the timeline. The figure must match with its unit when the
 * correction gives one ("89 percent"), and the sentence must come before the correction.
 */
export function findCorrectedFigures(
  candidates: readonly RankedSentence[],
  items: readonly ArticleSentence[],
): Set<RankedSentence> {
  const corrected = new Set<RankedSentence>();
  const wrong = wrongFigures(items);
  if (wrong.length === 0) return corrected;
  for (const candidate of candidates) {
    const { publishedAt } = candidate.item.article;
    if (!publishedAt) continue;
    const text = candidate.item.sentence.text;
    // The notice itself ("It was 91 percent, not 89 percent") is not before itself, so it stays.
    const figures = [...text.matchAll(FIGURE)].map((match) => ({
      value: match[1]!.replace(/,/g, ""),
      unit: unitOf(match[2]),
    }));
    const withdrawn = wrong.some(
      (figure) =>
        byPublication(publishedAt, figure.publishedAt) < 0 &&
        figures.some((mine) => mine.value === figure.value && (figure.unit === null || mine.unit === figure.unit)),
    );
    if (withdrawn) corrected.add(candidate);
  }
  return corrected;
}
