import { byPublication } from "../../../ingest/index.js";
import type { Article } from "../../../model/index.js";
import { oncePerWord } from "../../../text/once-per-word.js";
import type { ArticleSentence } from "../../evidence/article-sentences.js";
import { STOPWORDS, wordTokens } from "../../evidence/word-tokens.js";
import { outletOf } from "./independent-outlets.js";

/** Fewer sentences than this tell too little to show an article retells another. */
const MIN_SENTENCES = 4;
/** Share of a sentence's content words another sentence must hold to retell it. */
const RETOLD = 0.5;
/** Share of an article's sentences that must retell another's, in its order, for a rewrite. */
const REWRITTEN = 0.8;

/** A sentence's content words, lightly stemmed: "voted"/"votes", "walked"/"walks" meet. */
function contentWords(text: string): Set<string> {
  return new Set(
    wordTokens(text)
      .filter((word) => !STOPWORDS.has(word) && word.length > 2)
      .map(lightStem),
  );
}

/** A word without its ending ("voted" → "vot"), read once per word: every sentence of a story is read. */
const lightStem = oncePerWord((word: string) => word.replace(/(?:ing|ed|es|s)$/, ""));

/**
 * Whether nearly every one of `rewrite`'s sentences (REWRITTEN) retells one of `original`'s, each
 * further on than the last; how many do, or 0 once too many have not (most pairs stop within a few).
 */
function retoldInOrder(rewrite: ReadonlyArray<Set<string>>, original: ReadonlyArray<Set<string>>): number {
  const allowedMisses = rewrite.length - Math.ceil(REWRITTEN * rewrite.length);
  let retold = 0;
  let misses = 0;
  let last = -1;
  for (const words of rewrite) {
    const at =
      words.size === 0 ? -1 : original.findIndex((other, index) => index > last && heldShare(words, other) >= RETOLD);
    if (at >= 0) {
      retold += 1;
      last = at;
    } else if (++misses > allowedMisses) return 0;
  }
  return retold;
}

/** Whether enough of `rewrite`'s sentences hold RETOLD of their words in `vocabulary` for retoldInOrder to pass. */
function mayRetell(rewrite: ReadonlyArray<Set<string>>, vocabulary: ReadonlySet<string>): boolean {
  const allowedMisses = rewrite.length - Math.ceil(REWRITTEN * rewrite.length);
  let misses = 0;
  for (const words of rewrite)
    if ((words.size === 0 || heldShare(words, vocabulary) < RETOLD) && ++misses > allowedMisses) return false;
  return true;
}

/** The share of a sentence's words another holds. */
function heldShare(words: ReadonlySet<string>, other: ReadonlySet<string>): number {
  let held = 0;
  for (const word of words) if (other.has(word)) held += 1;
  return held / words.size;
}

/**
 * The articles that retell another outlet's earlier article sentence by sentence, in its order,
 * without crediting it (a paper's rewrite of wire copy the near-duplicate check missed, its words
 * changed throughout): each, by id, with the article it rewrites (followed to the first). Nearly
 * every sentence must retell one of the original's; two outlets reporting one event in their own
 * words tell it in another order, with their own details, and never match so closely throughout.
 */
export function rewrittenFrom(
  sentences: readonly ArticleSentence[],
  outletKey: (article: Article) => string,
): Map<string, Article> {
  const byArticle = new Map<Article, Set<string>[]>();
  for (const item of sentences) {
    const list = byArticle.get(item.article);
    const words = contentWords(item.sentence.text);
    if (list) list.push(words);
    else byArticle.set(item.article, [words]);
  }
  // Every word of each article: a sentence that holds too few of the whole article's words holds too few
  // of any one of its sentences', so most pairs are ruled out without reading sentence by sentence.
  const vocabulary = new Map<Article, Set<string>>();
  for (const [article, list] of byArticle) vocabulary.set(article, new Set(list.flatMap((words) => [...words])));
  const rewrites = new Map<string, Article>();
  for (const [rewrite, own] of byArticle) {
    if (own.length < MIN_SENTENCES) continue;
    let best: Article | null = null;
    let bestRetold = 0;
    for (const [original, words] of byArticle) {
      if (original === rewrite || outletKey(original) === outletKey(rewrite)) continue;
      // The original came first: an undated article is never taken for one.
      if (!original.publishedAt || !rewrite.publishedAt || byPublication(original.publishedAt, rewrite.publishedAt) > 0)
        continue;
      if (!mayRetell(own, vocabulary.get(original)!)) continue;
      const retold = retoldInOrder(own, words);
      if (retold >= REWRITTEN * own.length && retold > bestRetold) {
        best = original;
        bestRetold = retold;
      }
    }
    if (best) rewrites.set(rewrite.id, best);
  }
  // A rewrite of a rewrite counts as the first.
  for (const [id, original] of rewrites) {
    let first = original;
    for (let step = 0; step < byArticle.size && rewrites.has(first.id); step += 1) first = rewrites.get(first.id)!;
    rewrites.set(id, first);
  }
  return rewrites;
}

/** The story's uncredited rewrites, found once per sentence list: corroboration and disagreements both ask. */
const rewritesOfStory = new WeakMap<readonly ArticleSentence[], Map<string, Article>>();

/** rewrittenFrom over a story's sentences, its outlets read by outletOf; found once per sentence list. */
export function storyRewrites(
  sentences: readonly ArticleSentence[],
  byId: ReadonlyMap<string, Article>,
): ReadonlyMap<string, Article> {
  let rewrites = rewritesOfStory.get(sentences);
  if (!rewrites) {
    rewrites = rewrittenFrom(sentences, (article) => outletOf(article, byId).key);
    rewritesOfStory.set(sentences, rewrites);
  }
  return rewrites;
}
