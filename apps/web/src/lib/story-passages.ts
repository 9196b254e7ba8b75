import type { StoryPageArticle } from "@roundup/db";

export interface NumberedPassage {
  /** What editors type to cite it: `P1`, `P2`, … in article order. */
  label: string;
  articleId: string;
  articleTitle: string;
  chunkId: string;
  start: number;
  end: number;
  /** The passage's opening words, so editors can tell passages apart. */
  preview: string;
}

/** Every passage of a story's articles, numbered in reading order (articles as shown, then chunks). */
export function numberPassages(articles: readonly StoryPageArticle[]): NumberedPassage[] {
  const passages: NumberedPassage[] = [];
  for (const article of articles) {
    for (const chunk of article.chunks) {
      const text = article.text.slice(chunk.start, chunk.end).replace(/\s+/g, " ").trim();
      passages.push({
        label: `P${passages.length + 1}`,
        articleId: article.id,
        articleTitle: article.title,
        chunkId: chunk.id,
        start: chunk.start,
        end: chunk.end,
        preview: text.length > 110 ? `${text.slice(0, 109)}…` : text,
      });
    }
  }
  return passages;
}

/**
 * Reads what an editor typed as a sentence's citations ("P3 P7", "p3, 7") into chunk ids.
 * Throws with the sentence and the unknown label named, so the form can say what to fix.
 */
export function parsePassageLabels(value: string, passages: readonly NumberedPassage[], sentence: number): string[] {
  const byLabel = new Map(passages.map((passage) => [passage.label.toLowerCase(), passage.chunkId]));
  const chunkIds: string[] = [];
  for (const token of value.split(/[\s,;]+/).filter(Boolean)) {
    const label = /^\d+$/.test(token) ? `p${token}` : token.toLowerCase();
    const chunkId = byLabel.get(label);
    if (!chunkId) {
      throw new Error(
        `Sentence ${sentence} cites "${token}", which is not a passage of this story (P1 to P${passages.length}).`,
      );
    }
    if (!chunkIds.includes(chunkId)) chunkIds.push(chunkId);
  }
  return chunkIds;
}
