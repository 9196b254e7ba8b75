import { findFigurePassage } from "@roundup/core";
import type { StoryPageArticle } from "@roundup/db";

/** Where an outlet gives another count of a statement's figure, as the story page names and links it. */
export interface FigureSource {
  /** The outlet, or the title when the outlet is unknown: as the citation chips name articles. */
  name: string;
  /** What a screen reader hears for the link: the article's title and the passage's place in it. */
  description: string;
  /** The passage giving the figure, else the article; null for an article no longer in the story. */
  href: string | null;
}

export type FigureSourceOf = (articleId: string, figure: string) => FigureSource;

/**
 * How the story page names and links the article behind an outlet's other figure: to the first of its
 * passages that gives that figure (the sources column shows each passage as `passage-<chunkId>`, as
 * citation markers link them), else to the article.
 */
export function storyFigureSources(articles: readonly StoryPageArticle[]): FigureSourceOf {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return (articleId, figure) => {
    const article = byId.get(articleId);
    if (!article) return { name: "an article no longer in this story", description: "", href: null };
    const name = article.source ?? article.title;
    const passages = article.chunks.map((chunk, index) => ({
      chunkId: chunk.id,
      paragraph: index + 1,
      text: article.text.slice(chunk.start, chunk.end),
    }));
    const passage = findFigurePassage(passages, figure);
    return passage
      ? { name, description: `¶${passage.paragraph} of “${article.title}”`, href: `#passage-${passage.chunkId}` }
      : { name, description: `“${article.title}”`, href: `#article-${article.id}` };
  };
}
