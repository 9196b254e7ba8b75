import type { RankedSentence } from "../evidence/rank-evidence.js";
import { cosineSimilarity } from "../evidence/term-vectors.js";
import type { StoryFacts } from "../facts/extract-facts.js";
import { quantityKey } from "../facts/find-disagreements.js";
import type { SentenceTimes } from "./sentence-times.js";

export interface Supersession {
  /** Sentences whose running figure a later sentence of the story updates (a toll, then a higher toll). */
  outdated: Set<RankedSentence>;
  /** An older statement and a newer one on the same matter (a proposal, then the response to it). */
  pairs: Array<[RankedSentence, RankedSentence]>;
}

/** Sentences this close (TF-IDF cosine over content words) are about the same matter. */
const SAME_MATTER = 0.2;

/**
 * What later news supersedes. A running figure (people killed since the war began) reported again
 * later with another value makes the earlier sentence outdated: it belongs to the timeline, not to
 * a summary of where things stand. Two sentences of different times on the same matter are a pair
 * that must not stand side by side in the present tense: selection keeps one of them.
 */
export function findSuperseded(
  candidates: readonly RankedSentence[],
  times: SentenceTimes,
  facts: StoryFacts,
  /** Pairs are looked for among this many best-ranked candidates (those selection considers). */
  pairPool = 100,
): Supersession {
  const latestByQuantity = new Map<string, number>();
  const quantitiesOf = new Map<number, string[]>();
  for (const mention of facts.numbers) {
    if (mention.kind !== "running") continue;
    const key = quantityKey(mention);
    if (!key) continue;
    const index = facts.sentences.indexOf(mention.item);
    quantitiesOf.set(index, [...(quantitiesOf.get(index) ?? []), key]);
  }
  const timeOfIndex = new Map(candidates.map((candidate) => [candidate.index, times.get(candidate) ?? 0]));
  for (const [index, keys] of quantitiesOf) {
    const time = timeOfIndex.get(index);
    if (time === undefined) continue;
    for (const key of keys) latestByQuantity.set(key, Math.max(latestByQuantity.get(key) ?? time, time));
  }
  const outdated = new Set<RankedSentence>();
  for (const candidate of candidates) {
    const time = times.get(candidate) ?? 0;
    const keys = quantitiesOf.get(candidate.index) ?? [];
    if (keys.some((key) => (latestByQuantity.get(key) ?? time) > time)) outdated.add(candidate);
  }
  const pairs: Array<[RankedSentence, RankedSentence]> = [];
  const pool = candidates.filter((candidate) => !outdated.has(candidate)).slice(0, pairPool);
  for (const left of pool) {
    for (const right of pool) {
      const leftTime = times.get(left) ?? 0;
      const rightTime = times.get(right) ?? 0;
      if (leftTime >= rightTime) continue;
      if (cosineSimilarity(left.vector, right.vector) >= SAME_MATTER) pairs.push([left, right]);
    }
  }
  return { outdated, pairs };
}
