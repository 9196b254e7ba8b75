import { oncePerText } from "../../../text/once-per-text.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { cosineSimilarity } from "../../evidence/term-vectors.js";
import { contentWords } from "../../evidence/word-tokens.js";
import type { QuoteMention } from "../../facts/quotes/index.js";
import { findIntroductions } from "./find-introductions.js";
import { selectSummary, wordCount } from "./select-summary.js";

export interface SelectKeyPointsOptions {
  /** Most key points. */
  limit: number;
  /** The summary already chosen: key points add to it. */
  summary: readonly RankedSentence[];
  /** Pairs that may not stand side by side (an older statement and the newer one on the same matter). */
  conflicts?: ReadonlyArray<readonly [RankedSentence, RankedSentence]>;
  /** The story's quotes: a key point quotes no words that nobody is named as saying. */
  quotes?: readonly QuoteMention[];
  /** The story's people by full name: a key point naming one by surname alone needs them named in full. */
  people?: readonly (string | null)[];
}

/** A verb of saying: the sentence reports someone's words. */
const SPEECH = /\b(?:said|says|told|added|wrote|stated|insisted|according to)\b|["“”]/i;

/** A key point is a short sentence: one fact, read at a glance. */
const MAX_KEY_POINT_WORDS = 35;
/** At least this share of a key point's content words must be absent from the summary. */
const MIN_NEW_WORDS = 0.5;
/** Closer than this (TF-IDF cosine) to a summary sentence, a sentence repeats it. */
const REPEATS_SUMMARY = 0.3;

/**
 * Whether a sentence quotes words (not a fragment worked into it) that the text gives no speaker
 * for: the words of a sign, a banner or a chant, or a quote whose speaker is not said. Read alone
 * as a key point, it states no fact and no one's view.
 */
function quotesNoOne(candidate: RankedSentence, unattributed: ReadonlyMap<string, readonly QuoteMention[]>): boolean {
  const { sentence, article } = candidate.item;
  return (unattributed.get(article.id) ?? []).some(
    (quote) => quote.start >= sentence.start && quote.end <= sentence.end,
  );
}

/** The whole quotations no one is named as saying, by article (a story of 200 articles has hundreds of quotes). */
function unattributedByArticle(quotes: readonly QuoteMention[]): Map<string, QuoteMention[]> {
  const byArticle = new Map<string, QuoteMention[]>();
  for (const quote of quotes) {
    if (quote.speaker !== null || quote.partial) continue;
    const list = byArticle.get(quote.article.id);
    if (list) list.push(quote);
    else byArticle.set(quote.article.id, [quote]);
  }
  return byArticle;
}

// Built once: a literal with \p{…} inside a function is rebuilt on every call where the build
// lowers it to `new RegExp` (esbuild does, for Node 20).
const FIRST_LETTER_CAPITAL = /^[^\p{L}]*\p{Lu}/u;
const EDGE_NON_LETTERS = /^[^\p{L}]+|[^\p{L}]+$/gu;
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;

/**
 * The specifics a sentence carries: its figures (amounts, counts, dates by number) and its names
 * (capitalised words past its first, or with `firstWord` from its first, so months and weekdays too).
 * A key point that brings none the
 * summary lacks only rewords it ("Halvorsen said the company faced a difficult first half").
 */
function detailsOf(text: string, firstWord = false): string[] {
  const figures = text.match(/\d[\d,.]*\d|\d/g) ?? [];
  const words = text.split(/\s+/).slice(firstWord ? 0 : 1);
  const names = words
    // Only a word whose first letter is a capital can be a name: the others skip the trimming.
    .filter((word) => FIRST_LETTER_CAPITAL.test(word))
    .map((word) => word.replace(EDGE_NON_LETTERS, "").replace(/['’]s$/, ""))
    .filter((word) => CAPITALISED_START.test(word));
  return [...figures, ...names];
}

/**
 * Key points give what the summary does not: short sentences of which most content words are new to
 * the summary, that repeat no summary sentence, and that no summary sentence supersedes or is
 * superseded by; when there are enough of them, only those that bring a figure, a name or a date the
 * summary lacks (see detailsOf), else with them the others that are not words of someone the summary
 * names. Among those, the set that covers the most concepts the summary left uncovered is
 * chosen as the summary is (selectSummary), with the summary's concepts counting for nothing. A key
 * point that names someone by surname alone comes with a sentence that names them in full, in the
 * summary or among the key points (see findIntroductions).
 */
export async function selectKeyPoints(
  evidence: readonly RankedSentence[],
  options: SelectKeyPointsOptions,
): Promise<RankedSentence[]> {
  if (options.limit <= 0) return [];
  const chosen = new Set(options.summary);
  const summaryWords = new Set(options.summary.flatMap((sentence) => contentWords(sentence.item.sentence.text)));
  const covered = new Set(options.summary.flatMap((sentence) => [...sentence.concepts.keys()]));
  const paired = new Set<RankedSentence>();
  for (const [older, newer] of options.conflicts ?? []) {
    if (chosen.has(newer)) paired.add(older);
    if (chosen.has(older)) paired.add(newer);
  }
  // A name opening a summary sentence ("Eklund, who became chief executive…") is one the summary gives.
  const summaryDetails = new Set(options.summary.flatMap((sentence) => detailsOf(sentence.item.sentence.text, true)));
  const unattributed = unattributedByArticle(options.quotes ?? []);
  // Rewrites repeat sentences: each distinct text is counted, tokenised and read for details once.
  const countWords = oncePerText(wordCount);
  const wordsOf = oncePerText(contentWords);
  const detailsIn = oncePerText((text) => detailsOf(text));
  const candidates = evidence.filter((candidate) => {
    // A key point stands alone: one that leans on the sentence before it cannot.
    if (chosen.has(candidate) || paired.has(candidate) || candidate.follows !== null) return false;
    if (quotesNoOne(candidate, unattributed)) return false;
    if (countWords(candidate.item.sentence.text) > MAX_KEY_POINT_WORDS) return false;
    const words = wordsOf(candidate.item.sentence.text);
    const fresh = words.filter((word) => !summaryWords.has(word)).length;
    if (words.length === 0 || fresh / words.length < MIN_NEW_WORDS) return false;
    return options.summary.every((sentence) => cosineSimilarity(sentence.vector, candidate.vector) <= REPEATS_SUMMARY);
  });
  // Prefer sentences that bring a figure, a name or a date the summary lacks, when there are enough.
  const specific = candidates.filter((candidate) =>
    detailsIn(candidate.item.sentence.text).some((detail) => !summaryDetails.has(detail)),
  );
  // Short of those, a sentence with new words may fill in (a cause the summary does not give), but
  // not someone the summary already names saying more with nothing new in it ("“We have made
  // changes…,” Eklund said"): that is a voice rewording the story, not information.
  const filling = candidates.filter((candidate) => {
    const details = detailsIn(candidate.item.sentence.text);
    return !(SPEECH.test(candidate.item.sentence.text) && details.length > 0);
  });
  return selectSummary(specific.length >= options.limit ? specific : [...new Set([...specific, ...filling])], {
    words: options.limit * MAX_KEY_POINT_WORDS,
    maxSentences: options.limit,
    covered,
    // Key points add what the summary lacks; the most central sentences are what it already says.
    graphCentralityWeight: 0,
    redundancy: REPEATS_SUMMARY,
    conflicts: options.conflicts ?? [],
    introductions: (pool) => {
      const summary = new Set(options.summary);
      const needs = new Map<RankedSentence, RankedSentence[][]>();
      for (const [sentence, list] of findIntroductions([...options.summary, ...pool], options.people ?? [])) {
        if (summary.has(sentence)) continue;
        const unmet = list.filter((need) => !need.some((introducer) => summary.has(introducer)));
        if (unmet.length > 0) needs.set(sentence, unmet);
      }
      return needs;
    },
  });
}
