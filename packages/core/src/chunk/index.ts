export type { ChunkArticleOptions } from "./chunk-article.js";
export { chunkArticle } from "./chunk-article.js";
export { countTokens } from "./count-tokens.js";
export { segmentSentences } from "./segment-sentences.js";
