import type { Article } from "../../model/index.js";
import { buildTermVectors, centroidOf, cosineSimilarity } from "../evidence/term-vectors.js";

/** Drops site furniture from a title: `… | Updates on …`, `: Live Updates`, trailing ellipsis. */
function cleanTitle(title: string): string {
  return title
    .split(/\s+[|–—]\s+/)[0]!
    .replace(/[:\-–]\s*live( updates)?$/i, "")
    .replace(/…$/, "")
    .trim();
}

/**
 * The most central title: the one closest to the centroid of all titles and texts. Titles that
 * ingest inferred from the first sentence are used only when no article has a real title.
 */
export function chooseHeadline(articles: readonly Article[], fallback: string): string {
  const given = articles.filter((article) => !article.titleInferred && article.title.trim() !== "");
  const candidates = (given.length > 0 ? given : articles).filter(
    (article) => !article.duplicateOf || given.length === 1,
  );
  if (candidates.length === 0) return fallback;
  const titles = candidates.map((article) => cleanTitle(article.title));
  const { vectors } = buildTermVectors([...titles, ...articles.map((article) => article.text)]);
  const centroid = centroidOf(vectors.slice(titles.length));
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  titles.forEach((title, index) => {
    const score = cosineSimilarity(vectors[index]!, centroid) + (title.length > 15 ? 0 : -1);
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return titles[best] || fallback;
}
