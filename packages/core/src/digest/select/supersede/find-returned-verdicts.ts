import type { RankedSentence } from "../../evidence/rank-evidence.js";
import type { SentenceTimes } from "../times/index.js";
import { outdatedOnceTold, tellsDone } from "./outdated-once-told.js";

/**
 * A defendant's denial told as standing ("denies six counts of fraud", "has pleaded not guilty to
 * murder", "denied all the charges"), or a jury still out ("retired to consider its verdicts", "continued
 * its deliberations"). A denial in the past perfect ("the charges he had denied") is recalled beside
 * the verdict, not a standing one.
 */
const AWAITING_VERDICT =
  /\b(?<!\bhad\s)(?:(?:denies|deny|denied)\s+(?:[^.;]{0,40}?\s)?(?:charges?|counts?|offen[cs]es?|murder|manslaughter|fraud|theft|assault|rape|causing)\b|(?<!\bhad\s)(?:pleads?|pleaded|pled)\s+not\s+guilty\b)|\b(?:jury|jurors)\b[^.;]{0,80}?\b(?:retired\s+to\s+consider|continued?\s+(?:its|their)\s+deliberations|(?:is|are|was|were)\s+(?:still\s+)?(?:out|deliberating|considering\s+(?:its|their)\s+verdicts?))\b/i;

/**
 * A verdict returned, as a report tells it: "was found guilty", "has been convicted", "were cleared",
 * "found him not guilty", "convicted her of", "cleared Carol Hale of".
 */
const RETURNED =
  /\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:found\s+(?:not\s+)?guilty|convicted|acquitted|cleared)|(?:found|find|finds)\s+(?:him|her|them)\s+(?:not\s+)?guilty|(?:convicted|acquitted|cleared)\s+(?:(?:him|her|them)\b|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?=of\b|on\b)))/giu;

/**
 * Denials and juries still out that a later report tells the verdict of: once "was found guilty on
 * Wednesday" is reported, "denies six counts of fraud" is no longer where things stand, whatever day
 * it is told with; it belongs to the timeline. A story follows one case, so the denial and the verdict
 * are taken to be of the same defendant, as findPassedSentences takes a demand and its sentence to be.
 */
export function findReturnedVerdicts(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  return outdatedOnceTold(candidates, times, (text) => AWAITING_VERDICT.test(text), tellsDone(RETURNED));
}
