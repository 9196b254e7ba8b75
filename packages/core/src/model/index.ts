export type { Article, ArticleDraft } from "./article.js";
export type { Chunk, Sentence } from "./chunk.js";
export type { Story } from "./story.js";
