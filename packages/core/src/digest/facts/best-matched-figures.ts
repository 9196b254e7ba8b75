import type { Article } from "../../model/index.js";
import type { ArticleSentence } from "../evidence/article-sentences.js";
import {
  occasionOf,
  otherNames,
  otherOccasions,
  type Slot,
  slotMatch,
  slotOf,
  type Word,
  wordsOf,
} from "./aligned-figures.js";
import type { NumberMention } from "./find-number-mentions.js";
import { outletOf } from "./independent-outlets.js";
import { plain, twoActs, withinBound } from "./lone-figures.js";

export interface MatchedPair {
  a: NumberMention;
  b: NumberMention;
}

/**
 * Figures of two independent outlets that fill one slot (see slotMatch: one measure, one counted noun,
 * one act, one dimension, most of the words beside them shared) and are each other's best slot among
 * every figure either outlet gives, however the rest of their sentences differ: an outlet tells a
 * quantity in its own sentence ("Renters make up 56 percent of the city's households, census figures
 * show"), and the other outlet's figure told in the same slot ("Nearly 61% of the city's households
 * rent their homes"), with no figure of either outlet closer, is that quantity as the other gives it.
 * alignedFigures asks the same of sentences that retell one fact; this asks it of the figures alone,
 * so a tie between two values pairs nothing. The caller's guards (frames, moments, places, ratios,
 * parts of wholes) decide which pairs disagree.
 */
export function bestMatchedFigures(mentions: readonly NumberMention[], articles: readonly Article[]): MatchedPair[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const wordsIn = new Map<ArticleSentence, Word[]>();
  // By measure, then by outlet: slots of two measures never match.
  const byMeasure = new Map<string, Map<string, Slot[]>>();
  for (const mention of mentions) {
    let words = wordsIn.get(mention.item);
    if (!words) {
      words = wordsOf(mention.item);
      wordsIn.set(mention.item, words);
    }
    const slot = slotOf(mention, words);
    if (!slot) continue;
    const outlets = byMeasure.get(slot.measure) ?? new Map<string, Slot[]>();
    byMeasure.set(slot.measure, outlets);
    const outlet = outletOf(mention.item.article, byId).key;
    outlets.set(outlet, [...(outlets.get(outlet) ?? []), slot]);
  }
  const best = (slot: Slot, others: readonly Slot[]): Slot | null => {
    let top: Slot | null = null;
    let high = 0;
    let tied = false;
    for (const other of others) {
      const score = slotMatch(slot, other) ?? 0;
      if (score <= 0) continue;
      if (score > high) {
        top = other;
        high = score;
        tied = false;
      } else if (score === high && top && other.mention.value !== top.mention.value) tied = true;
    }
    return tied ? null : top;
  };
  const pairs: MatchedPair[] = [];
  for (const outlets of byMeasure.values()) {
    const lists = [...outlets.values()];
    for (const [index, slotsA] of lists.entries())
      for (const slotsB of lists.slice(index + 1))
        for (const x of slotsA) {
          const y = best(x, slotsB);
          if (!y || best(y, slotsA) !== x || x.loose || y.loose) continue;
          const [a, b] = [x.mention, y.mention];
          if (a.value === b.value || a.kind !== "fixed" || b.kind !== "fixed") continue;
          if (!plain(a) || !plain(b) || withinBound(a, b) || twoActs(a, b) || otherNames(x, y)) continue;
          if (otherOccasions(occasionOf(a.item.sentence.text), occasionOf(b.item.sentence.text))) continue;
          pairs.push({ a, b });
        }
  }
  return pairs;
}
