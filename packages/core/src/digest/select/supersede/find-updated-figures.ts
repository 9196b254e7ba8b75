import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { cosineSimilarity } from "../../evidence/term-vectors.js";
import { measureClassOf, olderEventYear, partsOfWholes, samePlace } from "../../facts/disagreements/index.js";
import type { StoryFacts } from "../../facts/extract-facts.js";
import type { NumberMention } from "../../facts/figures/index.js";
import type { SentenceTimes } from "../times/index.js";
import { partOfLaterTotal } from "./part-of-later-total.js";
import { SAME_MATTER } from "./same-matter.js";

/**
 * How far apart an update may put one thing's figure: a toll, a crowd, a fund or a sum offered moves
 * by a factor of two or so between reports, as named sources' rival counts of one thing do (see
 * find-disagreements.ts RIVAL_SOURCES_RATIO); figures further apart in sentences on one matter are of
 * two things measured alike ("1,400 students sat the exam", "90 students are under investigation").
 */
const UPDATE_RATIO = 3;

/** A year named in a sentence: one before its report's year tells an older event recalled. */
const YEAR = /\b(?:19|20)\d\d\b/g;

function recallsOlderYear(text: string, published: string | null): boolean {
  const now = Number(published?.slice(0, 4));
  return Number.isFinite(now) && (text.match(YEAR) ?? []).some((year) => Number(year) < now);
}

/** A figure with its measure class (see measureClassOf). */
interface Figure {
  mention: NumberMention;
  measure: string;
}

/**
 * Whether two figures can be one thing's: one measure class, one act where both name one, one owner,
 * span, subject and place, and frames one may stand in for (see framesMeet).
 */
function oneMeasure(older: Figure, newer: Figure): boolean {
  const [a, b] = [older.mention, newer.mention];
  return (
    older.measure === newer.measure &&
    (a.event === null || b.event === null || a.event === b.event) &&
    a.owner === b.owner &&
    a.period === b.period &&
    a.subject === b.subject &&
    samePlace(a, b) &&
    framesMeet(a, b)
  );
}

/** A side's position in a bargain: the figure a deal agrees is what it came to. */
const BARGAINED = new Set<NumberMention["frame"]>(["offer", "demand"]);

/**
 * Whether a later figure can stand in for an earlier one's frame: the same, or the deal an offer or a
 * demand came to. A plan's figure is not replaced by a count of what is done so far ("all 4.2 million
 * hens will be culled", then "1.1 million had been culled by Wednesday").
 */
function framesMeet(older: NumberMention, newer: NumberMention): boolean {
  return older.frame === newer.frame || (BARGAINED.has(older.frame) && newer.frame === "agreed");
}

/** A count told as what is still so ("12 remained in hospital", "600 are still without power"): what is left, not a new total. */
const REMAINING_AFTER = /^[^,;.]*?\b(?:remain(?:s|ed|ing)?|still)\b/i;

function toldAsRemaining(mention: NumberMention): boolean {
  return REMAINING_AFTER.test(mention.item.article.text.slice(mention.end, mention.item.sentence.end));
}

/**
 * Sentences whose figure a later sentence on the same matter gives again with another value: two
 * figures of one measure class (a sum in one currency, a count of one noun, a dimension: see
 * measureClassOf), of one act where both name one, owner and span, in two sentences close enough to
 * be about one matter (SAME_MATTER), the later one told later. It is the disagreement's pairing told
 * at two moments: outlets at one moment disagree, one thing's figure at two moments was updated,
 * whatever words the update is told in ("21,000 people had passed through by 9pm", then "drew 52,400
 * people over its two days"; "has offered £10,000", then "agreed to put £25,000"). A later sentence that
 * repeats a figure of the older one of that class retells or answers it rather than updates it, a
 * part told with its own days is still true beside a later total (see partOfLaterTotal), and two
 * sides of one disagreement are no update of each other.
 */
export function findUpdatedFigures(
  candidates: readonly RankedSentence[],
  times: SentenceTimes,
  facts: StoryFacts,
): Set<RankedSentence> {
  const updated = new Set<RankedSentence>();
  const indexOf = new Map(facts.sentences.map((item, index) => [item, index]));
  const figuresOf = new Map<number, Figure[]>();
  // Every figure a sentence tells, whatever it is read as: a later sentence repeating one retells it.
  const valuesOf = new Map<number, Set<number>>();
  for (const mention of facts.numbers) {
    const index = indexOf.get(mention.item) ?? -1;
    valuesOf.set(index, (valuesOf.get(index) ?? new Set()).add(mention.value));
  }
  for (const mention of partsOfWholes(facts.numbers)) {
    // An older event's figure, recalled for comparison, is no figure of this story to update.
    if (mention.kind === "window" || olderEventYear(mention)) continue;
    const measure = measureClassOf(mention);
    if (!measure) continue;
    const index = indexOf.get(mention.item) ?? -1;
    const list = figuresOf.get(index);
    if (list) list.push({ mention, measure });
    else figuresOf.set(index, [{ mention, measure }]);
  }
  // The disagreements each sentence gives a side of: two sides of one are rivals, not an update.
  const sidesOf = new Map<string, Set<number>>();
  facts.disagreements.forEach((disagreement, number) => {
    for (const claim of disagreement.claims)
      for (const citation of claim.citations) {
        const key = `${citation.articleId}:${citation.start}`;
        sidesOf.set(key, (sidesOf.get(key) ?? new Set()).add(number));
      }
  });
  const disagreementsOf = (candidate: RankedSentence) =>
    sidesOf.get(`${candidate.item.article.id}:${candidate.item.sentence.start}`) ?? new Set<number>();
  const withFigures = candidates.filter((candidate) => figuresOf.has(candidate.index) && times.has(candidate));
  const apart = (a: number, b: number) => Math.max(a, b) > UPDATE_RATIO * Math.min(a, b);
  // Each figure a later sentence replaced, with when it was replaced and the value that replaced it.
  const replaced: Array<{ older: RankedSentence; figure: Figure; time: number; value: number }> = [];
  for (const older of withFigures) {
    // "The last state funeral, in 2029, drew about 60,000 people": a figure of an older event.
    if (recallsOlderYear(older.item.sentence.text, older.item.article.publishedAt)) continue;
    const time = times.get(older)!;
    const mine = figuresOf.get(older.index)!;
    const rivals = disagreementsOf(older);
    for (const newer of withFigures) {
      if (newer.item.article === older.item.article || times.get(newer)! <= time) continue;
      if ([...disagreementsOf(newer)].some((number) => rivals.has(number))) continue;
      if (cosineSimilarity(older.vector, newer.vector) < SAME_MATTER) continue;
      const theirs = figuresOf.get(newer.index)!;
      const told = valuesOf.get(newer.index) ?? new Set<number>();
      const update = mine
        .map((figure) => {
          const same = (other: Figure) =>
            oneMeasure(figure, other) && !apart(other.mention.value, figure.mention.value);
          const comparable = theirs.filter(same);
          // A figure of this measure the newer sentence repeats, whatever it reads it as ("Three of the
          // 11 counts she admitted"): it retells or answers the older one. What is left ("12 remained
          // in hospital") is no new total, and a part told with its own days stays true beside a total.
          if (
            comparable.length === 0 ||
            mine.some((own) => same(own) && told.has(own.mention.value)) ||
            comparable.some((other) => toldAsRemaining(other.mention) && !toldAsRemaining(figure.mention)) ||
            comparable.some((other) => partOfLaterTotal(figure.mention, other.mention))
          )
            return null;
          return { older, figure, time: times.get(newer)!, value: comparable[0]!.mention.value };
        })
        .find((found) => found !== null);
      if (!update) continue;
      updated.add(older);
      replaced.push(update);
      break;
    }
  }
  // The replaced figure retold in another sentence of its time on the same matter, however worded
  // ("gave Aucoin 6,412 votes and Landry 6,398", "took 6,412 votes to Landry's 6,398"): it tells the
  // figure the later one replaced, though its words are too far from the later sentence's to pair.
  for (const candidate of withFigures) {
    if (updated.has(candidate)) continue;
    const time = times.get(candidate)!;
    const told = valuesOf.get(candidate.index) ?? new Set<number>();
    const stale = figuresOf
      .get(candidate.index)!
      .some(({ mention, measure }) =>
        replaced.some(
          (update) =>
            time < update.time &&
            !told.has(update.value) &&
            mention.value === update.figure.mention.value &&
            oneMeasure(update.figure, { mention, measure }) &&
            cosineSimilarity(candidate.vector, update.older.vector) >= SAME_MATTER,
        ),
      );
    if (stale) updated.add(candidate);
  }
  return updated;
}
