import { hash as digest } from "node:crypto";
import type { Chunk, Sentence } from "../model/index.js";
import { segmentSentences } from "./segment-sentences.js";
import { sliceTokenCounter } from "./slice-token-counter.js";

export interface ChunkArticleOptions {
  /** Chunks take whole sentences while the chunk stays within this many tokens. */
  targetTokens?: number;
  /** Sentences already computed for `text`, to avoid segmenting twice. */
  sentences?: Sentence[];
}

/**
 * Groups consecutive whole sentences into chunks of at most `targetTokens` tokens; a sentence
 * longer than the target becomes a chunk on its own (sentences are never cut, so citations stay
 * readable). Ids depend only on the article id, the chunk's position and its content: re-chunking
 * the same text gives the same ids. Token counts are exact (o200k_base).
 */
export function chunkArticle(articleId: string, text: string, options: ChunkArticleOptions = {}): Chunk[] {
  const targetTokens = options.targetTokens ?? 120;
  const sentences = options.sentences ?? segmentSentences(text);
  if (sentences.length === 0) return [];
  const countTokens = sliceTokenCounter(text);
  const tokensOf = (first: number, end: number) =>
    countTokens(sentences[first]?.start ?? 0, sentences[end - 1]?.end ?? 0);
  const chunks: Chunk[] = [];
  let position = 0;
  while (position < sentences.length) {
    // Take sentences while a cheap estimate fits, then count the chunk exactly and give back
    // sentences while it does not. (The estimate decides where chunks end, hence their ids: keep it.)
    let end = position + 1;
    let estimate = estimateTokens(sentences[position]);
    while (end < sentences.length) {
      const next = estimateTokens(sentences[end]);
      if (estimate + next > targetTokens) break;
      estimate += next;
      end++;
    }
    let tokens = tokensOf(position, end);
    while (tokens > targetTokens && end - position > 1) {
      end--;
      tokens = tokensOf(position, end);
    }
    chunks.push(makeChunk(articleId, text, sentences.slice(position, end), chunks.length, tokens));
    position = end;
  }
  return chunks;
}

/** About 4.5 characters a token in English news with o200k_base; a chunk that overshoots is trimmed after its exact count. */
function estimateTokens(sentence: Sentence | undefined): number {
  return sentence ? Math.ceil(sentence.text.length / 4.4) : 0;
}

function makeChunk(articleId: string, text: string, sentences: Sentence[], index: number, tokens: number): Chunk {
  const start = sentences[0]?.start ?? 0;
  const end = sentences[sentences.length - 1]?.end ?? start;
  const chunkText = text.slice(start, end);
  // One-shot hash(): a Hash object per chunk cost twice as much.
  const hash = digest("sha256", `${start}:${end}:${chunkText}`, "hex").slice(0, 8);
  return { id: `${articleId}-c${index}-${hash}`, articleId, index, start, end, text: chunkText, tokens, sentences };
}
