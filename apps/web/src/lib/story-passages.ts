import type { StoryPageArticle } from "@roundup/db";

/** A passage an editor may cite, as the edit form's picker lists it. */
export interface CitablePassage {
  chunkId: string;
  articleId: string;
  start: number;
  end: number;
  /** "Gulf Wire ¶3": the outlet (or title) and the paragraph's position in its article. */
  label: string;
  articleTitle: string;
  /** The passage's opening words, so editors can tell passages apart. */
  preview: string;
}

/** Every passage of a story's articles, in the order the sources are shown. */
export function listCitablePassages(articles: readonly StoryPageArticle[]): CitablePassage[] {
  return articles.flatMap((article) =>
    article.chunks.map((chunk, index) => {
      const text = article.text.slice(chunk.start, chunk.end).replace(/\s+/g, " ").trim();
      return {
        chunkId: chunk.id,
        articleId: article.id,
        start: chunk.start,
        end: chunk.end,
        label: `${article.source ?? article.title} ¶${index + 1}`,
        articleTitle: article.title,
        preview: text.length > 140 ? `${text.slice(0, 139)}…` : text,
      };
    }),
  );
}
