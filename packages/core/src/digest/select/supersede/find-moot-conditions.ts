import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { contentWords } from "../../evidence/word-tokens.js";
import type { SentenceTimes } from "../times/index.js";

/** A sentence that opens on a condition: "If no budget passes, about 31,000 workers would be sent home." */
const CONDITION = /^\s*(?:if|unless)\s+([^,;]{3,80}),/i;

/** Words compared by their first letters, so "passes" meets "passed" and "approval" meets "approved". */
const stemOf = (word: string) => word.slice(0, Math.min(word.length, 5));

/**
 * Conditions a later report settles: "If no budget passes, … would be sent home" once a newer
 * sentence tells of the budget passing. What would follow from a condition is moot once the story
 * has moved past it; the newer report is the summary's, the hypothetical at most the timeline's. A
 * later sentence settles it when it holds every word the condition is made of (by stem), so "If the
 * talks fail" is not settled by "talks continued".
 */
export function findMootConditions(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const moot = new Set<RankedSentence>();
  for (const candidate of candidates) {
    const condition = CONDITION.exec(candidate.item.sentence.text)?.[1];
    if (!condition) continue;
    const words = [
      ...new Set(
        contentWords(condition)
          .filter((word) => word !== "no" && word !== "not")
          .map(stemOf),
      ),
    ];
    if (words.length === 0) continue;
    const time = times.get(candidate);
    if (time === undefined) continue;
    const settled = candidates.some((other) => {
      const otherTime = times.get(other);
      if (otherTime === undefined || otherTime <= time || CONDITION.test(other.item.sentence.text)) return false;
      const stems = new Set(contentWords(other.item.sentence.text).map(stemOf));
      return words.every((word) => stems.has(word));
    });
    if (settled) moot.add(candidate);
  }
  return moot;
}
