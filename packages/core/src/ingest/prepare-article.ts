import { chunkArticle, segmentSentences } from "../chunk/index.js";
import { RoundupError } from "../errors/index.js";
import type { Article, ArticleDraft } from "../model/index.js";
import { safeHttpUrl } from "../text/safe-http-url.js";
import { sanitizeInputText } from "../text/sanitize-input-text.js";
import { cleanText } from "./clean-text.js";
import { contentHash } from "./content-hash.js";
import { detectLanguage } from "./detect-language.js";
import { inferTitle } from "./infer-title.js";
import { sourceFromUrl } from "./source-from-url.js";

export interface PrepareArticleOptions {
  /** Target chunk size in o200k_base tokens. */
  targetTokens?: number;
  /** Skip boilerplate removal (for text that is already clean, such as evaluation corpora). */
  skipCleaning?: boolean;
}

/**
 * Turns a parsed draft into an article: cleaned text, a title (inferred from the text when the
 * input had none), language, content hash, a stable id and chunks. Pure: same draft, same article.
 * `duplicateOf` is left null; near-duplicates are linked across a batch by `linkNearDuplicates`.
 * This is the edge every input passes (files, pages, feeds, corpus records): control and bidi
 * characters are stripped from all text kept, the original included, and a URL that is not http(s)
 * is dropped, so it can never become a link.
 * Throws INPUT_EMPTY when nothing but boilerplate remains.
 */
export function prepareArticle(draft: ArticleDraft, options: PrepareArticleOptions = {}): Article {
  const originalText = sanitizeInputText(draft.originalText);
  const text = options.skipCleaning ? originalText.replace(/\r\n?/g, "\n").trim() : cleanText(originalText).text;
  if (text === "") {
    throw new RoundupError("INPUT_EMPTY", "Nothing is left of the article once boilerplate is removed.", {
      input: draft.input,
      fix: "Check that the input is an article and not a comment form or a list of links.",
    });
  }
  const hash = contentHash(text);
  const id = `a_${hash.slice(0, 16)}`;
  const givenTitle = sanitizeInputText(draft.title ?? "")
    .replace(/\s+/g, " ")
    .trim();
  const url = safeHttpUrl(draft.url);
  const sentences = segmentSentences(text);
  return {
    id,
    externalId: draft.externalId ?? null,
    contentHash: hash,
    title: givenTitle !== "" ? givenTitle : inferTitle(text),
    titleInferred: givenTitle === "",
    source: sanitizeInputText(draft.source ?? "").trim() || sourceFromUrl(url),
    url,
    file: draft.file ?? null,
    author: sanitizeInputText(draft.author ?? "").trim() || null,
    publishedAt: draft.publishedAt ?? null,
    language: detectLanguage(text),
    originalText,
    text,
    duplicateOf: null,
    chunks: chunkArticle(id, text, { targetTokens: options.targetTokens ?? 120, sentences }),
    goldStory: draft.goldStory ?? null,
  };
}
