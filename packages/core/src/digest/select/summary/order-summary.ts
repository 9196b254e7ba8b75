import type { RankedSentence } from "../../evidence/rank-evidence.js";
import type { SentenceTimes } from "../times/index.js";

/**
 * The summary in reading order. With a known chronology it leads with the latest development (the
 * best-ranked sentence of the latest time), then the rest of that time, then what came before in
 * the order it happened; sentences of one time and one article keep their article's order, so
 * related sentences stay together. Without a chronology: the best-ranked sentence first, then the
 * others in article order and place in the article. A sentence that names someone by surname alone
 * comes after one that names them in full (`introductions`, see findIntroductions), right after the
 * first such one, when the order would put it before them all (a chosen opening stays first).
 */
export function orderSummary(
  chosen: readonly RankedSentence[],
  times: SentenceTimes | null,
  articleOrder: readonly string[],
  /** The sentence to open with, when the caller chose it (see chooseLede). */
  opening: RankedSentence | null = null,
  /** Per sentence, per person it names by surname alone, the sentences that name them in full. */
  introductions: ReadonlyMap<RankedSentence, readonly RankedSentence[][]> = new Map(),
): RankedSentence[] {
  if (chosen.length === 0) return [];
  const rank = new Map(articleOrder.map((id, index) => [id, index]));
  const timeOf = (sentence: RankedSentence) => times?.get(sentence) ?? 0;
  const inArticleOrder = (a: RankedSentence, b: RankedSentence) =>
    (rank.get(a.item.article.id) ?? 0) - (rank.get(b.item.article.id) ?? 0) ||
    a.item.sentence.start - b.item.sentence.start;
  const latest = Math.max(...chosen.map(timeOf));
  const standing = chosen.filter((sentence) => sentence.follows === null);
  const latestStanding = standing.filter((sentence) => timeOf(sentence) === latest);
  const ledeCandidates = latestStanding.length > 0 ? latestStanding : standing.length > 0 ? standing : chosen;
  const lede =
    opening && chosen.includes(opening)
      ? opening
      : ledeCandidates.reduce((best, sentence) => (sentence.score > best.score ? sentence : best));
  const rest = chosen.filter((sentence) => sentence !== lede);
  const sameTime = rest.filter((sentence) => timeOf(sentence) === latest).sort(inArticleOrder);
  const earlier = rest
    .filter((sentence) => timeOf(sentence) !== latest)
    .sort((a, b) => timeOf(a) - timeOf(b) || inArticleOrder(a, b));
  return afterIntroductions(keepWithPredecessors([lede, ...sameTime, ...earlier]), introductions, lede === opening);
}

/**
 * Moves each sentence (with the sentences it leans on and that lean on it) that names someone before
 * any sentence naming them in full to right after the first that does. A chosen opening stays first.
 */
function afterIntroductions(
  ordered: readonly RankedSentence[],
  introductions: ReadonlyMap<RankedSentence, readonly RankedSentence[][]>,
  openingStays: boolean,
): RankedSentence[] {
  const placed = [...ordered];
  for (const sentence of openingStays ? ordered.slice(1) : ordered) {
    for (const need of introductions.get(sentence) ?? []) {
      // The chain the sentence is in moves whole: one that leans on the sentence before it ("Whitcomb
      // conceded hours later") never leaves it. A chain headed by a chosen opening stays.
      const self = placed.indexOf(sentence);
      const introducers = need.map((introducer) => placed.indexOf(introducer)).filter((index) => index >= 0);
      if (introducers.length === 0 || Math.min(...introducers) < self) continue;
      let at = self;
      while (at > 0 && placed[at]!.follows === placed[at - 1]) at -= 1;
      if (at === 0 && openingStays) continue;
      // The sentence and those chained to it move together.
      let end = at + 1;
      while (end < placed.length && placed[end]!.follows === placed[end - 1]) end += 1;
      const moving = placed.splice(at, end - at);
      const target = Math.min(...need.map((introducer) => placed.indexOf(introducer)).filter((index) => index >= 0));
      let insertAt = target + 1;
      while (insertAt < placed.length && placed[insertAt]!.follows === placed[insertAt - 1]) insertAt += 1;
      placed.splice(insertAt, 0, ...moving);
    }
  }
  return placed;
}

/** A sentence that leans on the one before it goes right after that one (chains stay in order). */
function keepWithPredecessors(ordered: readonly RankedSentence[]): RankedSentence[] {
  const dependents = new Map<RankedSentence, RankedSentence>();
  for (const sentence of ordered)
    if (sentence.follows && ordered.includes(sentence.follows)) dependents.set(sentence.follows, sentence);
  const placed: RankedSentence[] = [];
  const place = (sentence: RankedSentence) => {
    placed.push(sentence);
    const next = dependents.get(sentence);
    if (next) place(next);
  };
  for (const sentence of ordered) {
    if (sentence.follows && dependents.get(sentence.follows) === sentence) continue;
    place(sentence);
  }
  return placed;
}
