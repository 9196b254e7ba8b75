import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { cosineSimilarity } from "../../evidence/term-vectors.js";
import type { StoryFacts } from "../../facts/extract-facts.js";
import type { SentenceTimes } from "../times/index.js";
import { SAME_MATTER } from "./same-matter.js";
import { toldAsDone } from "./told-as-done.js";

/** A deal reached, as a report tells it: "agreed on Wednesday night to a $47.5 billion budget", "reached a deal". */
const SETTLED =
  /\b(?:agreed|reached|struck|signed|sealed|clinched)\b[^.;]{0,60}\b(?:deal|agreement|settlement|accord|contract|compromise|budget)\b|\b(?:deal|agreement|settlement|accord|compromise)\s+(?:was|has been|had been)\s+(?:reached|agreed|struck|signed|sealed)\b|\bthe deal\s+(?:adds|gives|includes|provides|sets|raises|cuts|trims)\b/i;
/** A side's position: what it demands, offers or proposes ("the Senate plan gives $600 million"). */
const POSITION =
  /\b(?:demand(?:s|ed)?|sought|seeks?|offer(?:s|ed)?|propos(?:es|ed|al|als)|counter-?(?:offer|proposal)s?|bids?|(?:its|their|the)\s+(?:\p{Lu}[\p{L}-]*\s+)?plan\s+(?:gives|adds|offers|includes|provides|would))\b/iu;

/** Words SETTLED cannot match without, one at least: a cheap test first, as most sentences tell no deal. */
const DEAL_WORD = /deal|agreement|settlement|accord|contract|compromise|budget/i;

function reportsDeal(text: string): boolean {
  if (!DEAL_WORD.test(text)) return false;
  const match = SETTLED.exec(text);
  // A deal not reached: "have not agreed a deal", "could sign an agreement", "close to a deal".
  return match !== null && toldAsDone(text, match.index);
}

/**
 * Positions a later deal settled: once a report tells the deal reached, a side's demand or offer on
 * the same matter told as still standing ("the Senate plan gives $600 million", "the union wants 5
 * percent") is history, for the timeline, not a summary of where things stand. A position told with
 * its own day ("Senate Democrats on Tuesday offered …") is kept with its date.
 */
export function findSettledPositions(
  candidates: readonly RankedSentence[],
  times: SentenceTimes,
  facts: StoryFacts,
): Set<RankedSentence> {
  const deals = candidates.filter((candidate) => reportsDeal(candidate.item.sentence.text));
  const settled = new Set<RankedSentence>();
  if (deals.length === 0) return settled;
  for (const candidate of candidates) {
    const text = candidate.item.sentence.text;
    if (!POSITION.test(text) || reportsDeal(text)) continue;
    if (facts.sentenceDates[candidate.index]?.basis === "stated") continue;
    const time = times.get(candidate);
    if (time === undefined) continue;
    const later = deals.some(
      (deal) =>
        (times.get(deal) ?? Number.NEGATIVE_INFINITY) > time &&
        cosineSimilarity(candidate.vector, deal.vector) >= SAME_MATTER,
    );
    if (later) settled.add(candidate);
  }
  return settled;
}
