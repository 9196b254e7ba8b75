import { byPublication } from "../../ingest/index.js";
import type { Article } from "../../model/index.js";
import { oncePerText } from "../../text/once-per-text.js";
import { findQuotedSpans, type QuotedSpan } from "../verify/reading/index.js";
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
  const shared = sharedSentences(sentences);
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
      const order = first && second ? byPublication(first, second) : 0;
      if (order !== 0) return order;
      if (first && !second) return -1;
      if (!first && second) return 1;
      return b.article.text.length - a.article.text.length || a.index - b.index;
    })
    .map(({ article }) => article);
}

function sentencesOf(articles: readonly Article[], rank: ReadonlyMap<string, number>): RewriteSentence[] {
  const quotations = new Map(articles.map((article) => [article.id, quotationOf(article.text)]));
  // Rewrites repeat sentences: each distinct text is split into words once.
  const wordsOf = oncePerText((sentence: string) => {
    const words = contentWords(sentence.slice(datelineEnd(sentence)));
    return { distinct: [...new Set(words.map(withoutPossessive))], count: words.length };
  });
  const raw = articleSentences(articles).map((item) => {
    const { distinct, count } = wordsOf(item.sentence.text);
    return {
      article: rank.get(item.article.id)!,
      words: [...distinct],
      own:
        !insideQuotation(item.article.text, item.sentence.start, item.sentence.end, quotations.get(item.article.id)!) &&
        count >= MIN_OWN_WORDS,
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
 * shared[later][earlier]: the own sentences of article `later` with a near-identical sentence (content
 * words overlapping by at least NEAR_IDENTICAL, Jaccard) in the earlier article `earlier`. Copies of
 * one sentence (a wire story's sentences in each outlet that runs it) have the same words: the search
 * is over distinct word sets, so a sentence that n articles carry is compared once, not n² times.
 */
function sharedSentences(sentences: readonly RewriteSentence[]): Map<number, Map<number, Set<number>>> {
  const groupOf = new Map<string, number>();
  const groups: Array<{ words: string[]; members: number[]; articles: Set<number> }> = [];
  sentences.forEach((sentence, position) => {
    const key = sentence.words.join(" ");
    let group = groupOf.get(key);
    if (group === undefined) {
      group = groups.length;
      groupOf.set(key, group);
      groups.push({ words: sentence.words, members: [], articles: new Set() });
    }
    groups[group]!.members.push(position);
    groups[group]!.articles.add(sentence.article);
  });
  // The articles holding a sentence near-identical to each group's (its own copies among them).
  const near = groups.map((group) => new Set(group.words.length > 0 ? group.articles : []));
  for (const [a, b] of similarPairs(groups.map((group) => group.words))) {
    for (const article of groups[b]!.articles) near[a]!.add(article);
    for (const article of groups[a]!.articles) near[b]!.add(article);
  }
  const shared = new Map<number, Map<number, Set<number>>>();
  groups.forEach((group, index) => {
    for (const position of group.members) {
      const later = sentences[position]!;
      if (!later.own) continue;
      for (const earlier of near[index]!) {
        if (earlier >= later.article) continue;
        let perEarlier = shared.get(later.article);
        if (!perEarlier) {
          perEarlier = new Map();
          shared.set(later.article, perEarlier);
        }
        let set = perEarlier.get(earlier);
        if (!set) {
          set = new Set();
          perEarlier.set(earlier, set);
        }
        set.add(position);
      }
    }
  });
  return shared;
}

/**
 * Every pair of distinct word sets that overlap by at least NEAR_IDENTICAL (Jaccard), found by prefix
 * filtering (Bayardo et al., "Scaling up all pairs similarity search", 2007): two sets that similar
 * must share a word among each one's rarest few, so only those are indexed and compared.
 */
function similarPairs(wordLists: readonly string[][]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const index = new Map<string, number[]>();
  const wordSets = wordLists.map((words) => new Set(words));
  wordLists.forEach((words, position) => {
    const size = words.length;
    if (size === 0) return;
    const prefix = size - Math.ceil(NEAR_IDENTICAL * size) + 1;
    const candidates = new Set<number>();
    for (const word of words.slice(0, prefix)) {
      const list = index.get(word);
      if (list) for (const other of list) candidates.add(other);
    }
    for (const other of candidates) {
      // Jaccard is at most the smaller set's size over the larger's: pairs of unlike length are skipped unread.
      const otherSize = wordLists[other]!.length;
      if (
        Math.min(size, otherSize) / Math.max(size, otherSize) >= NEAR_IDENTICAL &&
        jaccard(words, wordSets[position]!, wordLists[other]!, wordSets[other]!) >= NEAR_IDENTICAL
      )
        pairs.push([other, position]);
    }
    for (const word of words.slice(0, prefix)) {
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
