import type { Article } from "../../model/index.js";
import { findQuotedSpans, type QuotedSpan } from "../verify/find-quoted-spans.js";
import { articleSentences } from "./article-sentences.js";
import { datelineEnd } from "./editorial-problem.js";
import { contentWords } from "./word-tokens.js";

/** Word overlap (Jaccard of content words) at which two sentences read as one lightly edited sentence. */
const NEAR_IDENTICAL = 0.6;
/** Sentences a later article must share with one earlier article to be its rewrite: never a quote or two. */
const MIN_SHARED = 3;
/** Content words a sentence needs outside quotation marks to tell a rewrite from a shared quote. */
const MIN_OWN_WORDS = 4;

interface RewriteSentence {
  article: number;
  /** Distinct content words, rarest in the story first (the order prefix filtering needs). */
  words: string[];
  /** Whether it says enough in its own words to count: a quoted remark is shared by honest reports too. */
  own: boolean;
}

/**
 * Articles that rewrite an earlier article of the story though ingest's near-duplicate check (MinHash
 * over the whole text) missed them: a syndicated wire story lightly edited, trimmed, given a new
 * paragraph. The test is by sentence, so an edit anywhere does not hide it: most of the later
 * article's sentences (at least three), counting only those with words of their own outside quotation
 * marks, have a near-identical sentence in one earlier article. Two reports that share a quote, or a
 * press release's sentence or two, are never linked. Earlier means earliest published, undated last,
 * then longest, as ingest orders originals. Returns rewrite id → original id, always pointing earlier,
 * so chains through it end.
 */
export function findStoryRewrites(articles: readonly Article[]): Map<string, string> {
  const rewrites = new Map<string, string>();
  if (articles.length < 2) return rewrites;
  const order = byOriginality(articles);
  const rank = new Map(order.map((article, index) => [article.id, index]));
  const sentences = sentencesOf(articles, rank);
  const owners = order.map(() => ({ own: 0 }));
  for (const sentence of sentences) if (sentence.own) owners[sentence.article]!.own += 1;

  // shared[later][earlier]: own sentences of `later` with a near-identical sentence in `earlier`.
  const shared = new Map<number, Map<number, Set<number>>>();
  for (const [a, b] of similarPairs(sentences)) {
    const first = sentences[a]!;
    const second = sentences[b]!;
    if (first.article === second.article) continue;
    const [earlier, later, laterIndex] = first.article < second.article ? [first, second, b] : [second, first, a];
    if (!later.own) continue;
    const perEarlier = shared.get(later.article) ?? new Map<number, Set<number>>();
    const set = perEarlier.get(earlier.article) ?? new Set<number>();
    set.add(laterIndex);
    perEarlier.set(earlier.article, set);
    shared.set(later.article, perEarlier);
  }
  for (const [later, perEarlier] of shared) {
    let best: { earlier: number; count: number } | null = null;
    for (const [earlier, set] of perEarlier)
      if (!best || set.size > best.count || (set.size === best.count && earlier < best.earlier))
        best = { earlier, count: set.size };
    if (best && best.count >= MIN_SHARED && best.count * 2 > owners[later]!.own)
      rewrites.set(order[later]!.id, order[best.earlier]!.id);
  }
  return rewrites;
}

/** Earliest published first, undated last, then longest, then as given: a total order. */
function byOriginality(articles: readonly Article[]): Article[] {
  return articles
    .map((article, index) => ({ article, index }))
    .sort((a, b) => {
      const first = a.article.publishedAt;
      const second = b.article.publishedAt;
      if (first && second && first !== second) return first < second ? -1 : 1;
      if (first && !second) return -1;
      if (!first && second) return 1;
      return b.article.text.length - a.article.text.length || a.index - b.index;
    })
    .map(({ article }) => article);
}

function sentencesOf(articles: readonly Article[], rank: ReadonlyMap<string, number>): RewriteSentence[] {
  const quotations = new Map(articles.map((article) => [article.id, quotationOf(article.text)]));
  const raw = articleSentences(articles).map((item) => {
    const text = item.sentence.text.slice(datelineEnd(item.sentence.text));
    return {
      article: rank.get(item.article.id)!,
      words: [...new Set(contentWords(text).map(withoutPossessive))],
      own:
        !insideQuotation(item.article.text, item.sentence.start, item.sentence.end, quotations.get(item.article.id)!) &&
        contentWords(text).length >= MIN_OWN_WORDS,
    };
  });
  const frequency = new Map<string, number>();
  for (const sentence of raw) for (const word of sentence.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  for (const sentence of raw)
    sentence.words.sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  return raw;
}

/** Double quotation marks, with the typewriter pair of old wire copy (``…'' and "…''). */
const DOUBLE_MARK = /``|''|["“”«»„]/;

/** Where a text's quotations are: double marks (each opening or closing) and quotes in single marks. */
interface Quotation {
  marks: Array<{ at: number; opens: boolean }>;
  single: QuotedSpan[];
}

function quotationOf(text: string): Quotation {
  const marks: Quotation["marks"] = [];
  for (const match of text.matchAll(new RegExp(DOUBLE_MARK, "g"))) {
    const mark = match[0];
    // A straight mark opens when a word follows it ("She's…), and closes before a space (…now, " he said).
    const opens = mark === '"' ? !/\s/.test(text[match.index + 1] ?? " ") : /^(?:``|[“«„])$/.test(mark);
    marks.push({ at: match.index, opens });
  }
  return { marks, single: findQuotedSpans(text).filter((span) => !/["“”«»„]/.test(text[span.start - 1] ?? "")) };
}

/**
 * Whether a sentence quotes anyone: it holds a quotation mark, lies in a quotation (the last mark
 * before it opens one: a remark of several sentences, or of several paragraphs, each opening with a
 * mark the last one closes), or overlaps a quote in single marks. Honest reports of one event share
 * quoted words; only the reporter's own words are evidence of a rewrite.
 */
function insideQuotation(text: string, start: number, end: number, quotation: Quotation): boolean {
  if (DOUBLE_MARK.test(text.slice(start, end))) return true;
  const { marks } = quotation;
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (marks[middle]!.at < start) low = middle + 1;
    else high = middle;
  }
  if (low > 0 && marks[low - 1]!.opens) return true;
  return quotation.single.some((span) => span.start < end && span.end > start);
}

/** "Northline Rail's chief executive" and "Northline Rail Chief Executive" name the same. */
function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/, "");
}

/**
 * Every pair of sentences whose content words overlap by at least NEAR_IDENTICAL (Jaccard), found by
 * prefix filtering (Bayardo et al., "Scaling up all pairs similarity search", 2007): two sets that
 * similar must share a word among each one's rarest few, so only those are indexed and compared.
 */
function similarPairs(sentences: readonly RewriteSentence[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const index = new Map<string, number[]>();
  // Each sentence's words as a set, made once: copies of one sentence meet every other copy.
  const wordSets = sentences.map((sentence) => new Set(sentence.words));
  sentences.forEach((sentence, position) => {
    const size = sentence.words.length;
    if (size === 0) return;
    const prefix = size - Math.ceil(NEAR_IDENTICAL * size) + 1;
    const candidates = new Set<number>();
    for (const word of sentence.words.slice(0, prefix)) {
      const list = index.get(word);
      if (list) for (const other of list) candidates.add(other);
    }
    for (const other of candidates) {
      const otherSentence = sentences[other]!;
      // Jaccard is at most the smaller set's size over the larger's: pairs of unlike length are skipped unread.
      const otherSize = otherSentence.words.length;
      if (
        otherSentence.article !== sentence.article &&
        Math.min(size, otherSize) / Math.max(size, otherSize) >= NEAR_IDENTICAL &&
        jaccard(sentence.words, wordSets[position]!, otherSentence.words, wordSets[other]!) >= NEAR_IDENTICAL
      )
        pairs.push([other, position]);
    }
    for (const word of sentence.words.slice(0, prefix)) {
      const list = index.get(word);
      if (list) list.push(position);
      else index.set(word, [position]);
    }
  });
  return pairs;
}

/** Jaccard overlap of two sentences' distinct words, given as lists and as sets. */
function jaccard(
  a: readonly string[],
  aSet: ReadonlySet<string>,
  b: readonly string[],
  bSet: ReadonlySet<string>,
): number {
  const smaller = a.length < b.length ? a : b;
  const larger = a.length < b.length ? bSet : aSet;
  let shared = 0;
  for (const word of smaller) if (larger.has(word)) shared += 1;
  return shared / (a.length + b.length - shared);
}
