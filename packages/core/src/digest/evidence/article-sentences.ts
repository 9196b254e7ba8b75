import type { Citation } from "@roundup/prompts";
import type { Article, Chunk, Sentence } from "../../model/index.js";

/** A sentence of an article with where it sits: what evidence selection and citations work on. */
export interface ArticleSentence {
  article: Article;
  chunk: Chunk;
  sentence: Sentence;
  /** Position of the sentence in its article (0 = first body sentence). */
  position: number;
  /** Number of sentences in the article. */
  articleLength: number;
  /** Index of the article in the story's article list. */
  articleIndex: number;
}

/**
 * Every sentence of the articles, in article order then text order. A first sentence that only
 * repeats the title (how ingest keeps the title line inside the text) is left out, unless the title
 * was inferred from it and it is a full sentence of the body: an untitled article's first sentence
 * is its news (and may be its only dated one), not a headline.
 */
export function articleSentences(articles: readonly Article[]): ArticleSentence[] {
  const all: ArticleSentence[] = [];
  articles.forEach((article, articleIndex) => {
    const own: Array<{ chunk: Chunk; sentence: Sentence }> = [];
    for (const chunk of article.chunks) for (const sentence of chunk.sentences) own.push({ chunk, sentence });
    const title = normalizeForCompare(article.title);
    const body = own.filter(
      ({ sentence }, index) =>
        !(
          index === 0 &&
          title !== "" &&
          isTitleSentence(sentence.text, title) &&
          !(article.titleInferred && isBodySentence(sentence.text))
        ),
    );
    body.forEach(({ chunk, sentence }, position) => {
      all.push({ article, chunk, sentence, position, articleLength: body.length, articleIndex });
    });
  });
  return all;
}

function normalizeForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function isTitleSentence(sentence: string, normalizedTitle: string): boolean {
  const normalized = normalizeForCompare(sentence);
  const titleStart = normalizedTitle.replace(/…$/, "").slice(0, 40);
  return (
    normalized === normalizedTitle ||
    (titleStart.length >= 20 && normalized.startsWith(titleStart) && !/[.!?]["”’]?$/.test(sentence.trim()))
  );
}

/**
 * A sentence as a body has them, not a headline: it ends like a sentence and is long enough to
 * tell something ("Thirty-six years." and a title-case line ending in a question mark are not).
 */
function isBodySentence(text: string): boolean {
  const trimmed = text.trim();
  if (!/[.!?]["”’)]*$/.test(trimmed)) return false;
  const words = trimmed.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length < 6) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length < 0.6;
}

/** The exact citation of a sentence: its article, chunk and span in the article's cleaned text. */
export function citationOf(item: Pick<ArticleSentence, "article" | "chunk" | "sentence">): Citation {
  return { articleId: item.article.id, chunkId: item.chunk.id, start: item.sentence.start, end: item.sentence.end };
}
