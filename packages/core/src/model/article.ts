import type { Chunk } from "./chunk.js";

/** What a parser produces from one input, before cleaning and chunking. */
export interface ArticleDraft {
  /** The input as named by the user: a path, a URL, or `corpus.jsonl#id`. */
  input: string;
  /** An id given by the input itself (the corpus `id`), kept for evaluation round-trips. */
  externalId?: string | null;
  title: string | null;
  /** The body exactly as received (plain text; HTML already reduced to text by the parser). */
  originalText: string;
  source?: string | null;
  url?: string | null;
  file?: string | null;
  author?: string | null;
  /** ISO 8601 when known. */
  publishedAt?: string | null;
  /** Gold story label, only present in evaluation corpora. */
  goldStory?: string | null;
}

/** A cleaned, chunked article: the unit everything else cites. */
export interface Article {
  /** Stable: derived from the cleaned text, so the same content re-imported gets the same id. */
  id: string;
  externalId: string | null;
  contentHash: string;
  title: string;
  titleInferred: boolean;
  source: string | null;
  url: string | null;
  file: string | null;
  author: string | null;
  publishedAt: string | null;
  /** ISO 639-3 code, or `und` when too short to tell. */
  language: string;
  originalText: string;
  /** The cleaned text. Chunk and citation offsets index into this string. */
  text: string;
  /** Set when this article is a near-duplicate (rewrite, syndication) of another. */
  duplicateOf: string | null;
  chunks: Chunk[];
  goldStory: string | null;
}
