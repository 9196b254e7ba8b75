/** A sentence inside an article's cleaned text: `text === article.text.slice(start, end)`. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** A passage of consecutive sentences: what citations point at. */
export interface Chunk {
  /** Stable: derived from the article id and the chunk's content. */
  id: string;
  articleId: string;
  index: number;
  /** Character offsets into the article's cleaned text: `text === article.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Exact count from the o200k_base tokenizer. */
  tokens: number;
  sentences: Sentence[];
}
